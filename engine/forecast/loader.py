"""Read a price CSV the way real files come: any delimiter, encoding, date format, thousands separators, gaps.

``load_price_csv`` returns the numeric columns indexed by date (ascending, one row per date) and a list of short
notes saying what it fixed; what cannot work (empty, binary, no numbers, unreadable dates, too many rows) is
refused with an InputError a person can read.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from rnnlab.engine.errors import InputError

MAX_ROWS = 200_000
MIN_ROWS = 3
_HEAD_BYTES = 64 * 1024
_DELIMITERS = (",", ";", "\t", "|")
_MISSING_TOKENS = {"", "na", "n/a", "nan", "null", "none", "-", "--", "#n/a", "nil", "."}
_DATE_NAMES = ("date", "time", "timestamp", "datetime", "day", "period")
_SYMBOL_NAMES = ("symbol", "ticker", "name", "code", "instrument", "asset", "stock")
_PRICE_NAMES = ("close", "adj close", "adj_close", "price", "value", "last")
_DATE_FORMATS = ("ISO8601", "%m/%d/%Y", "%d/%m/%Y", "%m/%d/%y", "%d/%m/%y", "%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y",
                 "%m-%d-%Y", "%Y/%m/%d", "%Y.%m.%d", "%d-%b-%Y", "%d %b %Y", "%b %d, %Y", "%d-%b-%y", "%d %B %Y",
                 "%B %d, %Y", "%b %d %Y", "%Y%m%d")
_SIGNATURES = {b"PK\x03\x04": "a ZIP archive or an Excel workbook (.xlsx); save it as CSV first",
               b"\xd0\xcf\x11\xe0": "an old Excel workbook (.xls); save it as CSV first",
               b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
               b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive; unpack it first"}


@dataclass
class LoadedSeries:
    """A loaded price table: numeric columns (float) indexed by date, and what the loader did to get there."""

    frame: pd.DataFrame
    notes: list[str]
    source: str
    has_dates: bool
    symbols: tuple[str, ...] = ()
    symbol: str | None = None
    text_columns: tuple[str, ...] = field(default_factory=tuple)

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
            if "volume" not in column.lower():
                return column
        return self.columns[0]


SAMPLE_FILES = ("Google_Stock_Price_Train.csv", "Google_Stock_Price_Test.csv")


def load_sample() -> tuple[LoadedSeries, LoadedSeries]:
    """The bundled sample of the classic exercise: Google's daily prices 2012-2016 (train) and January 2017 (test)."""
    from rnnlab.engine.resources import resource_path

    train, test = (load_price_csv(resource_path("stock", name)) for name in SAMPLE_FILES)
    return train, test


def load_price_csv(path: str | os.PathLike, symbol: str | None = None) -> LoadedSeries:
    """Load a price CSV; ``symbol`` picks one series of a long-format file (default: the first in the file)."""
    path = Path(path)
    raw_head = _read_head(path)
    encoding, encoding_note = _detect_encoding(path, raw_head)
    notes = [encoding_note] if encoding_note else []
    head_text = raw_head.decode(encoding, errors="replace").lstrip("\ufeff")
    _refuse_binary(path, head_text)
    delimiter = _sniff_delimiter(path, head_text)
    if delimiter != ",":
        notes.append(f"Columns are separated by {_delimiter_name(delimiter)}.")
    table = _read_table(path, encoding, delimiter)
    table, removed = _drop_blank_columns(table)
    if removed:
        notes.append(f"Dropped {len(removed)} empty column(s): {', '.join(removed)}.")
    date_column, dates = _find_dates(table)
    symbols, chosen, table, dates = _pick_symbol(table, dates, date_column, symbol, notes)
    numeric, text_columns = _numeric_columns(table, {date_column, *([chosen[0]] if chosen else [])}, decimal_hint=delimiter != ",", notes=notes)
    frame = pd.DataFrame(numeric)
    if frame.empty or frame.shape[1] == 0:
        raise InputError(f"{path.name} has no column of numbers, so there is nothing to forecast. "
                         "Is it a CSV of prices?")
    frame = _index_by_date(frame, dates, date_column, notes)
    frame = _fill_missing(frame, notes)
    if len(frame) < MIN_ROWS:
        raise InputError(f"{path.name} has only {len(frame)} usable row(s); a forecast needs many more.")
    return LoadedSeries(frame=frame, notes=notes, source=str(path), has_dates=date_column is not None,
                        symbols=symbols, symbol=chosen[1] if chosen else None, text_columns=tuple(text_columns))


def _read_head(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"File not found: {path}")
    if not path.is_file():
        raise InputError(f"{path} is not a file.")
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise InputError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(f"{path.name} is empty.")
    for signature, what in _SIGNATURES.items():
        if head.startswith(signature):
            raise InputError(f"{path.name} is not a CSV file: it is {what}.")
    return head


def _detect_encoding(path: Path, head: bytes) -> tuple[str, str]:
    """The file's text encoding from its byte-order mark or content, and a note when it is not plain UTF-8."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", "Skipped the byte-order mark at the start of the file."
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "Read as UTF-16 text."
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le", "Read as UTF-16 text."
        if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be", "Read as UTF-16 text."
        raise InputError(f"{path.name} is not a CSV file: it holds binary data.")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "latin-1", "Read as Latin-1 text (the file is not UTF-8)."
    return "utf-8", ""


def _refuse_binary(path: Path, text: str) -> None:
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n") or ch == "\ufffd")
    if controls > max(4, 0.02 * len(text)):
        raise InputError(f"{path.name} is not a CSV file: it holds binary data.")


def _sniff_delimiter(path: Path, text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields most consistently."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]
    best, best_score = ",", 0.0
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        width = max(set(counts), key=counts.count)
        if width < 2:
            continue
        score = counts.count(width) / len(counts) + 0.01 * width
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == 0.0:
        if len(lines) > 1 and all(_looks_numeric(line) for line in lines[1:6]):
            return ","
        raise InputError(f"{path.name} does not look like a CSV table: no delimiter splits it into columns.")
    return best


def _looks_numeric(text: str) -> bool:
    return re.fullmatch(r"\s*[-+]?[\d.,]+\s*", text) is not None


def _delimiter_name(delimiter: str) -> str:
    return {";": "semicolons", "\t": "tabs", "|": "vertical bars"}.get(delimiter, repr(delimiter))


def _read_table(path: Path, encoding: str, delimiter: str) -> pd.DataFrame:
    try:
        table = pd.read_csv(path, sep=delimiter, encoding=encoding, dtype=str, keep_default_na=False,
                            nrows=MAX_ROWS + 1, skipinitialspace=True, on_bad_lines="skip", encoding_errors="replace")
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"{path.name} is empty.") from exc
    except (pd.errors.ParserError, ValueError, UnicodeError) as exc:
        raise InputError(f"{path.name} could not be read as a table: {str(exc).splitlines()[0]}") from exc
    except OSError as exc:
        raise InputError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    if len(table) > MAX_ROWS:
        raise InputError(f"{path.name} has more than {MAX_ROWS:,} rows. That is far more than a recurrent network "
                         "can learn from here in reasonable time; keep the most recent rows and try again.")
    table.columns = [str(c).strip().lstrip("\ufeff").strip('"') for c in table.columns]
    if len(table) == 0:
        raise InputError(f"{path.name} has a header but no data rows.")
    return table


def _drop_blank_columns(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    blank = [c for c in table.columns if table[c].str.strip().isin(_MISSING_TOKENS).all() and c.startswith("Unnamed")]
    return table.drop(columns=blank), blank


def _find_dates(table: pd.DataFrame) -> tuple[str | None, pd.Series | None]:
    """The date column (by name first, then by content) and its parsed values, or (None, None)."""
    named = [c for c in table.columns if c.strip().lower() in _DATE_NAMES or c.lower().startswith(("date", "time"))]
    others = [c for c in table.columns if c not in named]
    for column in named:
        parsed = _parse_dates(table[column], by_name=True)
        if parsed is None or parsed.notna().mean() < 0.5:
            sample = table[column].iloc[0]
            raise InputError(f"The dates in column '{column}' could not be read (for example '{sample}'). "
                             "Use a common format such as 2017-01-31 or 1/31/2017.")
        return column, parsed
    for column in others:
        parsed = _parse_dates(table[column], by_name=False)
        if parsed is not None and parsed.notna().mean() >= 0.9:
            return column, parsed
    return None, None


def _parse_dates(values: pd.Series, by_name: bool) -> pd.Series | None:
    """Parse a column of dates in whichever common format reads most of it; None when none does."""
    text = values.str.strip()
    present = text[~text.str.lower().isin(_MISSING_TOKENS)]
    if present.empty:
        return None
    numbers = pd.to_numeric(present, errors="coerce")
    if numbers.notna().all():
        return _parse_numeric_dates(text, numbers, by_name) if by_name else None
    if numbers.notna().mean() > 0.5:
        return None
    sample = present.iloc[:: max(1, len(present) // 400)]
    best_format, best_score = None, 0.0
    for fmt in _DATE_FORMATS:
        parsed = _to_datetime(sample, fmt)
        score = parsed.notna().mean()
        if score > 0 and (parsed.dropna().is_monotonic_increasing or parsed.dropna().is_monotonic_decreasing):
            score += 0.001
        if score > best_score + 1e-9:
            best_format, best_score = fmt, score
    if best_format is None or best_score < 0.5:
        parsed = _to_datetime(sample, "mixed")
        if parsed.notna().mean() < 0.5:
            return None
        best_format = "mixed"
    return _to_datetime(text, best_format)


def _to_datetime(values: pd.Series, fmt: str) -> pd.Series:
    try:
        parsed = pd.to_datetime(values, format=fmt, errors="coerce", utc=fmt in ("ISO8601", "mixed"))
    except (ValueError, TypeError, OverflowError):
        return pd.Series(pd.NaT, index=values.index)
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)
    return parsed


def _parse_numeric_dates(text: pd.Series, numbers: pd.Series, by_name: bool) -> pd.Series | None:
    """Dates stored as numbers: YYYYMMDD, Excel serial days, or Unix seconds/milliseconds."""
    all_numbers = pd.to_numeric(text, errors="coerce")
    low, high = numbers.min(), numbers.max()
    if 19000101 <= low and high <= 21001231:
        return pd.to_datetime(text, format="%Y%m%d", errors="coerce")
    if 10000 <= low and high <= 80000:
        return pd.to_datetime(all_numbers, unit="D", origin="1899-12-30", errors="coerce")
    if 1e8 <= low and high <= 4e9:
        return pd.to_datetime(all_numbers, unit="s", errors="coerce")
    if 1e11 <= low and high <= 4e12:
        return pd.to_datetime(all_numbers, unit="ms", errors="coerce")
    return None


def _pick_symbol(table: pd.DataFrame, dates: pd.Series | None, date_column: str | None, symbol: str | None,
                 notes: list[str]) -> tuple[tuple[str, ...], tuple[str, str] | None, pd.DataFrame, pd.Series | None]:
    """Keep one series of a long-format file (``symbol,date,price``); returns the symbols and (column, chosen)."""
    candidates = [c for c in table.columns if c != date_column and c.strip().lower() in _SYMBOL_NAMES]
    if not candidates or date_column is None:
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
        notes.append(f"The file holds {len(symbols)} symbols ({', '.join(symbols[:6])}{'…' if len(symbols) > 6 else ''}); "
                     f"showing {chosen}.")
    return symbols, (column, chosen), table.loc[keep].reset_index(drop=True), dates.loc[keep].reset_index(drop=True)


def _numeric_columns(table: pd.DataFrame, skip: set, decimal_hint: bool, notes: list[str]) -> tuple[dict, list[str]]:
    """Convert every column that is mostly numbers; count and blank out the junk cells."""
    numeric: dict[str, pd.Series] = {}
    text_columns = []
    for column in table.columns:
        if column in skip:
            continue
        values, junk, present = _to_numbers(table[column], decimal_hint)
        if present == 0:
            notes.append(f"Dropped column '{column}': it has no values.")
            continue
        if values.notna().sum() < 0.5 * present:
            text_columns.append(column)
            continue
        if junk:
            examples = table[column][values.isna() & ~table[column].str.strip().str.lower().isin(_MISSING_TOKENS)]
            notes.append(f"Column '{column}': {junk} cell(s) that are not numbers (e.g. '{examples.iloc[0].strip()}') "
                         "treated as missing.")
        numeric[column] = values
    if text_columns and numeric:
        notes.append(f"Ignored text column(s): {', '.join(text_columns)}.")
    return numeric, text_columns


def _to_numbers(values: pd.Series, decimal_hint: bool) -> tuple[pd.Series, int, int]:
    """Numbers from text with thousands separators, currency signs or decimal commas; returns (values, junk, present)."""
    text = values.str.strip()
    missing = text.str.lower().isin(_MISSING_TOKENS)
    present = int((~missing).sum())
    text = text.str.replace(r"[\s\u00a0'$€£¥%]", "", regex=True)
    if decimal_hint and _uses_decimal_comma(text[~missing]):
        text = text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    else:
        text = text.str.replace(",", "", regex=False)
    numbers = pd.to_numeric(text.where(~missing), errors="coerce").astype(float)
    numbers[~np.isfinite(numbers)] = np.nan
    junk = int((numbers.isna() & ~missing).sum())
    return numbers, junk, present


def _uses_decimal_comma(text: pd.Series) -> bool:
    sample = text.iloc[: 2000]
    comma_decimal = sample.str.fullmatch(r"[-+]?\d{1,3}(\.\d{3})*,\d+|[-+]?\d+,\d{1,2}|[-+]?\d+,\d{4,}").sum()
    point_decimal = sample.str.fullmatch(r"[-+]?\d{1,3}(,\d{3})*\.\d+|[-+]?\d+\.\d+").sum()
    return comma_decimal > point_decimal


def _index_by_date(frame: pd.DataFrame, dates: pd.Series | None, date_column: str | None,
                   notes: list[str]) -> pd.DataFrame:
    """Index by date, drop rows whose date is unreadable, sort ascending, drop duplicate dates (keep the first)."""
    if dates is None:
        notes.append("No date column found; rows are used in file order.")
        frame.index = pd.RangeIndex(len(frame), name="row")
        return frame
    frame.index = pd.DatetimeIndex(dates.to_numpy(), name="date")
    bad = int(frame.index.isna().sum())
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

