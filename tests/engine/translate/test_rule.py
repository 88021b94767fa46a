"""The Pig Latin rule against every letter-or-dash pair of the course's reference files, and its edge cases."""

import re

import pytest

from rnnlab.engine.translate.pig_latin import pig_latin

_PAIR_WORD = re.compile(r"[a-z-]+")


def _pairs(path):
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and _PAIR_WORD.fullmatch(parts[0]):
            pairs.append((parts[0], parts[1]))
    return pairs


def test_rule_matches_every_pair_of_the_small_file(shared_data):
    pairs = _pairs(shared_data / "piglatin" / "pig_latin_small.txt")
    assert len(pairs) == 3198
    assert [(w, t) for w, t in pairs if pig_latin(w) != t] == []


def test_rule_matches_the_data_file_except_its_two_abbreviations(shared_data):
    pairs = _pairs(shared_data / "piglatin" / "pig_latin_data.txt")
    assert len(pairs) == 6387
    mismatches = [(w, t) for w, t in pairs if pig_latin(w) != t]
    assert mismatches == [("md", "mayday"), ("mp", "maypay")]


@pytest.mark.parametrize("word, expected", [
    ("air", "airway"), ("the", "ethay"), ("strong", "ongstray"), ("fly", "yflay"), ("quit", "itquay"),
    ("square", "aresquay"), ("yet", "yetay"), ("mr", "mray"), ("by-and-by", "ybay-andway-ybay"),
    ("won't", "onway'tay"), ("conditioning", "onditioningcay"), ("working", "orkingway"), ("a", "away"),
    ("", ""), ("x-", "xay-"), ("rhythm", "ythmrhay"),
])
def test_rule_cases(word, expected):
    assert pig_latin(word) == expected
