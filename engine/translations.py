"""RNN Lab's translations without Qt: the engine (the lab reports) reads the same Qt Linguist file the window's
translator is built from (``resources/translations/rnnlab_<language>.ts``), so every string has one translation.

The report modules call :func:`translate` with literal arguments, which ``pyside6-lupdate`` extracts into that file
(``scripts/update_translations.py``). The language is the process's: the CLI sets it from ``--lang``, the window
from View -> Language.

Text the engine writes for a person (errors, the loaders' notes, verdicts) is a :class:`Message`: English, as the
command line and the log show it, that also carries its template (marked ``translatable("Engine", ...)``) and its
fields, so the window can show it in its language (``gui.i18n.engine_text``).
"""

from __future__ import annotations

import functools
import re
import string
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any, Callable

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


ENGINE = "Engine"
"""The one context of the engine's messages (:class:`Message`): ``translatable("Engine", "...")`` marks a template."""


class Message(str):
    """Engine text for a person: the English text (it *is* that string, so the command line, the log and every
    string operation see plain English) that remembers its ``template``, marked ``translatable("Engine", ...)``, and its
    ``fields``, so the window writes it again in its language. A field that is itself a Message is translated too."""

    template: str
    fields: dict[str, Any]
    context: str = ENGINE

    def __new__(cls, template: str, /, **fields: Any) -> Message:
        self = super().__new__(cls, template.format(**fields) if fields else template)
        self.template = template
        self.fields = fields
        return self

    @classmethod
    def marked(cls, context: str, text: str) -> Message:
        """``text``, marked for translation in another ``context`` than the engine's (a setting's label, "Param")."""
        message = cls(text)
        message.context = context
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        return _message, (self.template, self.fields, self.context)

    def rendered(self, translate_text: Callable[[str, str], str], fill: Callable[..., str]) -> str:
        """This message through ``translate_text(context, english)`` and ``fill(template, **fields)``, a field that is
        itself a message (or an engine error, whose first argument is its message) rendered the same way: the one walk
        behind the reports' :meth:`localized` and the window's ``gui.i18n.engine_text``."""
        template = translate_text(self.context, self.template)
        if not self.fields:
            return template
        return fill(template, **{name: inner.rendered(translate_text, fill) if (inner := _message_of(value)) else value
                                 for name, value in self.fields.items()})

    def localized(self) -> str:
        """This message in :func:`language` (the reports' Qt-free way; the window uses ``gui.i18n.engine_text``)."""
        return self.rendered(translate, filled)


def _message_of(value: Any) -> Message | None:
    """The message a field carries: the field itself, or an exception's first argument (how an EngineError keeps its
    message); None for any other value."""
    carried = value.args[0] if isinstance(value, BaseException) and value.args else value
    return carried if isinstance(carried, Message) else None


def localized(text: str) -> str:
    """``text`` in :func:`language` when it is a :class:`Message`, else as it is (a file name, code)."""
    return text.localized() if isinstance(text, Message) else text


def _message(template: str, fields: dict[str, Any], context: str = ENGINE) -> Message:
    message = Message(template, **fields)
    message.context = context
    return message


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
