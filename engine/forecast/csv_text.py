"""The text layer of a price CSV: refuse what is not text, detect the encoding and the delimiter, tell a header row from
a first data row, and read every cell as a string (``pandas.read_csv``). pandas is imported where a table is read, so
the GUI can check a file's first bytes before pandas has loaded."""

from __future__ import annotations

import codecs
import csv
import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from rnnlab.engine.errors import InputError
from rnnlab.engine.translations import Message, translatable

CHUNK_ROWS = 250_000
"""Rows read at a time: the first chunk decides how the file is read (dates, columns, numbers), the rest follow it."""
HEAD_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
_SIGNATURES = {b"PK\x03\x04": translatable("Engine",
                                            "a ZIP archive or an Excel workbook (.xlsx); save it as CSV first"),
               b"\xd0\xcf\x11\xe0": translatable("Engine", "an old Excel workbook (.xls); save it as CSV first"),
               b"%PDF": translatable("Engine", "a PDF document"), b"\x89PNG": translatable("Engine", "a PNG image"),
               b"\xff\xd8\xff": translatable("Engine", "a JPEG image"), b"GIF8": translatable("Engine", "a GIF image"),
               b"\x1f\x8b": translatable("Engine", "a gzip archive; unpack it first")}
_DATA_CELL = re.compile(r"[-+]?[\d.,:/ T+Z%$-]*\d[\d.,:/ T+Z%$-]*")
_DATE_CELL = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(19|20)\d{6}")
_TIME_CELL = re.compile(r"\d{1,2}:\d{2}(:\d{2})?")
_OHLCV = ("Open", "High", "Low", "Close", "Volume")

if TYPE_CHECKING:
    import pandas as pd


def read_head(path: Path) -> bytes:
    """The first bytes of ``path``; refuses a missing, empty or well-known binary file with the reason."""
    if not path.exists():
        raise InputError(translatable("Engine", "File not found: {path}"), path=path)
    if not path.is_file():
        raise InputError(translatable("Engine", "{path} is not a file."), path=path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise InputError(translatable("Engine", "{name} cannot be read: {reason}."),
                         name=path.name, reason=exc.strerror or exc) from exc
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(translatable("Engine", "{name} is empty."), name=path.name)
    for signature, what in _SIGNATURES.items():
        if head.startswith(signature):
            raise InputError(translatable("Engine", "{name} is not a CSV file: it is {what}."), name=path.name,
                             what=Message(what))
    return head


def detect_encoding(path: Path, head: bytes) -> tuple[str, str]:
    """The file's text encoding from its byte-order mark or content, and a note when it is not plain UTF-8."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", Message(translatable("Engine", "Skipped the byte-order mark at the start of the file."))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", Message(translatable("Engine", "Read as UTF-16 text."))
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le", Message(translatable("Engine", "Read as UTF-16 text."))
        if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be", Message(translatable("Engine", "Read as UTF-16 text."))
        raise InputError(translatable("Engine", "{name} is not a CSV file: it holds binary data."), name=path.name)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "latin-1", Message(translatable("Engine", "Read as Latin-1 text (the file is not UTF-8)."))
    return "utf-8", ""


def refuse_binary(path: Path, text: str) -> None:
    """Refuse text with many control characters or undecodable bytes: a binary file with an unknown signature."""
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n") or ch == "\ufffd")
    if controls > max(4, 0.02 * len(text)):
        raise InputError(translatable("Engine", "{name} is not a CSV file: it holds binary data."), name=path.name)


def sniff_delimiter(path: Path, text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields most consistently."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        width = max(set(counts), key=counts.count)
        if width < 2:
            continue
        score = counts.count(width) / len(counts) + 0.01 * width
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == 0.0:
        if len(lines) > 1 and all(re.fullmatch(r"\s*[-+]?[\d.,]+\s*", line) for line in lines[1:6]):
            return ","
        raise InputError(translatable("Engine", "{name} does not look like a CSV table: no delimiter splits it into "
                                                "columns."), name=path.name)
    return best


def delimiter_name(delimiter: str) -> str:
    """How a note names a delimiter."""
    names = {";": translatable("Engine", "semicolons"), "\t": translatable("Engine", "tabs"),
             "|": translatable("Engine", "vertical bars")}
    return Message(names[delimiter]) if delimiter in names else repr(delimiter)


def headerless_names(text: str, delimiter: str) -> list[str] | None:
    """Column names for a file whose first line is data (every cell a number, date or time), else None.

    Names follow the common export orders: date[, time], then Open, High, Low, Close[, Volume] (MetaTrader 4's
    history export), a single column of numbers is ``Value``, anything else ``Column 1``, ``Column 2``...
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    cells = [cell.strip().strip('"').strip() for cell in next(csv.reader([first], delimiter=delimiter), [])]
    if not cells or not all(_DATA_CELL.fullmatch(cell) for cell in cells):
        return None
    names: list[str] = []
    if _DATE_CELL.fullmatch(cells[0]):
        names.append("Date")
        if len(cells) > 1 and _TIME_CELL.fullmatch(cells[1]):
            names.append("Time")
    rest = len(cells) - len(names)
    if rest == 1:
        names.append("Value")
    elif 4 <= rest <= 5:
        names.extend(_OHLCV[:rest])
    else:
        names.extend(f"Column {i}" for i in range(len(names) + 1, len(cells) + 1))
    return names


def clean_name(name: object) -> str:
    """A header cell without padding, quotes, MetaTrader's angle brackets or Yahoo's footnote asterisks."""
    text = str(name).strip().lstrip("\ufeff").strip('"').strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    return text.rstrip("*").strip() or text


def read_tables(path: Path, encoding: str, delimiter: str, names: list[str] | None,
                chunk_rows: int = CHUNK_ROWS) -> Iterator[tuple[pd.DataFrame, float]]:
    """Every cell as a stripped string ('' where a row is short), ``chunk_rows`` rows at a time, each chunk with the
    share of the file's bytes read so far: a big file is parsed by pandas' C reader without ever holding all its
    cells as Python strings at once. Refuses a file that is not a table, or a header without data rows."""
    import pandas as pd

    size = max(1, path.stat().st_size)
    rows = 0
    try:
        with open(path, "rb") as handle:
            reader = pd.read_csv(handle, sep=delimiter, encoding=encoding, dtype=str, keep_default_na=False,
                                 header=None if names else "infer", names=names, chunksize=chunk_rows,
                                 skipinitialspace=True, on_bad_lines="skip", encoding_errors="replace")
            for table in reader:
                table.columns = [clean_name(c) for c in table.columns]
                rows += len(table)
                if len(table):
                    yield table.fillna(""), min(1.0, handle.tell() / size)
    except pd.errors.EmptyDataError as exc:
        raise InputError(translatable("Engine", "{name} is empty."), name=path.name) from exc
    except (pd.errors.ParserError, ValueError, UnicodeError) as exc:
        raise InputError(translatable("Engine", "{name} could not be read as a table: {reason}"),
                         name=path.name, reason=str(exc).splitlines()[0]) from exc
    except OSError as exc:
        raise InputError(translatable("Engine", "{name} cannot be read: {reason}."),
                         name=path.name, reason=exc.strerror or exc) from exc
    if rows == 0:
        raise InputError(translatable("Engine", "{name} has a header but no data rows."), name=path.name)
