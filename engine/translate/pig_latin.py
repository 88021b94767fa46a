"""The exact Pig Latin rule: the ground truth for the training data and for grading the models.

The rule as the course's reference data encodes it (checked against every pair of its files):
a word starting with a, e, i, o or u gets ``way`` appended (``air -> airway``); otherwise the leading
consonant cluster, everything before the first a/e/i/o/u/y, moves to the end and ``ay`` is appended
(``the -> ethay``, ``fly -> yflay``); a ``qu`` after the cluster moves with it (``square -> aresquay``); a word
starting with ``y`` just gets ``ay`` (``yet -> yetay``); a word without vowels or y gets ``ay`` (``mr -> mray``).
Hyphen and apostrophe split a word and each part is translated alone (``won't -> onway'tay``).
"""

from __future__ import annotations

import re

VOWELS = frozenset("aeiou")
_CLUSTER_END = frozenset("aeiouy")
_SEPARATORS = re.compile(r"([-'])")


def pig_latin_part(part: str) -> str:
    """Translate one lower-case a-z word without separators; the empty string stays empty."""
    if not part:
        return part
    if part[0] in VOWELS:
        return part + "way"
    cut = next((i for i, ch in enumerate(part) if ch in _CLUSTER_END), len(part))
    if 0 < cut < len(part) and part[cut - 1] == "q" and part[cut] == "u":
        cut += 1
    return part[cut:] + part[:cut] + "ay"


def pig_latin(word: str) -> str:
    """Translate a lower-case word; hyphens and apostrophes split it and are kept in place."""
    return "".join(piece if piece in "-'" else pig_latin_part(piece) for piece in _SEPARATORS.split(word))
