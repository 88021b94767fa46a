"""The four case patterns of a translated word, for the rule's output and for a model's output with mistakes."""

import pytest

from rnnlab.engine.translate.case import case_pattern, restore_case
from rnnlab.engine.translate.pig_latin import pig_latin_part


@pytest.mark.parametrize(("typed", "pattern", "expected"), [
    ("hello", "lower", "ellohay"),
    ("Hello", "capitalised", "Ellohay"),
    ("Mr", "capitalised", "Mray"),
    ("I", "capitalised", "Iway"),
    ("NASA", "upper", "ASANAY"),
    ("DVD", "upper", "DVDAY"),
    ("iPhone", "mixed", "iPhoneway"),
    ("McDonald", "mixed", "onaldMcDay"),
    ("eBay", "mixed", "eBayway"),
])
def test_each_pattern_on_the_rules_output(typed, pattern, expected):
    assert case_pattern(typed) == pattern
    assert restore_case(typed, pig_latin_part(typed.lower())) == expected


def test_mixed_case_letters_a_model_got_right_keep_their_case_and_made_up_ones_are_lower():
    assert restore_case("McDonald", "onaldmcay") == "onaldMcay"
    assert restore_case("McDonald", "onaldmcxday") == "onaldMcxDay"


def test_the_rule_moves_letters_with_their_case():
    assert pig_latin_part("McDonald") == "onaldMcDay"
    assert pig_latin_part("SQuare") == "areSQuay"
