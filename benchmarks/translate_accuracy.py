"""Held-out accuracy of the shipped translators: overall, on every branch of the rule, by length, on the course's words.

    python benchmarks/translate_accuracy.py

Held-out words are never trained on: ``valid_words.txt`` (dictionary words) and ``valid_branch_words.txt``
(made-up words for the rule's rare branches, see scripts/make_word_list.py), each graded by the rule and
grouped by ``rule_branch``. Two more rows go through the text path as a person's text does: hyphenated words
(two or three held-out words joined by hyphens, seed 0) and apostrophe words (a held-out word with 's, 'll,
'd, 're, 've or n't). Course words: every letter word of ../shared/data/piglatin/pig_latin_small.txt and
pig_latin_data.txt not in the training list, graded by the rule (which matches those files except "md", "mp").
"""

from __future__ import annotations

import os
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.runtime import configure_torch  # noqa: E402
from rnnlab.engine.translate.metrics import evaluate  # noqa: E402
from rnnlab.engine.translate.pig_latin import RULE_BRANCHES, pig_latin, rule_branch  # noqa: E402
from rnnlab.engine.translate.pretrained import SHIPPED_FILES, load_shipped  # noqa: E402
from rnnlab.engine.translate.task import is_pig_latin_word  # noqa: E402
from rnnlab.engine.translate.text import translate_text  # noqa: E402
from rnnlab.engine.translate.words import training_words, validation_branch_words, validation_words  # noqa: E402

COURSE = ROOT.parent / "shared" / "data" / "piglatin"
JOINED = 500
DICTIONARY = "held-out dictionary words"
COURSE_UNSEEN = "course words unseen in training"
SUFFIXES = ("'s", "'ll", "'d", "'re", "'ve", "n't")


def course_words_unseen() -> list[str]:
    """Course words not in the training list (empty where ../shared/data is absent)."""
    seen = set(training_words())
    words = set()
    for name in ("pig_latin_small.txt", "pig_latin_data.txt"):
        path = COURSE / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 2 and re.fullmatch(r"[a-z]+", parts[0]) and parts[0] not in ("md", "mp"):
                words.add(parts[0])
    return sorted(w for w in words - seen if is_pig_latin_word(w))


def joined_words() -> dict[str, list[str]]:
    """Hyphenated and apostrophe words made of held-out words, the same every run."""
    rng = random.Random(0)
    held_out = list(validation_words())
    hyphenated = ["-".join(rng.sample(held_out, rng.choice((2, 3)))) for _ in range(JOINED)]
    apostrophe = [rng.choice(held_out) + rng.choice(SUFFIXES) for _ in range(JOINED)]
    return {"hyphenated (2-3 held-out words, through the text path)": hyphenated,
            "apostrophe (held-out word + 's, 'll, n't..., text path)": apostrophe}


@dataclass(frozen=True)
class AccuracyRow:
    """One group of held-out words: its label, how many, the share translated exactly as the rule does, the
    character error rate where it is measured, and a few mistakes (``source->output``)."""

    label: str
    words: int
    accuracy: float
    char_error_rate: float | None
    examples: list[str]


def text_path_row(translator, label: str, words: list[str]) -> AccuracyRow:
    """The share of ``words`` whose translation as text (the pad's and ``translate``'s path) equals the rule's."""
    outputs = translate_text("\n".join(words), translator).text.split("\n")
    wrong = [f"{w}->{o} (rule {pig_latin(w)})" for w, o in zip(words, outputs, strict=True) if o != pig_latin(w)]
    return AccuracyRow(label, len(words), 1 - len(wrong) / len(words), None, wrong[:3])


def accuracy_rows(translator) -> list[AccuracyRow]:
    """Every branch of the rule, the text-path rows, the held-out dictionary words and the unseen course words
    (the last only where ../shared/data is present)."""
    dictionary = list(validation_words())
    by_branch = defaultdict(list)
    for word in dictionary + list(validation_branch_words()):
        by_branch[rule_branch(word)].append(word)
    every_word = sorted({w for v in by_branch.values() for w in v})
    outputs = {r.source: r.output for r in translator.translate_batch(every_word)}
    rows = []
    for branch in RULE_BRANCHES:
        words = by_branch[branch]
        evaluation = evaluate(words, [outputs[w] for w in words], [pig_latin(w) for w in words])
        rows.append(AccuracyRow(branch, evaluation.words, evaluation.accuracy, None,
                                [f"{s}->{o}" for s, o, _ in evaluation.mistakes[:3]]))
    rows += [text_path_row(translator, label, words) for label, words in joined_words().items()]
    overall = translator.evaluate([(w, pig_latin(w)) for w in dictionary])
    rows.append(AccuracyRow(DICTIONARY, overall.words, overall.accuracy, overall.char_error_rate,
                            [f"{s}->{o}" for s, o, _ in overall.mistakes[:3]]))
    course = course_words_unseen()
    if course:
        evaluation = translator.evaluate([(w, pig_latin(w)) for w in course])
        rows.append(AccuracyRow(COURSE_UNSEEN, evaluation.words, evaluation.accuracy, evaluation.char_error_rate,
                                [f"{s}->{o}" for s, o, _ in evaluation.mistakes[:3]]))
    return rows


def main() -> None:
    configure_torch()
    for attention in sorted(SHIPPED_FILES, reverse=True):
        translator = load_shipped(attention)
        print(f"{SHIPPED_FILES[attention]} ({attention} attention, hidden {translator.config.hidden_size})")
        for row in accuracy_rows(translator):
            cer = f", CER {row.char_error_rate:.4f}" if row.char_error_rate is not None else ""
            examples = f"  e.g. {', '.join(row.examples)}" if row.examples else ""
            print(f"  {row.label}: {row.accuracy:.2%} exact of {row.words}{cer}{examples}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
