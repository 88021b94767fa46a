"""A time axis whose labels never crowd: one level of ticks at one calendar step (a second to a millennium), the
finest step whose labels fit side by side, with a gap, at the axis' width in pixels.

pyqtgraph's ``DateAxisItem`` draws two levels (months and days, say), and a month's label lands beside the label of
a day two days away ("29 Feb 03"); here every label is of one kind, spaced by the pixels it needs.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetricsF

_EPOCH = datetime(1970, 1, 1)
_DAY = 86400.0
_MONDAY = 4 * _DAY  # 1970-01-05, the first Monday after the epoch: weekly ticks fall on Mondays
_FIRST, _LAST = (datetime(2, 1, 1) - _EPOCH).total_seconds(), (datetime(9998, 1, 1) - _EPOCH).total_seconds()


@dataclass(frozen=True)
class _Step:
    """Ticks every ``count`` ``unit`` ("s" seconds, "W" weeks, "M" months, "Y" years), labelled with ``fmt`` (at
    midnight, steps under a day show the date instead); ``shortest`` is the least time between two ticks."""

    unit: str
    count: int
    fmt: str
    shortest: float


_STEPS = (
    [_Step("s", n, "%H:%M:%S", n) for n in (1, 2, 5, 10, 15, 30)]
    + [_Step("s", n, "%H:%M", n) for n in (60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200)]
    + [_Step("s", n * 86400, "%d %b", n * _DAY) for n in (1, 2)]
    + [_Step("W", n, "%d %b", 7 * n * _DAY) for n in (1, 2)]
    + [_Step("M", n, "%b %Y", 28 * n * _DAY) for n in (1, 2, 3, 6)]
    + [_Step("Y", n, "%Y", 365 * n * _DAY) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)]
)


def _moment(seconds: float) -> datetime:
    return _EPOCH + timedelta(seconds=seconds)


def _seconds(moment: datetime) -> float:
    return (moment - _EPOCH).total_seconds()


def _positions(step: _Step, low: float, high: float) -> list[float]:
    """Every tick of ``step`` between ``low`` and ``high`` (seconds since 1970)."""
    if step.unit in ("s", "W"):
        size = step.count if step.unit == "s" else 7 * step.count * _DAY
        origin = 0.0 if step.unit == "s" else _MONDAY
        first = math.ceil((low - origin) / size)
        return [origin + k * size for k in range(first, math.floor((high - origin) / size) + 1)]
    start, stop = _moment(low), _moment(high)
    if step.unit == "M":
        months = range(start.year * 12 + start.month - 1, stop.year * 12 + stop.month)
        moments = [datetime(m // 12, m % 12 + 1, 1) for m in months if m % step.count == 0]
    else:
        moments = [datetime(y, 1, 1) for y in range(start.year, stop.year + 1) if y % step.count == 0]
    return [s for s in map(_seconds, moments) if low <= s <= high]


def _label(step: _Step, seconds: float) -> str:
    moment = _moment(seconds)
    if step.shortest < _DAY and moment.hour == moment.minute == moment.second == 0:
        return _formatted(moment, "%d %b")
    return _formatted(moment, step.fmt)


def _formatted(moment: datetime, fmt: str) -> str:
    """``moment`` as ``fmt`` says, the month (``%b``) named in the window's language (QLocale: Persian in Persian);
    the digits follow the language where the axis draws them."""
    month = QLocale().standaloneMonthName(moment.month, QLocale.FormatType.ShortFormat)
    return moment.strftime(fmt.replace("%b", month.replace("%", "%%")))


def _fits(positions: list[float], widths: list[float], low: float, high: float, pixels: float, gap: float) -> bool:
    """No two neighbouring labels, centred on their ticks, come closer than ``gap`` pixels."""
    scale = pixels / (high - low)
    return all((b - a) * scale >= (wa + wb) / 2 + gap
               for (a, b), (wa, wb) in zip(itertools.pairwise(positions), itertools.pairwise(widths), strict=True))


def date_ticks(low: float, high: float, pixels: float, text_width: Callable[[str], float],
               gap: float) -> tuple[list[float], list[str]]:
    """Ticks and labels for a time axis from ``low`` to ``high`` (seconds since 1970, UTC) that is ``pixels`` wide:
    the finest calendar step whose labels (``text_width`` measures one) leave ``gap`` pixels between neighbours;
    one tick in the middle when even the coarsest step does not fit."""
    low, high = max(min(low, high), _FIRST), min(max(low, high), _LAST)
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low or pixels <= 0:
        return [], []
    for step in _STEPS:
        if (high - low) / step.shortest > pixels / 4:  # a label is wider than 4 pixels: too many ticks to try
            continue
        positions = _positions(step, low, high)
        labels = [_label(step, p) for p in positions]
        if positions and _fits(positions, [text_width(label) for label in labels], low, high, pixels, gap):
            return positions, labels
    middle = _positions(_STEPS[-1], low, high)[:1] or [(low + high) / 2]
    return middle, [_label(_STEPS[-1], middle[0])]


class DateAxis(pg.DateAxisItem):
    """A bottom axis of dates (seconds since 1970, shown as UTC) ticked by :func:`date_ticks`."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal, maxVal, size):
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        positions, labels = date_ticks(minVal, maxVal, size, metrics.horizontalAdvance,
                                       2 * metrics.horizontalAdvance("0"))
        self._labels = dict(zip(positions, labels, strict=True))
        spacing = positions[1] - positions[0] if len(positions) > 1 else 1.0
        return [(spacing, positions)]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(value, "") for value in values]
