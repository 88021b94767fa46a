"""Translate a text file line by line (torch-free): the command line's ``translate --input IN --output OUT``.

Line i of the output answers line i of the input, so the two files line up in any diff or spreadsheet: a file is
split at its line breaks (``\\n``, ``\\r\\n`` or a lone ``\\r``: ``utf8.LINE_BREAK``), each
line is translated on its own, and the output is joined with the input's line break (``\\r\\n`` if every line
of the input ends in it, else ``\\n``), every line ending in it (a text file ends in a line break: one missing
at the end of the input is added). Blank lines stay as they are; a line task's line the model cannot translate is
left empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.translate.lines import translate_document
from rnnlab.engine.translate.task import SequenceTask
from rnnlab.engine.translate.text import TextTranslation, WordTranslator
from rnnlab.engine.translate.utf8 import LINE_BREAK, decode_text, read_bytes

_BLOCK_LINES = 1000
"""Lines translated together: their distinct words go to the model in one batch and land in the translator's cache
(20,000 entries), from which each line's own translation is then read."""


@dataclass
class TextFile:
    """A text file's lines (without their line breaks) and which line break it used."""

    lines: list[str]
    newline: str = "\n"

    def text_of(self, lines: list[str]) -> str:
        """``lines`` (one per line of this file) as a file laid out like this one, each line ending in its line
        break (no lines: empty)."""
        return "".join(line + self.newline for line in lines)


def read_text_file(path: str | os.PathLike[str]) -> TextFile:
    """The lines of a UTF-8 text file, read as a pairs file is (``utf8.decode_text``); InputError with the reason
    for a file that is missing, too big, binary or in another encoding. An empty file has no lines, and one of
    blank lines only is not refused: its answer is as many blank lines."""
    path = Path(path)
    raw = read_bytes(path)
    if not raw:
        return TextFile([])
    text = raw.decode("ascii") if not raw.strip() else decode_text(raw, path.name)
    newline = "\r\n" if text.count("\r\n") == text.count("\n") > 0 else "\n"
    lines = LINE_BREAK.split(text)
    if text.endswith(("\n", "\r")):
        lines.pop()
    return TextFile(lines, newline)


def write_text_file(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 atomically (a failed write leaves the old file); an OutputError says why."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(text.encode("utf-8"))


def answer_lines(results: list[TextTranslation], task: SequenceTask) -> tuple[list[str], list[int]]:
    """The output's line for each line's result, and the numbers (from 1) of the lines left empty.

    A line task's line that the model cannot translate (characters it never saw, longer than its sources) is left
    empty: a copy of it would read as its translation. A word task copies the words it cannot translate (other
    scripts, over-long words) through, as the Pig Latin conventions do with digits and punctuation, with a note.
    """
    lines, empty = [], []
    for number, result in enumerate(results, start=1):
        if task.splitting == "lines" and any(word.note for word in result.words):
            lines.append("")
            empty.append(number)
        else:
            lines.append(result.text)
    return lines, empty


def translate_lines_of(lines: list[str], translator: WordTranslator, beam_width: int) -> list[TextTranslation]:
    """Each line translated on its own as the translator's task splits it (its words, or the line as one
    sequence), one result per line; a blank line is copied as it is. A block of lines is first translated as one
    text, so the model sees the block's distinct sequences in one batch rather than a call per line."""
    results: list[TextTranslation] = []
    for start in range(0, len(lines), _BLOCK_LINES):
        block = lines[start:start + _BLOCK_LINES]
        translate_document("\n".join(block), translator, beam_width=beam_width)
        results += [translate_document(line, translator, beam_width=beam_width) if line.strip()
                    else TextTranslation(text=line) for line in block]
    return results
