"""Split a series chronologically, fit the scaler on the training part only, and cut it into windows.

A window holds the ``window`` rows before row t and its target is row t's value of the target column: the value
itself (scaled, as the exercise does) or its change from row t-1 (with the inputs taken relative to their last
row). Test windows reach back into the training rows, exactly as the exercise builds them from the tail of the
training data followed by the test rows; nothing after the split is ever seen by the scaler or the training windows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.scaling import MinMaxScaling
from rnnlab.engine.plural import plural
from rnnlab.engine.translations import Message, translatable

MIN_TRAIN_WINDOWS = 10
JUMP_THRESHOLD = 0.45
_COUNT_WORDS = ("vol", "tick", "trades", "count", "interest", "turnover", "qty", "quantity", "spread")


@dataclass
class SeriesSplit:
    """The raw input columns of the whole series (target column first) and where the test period starts; how many
    rows were read before the period and bar size were applied (``n_rows_read``), with ``notes`` on them."""

    values: np.ndarray
    index: pd.Index
    columns: list[str]
    n_train: int
    n_rows_read: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def n_test(self) -> int:
        """Rows in the test period."""
        return len(self.values) - self.n_train

    @property
    def train_values(self) -> np.ndarray:
        """The rows before the test period: the only rows the scaler and the training windows see."""
        return self.values[: self.n_train]


@dataclass
class Windows:
    """Model inputs ``x`` (n, window, columns), scaled targets ``y`` (n,), and the scaled last value of each window."""

    x: np.ndarray
    y: np.ndarray
    last: np.ndarray
    rows: np.ndarray


def combine_frames(train: pd.DataFrame, test: pd.DataFrame, columns: list[str]) -> tuple[pd.DataFrame, int]:
    """The exercise's two-file workflow: the training rows followed by the test rows; returns (frame, n_train)."""
    missing = [c for c in columns if c not in test.columns]
    if missing:
        raise InputError(translatable("Engine", "The test file has no column {names}; it has {columns}."),
                         names=', '.join((repr(c) for c in missing)), columns=', '.join(map(str, test.columns)))
    if isinstance(train.index, pd.DatetimeIndex) and isinstance(test.index, pd.DatetimeIndex) and len(test):
        test = test.loc[test.index > train.index[-1]]
        if test.empty:
            raise InputError(translatable("Engine", "Every date in the test file is on or before the last training "
                                                    "date; the test file must continue the training file."))
    frame = pd.concat([train[columns], test[columns]])
    return frame, len(train)


def split_series(frame: pd.DataFrame, config: ForecastConfig, n_train: int | None = None) -> SeriesSplit:
    """Pick the input columns and the rows (period, bar size: ``selection``) and the split point: given (two
    files), a cut-off date, or the test fraction of what remains."""
    from rnnlab.engine.forecast.selection import choose_rows

    columns = config.input_columns()
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(translatable("Engine", "There is no column {names}; the data has {columns}."),
                         names=', '.join((repr(c) for c in missing)), columns=', '.join(map(str, frame.columns)))
    chosen = choose_rows(frame[columns], config, n_train)
    frame, n_train = chosen.frame, chosen.n_train
    total = len(frame)
    if n_train is None:
        n_train = split_point(frame.index, config)
    split = SeriesSplit(values=np.array(frame.to_numpy(dtype=np.float64)), index=frame.index,
                        columns=columns, n_train=n_train, n_rows_read=chosen.n_rows_read, notes=chosen.notes)
    check_enough_rows(split, config.window)
    if not np.isfinite(split.values).all():
        raise InputError(translatable("Engine", "The chosen columns still hold missing values; pick other columns."))
    if total and np.ptp(split.train_values[:, 0]) == 0:
        raise InputError(translatable("Engine", "Column '{column}' is constant over the training rows; there is "
                                                "nothing to learn."), column=config.column)
    return split


def split_point(index: pd.Index, config: ForecastConfig) -> int:
    """Where the test period starts in a one-file series: the first row on or after ``test_from``, else the last
    ``test_fraction`` of the rows."""
    total = len(index)
    if config.test_from.strip():
        if not isinstance(index, pd.DatetimeIndex):
            raise InputError(translatable("Engine", "A test start date needs a file with a date column."))
        try:
            start = pd.Timestamp(config.test_from.strip())
        except ValueError as exc:
            raise InputError(translatable("Engine", "The test start '{test_from}' is not a date (use YYYY-MM-DD)."),
                             test_from=config.test_from) from exc
        if index.is_monotonic_increasing:
            return int(index.searchsorted(start))  # a binary search: millions of rows are searched in the GUI thread
        return int((index < start).sum())
    return total - max(1, int(round(total * config.test_fraction)))


def check_enough_rows(split: SeriesSplit, window: int) -> None:
    """Refuse a split that leaves too few training windows or no test rows, saying how many rows are needed."""
    if split.n_test < 1:
        raise InputError(translatable("Engine", "The test period is empty: choose an earlier test start or raise the "
                                                "test fraction."))
    need = window + MIN_TRAIN_WINDOWS
    if split.n_train < need:
        raise InputError(translatable("Engine", "Too few rows: the training part has {rows}, but a window of {window} "
                                                "needs at least {need} (window + {least}) before the {test_rows}. "
                                                "Use a shorter window, a smaller test fraction, or more data."),
                         rows=plural(split.n_train, 'row'), window=window, need=need,
                         least=MIN_TRAIN_WINDOWS, test_rows=plural(split.n_test, 'test row'))


def fit_scaler(train_values: np.ndarray) -> MinMaxScaling:
    """The min-max scaling to [0, 1] fitted on the training rows only (the test rows may fall outside [0, 1])."""
    return MinMaxScaling.fit(train_values)


def make_windows(scaled: np.ndarray, window: int, target: str, start: int, stop: int) -> Windows:
    """Windows whose targets are rows ``start..stop-1``; inputs are the ``window`` rows before each target row.

    For ``target="change"`` the target is y_t - y_{t-1} and every input column is taken relative to its last row,
    so the network sees shapes, not levels, and predicting zero is the naive forecast.
    """
    rows = np.arange(max(start, window), stop)
    view = np.lib.stride_tricks.sliding_window_view(scaled, window, axis=0)
    x = np.ascontiguousarray(view[rows - window].transpose(0, 2, 1))
    last = scaled[rows - 1, 0]
    y = scaled[rows, 0]
    if target == "change":
        x = x - x[:, -1:, :]
        y = y - last
    return Windows(x=x.astype(np.float32), y=y.astype(np.float32), last=last, rows=rows)


def validation_count(windows: int, fraction: float) -> int:
    """How many of ``windows`` training windows the validation ``fraction`` takes (the last ones)."""
    return int(windows * fraction)


def find_jumps(values: np.ndarray, threshold: float = JUMP_THRESHOLD) -> np.ndarray:
    """Rows whose value moved by ``threshold`` (about 50%) or more from the previous row; none for a column that is
    not all positive (changes, returns), where a ratio means nothing."""
    values = np.asarray(values, dtype=np.float64)
    if len(values) < 2 or not (values > 0).all():
        return np.empty(0, dtype=int)
    change = values[1:] / values[:-1] - 1.0
    return np.flatnonzero(np.abs(change) >= threshold) + 1


def is_volume_like(column: str) -> bool:
    """A column of counts (volume, ticks, trades, open interest) whose big moves are normal, not a split."""
    lower = column.lower()
    return any(word in lower for word in _COUNT_WORDS)


def jump_note(column: str, index: pd.Index, values: np.ndarray, jumps: np.ndarray | None = None) -> str | None:
    """The warning about the jumps of ``column`` (``jumps``: ``find_jumps(values)`` where already found), worded for
    the kind of column, or None when it has none."""
    from rnnlab.engine.forecast.price_dates import point_label

    jumps = find_jumps(values) if jumps is None else jumps
    if not len(jumps):
        return None
    where = {"column": column, "count": len(jumps), "first": point_label(index, int(jumps[0]))}
    if is_volume_like(column):
        return Message(translatable("Engine", "'{column}' changes by 45% or more from one row to the next at {count} "
                                              "place(s) (first {first}): usual for a count such as volume, but it "
                                              "makes the column hard to forecast."), **where)
    return Message(translatable("Engine", "'{column}' jumps by 45% or more from one row to the next at {count} "
                                          "place(s) (first {first}): an unadjusted stock split? Forecasts across it "
                                          "are unreliable; marked on the chart."), **where)


def build_split(train: pd.DataFrame, test: pd.DataFrame | None, config: ForecastConfig) -> SeriesSplit:
    """The split for one file (test fraction or cut-off date) or for the two-file workflow (train file + test file)."""
    if test is None:
        return split_series(train, config)
    frame, n_train = combine_frames(train, test, config.input_columns())
    return split_series(frame, config, n_train)
