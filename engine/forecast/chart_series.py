"""What the forecaster's price chart draws of a loaded series, prepared in the job that loads or chooses the rows so
the window's thread never passes over millions of them: the x values (seconds since 1970, or row numbers), and for
each column its values, its jumps, the warning about them, why it cannot draw (if so) and a min/max pyramid.

The pyramid holds each column's lowest and highest value over bins of 16, 64, 256... rows, so any view of the
series is drawn peak-decimated (a vertical stroke per bin, as pyqtgraph's ``peak`` mode draws) from a few thousand
stored values, however many rows it spans; a view of few rows is drawn exactly (``visible_points``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from rnnlab.engine.translations import Message, translatable

if TYPE_CHECKING:
    import pandas as pd

PEAK_BASE = 16
"""Rows per bin at the pyramid's finest level; each coarser level's bins hold ``PEAK_FACTOR`` times as many."""
PEAK_FACTOR = 4
_PER_SECOND = {"s": 1, "ms": 10**3, "us": 10**6, "ns": 10**9}


def x_values(index: pd.Index) -> np.ndarray:
    """Seconds since 1970 for a date index (what pyqtgraph's date axis expects), row numbers otherwise."""
    import pandas as pd

    if isinstance(index, pd.DatetimeIndex):
        return index.asi8 / _PER_SECOND[index.unit]
    return np.asarray(index, dtype=np.float64)


@dataclass(frozen=True)
class PeakPyramid:
    """The lowest and highest value over bins of ``sizes[j]`` rows (bin ``b`` holds rows ``b * size`` onwards; the
    last bin of a level may hold fewer)."""

    sizes: tuple[int, ...]
    lows: tuple[np.ndarray, ...]
    highs: tuple[np.ndarray, ...]

    @classmethod
    def of(cls, values: np.ndarray) -> PeakPyramid:
        """The pyramid of ``values``: levels of ``PEAK_BASE`` rows a bin and coarser, down to a few bins."""
        sizes, lows, highs = [], [], []
        low, high, size = values, values, 1
        factor = PEAK_BASE
        while len(low) > PEAK_FACTOR:
            low, high = _fold(low, np.fmin, factor), _fold(high, np.fmax, factor)
            size *= factor
            factor = PEAK_FACTOR
            sizes.append(size)
            lows.append(low)
            highs.append(high)
        return cls(tuple(sizes), tuple(lows), tuple(highs))


def _fold(values: np.ndarray, reduce: np.ufunc, factor: int) -> np.ndarray:
    """``reduce`` over consecutive groups of ``factor`` values (the last group may be shorter); NaN is skipped."""
    whole = len(values) // factor * factor
    folded: np.ndarray = reduce.reduce(values[:whole].reshape(-1, factor), axis=1)
    if whole < len(values):
        folded = np.append(folded, reduce.reduce(values[whole:]))
    return folded


@dataclass(frozen=True)
class ColumnSeries:
    """One column as the chart draws it: every value, the rows it jumps at and the warning about them, why it
    draws nothing or a flat line (empty when it draws), and its peak pyramid."""

    values: np.ndarray
    jumps: np.ndarray
    jump_warning: str | None
    problem: str
    peaks: PeakPyramid


@dataclass(frozen=True)
class ChartSeries:
    """A frame as the chart draws it: the x value of every row (``dates``: seconds since 1970, else row numbers),
    each column's ``ColumnSeries``, and how its dates are written (``price_dates.date_format``: a pass over every
    row, so it is found here too)."""

    x: np.ndarray
    dates: bool
    columns: dict[str, ColumnSeries]
    date_format: str | None = None

    def __len__(self) -> int:
        return len(self.x)


def chart_series(frame: pd.DataFrame) -> ChartSeries:
    """Everything the chart needs of ``frame`` that passes over all its rows: a few tenths of a second for
    5,000,000 rows, so it is done in the job that loaded or chose them."""
    import pandas as pd

    from rnnlab.engine.forecast.price_dates import date_format
    from rnnlab.engine.forecast.windows import find_jumps, jump_note

    columns = {}
    for name in frame.columns:
        values = frame[name].to_numpy(dtype=np.float64)
        jumps = find_jumps(values)
        columns[str(name)] = ColumnSeries(values=values, jumps=jumps,
                                          jump_warning=jump_note(str(name), frame.index, values, jumps),
                                          problem=series_problem(str(name), values), peaks=PeakPyramid.of(values))
    return ChartSeries(x=x_values(frame.index), dates=isinstance(frame.index, pd.DatetimeIndex), columns=columns,
                       date_format=date_format(frame.index))


def series_problem(column: str, values: np.ndarray) -> str:
    """Why a column draws as nothing (no numbers) or as a flat line (constant); empty when it draws."""
    finite = values[np.isfinite(values)]
    if not len(finite):
        return Message(translatable("Engine", "{column} has no numbers to draw."), column=column)
    if finite.min() == finite.max():
        return Message(translatable("Engine", "{column} is {value:g} in every row: a flat line, and nothing to "
                                              "forecast."),
                       column=column, value=finite[0])
    return ""


def visible_points(series: ChartSeries, column: str, left: float, right: float, points: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """The points to draw of ``column`` between x = ``left`` and ``right`` (one row beyond each edge, so the line
    reaches them): every row when at most ``points`` rows are in view, else one bin per at most ``points / 2``
    bins, each drawn as its lowest and highest value; the last row is always kept, so the data's
    bounds stay those of every row. Bounded work: a binary search and a slice of the pyramid."""
    x, values = series.x, series.columns[column].values
    first = max(0, int(np.searchsorted(x, left, side="left")) - 1)
    stop = min(len(x), int(np.searchsorted(x, right, side="right")) + 1)
    if stop - first <= points:
        return x[first:stop], values[first:stop]
    peaks = series.columns[column].peaks
    level = next((j for j, size in enumerate(peaks.sizes) if (stop - first) / size <= points / 2),
                 len(peaks.sizes) - 1)
    size = peaks.sizes[level]
    bins = np.arange(first // size, (stop - 1) // size + 1)
    starts = bins * size
    xs = np.repeat(x[starts], 2)
    ys = np.empty(2 * len(bins))
    ys[0::2], ys[1::2] = peaks.lows[level][bins], peaks.highs[level][bins]
    if stop == len(x):
        xs, ys = np.r_[xs, x[-1]], np.r_[ys, values[-1]]
    return xs, ys
