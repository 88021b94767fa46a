"""The exact Pig Latin rule: the ground truth for the training data and for grading the models.

The rule as the course's reference data encodes it (checked against every pair of its files):
a word starting with a, e, i, o or u gets ``way`` appended (``air -> airway``); otherwise the leading
consonant cluster, everything before the first a/e/i/o/u/y, moves to the end and ``ay`` is appended
(``the -> ethay``, ``fly -> yflay``); a ``qu`` after the cluster moves with it (``square -> aresquay``); a word
starting with ``y`` just gets ``ay`` (``yet -> yetay``); a word without vowels or y gets ``ay`` (``mr -> mray``).
Hyphen and apostrophe split a word and each part is translated alone (``won't -> onway'tay``,
``by-and-by -> ybay-andway-ybay``).

Where it differs from what some schools teach: ``y`` counts as a vowel everywhere except as the first
letter, so ``yellow -> yelloway`` (``y`` first: only ``ay`` is added; the version that moves it gives
``ellowyay``) and ``rhythm -> ythmrhay``; ``qu`` stays together (``quiet -> ietquay``, not ``uietqay``).
"""

from __future__ import annotations

import re

VOWELS = frozenset("aeiou")
_CLUSTER_END = frozenset("aeiouy")
_SEPARATORS = re.compile(r"([-'])")


def pig_latin_part(part: str) -> str:
    """Translate one a-z word without separators; the empty string stays empty. Letters keep their case as
    they move (``McDonald -> onaldMcDay``); the added ``way``/``ay`` is lower case."""
    if not part:
        return part
    lower = part.lower()
    if lower[0] in VOWELS:
        return part + "way"
    cut = next((i for i, ch in enumerate(lower) if ch in _CLUSTER_END), len(lower))
    if 0 < cut < len(lower) and lower[cut - 1] == "q" and lower[cut] == "u":
        cut += 1
    return part[cut:] + part[:cut] + "ay"


def pig_latin(word: str) -> str:
    """Translate a lower-case word; hyphens and apostrophes split it and are kept in place."""
    return "".join(piece if piece in "-'" else pig_latin_part(piece) for piece in _SEPARATORS.split(word))


RULE_BRANCHES = ("vowel first", "consonants then a vowel", "y after consonants", "y first", "qu cluster",
                 "no vowel", "one or two letters")


def rule_branch(part: str) -> str:
    """The branch of the rule a lower-case a-z word takes (for training data and per-branch accuracy).

    The first that applies, in this order: one or two letters, vowel first, y first, no vowel (nor y),
    qu cluster, y after consonants, consonants then a vowel (the common case).
    """
    if len(part) <= 2:
        return "one or two letters"
    if part[0] in VOWELS:
        return "vowel first"
    if part[0] == "y":
        return "y first"
    cut = next((i for i, ch in enumerate(part) if ch in _CLUSTER_END), len(part))
    if cut == len(part):
        return "no vowel"
    if part[cut - 1] == "q" and part[cut] == "u":
        return "qu cluster"
    if part[cut] == "y":
        return "y after consonants"
    return "consonants then a vowel"
