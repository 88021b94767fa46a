"""The pairs a translator learns from: a user's pairs file read as its author meant (or refused with the reason),
the shipped Pig Latin words, and the split into training and held-out pairs (torch-free).

A pairs file is UTF-8 text with one pair a line, source and target separated by one tab, or a ``.csv`` file with a
header and two columns. Any characters but tabs and line breaks may be in a pair; the task's vocabulary is the
characters of its pairs. Text is read as the pad reads what is typed: Unicode NFC (a file saved with decomposed
accents gives the characters a keyboard types), lines split at ``\n``, ``\r\n`` or ``\r`` only, spaces around a
source or target removed (with a count: the pad never gives them to a model).
Refused with the reason: a file that is empty, binary or not UTF-8, a line without a tab (or with more than one),
fewer than ``MIN_PAIRS`` usable pairs. Skipped with a count: lines over ``MAX_LINE_LENGTH`` characters, pairs with an
empty side or a line break inside a CSV cell, exact repeats; a source repeated with another target keeps its first
target, with a note.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from rnnlab.engine.errors import InputError
from rnnlab.engine.plural import plural
from rnnlab.engine.translate.pig_latin import pig_latin
from rnnlab.engine.translate.task import PIG_LATIN, SequenceTask, is_pig_latin_word
from rnnlab.engine.translate.utf8 import LINE_BREAK, decode_text, read_bytes
from rnnlab.engine.translate.words import training_words, validation_words
from rnnlab.engine.translations import Message, translatable

Pair = tuple[str, str]
MAX_LINE_LENGTH = 200
MIN_PAIRS = 100
ANKI_HEADER = re.compile(r"#[a-z ]+:.*")
"""A file header line of an Anki export (``#separator:tab``, ``#html:true``, ``#notetype column:1``)."""
SPLIT_SEED = 20_240_601
"""The held-out share is drawn with this fixed seed, not the training seed, so every retraining on a file is graded
on the same held-out pairs and none of them is ever trained on."""


@dataclass(frozen=True)
class PairsData:
    """A task and its pairs. ``fixed_held_out`` holds a task's own held-out pairs (the shipped Pig Latin words);
    when empty, ``split`` draws a share of ``pairs`` for held-out. ``notes`` say what reading the file skipped;
    ``source_path`` is the pairs file as it was given (empty when the pairs come from no file)."""

    task: SequenceTask
    pairs: tuple[Pair, ...]
    fixed_held_out: tuple[Pair, ...] = ()
    notes: tuple[str, ...] = ()
    source_name: str = ""
    source_path: str = ""

    @cached_property
    def references(self) -> dict[str, str]:
        """Every source's target (training and held-out pairs): the expected output of a line the pad translates."""
        return dict(self.fixed_held_out) | dict(self.pairs)

    def held_out_count(self, valid_fraction: float) -> int:
        """How many pairs ``split`` holds out for ``valid_fraction`` (without splitting)."""
        if self.fixed_held_out:
            return len(self.fixed_held_out)
        return min(len(self.pairs) - 1, max(1, round(valid_fraction * len(self.pairs))))

    def split(self, valid_fraction: float) -> tuple[list[Pair], list[Pair]]:
        """(training pairs, held-out pairs): the fixed held-out pairs if the task has them, else a
        ``valid_fraction`` share of the pairs (at least one) drawn with ``SPLIT_SEED``. A larger share holds out
        every pair a smaller one does, so the pairs held out at the smallest share a model was trained with were
        never trained on by any model trained with a larger one."""
        if self.fixed_held_out:
            return list(self.pairs), list(self.fixed_held_out)
        count = self.held_out_count(valid_fraction)
        held = np.zeros(len(self.pairs), dtype=bool)
        held[np.random.default_rng(SPLIT_SEED).permutation(len(self.pairs))[:count]] = True
        return ([p for p, h in zip(self.pairs, held, strict=True) if not h],
                [p for p, h in zip(self.pairs, held, strict=True) if h])


@lru_cache(maxsize=1)
def pig_latin_data() -> PairsData:
    """The shipped Pig Latin task: training words and held-out words with the rule's translations."""
    return PairsData(PIG_LATIN, tuple((w, pig_latin(w)) for w in training_words()),
                     tuple((w, pig_latin(w)) for w in validation_words()), source_name="shipped word lists")


def words_data(words: list[str], held_out: list[str]) -> PairsData:
    """A Pig Latin task on the given words (tests and quick runs); InputError if a word is not a-z."""
    bad = [w for w in list(words) + list(held_out) if not is_pig_latin_word(w)]
    if bad:
        raise InputError(translatable("Engine", "Training words must be a-z only (hyphenated words split) and not too "
                                                "long; {word!r} is not."), word=bad[0])
    return PairsData(PIG_LATIN, tuple((w, pig_latin(w)) for w in words), tuple((w, pig_latin(w)) for w in held_out),
                     source_name="given words")


def read_pairs(path: str | os.PathLike[str], title: str | None = None) -> PairsData:
    """Read a pairs file (tab-separated, or a ``.csv`` with a header) into a line task named ``title`` (default:
    the file's name); InputError with the reason if it cannot be used as its author meant."""
    path = Path(path)
    text = decode_text(read_bytes(path), path.name)
    notes: list[str] = []
    read = _csv_rows if path.suffix.lower() == ".csv" else _tab_rows
    rows = read(text, path.name, notes)
    return replace(pairs_data(rows, title or default_title(path), path.name, notes), source_path=str(path))


def default_title(path: str | os.PathLike[str]) -> str:
    """The name of a pairs file's task when no title is given: ``numbers (pairs file)`` for numbers.tsv."""
    return f"{Path(path).stem} (pairs file)"


def _tab_rows(text: str, name: str, notes: list[str]) -> list[tuple[int, str, str]]:
    """The tab-separated pairs of ``text``; the header lines of an Anki export (``#separator:tab``) at the top are
    skipped, and said in ``notes``."""
    rows: list[tuple[int, str, str]] = []
    headers = 0
    for number, line in enumerate(LINE_BREAK.split(text), start=1):
        if not line.strip():
            continue
        if not rows and ANKI_HEADER.fullmatch(line):
            headers += 1
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            found = (Message(translatable("Engine", "no tab")) if len(columns) == 1 else
                     Message(translatable("Engine", "{count} tab-separated columns"), count=len(columns)))
            raise InputError(translatable("Engine", "{name}, line {number}: {found}. A pairs file has one pair a line: "
                                                    "the source, one tab, "
                                                    "the target (or save it as a .csv with a header and two columns)."),
                             name=name, number=number, found=found)
        rows.append((number, columns[0], columns[1]))
    if headers:
        notes.append(Message(translatable("Engine", "{header_lines} of an Anki export (#key:value) skipped."),
                             header_lines=plural(headers, 'header line')))
    quoted = sum(_wrapped_in_quotes(side) for _number, source, target in rows for side in (source, target))
    if quoted:
        notes.append(Message(translatable("Engine", "{source_or_targets} wrapped in double quotes, kept as written (a "
                                                    "spreadsheet's tab export quotes a cell holding a comma or "
                                                    "quote: save it as .csv to have such cells read as cells)."),
                             source_or_targets=plural(quoted, 'source or target', 'sources or targets')))
    return rows


def _wrapped_in_quotes(text: str) -> bool:
    return len(text) >= 2 and text[0] == text[-1] == '"'


def _csv_rows(text: str, name: str, notes: list[str]) -> list[tuple[int, str, str]]:
    """The pairs of a CSV with a header, which is said in ``notes`` (it is not a pair)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = []
    try:
        header = next(reader, None)
        if header is None or len(header) != 2:
            other = _other_delimiter(text)
            if other is not None:
                raise InputError(translatable("Engine", "{name} is separated by {other}; a pairs CSV has a header and "
                                                        "two comma-separated columns: save it as CSV with commas, or "
                                                        "as tab-separated text (.tsv)."), name=name, other=other)
            found = (Message(translatable("Engine", "no header")) if header is None else
                     Message(translatable("Engine", "a header of {columns}"), columns=plural(len(header), "column")))
            raise InputError(translatable("Engine", "{name} has {found}; a pairs CSV has a header and two columns "
                                                    "(source, target)."), name=name, found=found)
        notes.append(Message(translatable("Engine", "Header (not a pair): {first!r}, {second!r}."),
                             first=header[0], second=header[1]))
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != 2:
                raise InputError(translatable("Engine", "{name}, line {line}: {count} columns; a pairs "
                                                        "CSV has two (source, target)."),
                                 name=name, line=reader.line_num, count=len(row))
            rows.append((reader.line_num, row[0], row[1]))
    except csv.Error as exc:
        raise InputError(translatable("Engine", "{name}, line {line}: not valid CSV ({exc})."),
                         name=name, line=reader.line_num, exc=exc) from exc
    return rows


_OTHER_DELIMITERS = {";": "semicolons (;), not commas (Excel writes CSV so where the decimal mark is a comma, as in "
                          "German or French)",
                     "\t": "tabs, not commas", "|": "vertical bars (|), not commas"}


def _other_delimiter(text: str) -> str | None:
    """The delimiter, named, that splits the first line of a CSV into two columns where commas do not (Excel in
    a language whose decimal mark is a comma writes ``source;target``); None when there is none."""
    first = text.split("\n", 1)[0]
    for delimiter, named in _OTHER_DELIMITERS.items():
        if len(next(csv.reader([first], delimiter=delimiter), [])) == 2:
            return named
    return None


def pairs_data(rows: list[tuple[int, str, str]], title: str, name: str, notes: list[str] | None = None) -> PairsData:
    """The line task of ``rows`` (line number, source, target): spaces around each side removed, long, empty or
    multi-line pairs and repeats skipped with a count, a source's first target kept; InputError if fewer than
    ``MIN_PAIRS`` pairs remain. ``notes`` (what reading the file said) come first in the data's notes."""
    targets: dict[str, str] = {}
    too_long = empty = broken = repeated = spaced = 0
    conflicts: list[tuple[int, str]] = []
    for number, raw_source, raw_target in rows:
        source, target = raw_source.strip(), raw_target.strip()
        spaced += (source, target) != (raw_source, raw_target)
        if not source or not target:
            empty += 1
        elif len(raw_source) + 1 + len(raw_target) > MAX_LINE_LENGTH:
            too_long += 1
        elif LINE_BREAK.search(source + target):
            broken += 1
        elif source not in targets:
            targets[source] = target
        elif targets[source] == target:
            repeated += 1
        else:
            conflicts.append((number, source))
    notes = list(notes or [])
    if spaced:
        notes.append(Message(translatable("Engine", "Spaces around the source or target of {pairs} removed (the pad "
                                                    "never gives them to a model)."), pairs=plural(spaced, 'pair')))
    if too_long:
        notes.append(Message(translatable("Engine", "{lines} over {most} characters skipped."),
                             lines=plural(too_long, 'line'), most=MAX_LINE_LENGTH))
    if empty:
        notes.append(Message(translatable("Engine", "{lines} with an empty source or target skipped."),
                             lines=plural(empty, 'line')))
    if broken:
        notes.append(Message(translatable("Engine", "{pairs} with a line break inside a cell skipped (the pad reads "
                                                    "one line at a time)."), pairs=plural(broken, 'pair')))
    if repeated:
        notes.append(Message(translatable("Engine", "{repeated_pairs} skipped."),
                             repeated_pairs=plural(repeated, 'repeated pair')))
    if conflicts:
        number, source = conflicts[0]
        notes.append(Message(translatable("Engine", "{sources} appeared again with another target; the first target "
                                                    "was kept (e.g. line {number}: {source!r})."),
                             sources=plural(len(conflicts), 'source'), number=number, source=source[:40]))
    if len(targets) < MIN_PAIRS:
        reason = f" ({' '.join(note.rstrip('.') + ';' for note in notes).rstrip(';')})" if notes else ""
        raise InputError(translatable("Engine", "{name} has {usable_pairs}{reason}; at least {least} are needed "
                                                "to train and grade a model."),
                         name=name, usable_pairs=plural(len(targets), 'usable pair'), reason=reason,
                         least=MIN_PAIRS)
    pairs = tuple(targets.items())
    characters = "".join(sorted({ch for pair in pairs for text in pair for ch in text}))
    longest_target = max(len(t) for _s, t in pairs)
    task = SequenceTask(title=title, splitting="lines", characters=characters,
                        max_source_length=max(len(s) for s, _t in pairs),
                        generation_cap=longest_target + max(5, longest_target // 4),
                        pairs_fingerprint=fingerprint(pairs))
    return PairsData(task, pairs, notes=tuple(notes), source_name=name)


def fingerprint(pairs: tuple[Pair, ...]) -> str:
    """A short hash of the pairs in order: what makes a task of pairs this task (its split depends on the order)."""
    digest = hashlib.sha256()
    for source, target in pairs:
        digest.update(f"{source}\t{target}\n".encode("utf-8"))
    return digest.hexdigest()[:16]
