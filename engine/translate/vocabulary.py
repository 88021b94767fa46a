"""The characters the translator reads and writes, and the limits of a word it will take (torch-free)."""

from __future__ import annotations

import string

PAD, START, END = 0, 1, 2
SPECIAL_TOKENS = ("<pad>", "<s>", "</s>")
CHARACTERS = string.ascii_lowercase + "-"
TOKENS = SPECIAL_TOKENS + tuple(CHARACTERS)
VOCABULARY_SIZE = len(TOKENS)
MAX_WORD_LENGTH = 24
GENERATION_CAP = 40
_INDEX = {ch: i for i, ch in enumerate(TOKENS)}


def can_encode(word: str) -> bool:
    """True if ``word`` is non-empty, within the length limit and made only of a-z and '-'."""
    return 0 < len(word) <= MAX_WORD_LENGTH and all(ch in _INDEX for ch in word)


def encode(word: str) -> list[int]:
    """The token ids of ``word`` followed by the end token."""
    return [_INDEX[ch] for ch in word] + [END]


def decode(ids: list[int]) -> str:
    """The characters of ``ids`` up to (not including) the first end token; special tokens are dropped."""
    out = []
    for i in ids:
        if i == END:
            break
        if i >= len(SPECIAL_TOKENS):
            out.append(TOKENS[i])
    return "".join(out)
