"""How good a translation is: exact-word accuracy, character error rate, and both by word length (torch-free)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Sequence


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: the fewest insertions, deletions and substitutions turning ``a`` into ``b``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@dataclass
class LengthBucket:
    """Results for the words of one source length."""

    words: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.words if self.words else 0.0


@dataclass
class Evaluation:
    """Exact-word accuracy and character error rate (edit distance over reference characters) of a word set."""

    words: int
    accuracy: float
    char_error_rate: float
    by_length: dict[int, LengthBucket] = field(default_factory=dict)
    mistakes: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON and checkpoints."""
        return {
            "words": self.words,
            "accuracy": self.accuracy,
            "char_error_rate": self.char_error_rate,
            "by_length": {str(k): {"words": b.words, "correct": b.correct} for k, b in sorted(self.by_length.items())},
        }


def evaluate(sources: Sequence[str], outputs: Sequence[str], references: Sequence[str]) -> Evaluation:
    """Compare model ``outputs`` with the rule's ``references`` word by word."""
    buckets: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    errors = 0
    mistakes = []
    for source, output, reference in zip(sources, outputs, references, strict=True):
        bucket = buckets[len(source)]
        bucket[0] += 1
        if output == reference:
            bucket[1] += 1
        else:
            errors += edit_distance(output, reference)
            mistakes.append((source, output, reference))
    count = len(sources)
    reference_chars = sum(len(r) for r in references)
    return Evaluation(
        words=count,
        accuracy=(count - len(mistakes)) / count if count else 0.0,
        char_error_rate=errors / reference_chars if reference_chars else 0.0,
        by_length={k: LengthBucket(*v) for k, v in sorted(buckets.items())},
        mistakes=mistakes,
    )
