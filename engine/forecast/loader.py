"""Read a price CSV the way real files come: any delimiter, encoding, header or none, date format, time column,
UTC offset, thousands separators, K/M/B volumes, event rows, gaps.

``load_price_csv`` returns the numeric columns indexed by date (ascending, one row per timestamp) and a list of
short notes saying what it fixed; what cannot work (empty, binary, no numbers, unreadable dates) is
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
from rnnlab.engine.forecast.csv_text import CHUNK_ROWS
from rnnlab.engine.forecast.lab import SAMPLE_FILES
from rnnlab.engine.forecast.price_dates import MISSING_TOKENS, find_time_axis
from rnnlab.engine.forecast.price_numbers import MoreNumbers, more_numbers, numeric_columns
from rnnlab.engine.job_process import run_in_job_process
from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn, ignore_progress
from rnnlab.engine.translations import Message, translatable

__all__ = ["CHUNK_ROWS", "MIN_ROWS", "LoadedSeries", "load_price_csv", "load_price_csv_apart", "load_sample"]

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


def load_price_csv(path: str | os.PathLike[str], symbol: str | None = None, progress: ProgressFn = ignore_progress,
                   cancel: CancelToken | None = None, chunk_rows: int = CHUNK_ROWS) -> LoadedSeries:
    """Load a price CSV; ``symbol`` picks one series of a long-format file (default: the first in the file).

    The whole file is read, ``chunk_rows`` rows at a time: the first chunk decides how (the date column and its
    format, the symbol column, the columns of numbers and their separators), the later chunks are read the same way,
    and ``progress`` hears how far it is after each chunk (``cancel`` is polled between chunks)."""
    path = Path(path)
    cancel = cancel or CancelToken()
    raw_head = csv_text.read_head(path)
    encoding, encoding_note = csv_text.detect_encoding(path, raw_head)
    notes = [encoding_note] if encoding_note else []
    head_text = raw_head.decode(encoding, errors="replace").lstrip("\ufeff")
    csv_text.refuse_binary(path, head_text)
    delimiter = csv_text.sniff_delimiter(path, head_text)
    if delimiter != ",":
        notes.append(Message(translatable("Engine", "Columns are separated by {delimiter}."),
                             delimiter=csv_text.delimiter_name(delimiter)))
    names = csv_text.headerless_names(head_text, delimiter)
    if names:
        notes.append(Message(translatable("Engine", "The file has no header row: its first line is data. Read it as "
                                                    "one column of values ('{name}').") if len(names) == 1 else
                             translatable("Engine", "The file has no header row: its first line is data. Named the "
                                                    "columns {names}."), name=names[0], names=", ".join(names)))
    chunks = csv_text.read_tables(path, encoding, delimiter, names, chunk_rows)
    table, share = next(chunks)
    progress(Progress(fraction=share, message=Message(translatable("Engine", "Reading {name}: {rows:,} rows…"),
                                                            name=path.name, rows=len(table))))
    table, removed = _drop_blank_columns(table)
    if removed:
        notes.append(Message(translatable("Engine", "Dropped {count} empty column(s): {removed}."),
                             count=len(removed), removed=', '.join(removed)))
    axis = find_time_axis(table, notes)
    symbols = _Symbols.find(table, axis.dates, symbol)
    kept, dates = symbols.keep(table, axis.dates)
    skip = axis.columns + ([symbols.column] if symbols.column else [])
    frame, dates = numeric_columns(kept if len(kept) else table, skip, axis.dates if not len(kept) else dates,
                                   decimal_hint=delimiter != ",", notes=notes)
    if frame.shape[1] == 0:
        raise InputError(translatable("Engine", "{name} has no column of numbers, so there is nothing to forecast. Is "
                                                "it a CSV of prices?"), name=path.name)
    if not len(kept):
        frame, dates = frame.iloc[:0], dates.iloc[:0] if dates is not None else None
    parts, date_parts, counts, rows = [frame], [dates], MoreNumbers(), len(table)
    for table, share in chunks:
        cancel.raise_if_cancelled()
        rows += len(table)
        progress(Progress(fraction=share, message=Message(translatable("Engine", "Reading {name}: {rows:,} rows…"),
                                                                name=path.name, rows=rows)))
        table = table.drop(columns=removed)
        kept, dates = symbols.keep(table, axis.reread(table))
        more, dates = more_numbers(kept, list(frame.columns), dates, delimiter != ",", counts)
        parts.append(more)
        date_parts.append(dates)
    notes += counts.notes() + symbols.notes()
    if len(parts) > 1:
        frame = pd.concat(parts)
        dates = pd.concat(date_parts) if axis.dates is not None else None
    if frame.empty:
        symbols.refuse_missing()
        raise InputError(translatable("Engine", "{name} has no column of numbers, so there is nothing to forecast. Is "
                                                "it a CSV of prices?"), name=path.name)
    frame = _index_by_date(frame, dates, axis.columns[0] if axis.columns else None, notes)
    frame = _fill_missing(frame, notes)
    if len(frame) < MIN_ROWS:
        raise InputError(translatable("Engine", "{name} has only {count} usable row(s); a forecast needs many more."),
                         name=path.name, count=len(frame))
    return LoadedSeries(frame=frame, notes=notes, source=str(path), has_dates=dates is not None,
                        symbols=symbols.seen, symbol=symbols.chosen)


def load_price_csv_apart(path: str | os.PathLike[str], symbol: str | None = None,
                         cancel: CancelToken | None = None, progress: ProgressFn = ignore_progress) -> LoadedSeries:
    """``load_price_csv`` in a job process (``engine.job_process``) for files over ``APART_BYTES`` (about
    30,000 rows).

    Parsing a big file creates millions of Python strings and runs long C loops (``read_csv``, ``to_datetime``,
    ``to_numeric``) that hold the interpreter lock all along, and their garbage is collected in long pauses after: in
    a thread beside the GUI that froze the window. A job process has its own lock; only the finished table comes
    back, and ``progress`` hears of each chunk read. A cancel ends the job process within a second.
    """
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0
    if size < APART_BYTES:
        return load_price_csv(path, symbol)
    loaded: LoadedSeries = run_in_job_process(_Load(str(path), symbol), progress, cancel or CancelToken(),
                                              stop_within_s=1.0)
    return loaded


@dataclass(frozen=True)
class _Load:
    """``load_price_csv(path, symbol)`` as a job a job process can run."""

    path: str
    symbol: str | None

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> LoadedSeries:
        return load_price_csv(self.path, self.symbol, progress, cancel)


def _drop_blank_columns(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    unnamed = [c for c in table.columns if c.startswith("Unnamed")]
    blank = [c for c in unnamed if table[c].str.strip().str.lower().isin(MISSING_TOKENS).all()]
    return table.drop(columns=blank), blank


@dataclass
class _Symbols:
    """The symbol column of a long-format file (``symbol,date,price``), the symbol kept and every symbol seen."""

    column: str | None
    chosen: str | None
    asked: bool
    seen: tuple[str, ...] = ()

    @classmethod
    def find(cls, table: pd.DataFrame, dates: pd.Series | None, symbol: str | None) -> _Symbols:
        """The symbol column of the first chunk (none without dates), and the symbol to keep (default: the first)."""
        candidates = [c for c in table.columns if c.strip().lower() in _SYMBOL_NAMES]
        if not candidates or dates is None:
            if symbol:
                raise InputError(translatable("Engine", "Symbol '{symbol}' was asked for, but the file has no symbol "
                                                        "column."), symbol=symbol)
            return cls(column=None, chosen=None, asked=False)
        first = next(iter(table[candidates[0]].str.strip()), None)
        return cls(column=candidates[0], chosen=symbol if symbol is not None else first, asked=symbol is not None)

    def keep(self, table: pd.DataFrame, dates: pd.Series | None) -> tuple[pd.DataFrame, pd.Series | None]:
        """The rows of the chosen symbol (all rows without a symbol column), noting the symbols they hold."""
        if self.column is None:
            return table, dates
        values = table[self.column].str.strip()
        self.seen = tuple(dict.fromkeys([*self.seen, *dict.fromkeys(values)]))
        keep = (values == self.chosen).to_numpy()
        if keep.all():
            return table, dates
        return table.loc[keep], dates.loc[keep] if dates is not None else None

    def notes(self) -> list[str]:
        """Which symbol is shown, when the file holds several; refuses a symbol asked for that the file lacks."""
        if self.column is None or len(self.seen) < 2:
            return []
        self.refuse_missing()
        return [Message(translatable("Engine", "The file holds {count} symbols ({symbols}); showing {chosen}."),
                        count=len(self.seen), symbols=", ".join(self.seen[:6]) + ("…" if len(self.seen) > 6 else ""),
                        chosen=self.chosen)]

    def refuse_missing(self) -> None:
        """Refuse a symbol asked for that no row holds."""
        if self.asked and self.chosen not in self.seen:
            raise InputError(translatable("Engine", "Symbol '{chosen}' is not in the file; it holds {names}."),
                             chosen=self.chosen, names=', '.join(self.seen[:10]))


def _index_by_date(frame: pd.DataFrame, dates: pd.Series | None, date_column: str | None,
                   notes: list[str]) -> pd.DataFrame:
    """Index by date, drop rows whose date is unreadable, sort ascending, drop duplicate dates (keep the first)."""
    if dates is None:
        notes.append(Message(translatable("Engine", "No date column found; rows are used in file order.")))
        frame.index = pd.RangeIndex(len(frame), name="row")
        return frame
    frame.index = pd.DatetimeIndex(dates.to_numpy(), name="date")
    bad = int(np.count_nonzero(frame.index.isna()))
    if bad:
        notes.append(Message(translatable("Engine", "Dropped {bad} row(s) whose date in '{date_column}' could not be "
                                                    "read."), bad=bad, date_column=date_column))
        frame = frame.loc[frame.index.notna()]
    if not frame.index.is_monotonic_increasing:
        if frame.index.is_monotonic_decreasing:
            notes.append(Message(translatable("Engine", "Rows were newest first; sorted oldest first.")))
        else:
            notes.append(Message(translatable("Engine", "Rows were out of date order; sorted by date.")))
        frame = frame.sort_index(kind="stable")
    duplicated = frame.index.duplicated(keep="first")
    if duplicated.any():
        notes.append(Message(translatable("Engine", "Dropped {duplicated} row(s) with a date seen before (kept the "
                                                    "first)."), duplicated=int(duplicated.sum())))
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
    notes.append(Message(translatable("Engine", "Filled {missing} missing value(s) from the previous row ({leading} "
                                                "at the start from the next row).") if leading else
                         translatable("Engine", "Filled {missing} missing value(s) from the previous row."),
                         missing=missing, leading=leading))
    return filled
