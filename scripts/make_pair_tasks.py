"""Make the small character tasks of the pair-task benchmark: numbers to words, Roman numerals, identifier styles,
sorted letters.

    python scripts/make_pair_tasks.py number-words --out /tmp/number_words.tsv [--count 5000] [--seed 16]
    python scripts/make_pair_tasks.py --list                          # the tasks, their defaults and an example
    python benchmarks/pair_task.py --task number-words                 # trains on the same pairs

Not shipped with the app: tasks of a few thousand pairs on which the training defaults are measured
(docs/translation-pad.md, *How fast a task of pairs is learnt*). Each task draws ``--count`` distinct sources with
``--seed`` (the same file on every machine) and writes UTF-8, ``source<TAB>target`` a line, no header:

- ``number-words``: integers 0-9999 -> American English words, hyphens in 21-99, no "and"
  (``1234`` -> ``one thousand two hundred thirty-four``);
- ``arabic-to-roman`` / ``roman-to-arabic``: 1-3999 <-> standard Roman numerals with subtractive pairs
  (``1994`` <-> ``MCMXCIV``);
- ``camel-to-snake`` / ``snake-to-camel``: identifiers of 2-4 words of 2-8 letters from the shipped English word
  list (``resources/piglatin/train_words.txt``) <-> the same words joined by ``_`` (``parseHttpReply`` <->
  ``parse_http_reply``);
- ``sorting``: 4-12 lower-case letters -> the same letters in alphabetical order (``banana`` -> ``aaabnn``).
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 16
Pair = tuple[str, str]

ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ROMAN_DIGITS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
LARGEST_ROMAN = 3999
WORDS_PER_IDENTIFIER = (2, 4)
WORD_LENGTHS = (2, 8)
SORTED_LENGTHS = (4, 12)


def number_words(number: int) -> str:
    """``number`` (0-9999) in American English words: ``1234`` -> ``one thousand two hundred thirty-four``."""
    if not 0 <= number <= 9999:
        raise ValueError(f"{number} is outside 0-9999")
    if number < 20:
        return ONES[number]
    if number < 100:
        return TENS[number // 10] + (f"-{ONES[number % 10]}" if number % 10 else "")
    if number < 1000:
        return f"{ONES[number // 100]} hundred" + (f" {number_words(number % 100)}" if number % 100 else "")
    return f"{ONES[number // 1000]} thousand" + (f" {number_words(number % 1000)}" if number % 1000 else "")


def roman(number: int) -> str:
    """``number`` (1-3999) as a standard Roman numeral: ``1994`` -> ``MCMXCIV``."""
    if not 1 <= number <= LARGEST_ROMAN:
        raise ValueError(f"{number} is outside 1-{LARGEST_ROMAN}")
    out = []
    for value, letters in ROMAN_DIGITS:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def camel_case(words: list[str]) -> str:
    """``["parse", "http", "reply"]`` -> ``parseHttpReply``."""
    return words[0] + "".join(word.capitalize() for word in words[1:])


def snake_case(words: list[str]) -> str:
    """``["parse", "http", "reply"]`` -> ``parse_http_reply``."""
    return "_".join(words)


@lru_cache(maxsize=1)
def identifier_words() -> tuple[str, ...]:
    """The words identifiers are made of: the shipped training words of 2-8 letters, in file order."""
    low, high = WORD_LENGTHS
    text = (ROOT / "resources" / "piglatin" / "train_words.txt").read_text(encoding="utf-8")
    return tuple(w for w in text.split() if low <= len(w) <= high)


def _numbers(low: int, high: int) -> Callable[[random.Random], int]:
    return lambda rng: rng.randint(low, high)


def _identifier(rng: random.Random) -> list[str]:
    return rng.choices(identifier_words(), k=rng.randint(*WORDS_PER_IDENTIFIER))


def _letters(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_lowercase, k=rng.randint(*SORTED_LENGTHS)))


@dataclass(frozen=True)
class PairTask:
    """A task: how to draw one item, how an item becomes its pair, and how many pairs the file has by default."""

    name: str
    draw: Callable[[random.Random], object]
    pair_of: Callable[[object], Pair]
    default_count: int
    summary: str
    distinct_sources: int = 10**9

    def pairs(self, count: int | None = None, seed: int = DEFAULT_SEED) -> list[Pair]:
        """``count`` pairs (default: the task's) with distinct sources, the same list for the same ``seed``;
        ValueError if the task has fewer distinct sources than that."""
        count = self.default_count if count is None else count
        if count > self.distinct_sources:
            raise ValueError(f"{self.name} has {self.distinct_sources} distinct sources; {count} asked")
        rng = random.Random(seed)
        pairs: dict[str, str] = {}
        while len(pairs) < count:
            source, target = self.pair_of(self.draw(rng))
            pairs.setdefault(source, target)
        return list(pairs.items())


TASKS: dict[str, PairTask] = {task.name: task for task in (
    PairTask("number-words", _numbers(0, 9999), lambda n: (str(n), number_words(n)), 5000,
             "integers 0-9999 -> English words", 10_000),
    PairTask("arabic-to-roman", _numbers(1, LARGEST_ROMAN), lambda n: (str(n), roman(n)), 3500,
             "1-3999 -> Roman numerals", LARGEST_ROMAN),
    PairTask("roman-to-arabic", _numbers(1, LARGEST_ROMAN), lambda n: (roman(n), str(n)), 3500,
             "Roman numerals -> 1-3999", LARGEST_ROMAN),
    PairTask("camel-to-snake", _identifier, lambda w: (camel_case(w), snake_case(w)), 5000,
             "camelCase -> snake_case identifiers"),
    PairTask("snake-to-camel", _identifier, lambda w: (snake_case(w), camel_case(w)), 5000,
             "snake_case -> camelCase identifiers"),
    PairTask("sorting", _letters, lambda s: (s, "".join(sorted(s))), 5000,
             "4-12 letters -> sorted"),
)}


def pairs_text(pairs: list[Pair]) -> str:
    """The pairs-file text: ``source<TAB>target`` a line, newline-terminated."""
    return "".join(f"{source}\t{target}\n" for source, target in pairs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", nargs="?", choices=sorted(TASKS), help="the task to write")
    parser.add_argument("--list", action="store_true", help="list the tasks with their defaults and an example")
    parser.add_argument("--out", type=Path, help="the pairs file to write (TSV, UTF-8)")
    parser.add_argument("--count", type=int, help="number of pairs (distinct sources; default: the task's)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the draw")
    args = parser.parse_args(argv)
    if args.list:
        for task in TASKS.values():
            source, target = task.pairs(1)[0]
            print(f"{task.name:16} {task.default_count:5} pairs  {task.summary}, e.g. {source} -> {target}")
        return
    if args.task is None or args.out is None:
        parser.error("give a task and --out FILE (or --list)")
    task = TASKS[args.task]
    count = task.default_count if args.count is None else args.count
    if not 1 <= count <= task.distinct_sources:
        parser.error(f"--count must be 1 to {task.distinct_sources} for {task.name}")
    sys.path.insert(0, str(ROOT))
    from rnnlab.engine.translate.line_files import write_text_file

    write_text_file(args.out, pairs_text(task.pairs(count, args.seed)))
    print(f"wrote {count} pairs to {args.out}")


if __name__ == "__main__":
    main()
