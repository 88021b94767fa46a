"""Make the shipped English word lists for the translation pad, once, from the ``english-words`` package.

Run from the project root (the package is needed only here, not at run time):

    /root/venv/bin/pip install english-words==2.0.2
    python scripts/make_word_list.py

Words come from the package's ``web2`` list (lower-case entries only, so proper nouns are left out) plus the
hyphenated compounds of its ``gcide`` list. Kept: words of a-z letters, optionally joined by single hyphens,
1 to 20 characters long. A fixed seed draws the training words and a disjoint set of validation words; the
single letters and the pieces apostrophes leave (``ll``, ``re``, ``ve``, ``nt``) are always training words.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from english_words import get_english_words_set

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.atomic import atomic_path  # noqa: E402

WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
MAX_LENGTH = 20
TRAIN_WORDS = 50_000
VALID_WORDS = 2_000
SEED = 2024
# Apostrophes split words, so typed text is full of these pieces ("isn't" -> "isn" + "t"); single letters are
# too few in any list for a random draw to teach them, so every one of them is a training word.
ALWAYS_TRAINED = frozenset("abcdefghijklmnopqrstuvwxyz") | {"ll", "re", "ve", "nt"}
# The assignment's test sentence stays out of both lists, so translating it always tests generalisation.
TEST_SENTENCE_WORDS = frozenset("the air conditioning is working".split())


def candidate_words() -> list[str]:
    """Every usable word of the two source lists, sorted so the draw below is reproducible."""
    plain = {w for w in get_english_words_set(["web2"], lower=False) if WORD.fullmatch(w)}
    compounds = {w for w in get_english_words_set(["gcide"], lower=True) if "-" in w and WORD.fullmatch(w)}
    return sorted(w for w in plain | compounds if len(w) <= MAX_LENGTH)


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
    out = ROOT / "resources" / "piglatin"
    write_words(out / "train_words.txt", train)
    write_words(out / "valid_words.txt", valid)
    print(f"{len(words)} candidate words; wrote {len(train)} training and {len(valid)} validation words to {out}")


if __name__ == "__main__":
    main()
