"""RNN Lab's translations without Qt: the engine (the lab reports) reads the same Qt Linguist file the window's
translator is built from (``resources/translations/rnnlab_<language>.ts``), so every string has one translation.

The report modules call :func:`translate` with literal arguments, which ``pyside6-lupdate`` extracts into that file
(``scripts/update_translations.py``). The language is the process's: the CLI sets it from ``--lang``, the window
from View -> Language.
"""

from __future__ import annotations

import functools
import re
import string
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

from rnnlab.engine.resources import resource_path

SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = (SOURCE_LANGUAGE, "fa")
"""The languages RNN Lab speaks: English (the source) and Persian."""
RIGHT_TO_LEFT: frozenset[str] = frozenset({"fa"})
_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹"}
_DECIMAL_POINT = {"fa": "٫"}
_state = {"language": SOURCE_LANGUAGE}


def catalog_path(language: str, extension: str) -> Path:
    """The translation file of ``language``: "ts" (the source, XML) or "qm" (compiled for Qt)."""
    return resource_path("translations", f"rnnlab_{language}.{extension}")


def set_language(language: str) -> None:
    """Make :func:`translate` answer in ``language`` (one of LANGUAGES)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    _state["language"] = language


def language() -> str:
    """The language :func:`translate` answers in."""
    return _state["language"]


def is_right_to_left(lang: str | None = None) -> bool:
    """Whether ``lang`` (default: the current language) is written right to left."""
    return (lang or _state["language"]) in RIGHT_TO_LEFT


@functools.lru_cache(maxsize=None)
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """Every finished translation of ``lang``'s .ts file, keyed by (context, source text)."""
    if lang == SOURCE_LANGUAGE:
        return {}
    root = ElementTree.parse(catalog_path(lang, "ts")).getroot()
    entries: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            entries[(name, message.findtext("source", ""))] = translation.text or ""
    return entries


def translatable(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is declared (a module's constant) and return it unchanged: the code
    that shows it calls :func:`translate` (lupdate knows this function as ``QT_TRANSLATE_NOOP``)."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the current language; the English text when it has no finished translation."""
    return catalog(_state["language"]).get((context, text), text) or text


def localized_digits(text: str) -> str:
    """``text`` with its numbers written in the current language's digits (Persian digits in Persian)."""
    digits = _DIGITS.get(_state["language"])
    if digits is None:
        return text
    table = {ord(str(d)): digits[d] for d in range(10)}
    table[ord(".")] = _DECIMAL_POINT[_state["language"]]
    return _NUMBER.sub(lambda match: match.group(0).translate(table), text)


_NUMBER = re.compile(r"(?<![\w.])[-−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?![\w.])")


class _LocaleFormatter(string.Formatter):
    """str.format, with numeric fields written in the current language's digits."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text: str = super().format_field(value, format_spec)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return localized_digits(text)
        return text


_FORMATTER = _LocaleFormatter()


def filled(template: str, **values: Any) -> str:
    """``template`` (a translated string with ``{name}`` fields) filled with ``values``, numbers in the current
    language's digits and text values as they are (file names, code)."""
    return _FORMATTER.format(template, **values)
