"""Which rows a run uses: a period (``From``/``To``, both days included, or the last N rows) and a bar size the rows
are resampled to, as traders aggregate bars: open first, high max, low min, close last, volume summed, any other
column last; a bar with no row in it (a night, a weekend) is dropped and counted. The period is cut first, then the
bars are made; the test split applies to what remains."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.plural import plural
from rnnlab.engine.translations import Message, translatable

BAR_SIZES = ("5min", "15min", "30min", "1h", "4h", "1D", "1W")
"""The bar sizes the Data panel offers (where the file's own spacing is finer); the CLI takes any pandas alias."""
SPACING_ROWS = 100_000
_FIRST, _MAX, _MIN = ("open",), ("high",), ("low",)


@dataclass
class ChosenRows:
    """The rows a run uses, how many the loaded data had, where the test file's rows start among them (None for
    one file) and notes on what was cut and combined."""

    frame: pd.DataFrame
    n_rows_read: int
    n_train: int | None = None
    notes: list[str] = field(default_factory=list)


def choose_rows(frame: pd.DataFrame, config: ForecastConfig, n_train: int | None = None) -> ChosenRows:
    """``frame`` cut to the period of ``config`` (From/To, then the last N rows) and resampled to its bar size; with
    two files (``n_train``: the training file's rows) the bars of each file are made apart, so none mixes them."""
    n_read = len(frame)
    notes: list[str] = []
    start, end = period_bounds(config)
    if start is not None or end is not None:
        frame, n_train = _cut(frame, n_train, _in_period(frame.index, start, end), config)
    if config.last_rows is not None and len(frame) > config.last_rows:
        cut = len(frame) - config.last_rows
        frame, n_train = frame.iloc[cut:], None if n_train is None else max(0, n_train - cut)
    if len(frame) < n_read:
        notes.append(Message(translatable("Engine", "Using {rows:,} of the {n_read:,} rows read ({span})."),
                             rows=len(frame), n_read=n_read, span=_span(frame.index)))
    rule = config.bar_size.strip()
    if rule:
        check_bar_size(frame.index, rule)
        parts = [frame] if n_train is None else [frame.iloc[:n_train], frame.iloc[n_train:]]
        made = [resample_bars(part, rule) for part in parts]
        bars = pd.concat([bar for bar, _ in made]) if len(made) > 1 else made[0][0]
        empty = sum(count for _, count in made)
        n_train = None if n_train is None else len(made[0][0])
        notes.append(Message(translatable("Engine", "Combined {rows:,} rows into {bars} of {rule}; dropped "
                                                    "{empty_bars} (no row in them: nights, weekends, gaps).")
                             if empty else translatable("Engine", "Combined {rows:,} rows into {bars} of {rule}."),
                             rows=len(frame), bars=plural(len(bars), "bar"), rule=rule,
                             empty_bars=plural(empty, "empty bar")))
        frame = bars
    return ChosenRows(frame=frame, n_rows_read=n_read, n_train=n_train, notes=notes)


def check_choice(config: ForecastConfig) -> None:
    """Refuse a From/To that is not a date (or From after To) and a bar size that is not an offset alias, before any
    file is read."""
    period_bounds(config)
    if config.bar_size.strip():
        bar_length(config.bar_size)


def period_bounds(config: ForecastConfig) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """The first instant in the period and the first instant after it (a ``To`` without a time of day includes that
    whole day), None where open; refuses text that is not a date, and a ``From`` after the ``To``."""
    start = _timestamp(config.date_from, "From")
    end = _timestamp(config.date_to, "To")
    if end is not None:
        end = end + (pd.Timedelta(days=1) if _is_day(config.date_to) else pd.Timedelta(1, unit="ns"))
    if start is not None and end is not None and start >= end:
        raise InputError(translatable("Engine", "From ({start}) is after To ({end})."),
                         start=config.date_from.strip(), end=config.date_to.strip())
    return start, end


def check_bar_size(index: pd.Index, rule: str) -> None:
    """Refuse a bar size that is not a pandas offset alias, a file without dates, or a bar no longer than the
    file's own spacing (it would combine nothing)."""
    length = bar_length(rule)
    if not isinstance(index, pd.DatetimeIndex):
        raise InputError(translatable("Engine", "A bar size needs a file with a date column."))
    spacing = spacing_of(index)
    if spacing is not None and length <= spacing:
        raise InputError(translatable("Engine", "The rows are already {spacing} apart: bars of {rule} would combine "
                                                "nothing. Choose a bar longer than {spacing}."),
                         spacing=_duration(spacing), rule=rule)


def bar_length(rule: str) -> pd.Timedelta:
    """How long a bar of ``rule`` (a pandas offset alias: 5min, 1h, 1D, 1W) is; refuses any other text."""
    from pandas.tseries.frequencies import to_offset

    try:
        offset = to_offset(rule.strip())
        first, second = pd.date_range("2001-01-01", periods=2, freq=offset)
    except (ValueError, TypeError) as exc:
        raise InputError(translatable("Engine", "'{rule}' is not a bar size: use a pandas offset alias such as 5min, "
                                                "1h, 1D or 1W."), rule=rule) from exc
    return pd.Timedelta(second - first)


def spacing_of(index: pd.Index) -> pd.Timedelta | None:
    """The file's own spacing: the median step between consecutive dates among its first ``SPACING_ROWS`` (None
    without dates or rows); a sample, so the Data panel can offer bar sizes at once for millions of rows."""
    if not isinstance(index, pd.DatetimeIndex) or len(index) < 2:
        return None
    steps = np.diff(index.asi8[:SPACING_ROWS])
    return pd.Timedelta(int(np.median(steps)), unit=index.unit)


def bar_sizes(index: pd.Index) -> list[str]:
    """The bar sizes of ``BAR_SIZES`` longer than the file's spacing: what the Data panel offers."""
    spacing = spacing_of(index)
    if spacing is None:
        return []
    return [rule for rule in BAR_SIZES if bar_length(rule) > spacing]


def resample_bars(frame: pd.DataFrame, rule: str) -> tuple[pd.DataFrame, int]:
    """``frame`` aggregated into bars of ``rule`` (open first, high max, low min, volume summed, others last), and
    how many bars held no row and were dropped."""
    if frame.empty:
        return frame, 0
    bins = frame.resample(rule.strip())
    bars = bins.agg({column: aggregation(str(column)) for column in frame.columns})
    filled = (bins.size() > 0).to_numpy()
    return bars.loc[filled], int((~filled).sum())


def aggregation(column: str) -> str:
    """How a bar combines a column's rows: open first, high max, low min, a volume summed, any other column last."""
    name = column.strip().lower()
    if name in _FIRST:
        return "first"
    if name in _MAX:
        return "max"
    if name in _MIN:
        return "min"
    return "sum" if "vol" in name else "last"


def _cut(frame: pd.DataFrame, n_train: int | None, keep: np.ndarray, config: ForecastConfig
         ) -> tuple[pd.DataFrame, int | None]:
    if not keep.any():
        start, end = config.date_from.strip() or "the start", config.date_to.strip() or "the end"
        raise InputError(translatable("Engine", "No rows from {start} to {end}: the data runs {span}."),
                         start=start, end=end, span=_span(frame.index))
    return frame.loc[keep], None if n_train is None else int(keep[:n_train].sum())


def _in_period(index: pd.Index, start: pd.Timestamp | None, end: pd.Timestamp | None) -> np.ndarray:
    if not isinstance(index, pd.DatetimeIndex):
        raise InputError(translatable("Engine", "From and To need a file with a date column; use Last rows instead."))
    keep = np.ones(len(index), dtype=bool)
    if start is not None:
        keep &= index >= start
    if end is not None:
        keep &= index < end
    return keep


def _timestamp(text: str, what: str) -> pd.Timestamp | None:
    text = text.strip()
    if not text:
        return None
    try:
        stamp = pd.Timestamp(text)
    except ValueError as exc:
        raise InputError(translatable("Engine", "{what} '{text}' is not a date (use YYYY-MM-DD, or YYYY-MM-DD HH:MM)."),
                         what=what, text=text) from exc
    if pd.isna(stamp) or stamp.tzinfo is not None:
        raise InputError(translatable("Engine", "{what} '{text}' is not a local date (use YYYY-MM-DD, or YYYY-MM-DD "
                                                "HH:MM)."), what=what, text=text)
    return stamp


def _is_day(text: str) -> bool:
    return ":" not in text and len(text.strip()) <= 10


def _span(index: pd.Index) -> str:
    from rnnlab.engine.forecast.price_dates import point_label

    if not len(index):
        return "no rows"
    return f"from {point_label(index, 0)} to {point_label(index, len(index) - 1)}"


def _duration(step: pd.Timedelta) -> str:
    """A step as a person says it: 1 minute, 1 hour, 1 day."""
    seconds = int(step.total_seconds())
    for unit, size in (("week", 604800), ("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            return plural(seconds // size, unit)
    return plural(seconds, "second")
