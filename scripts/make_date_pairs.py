"""Make the translation pad's bundled date task: human-readable dates in many formats -> ISO 8601 (issue 16).

Run from the project root (no extra package needed; the output is the same on every machine):

    python scripts/make_date_pairs.py                       # resources/dates/date_pairs.tsv, 20,000 pairs
    python scripts/make_date_pairs.py --count 5000 --seed 3 --out /tmp/dates.tsv

Writes UTF-8 text, one pair a line, ``source<TAB>target``, no header: the pairs-file format the pad reads. The
dates are drawn uniformly from 1900-01-01 to 2099-12-31 and each is written in one of the formats of ``FORMATS``
(drawn uniformly among those that can write it), in lower case, Title case or UPPER CASE (40/45/15%), with
numbers padded to two digits or not where a format allows both. Weekday names are the date's own.

Every source names exactly one date; these conventions make it so (and tests/scripts check it):

- numbers split by ``/`` are year/month/day when the year (always four digits) comes first, and month/day/year,
  as in the US, when it comes last; day/month/year with slashes is never written;
- numbers split by ``.`` are day.month.year (as in Germany); by ``-``, year-month-day; eight digits, yyyymmdd;
- a two-digit year is only ever written beside a month name, and reads as Python's ``strptime`` reads ``%y``:
  69-99 is 1969-1999 and 00-68 is 2000-2068; such sources are made only for dates in 1969-2068.

Each format carries the ``strptime`` pattern that reads it (after an ordinal suffix such as ``rd`` is removed),
so its convention is written down once, as code the tests run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import string
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "dates" / "date_pairs.tsv"
DEFAULT_COUNT = 20_000
DEFAULT_SEED = 16
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)
# The years a two-digit year can name: strptime's %y window.
TWO_DIGIT_YEARS = range(1969, 2069)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Case of a source: lower (march), Title (March: names only; "the", "of" and "rd" stay lower) or UPPER (MARCH 3RD).
CASES = ("lower", "title", "upper")
CASE_WEIGHTS = (40, 45, 15)
# An ordinal suffix after a day number (3rd, 3RD): what strptime cannot read and the readings ignore.
ORDINAL_SUFFIX = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
# The template fields that hold each part of the ISO date.
FIELD_OF = {"yyyy": "year", "yy": "year", "month": "month", "mm": "month", "month_name": "month", "mon": "month",
            "day": "day", "dd": "day", "dth": "day"}


@dataclass(frozen=True)
class DateFormat:
    """One way of writing a date: a template of the fields below and the ``strptime`` pattern that reads it.

    Fields: ``{day}`` / ``{month}`` are numbers padded to two digits or not (one draw per source, both alike),
    ``{dd}`` / ``{mm}`` always padded, ``{dth}`` the day with its ordinal suffix (3rd), ``{month_name}``,
    ``{mon}`` (three letters), ``{weekday}``, ``{wkd}`` (three letters), ``{yyyy}``, ``{yy}``.
    """

    name: str
    template: str
    reading: str

    @property
    def two_digit_year(self) -> bool:
        """Whether the format writes the year as two digits (and so can only write dates in TWO_DIGIT_YEARS)."""
        return "{yy}" in self.template

    def can_write(self, date: dt.date) -> bool:
        """Whether ``date`` written this way reads back as ``date``."""
        return not self.two_digit_year or date.year in TWO_DIGIT_YEARS


FORMATS: tuple[DateFormat, ...] = (
    DateFormat("d month yyyy", "{day} {month_name} {yyyy}", "%d %B %Y"),
    DateFormat("dth month yyyy", "{dth} {month_name} {yyyy}", "%d %B %Y"),
    DateFormat("d mon yyyy", "{day} {mon} {yyyy}", "%d %b %Y"),
    DateFormat("month d yyyy", "{month_name} {day} {yyyy}", "%B %d %Y"),
    DateFormat("month d, yyyy", "{month_name} {day}, {yyyy}", "%B %d, %Y"),
    DateFormat("month dth, yyyy", "{month_name} {dth}, {yyyy}", "%B %d, %Y"),
    DateFormat("mon d yyyy", "{mon} {day} {yyyy}", "%b %d %Y"),
    DateFormat("mon. d, yyyy", "{mon}. {day}, {yyyy}", "%b. %d, %Y"),
    DateFormat("mon-dd-yyyy", "{mon}-{dd}-{yyyy}", "%b-%d-%Y"),
    DateFormat("the dth of month yyyy", "the {dth} of {month_name} {yyyy}", "the %d of %B %Y"),
    DateFormat("wkd, mon d, yyyy", "{wkd}, {mon} {day}, {yyyy}", "%a, %b %d, %Y"),
    DateFormat("wkd, dd mon yyyy", "{wkd}, {dd} {mon} {yyyy}", "%a, %d %b %Y"),
    DateFormat("weekday d month yyyy", "{weekday} {day} {month_name} {yyyy}", "%A %d %B %Y"),
    DateFormat("weekday, month dth, yyyy", "{weekday}, {month_name} {dth}, {yyyy}", "%A, %B %d, %Y"),
    DateFormat("weekday, the dth of month yyyy", "{weekday}, the {dth} of {month_name} {yyyy}",
               "%A, the %d of %B %Y"),
    DateFormat("dd.mm.yyyy", "{day}.{month}.{yyyy}", "%d.%m.%Y"),
    DateFormat("mm/dd/yyyy", "{month}/{day}/{yyyy}", "%m/%d/%Y"),
    DateFormat("yyyy/mm/dd", "{yyyy}/{month}/{day}", "%Y/%m/%d"),
    DateFormat("yyyy-mm-dd", "{yyyy}-{month}-{day}", "%Y-%m-%d"),
    DateFormat("yyyymmdd", "{yyyy}{mm}{dd}", "%Y%m%d"),
    DateFormat("d-mon-yy", "{day}-{mon}-{yy}", "%d-%b-%y"),
    DateFormat("d mon 'yy", "{day} {mon} '{yy}", "%d %b '%y"),
    DateFormat("wkd, mon d, yy", "{wkd}, {mon} {day}, {yy}", "%a, %b %d, %y"),
)


@dataclass(frozen=True)
class DatePair:
    """One generated pair: the human-readable source, its ISO 8601 target, and what it was made from."""

    source: str
    target: str
    date: dt.date
    format: DateFormat
    case: str
    padded: bool

    def spans(self) -> dict[str, range]:
        """Where the year, month and day sit in the source (see field_spans)."""
        return field_spans(self.date, self.format, self.case, self.padded)


def ordinal(day: int) -> str:
    """``day`` with its English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd, 31st."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _pieces(date: dt.date, form: DateFormat, case: str, padded: bool) -> list[tuple[str, str]]:
    """``date`` written in ``form`` as (text, field name) pieces; literal text has the field name ''."""
    if not form.can_write(date):
        raise ValueError(f"{form.name} cannot write {date.isoformat()}")
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}")
    name = str.capitalize if case == "title" else str.lower
    number = "{:02d}" if padded else "{:d}"
    values = {
        "day": number.format(date.day), "month": number.format(date.month), "dd": f"{date.day:02d}",
        "mm": f"{date.month:02d}", "dth": ordinal(date.day), "month_name": name(MONTHS[date.month - 1]),
        "mon": name(MONTHS[date.month - 1][:3]), "weekday": name(WEEKDAYS[date.weekday()]),
        "wkd": name(WEEKDAYS[date.weekday()][:3]), "yyyy": f"{date.year:04d}", "yy": f"{date.year % 100:02d}"}
    pieces = []
    for literal, field, _spec, _conversion in string.Formatter().parse(form.template):
        pieces.append((literal, ""))
        if field is not None:
            pieces.append((values[field], field))
    return [(text.upper() if case == "upper" else text, field) for text, field in pieces if text]


def write_date(date: dt.date, form: DateFormat, case: str, padded: bool) -> str:
    """``date`` written in ``form``, in ``case`` (one of CASES), its variable-width numbers padded or not."""
    return "".join(text for text, _field in _pieces(date, form, case, padded))


def field_spans(date: dt.date, form: DateFormat, case: str, padded: bool) -> dict[str, range]:
    """Where the year, month and day sit in ``write_date(date, form, case, padded)``: character ranges keyed
    "year", "month", "day" (what the ISO target's digits come from; a weekday has none)."""
    spans: dict[str, range] = {}
    position = 0
    for text, field in _pieces(date, form, case, padded):
        if field in FIELD_OF:
            spans[FIELD_OF[field]] = range(position, position + len(text))
        position += len(text)
    return spans


def random_pair(rng: random.Random) -> DatePair:
    """One pair: a uniform date in FIRST_DAY..LAST_DAY, a uniform format among those that can write it."""
    date = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    form = rng.choice([f for f in FORMATS if f.can_write(date)])
    case = rng.choices(CASES, weights=CASE_WEIGHTS)[0]
    padded = rng.random() < 0.5
    return DatePair(write_date(date, form, case, padded), date.isoformat(), date, form, case, padded)


def date_pairs(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> list[DatePair]:
    """``count`` pairs with distinct sources, the same list for the same ``count`` and ``seed``."""
    rng = random.Random(seed)
    pairs: dict[str, DatePair] = {}
    while len(pairs) < count:
        pair = random_pair(rng)
        pairs.setdefault(pair.source, pair)
    return list(pairs.values())


def pairs_text(pairs: list[DatePair]) -> str:
    """The pairs-file text: ``source<TAB>target`` a line, newline-terminated."""
    return "".join(f"{p.source}\t{p.target}\n" for p in pairs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="number of pairs (distinct sources)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the draw")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the pairs file to write (TSV, UTF-8)")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    sys.path.insert(0, str(ROOT))
    from rnnlab.engine.translate.line_files import write_text_file

    write_text_file(args.out, pairs_text(date_pairs(args.count, args.seed)))
    print(f"wrote {args.count} pairs to {args.out}")


if __name__ == "__main__":
    main()
