"""Translate text line by line for a line task (a task read from a pairs file): each line is one sequence
(torch-free).

Leading and trailing spaces of a line stay in place and are not given to the model (pairs files rarely mean
them); blank lines are copied through. A line with characters the task never saw, or longer than its longest
source, is not translated: the pad shows it as typed, the command line's output leaves its line empty
(``line_files.answer_lines``), both with a note saying why. The expected output of a line is known when the line
is one of the task's pairs.
"""

from __future__ import annotations

import unicodedata
from typing import Mapping

from rnnlab.engine.plural import plural
from rnnlab.engine.translate.task import SequenceTask
from rnnlab.engine.translate.text import (
    TextTranslation,
    TranslatedWord,
    WordTranslator,
    strip_controls,
    translate_text,
)
from rnnlab.engine.translations import translatable


def translate_lines(text: str, translator: WordTranslator, task: SequenceTask,
                    references: Mapping[str, str] | None = None, beam_width: int = 1) -> TextTranslation:
    """Translate every non-blank line of ``text`` as one sequence (beam of ``beam_width``, 1: greedy);
    ``references`` maps known sources to targets."""
    clean, removed = strip_controls(unicodedata.normalize("NFC", text))
    result = TextTranslation(text="")
    if removed:
        result.notes.append(plural(removed, translatable("Engine", "control character removed."),
                                   translatable("Engine", "control characters removed.")))
    references = references or {}
    spans = []
    cursor = 0
    for line in clean.split("\n"):
        stripped = line.strip()
        if stripped:
            spans.append((cursor + line.index(stripped), stripped))
        cursor += len(line) + 1
    notes = {source: _note(source, task) for _start, source in spans}
    words = sorted({source for source, note in notes.items() if not note})
    outputs = {o.source: o for o in translator.translate_words(words, beam_width)} if words else {}
    pieces, cursor = [], 0
    for start, source in spans:
        output = outputs.get(source)
        reference = references.get(source)
        if output is None:
            word = TranslatedWord(start, source, source, source, reference, note=notes[source])
        else:
            word = TranslatedWord(start, source, source, output.output, reference, attention=output.attention)
        result.words.append(word)
        pieces.append(clean[cursor:start])
        pieces.append(word.output)
        cursor = start + len(source)
    pieces.append(clean[cursor:])
    result.text = "".join(pieces)
    result.notes.extend(f"“{_shortened(w.typed)}”: {w.note}" for w in result.words if w.note)
    return result


def _note(source: str, task: SequenceTask) -> str:
    unknown = task.unknown_characters(source)
    if unknown:
        shown = ", ".join(repr(ch) for ch in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        return f"has characters the model never saw ({shown}); not translated."
    if len(source) > task.max_source_length:
        return f"longer than the task's {task.max_source_length}-character limit; not translated."
    return ""


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def translate_document(text: str, translator: WordTranslator, references: Mapping[str, str] | None = None,
                       beam_width: int = 1) -> TextTranslation:
    """Translate ``text`` as the translator's task splits it: word by word for Pig Latin (graded by the rule),
    line by line for a task of pairs (graded where a line is a known source in ``references``); decoded with a beam
    of ``beam_width`` (1: greedy)."""
    if translator.task.splitting == "words":
        return translate_text(text, translator, beam_width)
    return translate_lines(text, translator, translator.task, references, beam_width)
