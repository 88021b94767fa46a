"""Translate a text file line by line (torch-free): the command line's ``translate --input IN --output OUT``.

Line i of the output answers line i of the input, so the two files line up in any diff or spreadsheet: a file is
split at its line breaks (``\\n``, ``\\r\\n`` or a lone ``\\r``, as Python's universal newlines read them), each
line is translated on its own, and the output is joined with the input's line break (``\\r\\n`` if every line
of the input ends in it, else ``\\n``), ending in one if the input did. Empty lines stay empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.errors import InputError
from rnnlab.engine.translate.lines import translate_document
from rnnlab.engine.translate.text import TextTranslation, WordTranslator

MAX_INPUT_BYTES = 64 * 1024 * 1024
_BLOCK_LINES = 1000
"""Lines translated together: their distinct words go to the model in one batch and land in the translator's cache
(20,000 entries), from which each line's own translation is then read."""


@dataclass
class TextFile:
    """A text file's lines (without their line breaks), which line break it used and whether it ended in one."""

    lines: list[str]
    newline: str = "\n"
    final_newline: bool = True

    def text_of(self, lines: list[str]) -> str:
        """``lines`` (one per line of this file) as a file laid out like this one."""
        text = self.newline.join(lines)
        return text + self.newline if lines and self.final_newline else text


def decode_utf8(raw: bytes, name: str) -> str:
    """``raw`` as UTF-8 text (a byte-order mark is dropped); InputError for binary data or another encoding."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(f"{name} is saved as UTF-16; save it as UTF-8 text and try again.")
    if b"\x00" in raw[:65536]:
        raise InputError(f"{name} is not a text file (it holds binary data).")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{name} is not UTF-8 text: line {line} has the byte 0x{raw[exc.start]:02x}, which UTF-8 "
                         "does not allow. Save the file as UTF-8 and try again.") from exc


def read_text_file(path: str | os.PathLike) -> TextFile:
    """The lines of a UTF-8 text file; InputError with the reason for a file that is missing, too big, binary or
    in another encoding. An empty file has no lines."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{path.name} is {size / 2**20:.0f} MB; files of up to {MAX_INPUT_BYTES // 2**20} MB "
                             "are translated.")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    text = decode_utf8(raw, path.name)
    if not text:
        return TextFile([])
    newline = "\r\n" if text.count("\r\n") == text.count("\n") > 0 else "\n"
    final_newline = text.endswith(("\n", "\r"))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if final_newline:
        lines.pop()
    return TextFile(lines, newline, final_newline)


def write_text_file(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` as UTF-8 atomically (a failed write leaves the old file); InputError naming the reason."""
    try:
        with atomic_path(path) as tmp:
            tmp.write_bytes(text.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror or exc}.") from exc


def translate_lines_of(lines: list[str], translator: WordTranslator, beam_width: int) -> list[TextTranslation]:
    """Each line translated on its own as the translator's task splits it (its words, or the line as one
    sequence), one result per line. A block of lines is first translated as one text, so the model sees the
    block's distinct sequences in one batch rather than a call per line."""
    results: list[TextTranslation] = []
    for start in range(0, len(lines), _BLOCK_LINES):
        block = lines[start:start + _BLOCK_LINES]
        translate_document("\n".join(block), translator, beam_width=beam_width)
        results += [translate_document(line, translator, beam_width=beam_width) for line in block]
    return results
