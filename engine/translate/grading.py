"""Grading a saved model on a held-out file: ``translate --pairs FILE`` (torch-free).

A model of a task of pairs is graded on a pairs file read exactly as ``train-translator --pairs`` reads one
(``pairs.read_pairs``): the file's targets are the expected outputs, each source translated as one sequence. A Pig
Latin model is graded as its training grades its held-out words: on a word list, one word a line, against the rule
(``pig_latin``), each word in lower case. Sources the model cannot read (characters it was never taught, longer than
it takes) are graded as wrong, with a note: a model that cannot translate a pair has not got it right.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from rnnlab.engine.errors import InputError
from rnnlab.engine.plural import plural
from rnnlab.engine.translate.metrics import Evaluation, evaluate
from rnnlab.engine.translate.pairs import Pair, read_pairs
from rnnlab.engine.translate.pig_latin import pig_latin
from rnnlab.engine.translate.task import SequenceTask, is_pig_latin_word
from rnnlab.engine.translate.text import WordTranslator
from rnnlab.engine.translate.utf8 import LINE_BREAK, decode_text, read_bytes
from rnnlab.engine.translations import Message, translatable


@dataclass
class HeldOutFile:
    """The pairs a model is graded on (source, expected output) and what reading the file skipped or noted."""

    pairs: list[Pair]
    notes: list[str] = field(default_factory=list)


@dataclass
class Grade:
    """A model's exact accuracy and character error rate on a held-out file, and notes on how it was graded."""

    evaluation: Evaluation
    notes: list[str] = field(default_factory=list)


def read_held_out(path: str | os.PathLike[str], task: SequenceTask) -> HeldOutFile:
    """The held-out pairs of ``path`` for a model of ``task``: a word list graded by the rule for Pig Latin, else a
    pairs file read as ``train-translator --pairs`` reads it; InputError with the reason if it cannot be read so."""
    if task.is_pig_latin:
        return _read_word_list(Path(path))
    data = read_pairs(path)
    return HeldOutFile(list(data.pairs), list(data.notes))


def _read_word_list(path: Path) -> HeldOutFile:
    """One word a line (blank lines skipped), each with the rule's translation; a line of several words is refused
    (a pairs file is not a word list: its targets would be ignored), words a Pig Latin model does not take (letters
    outside a-z, over 24 letters, hyphens or apostrophes) and repeats are skipped with a count."""
    words: dict[str, None] = {}
    skipped: list[tuple[int, str]] = []
    repeats = 0
    for number, line in enumerate(LINE_BREAK.split(decode_text(read_bytes(path), path.name)), start=1):
        word = line.strip()
        if not word:
            continue
        if len(word.split()) > 1:
            raise InputError(translatable("Engine", "{name}, line {number}: more than one word. A Pig Latin model is "
                                                    "graded on a word list, one word a line, against the rule."),
                             name=path.name, number=number)
        if not is_pig_latin_word(word.lower()):
            skipped.append((number, word))
        elif word.lower() in words:
            repeats += 1
        else:
            words[word.lower()] = None
    if not words:
        raise InputError(translatable("Engine", "{name} has no word of letters a-z to grade a Pig Latin model on."),
                         name=path.name)
    notes: list[str] = []
    if skipped:
        number, word = skipped[0]
        notes.append(Message(translatable("Engine", "{lines} that a Pig Latin model does not take (letters outside "
                                                    "a-z, over 24 letters, hyphens or apostrophes) skipped, e.g. "
                                                    "line {number}: {word!r}."),
                             lines=plural(len(skipped), 'line'), number=number, word=word[:40]))
    if repeats:
        notes.append(Message(translatable("Engine", "{repeated_words} skipped."),
                             repeated_words=plural(repeats, 'repeated word')))
    return HeldOutFile([(word, pig_latin(word)) for word in words], notes)


def grade(translator: WordTranslator, held_out: HeldOutFile, beam_width: int = 1) -> Grade:
    """Translate every source of ``held_out`` (greedy, or a beam of ``beam_width``) and compare with its expected
    output; a source the model cannot read counts as wrong with an empty output, and is said in a note."""
    task = translator.task
    readable = [source for source, _target in held_out.pairs if task.can_encode(source)]
    outputs = {result.source: result.output for result in translator.translate_words(readable, beam_width)}
    sources = [source for source, _target in held_out.pairs]
    evaluation = evaluate(sources, [outputs.get(source, "") for source in sources],
                          [target for _source, target in held_out.pairs])
    notes = list(held_out.notes)
    unreadable = [source for source in sources if source not in outputs]
    if unreadable:
        notes.append(Message(translatable("Engine", "{sources} the model cannot read (characters it was never taught, "
                                                    "or over {length} of them) counted as wrong, "
                                                    "e.g. {example!r}."),
                             sources=plural(len(unreadable), 'source'), length=task.max_source_length,
                             example=unreadable[0][:40]))
    return Grade(evaluation, notes)
