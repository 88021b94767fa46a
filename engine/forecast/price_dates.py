"""The time axis of a price table: which column holds the dates (by name, then by content), a separate time-of-day
column joined to it, UTC offsets dropped so each row keeps its local date, years, YYYYMMDD, Excel serial days and
Unix seconds or milliseconds; and how dates are written back (with the time of day only where the data has one)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from rnnlab.engine.errors import InputError
from rnnlab.engine.translations import Message, translatable

MISSING_TOKENS = {"", "na", "n/a", "nan", "null", "none", "-", "--", "#n/a", "nil", "."}
_DATE_WORDS = {"date", "time", "timestamp", "datetime", "year", "epoch", "unix"}
_EXACT_NAMES = {"day", "period", "dt", "yr"}
_DATE_FORMATS = ("ISO8601", "%m/%d/%Y", "%d/%m/%Y", "%m/%d/%y", "%d/%m/%y", "%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y",
                 "%m-%d-%Y", "%Y/%m/%d", "%Y.%m.%d", "%Y.%m.%d %H:%M", "%Y.%m.%d %H:%M:%S", "%d-%b-%Y",
                 "%d %b %Y", "%b %d, %Y", "%d-%b-%y", "%d %B %Y", "%B %d, %Y", "%b %d %Y", "%Y%m%d")
_TIME_OF_DAY = r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
_OFFSET = re.compile(rf"^(.*{_TIME_OF_DAY})\s*(Z|UTC|GMT|[+-]\d{{2}}:?\d{{2}})$")
_NUMERIC_UNITS = {"years": translatable("Engine", "years"), "%Y%m%d": "",
                  "excel": translatable("Engine", "Excel serial days"), "s": translatable("Engine", "Unix seconds"),
                  "ms": translatable("Engine", "Unix milliseconds")}
"""How numeric dates are read (``read_dates``), and what a note calls them ('' for the unmistakable YYYYMMDD)."""
_WHOLE_NS = {"D": 86_400 * 10**9, "m": 60 * 10**9}
_UNIT_NS = {"s": 10**9, "ms": 10**6, "us": 10**3, "ns": 1}


@dataclass
class TimeAxis:
    """The parsed dates (None: the file has none), the columns they were read from (not series to forecast), how the
    date column was read (``how``: a format, ``mixed``, or a unit of numeric dates) and the time-of-day column joined
    to it; ``reread`` reads more rows of the same file the same way."""

    dates: pd.Series | None
    columns: list[str]
    how: str = ""
    clock: str | None = None

    def reread(self, table: pd.DataFrame) -> pd.Series | None:
        """The dates of more rows of the same file (a later chunk), read as the first rows were."""
        if not self.columns:
            return None
        dates = read_dates(table[self.columns[0]], self.how)
        return join_clock(dates, table[self.clock]) if self.clock else dates


def is_date_name(name: str) -> bool:
    """A header that names a date, a time or a timestamp (``Date``, ``open_time``, ``Unix Timestamp``, ``Year``)."""
    lower = name.strip().lower()
    words = set(re.split(r"[^a-z]+", lower))
    return lower.startswith(("date", "time")) or bool(words & _DATE_WORDS) or lower in _EXACT_NAMES


def find_time_axis(table: pd.DataFrame, notes: list[str]) -> TimeAxis:
    """The date column (by name first, then by content), joined with a time-of-day column when it has one."""
    clocks = [c for c in table.columns if _is_time_of_day(table[c])]
    named = [c for c in table.columns if is_date_name(c) and c not in clocks]
    column, dates, how = None, None, ""
    for candidate in named[:1]:
        dates, note, how = parse_dates(table[candidate], by_name=True)
        if dates is None or dates.notna().mean() < 0.5:
            sample = table[candidate].iloc[0]
            raise InputError(translatable("Engine", "The dates in column '{candidate}' could not be read (for example "
                                                    "'{sample}'). Use a common format such as 2017-01-31 or "
                                                    "1/31/2017."),
                             candidate=candidate, sample=sample)
        column = candidate
    for candidate in ([] if column else [c for c in table.columns if c not in clocks]):
        dates, note, how = parse_dates(table[candidate], by_name=False)
        if dates is not None and dates.notna().mean() >= 0.9:
            column = candidate
            break
    if column is None or dates is None:
        return TimeAxis(dates=None, columns=[])
    if note:
        notes.append(note)
    used, joined = [column], None
    known = dates.dropna()
    if clocks and (known == known.dt.normalize()).all():
        joined = clocks[0]
        dates = join_clock(dates, table[joined])
        used.append(joined)
        notes.append(Message(translatable("Engine", "Joined the date column '{column}' and the time column '{joined}' "
                                                    "into one timestamp."), column=column, joined=joined))
    for other in named[1:]:
        parsed, _, _ = parse_dates(table[other], by_name=True)
        if parsed is not None and parsed.notna().mean() >= 0.9:
            used.append(other)
            notes.append(Message(translatable("Engine", "Ignored '{other}', a second date column; the dates come from "
                                                        "'{column}'."), other=other, column=column))
    return TimeAxis(dates=dates, columns=used, how=how, clock=joined)


def join_clock(dates: pd.Series, clock: pd.Series) -> pd.Series:
    """Dates plus the time of day of a separate time column (``14:30`` or ``14:30:00``)."""
    text = clock.str.strip()
    text = text.where(text.str.count(":") == 2, text + ":00")
    return dates + pd.to_timedelta(text, errors="coerce")


def _is_time_of_day(values: pd.Series) -> bool:
    sample = values.iloc[:500].str.strip()
    sample = sample[~sample.str.lower().isin(MISSING_TOKENS)]
    return not sample.empty and bool(sample.str.fullmatch(_TIME_OF_DAY).all())


def parse_dates(values: pd.Series, by_name: bool) -> tuple[pd.Series | None, str, str]:
    """A column of dates in whichever common format reads most of it (None when none does), a note, and how it was
    read (the format, ``mixed``, or the unit of numeric dates: what ``read_dates`` takes)."""
    text = values.str.strip()
    present = text[~text.str.lower().isin(MISSING_TOKENS)]
    if present.empty:
        return None, "", ""
    numbers = pd.to_numeric(present, errors="coerce")
    if numbers.notna().all():
        if not by_name:
            return None, "", ""
        how = numeric_date_unit(text)
        if how is None:
            return None, "", ""
        unit = _NUMERIC_UNITS[how]
        note: str = Message(translatable("Engine", "Read the numbers in '{name}' as {unit}."), name=values.name,
                            unit=Message(unit)) if unit else ""
        return read_dates(text, how), note, how
    if numbers.notna().mean() > 0.5:
        return None, "", ""
    text, note = strip_offsets(text)
    present = text[~text.str.lower().isin(MISSING_TOKENS)]
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
        if _to_datetime(sample, "mixed").notna().mean() < 0.5:
            return None, "", ""
        best_format = "mixed"
    return _to_datetime(text, best_format), note, best_format


def read_dates(values: pd.Series, how: str) -> pd.Series:
    """A column of dates read as ``parse_dates`` decided (``how``), NaT where a cell does not read that way."""
    text = values.str.strip()
    if how in _NUMERIC_UNITS:
        numbers = pd.to_numeric(text, errors="coerce")
        if how == "years":
            return pd.to_datetime(numbers.astype("Int64").astype("string"), format="%Y", errors="coerce")
        if how == "%Y%m%d":
            return pd.to_datetime(text, format="%Y%m%d", errors="coerce")
        if how == "excel":
            return pd.to_datetime(numbers, unit="D", origin="1899-12-30", errors="coerce")
        return pd.to_datetime(numbers, unit="s" if how == "s" else "ms", errors="coerce")
    return _to_datetime(strip_offsets(text)[0], how)


def strip_offsets(text: pd.Series) -> tuple[pd.Series, str]:
    """Timestamps without their UTC offsets (``2021-01-04 00:00:00+09:00`` -> local ``2021-01-04 00:00:00``).

    A trading day is the exchange's local day: converting Tokyo's Monday 00:00+09:00 to UTC would put it on Sunday.
    """
    if not text.iloc[:200].str.contains(r"\d(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})$").any():
        return text, ""
    parts = text.str.extract(_OFFSET)
    found = parts[1].dropna()
    if found.empty:
        return text, ""
    offsets = list(dict.fromkeys(found))
    shown = ", ".join(offsets[:3]) + (" …" if len(offsets) > 3 else "")
    return parts[0].fillna(text), Message(translatable("Engine", "Dropped the UTC offset of the timestamps ({shown}): "
                                                                 "each row keeps its local date and time, as the "
                                                                 "exchange reports them."),
                                          shown=shown)


def _to_datetime(values: pd.Series, fmt: str) -> pd.Series:
    try:
        parsed = pd.to_datetime(values, format=fmt, errors="coerce")
    except (ValueError, TypeError, OverflowError):
        return pd.Series(pd.NaT, index=values.index)
    if isinstance(parsed.dtype, pd.DatetimeTZDtype):
        parsed = parsed.dt.tz_localize(None)
    return parsed


def numeric_date_unit(text: pd.Series) -> str | None:
    """What numbers in a date column are: years (1871 or 1871.0), YYYYMMDD, Excel serial days, Unix seconds or
    milliseconds (a key of ``_NUMERIC_UNITS``), or None when their range fits none of them."""
    present = pd.to_numeric(text, errors="coerce").dropna()
    low, high = present.min(), present.max()
    if 1000 <= low and high <= 2200 and (present == present.round()).all():
        return "years"
    if 19000101 <= low and high <= 21001231:
        return "%Y%m%d"
    if 10000 <= low and high <= 80000:
        return "excel"
    if 1e8 <= low and high <= 4e9:
        return "s"
    if 1e11 <= low and high <= 4e12:
        return "ms"
    return None


def date_format(index: pd.Index) -> str | None:
    """How to write this index's dates: with the time of day only where one is not midnight, years alone for
    yearly data; None for an index of row numbers."""
    if not isinstance(index, pd.DatetimeIndex) or len(index) == 0:
        return None
    if _all_on_whole(index, "D"):
        yearly = len(index) > 1 and bool(((index.month == 1) & (index.day == 1)).all())
        return "%Y" if yearly else "%Y-%m-%d"
    return "%Y-%m-%d %H:%M" if _all_on_whole(index, "m") else "%Y-%m-%d %H:%M:%S"


def _all_on_whole(index: pd.DatetimeIndex, unit: str) -> bool:
    """Whether every timestamp is on a whole day (``D``) or minute (``m``): integer arithmetic on the first rows,
    then on all, fast on millions of rows (a big file's dates are checked in the window's thread)."""
    step = _WHOLE_NS[unit] // _UNIT_NS[index.unit]
    stamps = index.asi8
    return not (stamps[:1000] % step).any() and not (stamps % step).any()


def index_labels(index: pd.Index) -> list[str]:
    """Every row's date as text (exports, the preview), or its row number where the file has no dates."""
    fmt = date_format(index)
    if fmt is None or not isinstance(index, pd.DatetimeIndex):
        return [str(v) for v in index]
    return list(index.strftime(fmt))


def point_label(index: pd.Index, position: int) -> str:
    """One row's date as a note says it (``2020-01-06 14:00``), or ``row 12``."""
    fmt = date_format(index)
    return index[position].strftime(fmt) if fmt else f"row {index[position]}"
