"""The bundled date task: every source names one date, its target is that date in ISO 8601, every format and case
is present, and the shipped file is exactly what the script writes."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import pytest

from rnnlab.engine.resources import resource_path
from scripts.make_date_pairs import (
    CASES,
    DEFAULT_OUT,
    FIRST_DAY,
    FORMATS,
    LAST_DAY,
    MONTHS,
    ORDINAL_SUFFIX,
    TWO_DIGIT_YEARS,
    WEEKDAYS,
    date_pairs,
    field_spans,
    main,
    ordinal,
    pairs_text,
    write_date,
)
from tests.conftest import PROJECT_ROOT

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def pairs():
    return date_pairs()


@pytest.fixture
def english_strptime():
    """strptime reads month and weekday names in the process's locale; the readings below are English."""
    if dt.date(1998, 3, 3).strftime("%a %b %B %A") != "Tue Mar March Tuesday":
        pytest.skip("the C library's time locale is not English")


def _read(source: str, reading: str) -> dt.date:
    return dt.datetime.strptime(ORDINAL_SUFFIX.sub("", source), reading).date()


def test_the_shipped_file_is_what_the_script_writes(tmp_path):
    out = tmp_path / "dates.tsv"
    main(["--out", str(out)])
    shipped = PROJECT_ROOT / "resources" / "dates" / "date_pairs.tsv"
    assert DEFAULT_OUT == shipped
    assert out.read_bytes() == shipped.read_bytes()
    assert shipped.stat().st_size < 700_000
    assert resource_path("dates", "date_pairs.tsv").read_bytes() == shipped.read_bytes()


def test_the_shipped_file_is_20000_pairs_with_one_target_per_source():
    lines = (PROJECT_ROOT / "resources" / "dates" / "date_pairs.tsv").read_text(encoding="utf-8").splitlines()
    split = [line.split("\t") for line in lines]
    assert len(lines) == 20_000 and all(len(fields) == 2 for fields in split)
    targets: dict[str, set[str]] = {}
    for source, target in split:
        targets.setdefault(source, set()).add(target)
    assert len(targets) == 20_000 and all(len(t) == 1 for t in targets.values())


def test_every_target_is_the_iso_date_the_source_was_made_from(pairs):
    for pair in pairs:
        assert ISO_DATE.fullmatch(pair.target), pair
        assert dt.date.fromisoformat(pair.target) == pair.date
        assert pair.target == pair.date.isoformat()
        assert FIRST_DAY <= pair.date <= LAST_DAY


def test_every_source_reads_back_as_its_date(pairs, english_strptime):
    for pair in pairs:
        assert _read(pair.source, pair.format.reading) == pair.date, pair


def test_no_source_can_be_read_as_another_date_by_any_format(pairs, english_strptime):
    # Every format's reading is tried on a sample (all 20,000 take ~8 s); each one that reads a source must
    # give the date the source was made from.
    for pair in random.Random(0).sample(pairs, 1500):
        readings = set()
        for form in FORMATS:
            try:
                readings.add(_read(pair.source, form.reading))
            except ValueError:
                continue
        assert readings == {pair.date}, pair


@pytest.mark.parametrize("source, target", [
    ("3 march 1998", "1998-03-03"), ("tue, mar 3, 1998", "1998-03-03"), ("03.03.1998", "1998-03-03"),
    ("March 3rd, 1998", "1998-03-03"), ("1998/03/03", "1998-03-03"), ("3-Mar-98", "1998-03-03"),
    ("04/03/1998", "1998-04-03"), ("04.03.1998", "1998-03-04"), ("1998/4/3", "1998-04-03"),
    ("1-JAN-68", "2068-01-01"), ("31 dec '69", "1969-12-31"), ("20000229", "2000-02-29"),
    ("THURSDAY, THE 1ST OF JANUARY 1970", "1970-01-01"), ("Wed, 31 Dec 2099", "2099-12-31")])
def test_the_issue_examples_and_the_conventions(source, target, english_strptime):
    readings = set()
    for form in FORMATS:
        try:
            readings.add(_read(source, form.reading).isoformat())
        except ValueError:
            continue
    assert readings == {target}


def test_the_writer_writes_what_the_conventions_read():
    march_3 = dt.date(1998, 3, 3)
    by_name = {f.name: f for f in FORMATS}
    assert write_date(march_3, by_name["d month yyyy"], "lower", padded=False) == "3 march 1998"
    assert write_date(march_3, by_name["wkd, mon d, yyyy"], "lower", padded=False) == "tue, mar 3, 1998"
    assert write_date(march_3, by_name["dd.mm.yyyy"], "title", padded=True) == "03.03.1998"
    assert write_date(march_3, by_name["month dth, yyyy"], "title", padded=True) == "March 3rd, 1998"
    assert write_date(march_3, by_name["d-mon-yy"], "upper", padded=False) == "3-MAR-98"
    assert write_date(march_3, by_name["the dth of month yyyy"], "title", padded=False) == "the 3rd of March 1998"
    with pytest.raises(ValueError):
        write_date(dt.date(1950, 1, 1), by_name["d-mon-yy"], "lower", padded=False)


def test_field_spans_locate_the_year_month_and_day(pairs):
    form = next(f for f in FORMATS if f.name == "wkd, mon d, yyyy")
    source = write_date(dt.date(1998, 3, 3), form, "upper", padded=False)
    spans = field_spans(dt.date(1998, 3, 3), form, "upper", padded=False)
    assert {field: source[span.start:span.stop] for field, span in spans.items()} == {
        "year": "1998", "month": "MAR", "day": "3"}
    for pair in pairs:
        text = {field: pair.source[span.start:span.stop].lower() for field, span in pair.spans().items()}
        assert set(text) == {"year", "month", "day"}, pair
        assert pair.target[:4].endswith(text["year"]) and len(text["year"]) in (2, 4), pair
        assert int(ORDINAL_SUFFIX.sub("", text["day"])) == pair.date.day, pair
        month = text["month"]
        assert (int(month) if month.isdigit() else MONTHS.index(month) + 1 if month in MONTHS
                else [m[:3] for m in MONTHS].index(month) + 1) == pair.date.month, pair


def test_each_format_case_and_padding_appears(pairs):
    formats = Counter(p.format.name for p in pairs)
    assert set(formats) == {f.name for f in FORMATS}
    assert min(formats.values()) >= 300, formats
    sources = [p.source for p in pairs]
    assert any(s.isupper() for s in sources) and any(re.search("[A-Z][a-z]", s) for s in sources)
    assert any(re.fullmatch(r"[a-z0-9 ,.'-]+", s) and re.search("[a-z]", s) for s in sources)
    assert any(re.fullmatch(r"0\d\.0\d\.\d{4}", s) for s in sources)
    assert any(re.fullmatch(r"\d\.\d\.\d{4}", s) for s in sources)
    assert len(CASES) == 3


def test_dates_cover_the_range_and_two_digit_years_stay_in_their_window(pairs):
    years = Counter(p.date.year for p in pairs)
    assert min(years) <= 1902 and max(years) >= 2097 and len(years) >= 195
    for pair in pairs:
        if pair.format.two_digit_year:
            assert pair.date.year in TWO_DIGIT_YEARS, pair


def test_weekday_names_belong_to_the_date_and_ordinals_to_the_day(pairs):
    weekday_formats = 0
    for pair in pairs:
        words = re.findall("[a-z]+", pair.source.lower())
        named = [w for w in words if w in WEEKDAYS or w in {d[:3] for d in WEEKDAYS}]
        if "{weekday}" in pair.format.template or "{wkd}" in pair.format.template:
            weekday_formats += 1
            assert named and WEEKDAYS[pair.date.weekday()].startswith(named[0]), pair
        else:
            assert not named, pair
        if "{dth}" in pair.format.template:
            assert ordinal(pair.date.day) in pair.source.lower(), pair
    assert weekday_formats > 2000
    assert [ordinal(d) for d in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"]


def test_the_draw_is_seeded():
    assert pairs_text(date_pairs(300, seed=5)) == pairs_text(date_pairs(300, seed=5))
    assert pairs_text(date_pairs(300, seed=5)) != pairs_text(date_pairs(300, seed=6))
