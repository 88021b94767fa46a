"""The numbers of a price table: thousands separators, currency and percent signs, decimal commas, K/M/B
suffixes (``4.95M``); event rows (a dividend or split line beside that day's prices) skipped; junk cells counted."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from rnnlab.engine.forecast.price_dates import MISSING_TOKENS
from rnnlab.engine.translations import Message, translatable

_SUFFIXES = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def numeric_columns(table: pd.DataFrame, skip: list[str], dates: pd.Series | None, decimal_hint: bool,
                    notes: list[str]) -> tuple[pd.DataFrame, pd.Series | None]:
    """The columns that are mostly numbers (float, junk as NaN) and the dates of the rows kept.

    An event row (no number in any column, some text, on a date that also has a row of prices, such as Yahoo's
    ``"Feb 28, 2022",0.23 Dividend``) is skipped with a counted note, so it never replaces that day's prices.
    """
    candidates = [c for c in table.columns if c not in skip]
    converted = {column: to_numbers(table[column], decimal_hint) for column in candidates}
    if not converted:
        return pd.DataFrame(index=table.index), dates
    numbers = pd.DataFrame({column: values for column, (values, _) in converted.items()})
    events = _event_rows(table[candidates], numbers, dates)
    if events.any():
        example = next(cell for cell in table.loc[events, candidates].iloc[0] if cell.strip())
        notes.append(Message(translatable("Engine", "Skipped {events} row(s) that announce an event, not prices (e.g. "
                                                    "'{example}'); each such date keeps its row of prices."),
                             events=int(events.sum()), example=example.strip()))
        keep = (~events).to_numpy()
        table, numbers = table.loc[keep], numbers.loc[keep]
        dates = dates.loc[keep] if dates is not None else None
    kept, text_columns = {}, []
    for column in candidates:
        values = numbers[column]
        if converted[column][1]:
            notes.append(Message(translatable("Engine", "Column '{column}': read the suffixes K, M and B as "
                                                        "thousands, millions and billions."), column=column))
        if values.notna().all():
            kept[column] = values
            continue
        raw = table[column].str.strip()
        missing = raw.str.lower().isin(MISSING_TOKENS)
        present = int((~missing).sum())
        if present == 0:
            notes.append(Message(translatable("Engine", "Dropped column '{column}': it has no values."), column=column))
            continue
        if values.notna().sum() < 0.5 * present:
            text_columns.append(column)
            continue
        junk = values.isna() & ~missing
        if junk.any():
            notes.append(Message(translatable("Engine", "Column '{column}': {junk} cell(s) that are not numbers (e.g. "
                                                        "'{example}') treated as missing."),
                                 column=column, junk=int(junk.sum()), example=raw[junk].iloc[0]))
        kept[column] = values
    if text_columns and kept:
        notes.append(Message(translatable("Engine", "Ignored text column(s): {columns}."),
                             columns=", ".join(f"'{c}'" for c in text_columns)))
    return pd.DataFrame(kept, index=table.index), dates


@dataclass
class MoreNumbers:
    """What ``more_numbers`` counted over the later chunks of a big file: event rows skipped, junk cells per column."""

    events: int = 0
    junk: dict[str, int] = field(default_factory=dict)

    def notes(self) -> list[str]:
        """The counts as notes, worded as the first chunk's notes are."""
        more = translatable("Engine", "Skipped {events} more event row(s) further down the file.")
        out: list[str] = [Message(more, events=self.events)] if self.events else []
        out += [Message(translatable("Engine", "Column '{column}': {count} more cell(s) that are not numbers treated "
                                               "as missing further down the file."), column=column, count=count)
                for column, count in self.junk.items() if count]
        return out


def more_numbers(table: pd.DataFrame, columns: list[str], dates: pd.Series | None, decimal_hint: bool,
                 counts: MoreNumbers) -> tuple[pd.DataFrame, pd.Series | None]:
    """The numbers of more rows of a file (a later chunk): the ``columns`` the first chunk kept, read the same way,
    event rows skipped and junk cells counted into ``counts``."""
    numbers = pd.DataFrame({column: to_numbers(table[column], decimal_hint)[0] for column in columns},
                           index=table.index)
    events = _event_rows(table[columns], numbers, dates)
    if events.any():
        counts.events += int(events.sum())
        keep = (~events).to_numpy()
        table, numbers = table.loc[keep], numbers.loc[keep]
        dates = dates.loc[keep] if dates is not None else None
    for column in columns:
        if numbers[column].isna().any():
            junk = numbers[column].isna() & ~table[column].str.strip().str.lower().isin(MISSING_TOKENS)
            counts.junk[column] = counts.junk.get(column, 0) + int(junk.sum())
    return numbers, dates


def _event_rows(table: pd.DataFrame, numbers: pd.DataFrame, dates: pd.Series | None) -> pd.Series:
    """Rows with text but no number, on a date that has another row with numbers."""
    has_number = numbers.notna().any(axis=1)
    events = pd.Series(False, index=table.index)
    if dates is None or has_number.all():
        return events
    bare = table.loc[~has_number]
    has_text = (~bare.apply(lambda col: col.str.strip().str.lower().isin(MISSING_TOKENS))).any(axis=1)
    on_priced_date = dates.loc[bare.index].isin(set(dates[has_number].dropna()))
    events.loc[bare.index] = has_text & on_priced_date
    return events


def to_numbers(values: pd.Series, decimal_hint: bool) -> tuple[pd.Series, bool]:
    """Numbers from text (NaN where a cell is missing or junk) and whether K/M/B suffixes were read."""
    fast = pd.to_numeric(values, errors="coerce")
    if fast.notna().sum() == (values != "").sum():
        return _finite(fast), False
    text = values.str.strip()
    missing = text.str.lower().isin(MISSING_TOKENS)
    text = text.str.replace(r"[\s\u00a0'$€£¥%]", "", regex=True)
    suffix = text.str[-1:].str.upper()
    scaled = suffix.isin(list(_SUFFIXES)) & text.str[:-1].str.fullmatch(r"[-+]?[\d.,]*\d").fillna(False)
    text = text.where(~scaled, text.str[:-1])
    if decimal_hint and _uses_decimal_comma(text[~missing]):
        text = text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    else:
        text = text.str.replace(",", "", regex=False)
    numbers = pd.to_numeric(text.where(~missing), errors="coerce").astype(float)
    numbers = numbers * suffix.map(_SUFFIXES).where(scaled, 1.0).astype(float)
    return _finite(numbers), bool(scaled.any())


def _finite(numbers: pd.Series) -> pd.Series:
    numbers = numbers.astype(float)
    numbers[~np.isfinite(numbers)] = np.nan
    return numbers


def _uses_decimal_comma(text: pd.Series) -> bool:
    sample = text.iloc[:2000]
    comma_decimal = sample.str.fullmatch(r"[-+]?\d{1,3}(\.\d{3})*,\d+|[-+]?\d+,\d{1,2}|[-+]?\d+,\d{4,}").sum()
    point_decimal = sample.str.fullmatch(r"[-+]?\d{1,3}(,\d{3})*\.\d+|[-+]?\d+\.\d+").sum()
    return comma_decimal > point_decimal
