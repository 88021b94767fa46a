"""The engine reads the same Persian catalogue as the window, without Qt: finished translations by (context,
source), the English where there is none, numbers in Persian digits only when the language is Persian."""

from __future__ import annotations

import pytest

from rnnlab.engine import translations


@pytest.fixture(autouse=True)
def english_after():
    yield
    translations.set_language("en")


def test_persian_comes_from_the_ts_file_and_english_is_the_source():
    assert translations.translate("Param", "Hidden size H") == "Hidden size H"
    translations.set_language("fa")
    assert translations.translate("Param", "Hidden size H") == "اندازه پنهان H"
    assert translations.translate("Param", "a text nobody translated") == "a text nobody translated"
    assert translations.is_right_to_left()


def test_numbers_are_written_in_the_language_s_digits_but_names_are_not():
    assert translations.filled("{n:,} rows in {name}", n=1258,
                               name="prices_2016.csv") == "1,258 rows in prices_2016.csv"
    translations.set_language("fa")
    assert translations.filled("{n:,} rows in {name}", n=1258,
                               name="prices_2016.csv") == "۱,۲۵۸ rows in prices_2016.csv"
    assert translations.filled("{x:.2f}", x=-0.25) == "-۰٫۲۵"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        translations.set_language("de")
