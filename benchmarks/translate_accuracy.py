"""Held-out accuracy of the shipped translators: overall, by word length, and on the course's words.

    python benchmarks/translate_accuracy.py

Held-out: resources/piglatin/valid_words.txt (never trained on). Course words: every letter-or-dash word of
../shared/data/piglatin/pig_latin_small.txt and pig_latin_data.txt that is not in the training list, graded by
the rule (which matches those files except "md", "mp"; those two are left out).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from rnnlab.engine.translate.pretrained import SHIPPED_FILES, load_shipped  # noqa: E402
from rnnlab.engine.translate.vocabulary import can_encode  # noqa: E402
from rnnlab.engine.translate.words import training_words, validation_words  # noqa: E402

COURSE = ROOT.parent / "shared" / "data" / "piglatin"


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
            if len(parts) == 2 and re.fullmatch(r"[a-z-]+", parts[0]) and parts[0] not in ("md", "mp"):
                words.add(parts[0])
    return sorted(w for w in words - seen if can_encode(w))


def report(title: str, evaluation) -> None:
    print(f"  {title}: {evaluation.accuracy:.2%} exact of {evaluation.words} words, CER {evaluation.char_error_rate:.4f}")
    buckets = evaluation.by_length
    groups = [(1, 4), (5, 7), (8, 10), (11, 13), (14, 40)]
    cells = []
    for low, high in groups:
        words = sum(b.words for n, b in buckets.items() if low <= n <= high)
        correct = sum(b.correct for n, b in buckets.items() if low <= n <= high)
        if words:
            cells.append(f"{low}-{high}: {correct / words:.1%} ({words})")
    print("    by length: " + ", ".join(cells))
    if evaluation.mistakes:
        print("    e.g. " + ", ".join(f"{s}->{o} (rule {r})" for s, o, r in evaluation.mistakes[:5]))


def main() -> None:
    torch.set_num_threads(1)
    course = course_words_unseen()
    for attention in sorted(SHIPPED_FILES, reverse=True):
        translator = load_shipped(attention)
        print(f"{SHIPPED_FILES[attention]} ({attention} attention, hidden {translator.config.hidden_size})")
        report("held-out words", translator.evaluate(list(validation_words())))
        if course:
            report("course words unseen in training", translator.evaluate(course))


if __name__ == "__main__":
    main()
