"""Reading a person's text files (pairs files, ``translate --input``) as their author meant (torch-free): UTF-8 in
Unicode NFC, as the pad reads typing, or refused with the reason; lines split at real line breaks only.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from rnnlab.engine.errors import InputError
from rnnlab.engine.translations import translatable

MAX_FILE_BYTES = 64 * 1024 * 1024
LINE_BREAK = re.compile(r"\r\n|\r|\n")
"""A line ends at ``\n``, ``\r\n`` or ``\r`` only (``str.splitlines`` also breaks at U+2028, NEL and form feeds,
which text copied from web pages holds inside a line)."""


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``; InputError for a missing or unreadable file, or one over ``MAX_FILE_BYTES``."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(translatable("Engine", "{name} is {size:.0f} MB; text files of up to "
                                                    "{most} MB are read (a character task learns well "
                                                    "from 20,000 pairs)."),
                             name=path.name, size=size / 2 ** 20, most=MAX_FILE_BYTES // 2 ** 20)
        return path.read_bytes()
    except OSError as exc:
        raise InputError(translatable("Engine", "Cannot read {path}: {reason}."),
                         path=path, reason=exc.strerror or exc) from exc


def decode_text(raw: bytes, name: str) -> str:
    """``raw`` as UTF-8 text in Unicode NFC (a byte-order mark is dropped); InputError for empty, binary or other
    encodings."""
    if not raw.strip():
        raise InputError(translatable("Engine", "{name} is empty."), name=name)
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(translatable("Engine", "{name} is saved as UTF-16; save it as UTF-8 text and open it again."),
                         name=name)
    if b"\x00" in raw[:65536]:
        raise InputError(translatable("Engine", "{name} is not a text file (it holds binary data)."), name=name)
    try:
        return unicodedata.normalize("NFC", raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(translatable("Engine", "{name} is not UTF-8 text: line {line} has the byte "
                                                "0x{byte}, which UTF-8 does not allow. Save the file as "
                                                "UTF-8 and open it again."),
                         name=name, line=line, byte=f"{raw[exc.start]:02x}") from exc
