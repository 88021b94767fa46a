"""The characters the translator reads and writes, and the limits of a word it will take (torch-free)."""

from __future__ import annotations

import string

PAD, START, END = 0, 1, 2
SPECIAL_TOKENS = ("<pad>", "<s>", "</s>")
# '-' is a token only so that models saved by earlier versions (which read hyphenated words whole) still load;
# words are now split at hyphens before they reach a model, so it never appears in a model's input.
CHARACTERS = string.ascii_lowercase + "-"
_LETTERS = frozenset(string.ascii_lowercase)
TOKENS = SPECIAL_TOKENS + tuple(CHARACTERS)
VOCABULARY_SIZE = len(TOKENS)
MAX_WORD_LENGTH = 24
GENERATION_CAP = 40
_INDEX = {ch: i for i, ch in enumerate(TOKENS)}


def can_encode(word: str) -> bool:
    """True if ``word`` is non-empty, within the length limit and made only of the letters a-z."""
    return 0 < len(word) <= MAX_WORD_LENGTH and all(ch in _LETTERS for ch in word)


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
