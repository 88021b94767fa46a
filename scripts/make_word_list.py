"""Make the shipped word lists for the translation pad, once: English words from the ``english-words`` package,
and made-up words for the branches of the rule that dictionaries rarely hold.

Run from the project root (the package is needed only here, not at run time):

    pip install english-words==2.0.2
    python scripts/make_word_list.py

Dictionary words come from the package's ``web2`` list (lower-case entries only, so proper nouns are left out)
and the parts of the hyphenated compounds of its ``gcide`` list (the pad splits words at hyphens and
apostrophes, as the rule does, so the models only ever see a-z words). Kept: 1 to 20 letters. A fixed seed
draws the training words and a disjoint set of held-out words; the single letters and the pieces that
apostrophes leave (``isn``, ``t``, ``ll``) are always training words.

Branch words (``*_branch_words.txt``) are made up by the same seeded draw so that every branch of the rule is
learnt and measured: consonant clusters no dictionary has (``mcdonald``, ``fbi``: random consonants before a
word's tail), y first (``yabbler``), y after consonants (``glyx``), qu clusters (``squorth``), no vowel at all
(``psst``, ``dvd``: random consonant strings) and two-letter words (all 676 pairs, some held out).
Held-out branch words are built from held-out dictionary words and never appear in training.
"""

from __future__ import annotations

import random
import re
import string
import sys
from pathlib import Path

from english_words import get_english_words_set

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.atomic import atomic_path  # noqa: E402
from rnnlab.engine.translate.pig_latin import rule_branch  # noqa: E402

WORD = re.compile(r"[a-z]+")
COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")
MAX_LENGTH = 20
TRAIN_WORDS = 50_000
VALID_WORDS = 2_000
SEED = 2024
CONTRACTION_PIECES = frozenset(
    "isn aren wasn weren don doesn didn hasn haven hadn won wouldn couldn shouldn can mustn needn ain shan "
    "mightn t m re ve ll d s nt o clock".split())
# Single letters are too few in any list for a random draw to teach them, so every one is a training word.
ALWAYS_TRAINED = frozenset(string.ascii_lowercase) | CONTRACTION_PIECES
# The assignment's test sentence stays out of every list, so translating it always tests generalisation.
TEST_SENTENCE_WORDS = frozenset("the air conditioning is working".split())
CONSONANTS = [c for c in string.ascii_lowercase if c not in "aeiouy"]
# Made-up words per rare branch: (training, held out). Two-letter words: every pair, VALID_PAIRS held out.
BRANCH_COUNTS = {"consonants then a vowel": (2000, 500), "y first": (1500, 500), "y after consonants": (1000, 500),
                 "qu cluster": (1500, 500), "no vowel": (2500, 500)}
VALID_PAIRS = 130


def candidate_words() -> list[str]:
    """Every usable word of the two source lists, sorted so the draw below is reproducible."""
    plain = {w for w in get_english_words_set(["web2"], lower=False) if WORD.fullmatch(w)}
    parts = {p for w in get_english_words_set(["gcide"], lower=True) if COMPOUND.fullmatch(w) for p in w.split("-")}
    return sorted(w for w in plain | parts if len(w) <= MAX_LENGTH)


def _onset(word: str) -> str:
    return word[: next((i for i, c in enumerate(word) if c in "aeiouy"), len(word))]


def _tail(word: str) -> str:
    """The word from its first a/e/i/o/u on ('' if it has none)."""
    start = next((i for i, c in enumerate(word) if c in "aeiou"), len(word))
    return word[start:]


def _consonants(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(CONSONANTS) for _ in range(rng.randint(low, high)))


def made_up_word(rng: random.Random, words: list[str], onsets: list[str], branch: str) -> str:
    """One word-like string meant for ``branch``, built from the pieces of ``words`` (may miss; caller checks)."""
    word = rng.choice(words)
    if branch == "consonants then a vowel":
        return _consonants(rng, 1, 4) + _tail(word)
    if branch == "y first":
        return "y" + rng.choice([_tail(word), word[len(_onset(word)):], rng.choice(CONSONANTS) + _tail(word)])
    if branch == "y after consonants":
        return rng.choice(onsets) + "y" + rng.choice(["", _tail(word), _consonants(rng, 1, 3)])
    if branch == "qu cluster":
        before = rng.choice(["", "", "", "", "s", "s", rng.choice(onsets)])
        return before + "qu" + rng.choice([_tail(word), _tail(word), word])
    if branch == "no vowel":
        return _consonants(rng, 1, 2) if rng.random() < 0.3 else _consonants(rng, 3, 7)
    raise ValueError(branch)


def made_up_words(rng: random.Random, words: list[str], branch: str, count: int, exclude: set[str]) -> set[str]:
    """``count`` distinct made-up words that take ``branch`` of the rule and are not in ``exclude``."""
    onsets = [o for o in (_onset(w) for w in rng.sample(words, min(5000, len(words)))) if o and "q" not in o]
    out: set[str] = set()
    while len(out) < count:
        word = made_up_word(rng, words, onsets, branch)
        if len(word) <= MAX_LENGTH and word not in exclude and rule_branch(word) == branch:
            out.add(word)
    return out


def branch_words(train: list[str], valid: list[str]) -> tuple[list[str], list[str]]:
    """Made-up training and held-out words for the rare branches, disjoint from each other and both lists."""
    rng = random.Random(SEED + 1)
    exclude = set(train) | set(valid) | TEST_SENTENCE_WORDS
    held_out: set[str] = set()
    for branch, (_, count) in BRANCH_COUNTS.items():
        held_out |= made_up_words(rng, valid, branch, count, exclude | held_out)
    pairs = [a + b for a in string.ascii_lowercase for b in string.ascii_lowercase if a + b not in exclude]
    rng.shuffle(pairs)
    held_out |= set(pairs[:VALID_PAIRS])
    trained = set(pairs[VALID_PAIRS:])
    for branch, (count, _) in BRANCH_COUNTS.items():
        trained |= made_up_words(rng, train, branch, count, exclude | held_out | trained)
    return sorted(trained), sorted(held_out)


def write_words(path: Path, words: list[str]) -> None:
    """Write one word per line, atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text("".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    path.chmod(0o644)


def main() -> None:
    words = [w for w in candidate_words() if w not in ALWAYS_TRAINED and w not in TEST_SENTENCE_WORDS]
    rng = random.Random(SEED)
    rng.shuffle(words)
    valid = words[:VALID_WORDS]
    train = words[VALID_WORDS:VALID_WORDS + TRAIN_WORDS - len(ALWAYS_TRAINED)] + sorted(ALWAYS_TRAINED)
    train_branches, valid_branches = branch_words(train, valid)
    out = ROOT / "resources" / "piglatin"
    write_words(out / "train_words.txt", train)
    write_words(out / "valid_words.txt", valid)
    write_words(out / "train_branch_words.txt", train_branches)
    write_words(out / "valid_branch_words.txt", valid_branches)
    print(f"{len(words)} candidate words; wrote {len(train)} training and {len(valid)} held-out dictionary words, "
          f"{len(train_branches)} training and {len(valid_branches)} held-out branch words to {out}")


if __name__ == "__main__":
    main()
