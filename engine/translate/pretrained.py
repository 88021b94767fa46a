"""The translators shipped in ``resources/piglatin``, so the pad works the moment the app opens."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rnnlab.engine.errors import InputError
from rnnlab.engine.resources import resource_path
from rnnlab.engine.translations import translatable

if TYPE_CHECKING:
    from rnnlab.engine.translate.translator import Translator

SHIPPED_FILES = {"additive": "translator_attention.pt", "none": "translator_plain.pt"}


def shipped_model_path(attention: str) -> Path:
    """The shipped checkpoint for ``attention`` (none or additive); InputError for kinds not shipped."""
    if attention not in SHIPPED_FILES:
        shipped = " and ".join(sorted(SHIPPED_FILES))
        raise InputError(translatable("Engine", "No {attention} model is shipped (only {shipped}); train one with "
                                                "'train-translator --attention {attention} --out FILE' and pass it "
                                                "with --model FILE."), attention=attention, shipped=shipped)
    return resource_path("piglatin", SHIPPED_FILES[attention])


def load_shipped(attention: str) -> Translator:
    """Load the shipped translator for ``attention`` (imports torch)."""
    from rnnlab.engine.translate.translator import Translator

    return Translator.load(shipped_model_path(attention))
