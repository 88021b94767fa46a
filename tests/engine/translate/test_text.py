"""Text as a person types it, through the shipped attention model: case, punctuation, notes, odd input."""

import random
import re

import pytest

from rnnlab.engine.translate.pretrained import load_shipped
from rnnlab.engine.translate.text import MAX_WORD_LENGTH, WORD_PATTERN, strip_controls, translate_text
from rnnlab.engine.translate.words import validation_words


@pytest.fixture(scope="module")
def translator():
    return load_shipped("additive")


def _skeleton(text):
    """The text with every word removed: what must come through untouched."""
    return WORD_PATTERN.sub("", text)


def test_capitals_punctuation_and_digits_stay_in_place(translator):
    result = translate_text("The air, 42 times: WORKING!", translator)
    assert [w.reference for w in result.words] == ["Ethay", "airway", "imestay", "ORKINGWAY"]
    assert _skeleton(result.text) == _skeleton("The air, 42 times: WORKING!")
    assert result.text == "Ethay airway, 42 imestay: ORKINGWAY!"


def test_apostrophes_hyphens_and_digits_split_words_and_stay_in_place(translator):
    result = translate_text("won't by-and-by mp3", translator)
    assert [w.source for w in result.words] == ["won", "t", "by", "and", "by", "mp"]
    assert [w.reference for w in result.words] == ["onway", "tay", "ybay", "andway", "ybay", "mpay"]
    assert result.text == "onway'tay ybay-andway-ybay mpay3"


def test_empty_and_blank_input_give_nothing(translator):
    for text in ("", "   ", "\n\t"):
        result = translate_text(text, translator)
        assert result.text == "" and result.words == [] and result.notes == []


def test_letters_outside_a_z_are_left_as_typed_with_a_note(translator):
    result = translate_text("café naïve the", translator)
    assert result.text.startswith("café naïve ")
    assert len(result.notes) == 2 and "outside a-z" in result.notes[0]
    assert result.words[2].reference == "ethay"


def test_a_word_longer_than_the_model_takes_gets_a_note(translator):
    word = "a" * (MAX_WORD_LENGTH + 1)
    result = translate_text(f"the {word}", translator)
    assert word in result.text
    assert "limit" in result.words[1].note and result.words[1].reference == word + "way"


def test_emoji_and_right_to_left_script_pass_through(translator):
    text = "the 😀 cat שָׁלוֹם مرحبا dog 👍🏽"
    result = translate_text(text, translator)
    assert "😀" in result.text and "👍🏽" in result.text
    assert "مرحبا" in result.text and "שָׁלוֹם" in result.text
    assert [w.source for w in result.words if not w.note] == ["the", "cat", "dog"]
    assert all("outside a-z" in w.note for w in result.words if w.source not in ("the", "cat", "dog"))


def test_control_characters_are_removed_with_a_note(translator):
    result = translate_text("the\x00 cat\x07\x1b dog\u200b\nend\t.", translator)
    assert result.notes[0] == "4 control characters removed."
    assert "\x00" not in result.text and "\x1b" not in result.text
    assert "\n" in result.text and "\t" in result.text
    assert strip_controls("a\x00b") == ("ab", 1)


def test_ten_thousand_characters_translate_with_everything_in_place(translator):
    rng = random.Random(5)
    words = list(validation_words())
    pieces = []
    while sum(map(len, pieces)) < 10_000:
        pieces.append(rng.choice(words).capitalize() if rng.random() < 0.1 else rng.choice(words))
        pieces.append(rng.choice([" ", ", ", ". ", " 7 ", "! "]))
    text = "".join(pieces)[:10_000]
    result = translate_text(text, translator)
    assert _skeleton(result.text) == _skeleton(text)
    assert len(result.words) == len(re.findall(r"[^\W\d_]+", text))
    assert sum(w.correct for w in result.words) / len(result.words) > 0.97
