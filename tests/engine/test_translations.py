"""The engine reads the same Persian catalogue as the window, without Qt: finished translations by (context,
source), the English where there is none, numbers in Persian digits only when the language is Persian."""

from __future__ import annotations

import pytest

from rnnlab.engine import translations
from rnnlab.engine.translations import translatable


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


def test_an_engine_message_is_english_and_keeps_what_the_window_needs_to_translate_it(tmp_path):
    import pickle

    from rnnlab.engine.errors import InputError, OutputError
    from rnnlab.engine.forecast.csv_text import read_head

    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        read_head(path)
    translations.set_language("fa")  # the text of an error and the command line stay English in any language
    assert str(caught.value) == "empty.csv is empty."
    message = caught.value.message
    assert (message.template, message.fields) == ("{name} is empty.", {"name": "empty.csv"})
    assert message.localized() == "\u200fempty.csv خالی است."

    again = pickle.loads(pickle.dumps(caught.value))  # as a job process's error reaches the window
    assert str(again) == str(caught.value) and again.message.template == "{name} is empty."
    written = pickle.loads(pickle.dumps(OutputError("/data/out.csv", "no space left on the device")))
    assert (str(written), written.path) == ("Could not write /data/out.csv: no space left on the device.",
                                            "/data/out.csv")


def test_an_engine_error_inside_another_message_is_translated_with_it():
    from rnnlab.engine.errors import InputError

    inner = InputError(translatable("Engine", "{name} is empty."), name="empty.csv")
    outer = translations.Message(translatable("Engine", "Could not write {path}: {reason}."), path="out.csv",
                                 reason=inner)
    assert outer == "Could not write out.csv: empty.csv is empty.."
    translations.set_language("fa")
    assert inner.message.localized() in outer.localized()
    assert "empty.csv is empty" not in outer.localized()


def test_a_count_is_english_and_persian_writes_the_singular_after_the_number():
    from rnnlab.engine.plural import plural

    assert (plural(1, "row"), plural(1258, "row")) == ("1 row", "1,258 rows")
    translations.set_language("fa")
    assert plural(3, "row").localized() == "\u200f۳ سطر"
    label = translations.Message.marked("Param", "Hidden size H")
    assert (label, label.localized()) == ("Hidden size H", "اندازه پنهان H")
