"""The shipped word lists (torch-free): training words and disjoint held-out words, each as dictionary words
and made-up words for the rule's rare branches (``scripts/make_word_list.py`` writes them)."""

from __future__ import annotations

from functools import lru_cache

from rnnlab.engine.errors import InputError
from rnnlab.engine.resources import resource_path
from rnnlab.engine.translate.task import is_pig_latin_word
from rnnlab.engine.translations import translatable


@lru_cache(maxsize=4)
def _read(name: str) -> tuple[str, ...]:
    path = resource_path("piglatin", name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(translatable("Engine", "The shipped word list {name} could not be read: {reason}."),
                         name=name, reason=exc.strerror or exc) from exc
    return tuple(w for w in (line.strip() for line in text.splitlines()) if is_pig_latin_word(w))


def training_words() -> tuple[str, ...]:
    """The exact training words: dictionary words (``train_words.txt``) and made-up words for the rule's
    rare branches (``train_branch_words.txt``)."""
    return _read("train_words.txt") + _read("train_branch_words.txt")


def validation_words() -> tuple[str, ...]:
    """Held-out dictionary words never used in training, ``resources/piglatin/valid_words.txt``: the live
    accuracy of a retraining and the headline figure."""
    return _read("valid_words.txt")


def validation_branch_words() -> tuple[str, ...]:
    """Held-out made-up words for the rule's rare branches (``valid_branch_words.txt``), never used in training."""
    return _read("valid_branch_words.txt")
