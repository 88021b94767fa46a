"""Translate text as a person types it, word by word, keeping everything that is not a word in place (torch-free).

Words are runs of letters; hyphens and apostrophes split them (``won't`` -> ``won`` ``'`` ``t``, ``by-and-by`` ->
``by`` ``-`` ``and`` ``-`` ``by``), as the rule does, and digits end them (``mp3`` -> ``mp`` ``3``). Each word is
lower-cased for the model and its capitalisation restored afterwards by the patterns of ``case``
(``Hello`` -> ``Ellohay``, ``NASA`` -> ``ASANAY``, ``McDonald`` -> ``onaldMcDay``). Digits, punctuation,
emoji and spaces are copied through.
Words with letters outside a-z or longer than the model takes are not sent to the model and carry a note
saying why; control characters are removed, with a note.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, Sequence

if TYPE_CHECKING:
    import numpy as np

from rnnlab.engine.plural import plural
from rnnlab.engine.translate.case import restore_case
from rnnlab.engine.translate.pig_latin import pig_latin
from rnnlab.engine.translate.task import PIG_LATIN, SequenceTask, is_pig_latin_word
from rnnlab.engine.translations import translatable

MAX_WORD_LENGTH = PIG_LATIN.max_source_length

WORD_PATTERN = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")
_KEPT_CONTROLS = "\n\t"


@dataclass
class WordOutput:
    """One word through a model: the source, the decoded output, and the alignment matrix.

    ``attention`` has one row per generated character and one column per source character plus the end
    token; each row sums to 1. None for a model without attention.
    """

    source: str
    output: str
    attention: np.ndarray | None = None


class WordTranslator(Protocol):
    """Anything that turns sequences of its task's characters into WordOutputs (a trained Translator, or the
    command line's NumpyTranslator), decoding with a beam of ``beam_width`` (1: greedy)."""

    task: SequenceTask

    def translate_words(self, words: Sequence[str], beam_width: int = 1) -> list[WordOutput]: ...


@dataclass
class TranslatedWord:
    """A sequence of the text (a word of a word task, a line of a line task): as typed, the model's translation and
    the expected one (the rule's for Pig Latin, with capitalisation restored; a line task's known target, or None
    for a line that is not one of the task's pairs).

    ``note`` explains a sequence the model did not translate (then ``output`` is the sequence as typed).
    """

    start: int
    typed: str
    source: str
    output: str
    reference: str | None
    attention: np.ndarray | None = None
    note: str = ""

    @property
    def correct(self) -> bool:
        """True when the model's output equals the expected one (False when none is known)."""
        return self.reference is not None and self.output == self.reference


@dataclass
class TextTranslation:
    """A whole text: the translated string, its words in order, and notes about what was left alone."""

    text: str
    words: list[TranslatedWord] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def strip_controls(text: str) -> tuple[str, int]:
    """Remove control and format characters except newline and tab; returns the text and how many went."""
    kept = [ch for ch in text if ch in _KEPT_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")]
    return "".join(kept), len(text) - len(kept)


def translate_text(text: str, translator: WordTranslator, beam_width: int = 1) -> TextTranslation:
    """Translate every word of ``text`` with ``translator`` (beam of ``beam_width``, 1: greedy); empty or blank text
    gives an empty result."""
    clean, removed = strip_controls(unicodedata.normalize("NFC", text))
    result = TextTranslation(text="")
    if removed:
        result.notes.append(plural(removed, translatable("Engine", "control character removed."),
                                   translatable("Engine", "control characters removed.")))
    if not clean.strip():
        return result
    matches = list(WORD_PATTERN.finditer(clean))
    lowered = [m.group().lower() for m in matches]
    words = sorted({w for w in lowered if is_pig_latin_word(w)})
    outputs = {o.source: o for o in translator.translate_words(words, beam_width)} if words else {}
    pieces, cursor = [], 0
    for match, lower in zip(matches, lowered, strict=True):
        word = _translated_word(match.start(), match.group(), lower, outputs.get(lower))
        result.words.append(word)
        pieces.append(clean[cursor:match.start()])
        pieces.append(word.output)
        cursor = match.end()
    pieces.append(clean[cursor:])
    result.text = "".join(pieces)
    result.notes.extend(f"“{w.typed}”: {w.note}" for w in result.words if w.note)
    return result


def _translated_word(start: int, typed: str, lower: str, output: WordOutput | None) -> TranslatedWord:
    if output is None:
        if not _ASCII_WORD.fullmatch(lower):
            note = "has letters outside a-z, which the model does not know; left as typed."
            return TranslatedWord(start, typed, lower, typed, typed, note=note)
        note = f"longer than the model's {MAX_WORD_LENGTH}-character limit; left as typed."
        return TranslatedWord(start, typed, lower, typed, restore_case(typed, pig_latin(lower)), note=note)
    return TranslatedWord(
        start=start,
        typed=typed,
        source=lower,
        output=restore_case(typed, output.output),
        reference=restore_case(typed, pig_latin(lower)),
        attention=output.attention,
    )
