"""The pair-task benchmark's tasks: every target read back to its source by an independent reading, distinct sources,
the same file for the same seed."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from scripts.make_pair_tasks import LARGEST_ROMAN, TASKS, identifier_words, main, number_words, pairs_text, roman

SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _read_words(text: str) -> int:
    """The number American English ``text`` names (the reading a person does, written apart from the script)."""
    total = current = 0
    for word in text.split():
        if word == "thousand":
            total, current = total + current * 1000, 0
        elif word == "hundred":
            current *= 100
        else:
            current += sum(SMALL[part] for part in word.split("-"))
    return total + current


def _read_roman(numeral: str) -> int:
    values = [ROMAN_VALUES[letter] for letter in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@pytest.mark.parametrize(("number", "words"), [
    (0, "zero"), (13, "thirteen"), (20, "twenty"), (21, "twenty-one"), (100, "one hundred"),
    (105, "one hundred five"), (1000, "one thousand"), (1234, "one thousand two hundred thirty-four"),
    (7010, "seven thousand ten"), (9999, "nine thousand nine hundred ninety-nine")])
def test_numbers_are_written_as_american_english(number, words):
    assert number_words(number) == words


def test_every_number_and_numeral_reads_back_as_itself_and_none_is_written_twice():
    assert all(_read_words(number_words(n)) == n for n in range(10_000))
    assert len({number_words(n) for n in range(10_000)}) == 10_000
    numerals = [roman(n) for n in range(1, LARGEST_ROMAN + 1)]
    assert [_read_roman(r) for r in numerals] == list(range(1, LARGEST_ROMAN + 1))
    assert all(re.fullmatch(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", r) for r in numerals)
    assert (roman(4), roman(1994), roman(3999)) == ("IV", "MCMXCIV", "MMMCMXCIX")
    with pytest.raises(ValueError):
        roman(4000)


@pytest.mark.parametrize("name", sorted(TASKS))
def test_each_task_has_its_count_of_distinct_sources_the_same_for_the_same_seed(name):
    task = TASKS[name]
    pairs = task.pairs()
    assert len(pairs) == task.default_count == len({source for source, _target in pairs})
    assert task.pairs(seed=16) == pairs and task.pairs(seed=17) != pairs


def test_targets_answer_their_sources():
    assert all(_read_words(target) == int(source) for source, target in TASKS["number-words"].pairs())
    assert all(_read_roman(target) == int(source) for source, target in TASKS["arabic-to-roman"].pairs())
    assert TASKS["roman-to-arabic"].pairs() == [(t, s) for s, t in TASKS["arabic-to-roman"].pairs()]
    words = set(identifier_words())
    for camel, snake in TASKS["camel-to-snake"].pairs():
        parts = snake.split("_")
        assert 2 <= len(parts) <= 4 and set(parts) <= words and all(2 <= len(p) <= 8 for p in parts)
        assert re.sub(r"[A-Z]", lambda m: "_" + m.group().lower(), camel) == snake
    assert TASKS["snake-to-camel"].pairs() == [(t, s) for s, t in TASKS["camel-to-snake"].pairs()]
    sorting = TASKS["sorting"].pairs()
    assert all(target == "".join(sorted(source)) for source, target in sorting)
    assert set(Counter(len(source) for source, _t in sorting)) == set(range(4, 13))


def test_the_file_is_seeded_tab_separated_text_and_a_count_beyond_the_task_is_refused(tmp_path, capsys):
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    main(["roman-to-arabic", "--out", str(first), "--count", "300", "--seed", "4"])
    main(["roman-to-arabic", "--out", str(second), "--count", "300", "--seed", "4"])
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text(encoding="utf-8") == pairs_text(TASKS["roman-to-arabic"].pairs(300, seed=4))
    assert all(_read_roman(line.split("\t")[0]) == int(line.split("\t")[1])
               for line in first.read_text(encoding="utf-8").splitlines())
    with pytest.raises(SystemExit):
        main(["arabic-to-roman", "--out", str(first), "--count", "4000"])
    assert "--count must be 1 to 3999" in capsys.readouterr().err
    main(["--list"])
    listed = capsys.readouterr().out
    assert all(name in listed for name in TASKS)
