"""The shipped word lists: the training words and the disjoint validation words (torch-free)."""

from __future__ import annotations

from functools import lru_cache

from rnnlab.engine.errors import InputError
from rnnlab.engine.resources import resource_path
from rnnlab.engine.translate.vocabulary import can_encode


@lru_cache(maxsize=4)
def _read(name: str) -> tuple[str, ...]:
    path = resource_path("piglatin", name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"The shipped word list {name} could not be read: {exc.strerror or exc}.") from exc
    return tuple(w for w in (line.strip() for line in text.splitlines()) if can_encode(w))


def training_words() -> tuple[str, ...]:
    """The exact training words, ``resources/piglatin/train_words.txt``."""
    return _read("train_words.txt")


def validation_words() -> tuple[str, ...]:
    """Held-out words never used in training, ``resources/piglatin/valid_words.txt``."""
    return _read("valid_words.txt")
