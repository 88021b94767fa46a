"""Read a price CSV the way real files come: any delimiter, encoding, header or none, date format, time column,
UTC offset, thousands separators, K/M/B volumes, event rows, gaps.

``load_price_csv`` returns the numeric columns indexed by date (ascending, one row per timestamp) and a list of
short notes saying what it fixed; what cannot work (empty, binary, no numbers, unreadable dates, too many rows) is
refused with an InputError a person can read. The text layer is ``csv_text``, the time axis ``price_dates``, the
numbers ``price_numbers``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast import csv_text
from rnnlab.engine.forecast.csv_text import MAX_ROWS
from rnnlab.engine.forecast.lab import SAMPLE_FILES
from rnnlab.engine.forecast.price_dates import MISSING_TOKENS, find_time_axis
from rnnlab.engine.forecast.price_numbers import numeric_columns
from rnnlab.engine.job_process import run_in_job_process
from rnnlab.engine.jobs import CancelToken, ProgressFn, ignore_progress

__all__ = ["MAX_ROWS", "MIN_ROWS", "LoadedSeries", "load_price_csv", "load_price_csv_apart", "load_sample"]

MIN_ROWS = 3
APART_BYTES = 2 * 1024 * 1024
_SYMBOL_NAMES = ("symbol", "ticker", "name", "code", "instrument", "asset", "stock")
_PRICE_NAMES = ("close", "adj close", "adj_close", "price", "value", "last")


@dataclass
class LoadedSeries:
    """A loaded price table: numeric columns (float) indexed by date, and what the loader did to get there."""

    frame: pd.DataFrame
    notes: list[str]
    source: str
    has_dates: bool
    symbols: tuple[str, ...] = ()
    symbol: str | None = None

    @property
    def columns(self) -> list[str]:
        """The numeric columns, in file order."""
        return [str(c) for c in self.frame.columns]

    def default_column(self) -> str:
        """``Open`` when present (as in the exercise), else the first price-like column, else the first column."""
        by_lower = {c.lower(): c for c in self.columns}
        if "open" in by_lower:
            return by_lower["open"]
        for name in _PRICE_NAMES:
            if name in by_lower:
                return by_lower[name]
        for column in self.columns:
            if "vol" not in column.lower():
                return column
        return self.columns[0]


def load_sample() -> tuple[LoadedSeries, LoadedSeries]:
    """The bundled sample of the classic exercise: Google's daily prices 2012-2016 (train) and January 2017 (test)."""
    from rnnlab.engine.resources import resource_path

    train, test = (load_price_csv(resource_path("stock", name)) for name in SAMPLE_FILES)
    return train, test


def load_price_csv(path: str | os.PathLike[str], symbol: str | None = None) -> LoadedSeries:
    """Load a price CSV; ``symbol`` picks one series of a long-format file (default: the first in the file)."""
    path = Path(path)
    raw_head = csv_text.read_head(path)
    encoding, encoding_note = csv_text.detect_encoding(path, raw_head)
    notes = [encoding_note] if encoding_note else []
    head_text = raw_head.decode(encoding, errors="replace").lstrip("\ufeff")
    csv_text.refuse_binary(path, head_text)
    delimiter = csv_text.sniff_delimiter(path, head_text)
    if delimiter != ",":
        notes.append(f"Columns are separated by {csv_text.delimiter_name(delimiter)}.")
    names = csv_text.headerless_names(head_text, delimiter)
    if names:
        notes.append("The file has no header row: its first line is data. "
                     + (f"Read it as one column of values ('{names[0]}')." if len(names) == 1
                        else f"Named the columns {', '.join(names)}."))
    table = csv_text.read_table(path, encoding, delimiter, names)
    table, removed = _drop_blank_columns(table)
    if removed:
        notes.append(f"Dropped {len(removed)} empty column(s): {', '.join(removed)}.")
    axis = find_time_axis(table, notes)
    symbols, chosen, table, dates = _pick_symbol(table, axis.dates, symbol, notes)
    skip = axis.columns + ([chosen[0]] if chosen else [])
    frame, dates = numeric_columns(table, skip, dates, decimal_hint=delimiter != ",", notes=notes)
    if frame.shape[1] == 0 or frame.empty:
        raise InputError(f"{path.name} has no column of numbers, so there is nothing to forecast. "
                         "Is it a CSV of prices?")
    frame = _index_by_date(frame, dates, axis.columns[0] if axis.columns else None, notes)
    frame = _fill_missing(frame, notes)
    if len(frame) < MIN_ROWS:
        raise InputError(f"{path.name} has only {len(frame)} usable row(s); a forecast needs many more.")
    return LoadedSeries(frame=frame, notes=notes, source=str(path), has_dates=dates is not None,
                        symbols=symbols, symbol=chosen[1] if chosen else None)


def load_price_csv_apart(path: str | os.PathLike[str], symbol: str | None = None,
                         cancel: CancelToken | None = None) -> LoadedSeries:
    """``load_price_csv`` in a job process (``engine.job_process``) for files over ``APART_BYTES`` (about
    30,000 rows).

    Parsing a big file creates millions of Python strings and runs long C loops (``read_csv``, ``to_datetime``,
    ``to_numeric``) that hold the interpreter lock all along, and their garbage is collected in long pauses after: in
    a thread beside the GUI that froze the window. A job process has its own lock; only the finished table comes
    back. The parse never polls ``cancel``, so a cancel ends its process within a second.
    """
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0
    if size < APART_BYTES:
        return load_price_csv(path, symbol)
    loaded: LoadedSeries = run_in_job_process(_Load(str(path), symbol), ignore_progress, cancel or CancelToken(),
                                              stop_within_s=1.0)
    return loaded


@dataclass(frozen=True)
class _Load:
    """``load_price_csv(path, symbol)`` as a job a job process can run."""

    path: str
    symbol: str | None

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> LoadedSeries:
        return load_price_csv(self.path, self.symbol)


def _drop_blank_columns(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    unnamed = [c for c in table.columns if c.startswith("Unnamed")]
    blank = [c for c in unnamed if table[c].str.strip().str.lower().isin(MISSING_TOKENS).all()]
    return table.drop(columns=blank), blank


def _pick_symbol(table: pd.DataFrame, dates: pd.Series | None, symbol: str | None, notes: list[str]
                 ) -> tuple[tuple[str, ...], tuple[str, str] | None, pd.DataFrame, pd.Series | None]:
    """Keep one series of a long-format file (``symbol,date,price``); returns the symbols and (column, chosen)."""
    candidates = [c for c in table.columns if c.strip().lower() in _SYMBOL_NAMES]
    if not candidates or dates is None:
        if symbol:
            raise InputError(f"Symbol '{symbol}' was asked for, but the file has no symbol column.")
        return (), None, table, dates
    column = candidates[0]
    symbols = tuple(dict.fromkeys(table[column].str.strip()))
    if len(symbols) < 2 and not symbol:
        return symbols, (column, symbols[0]) if symbols else None, table, dates
    chosen = symbol if symbol is not None else symbols[0]
    if chosen not in symbols:
        raise InputError(f"Symbol '{chosen}' is not in the file; it holds {', '.join(symbols[:10])}.")
    keep = (table[column].str.strip() == chosen).to_numpy()
    if len(symbols) > 1:
        notes.append(f"The file holds {len(symbols)} symbols "
                     f"({', '.join(symbols[:6])}{'…' if len(symbols) > 6 else ''}); showing {chosen}.")
    return symbols, (column, chosen), table.loc[keep], dates.loc[keep]


def _index_by_date(frame: pd.DataFrame, dates: pd.Series | None, date_column: str | None,
                   notes: list[str]) -> pd.DataFrame:
    """Index by date, drop rows whose date is unreadable, sort ascending, drop duplicate dates (keep the first)."""
    if dates is None:
        notes.append("No date column found; rows are used in file order.")
        frame.index = pd.RangeIndex(len(frame), name="row")
        return frame
    frame.index = pd.DatetimeIndex(dates.to_numpy(), name="date")
    bad = int(np.count_nonzero(frame.index.isna()))
    if bad:
        notes.append(f"Dropped {bad} row(s) whose date in '{date_column}' could not be read.")
        frame = frame.loc[frame.index.notna()]
    if not frame.index.is_monotonic_increasing:
        if frame.index.is_monotonic_decreasing:
            notes.append("Rows were newest first; sorted oldest first.")
        else:
            notes.append("Rows were out of date order; sorted by date.")
        frame = frame.sort_index(kind="stable")
    duplicated = frame.index.duplicated(keep="first")
    if duplicated.any():
        notes.append(f"Dropped {int(duplicated.sum())} row(s) with a date seen before (kept the first).")
        frame = frame.loc[~duplicated]
    return frame


def _fill_missing(frame: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    """Forward-fill gaps from the previous row; rows before a column's first value take that first value."""
    missing = int(frame.isna().sum().sum())
    if missing == 0:
        return frame
    filled = frame.ffill()
    leading = int(filled.isna().sum().sum())
    filled = filled.bfill()
    text = f"Filled {missing} missing value(s) from the previous row"
    if leading:
        text += f" ({leading} at the start from the next row)"
    notes.append(text + ".")
    return filled
