"""What a translator reads and writes: its characters, how text is split into sequences, and its length limits
(torch-free).

A ``SequenceTask`` travels with every model (the checkpoint records it), so a model file says which task it
solves: the shipped English -> Pig Latin task splits text into words and knows the letters a-z; a task read from a
pairs file treats each line as one sequence and knows exactly the characters of its pairs. Token ids are the three
special tokens followed by the task's characters in order.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any

from rnnlab.engine.errors import ModelFileError
from rnnlab.engine.translations import translatable

PAD, START, END = 0, 1, 2
SPECIAL_TOKENS = ("<pad>", "<s>", "</s>")
SPLITTINGS = ("words", "lines")


@dataclass(frozen=True)
class SequenceTask:
    """A character-level task: its title, ``splitting`` ("words": each word of a text is a sequence; "lines":
    each line is), its ``characters`` in token order, the longest source it takes and how many characters a
    translation may have before decoding stops, and for a task of pairs the fingerprint of its pairs. Two tasks are
    the same task whatever their titles, and only with the same pairs: reversing and copying letters share an
    alphabet and lengths but are different tasks, and a model must not be shown or graded under the other's pairs."""

    title: str = field(compare=False)
    splitting: str
    characters: str
    max_source_length: int
    generation_cap: int
    pairs_fingerprint: str = ""
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.splitting not in SPLITTINGS:
            raise ValueError(f"splitting must be one of {SPLITTINGS}, not {self.splitting!r}")
        if len(set(self.characters)) != len(self.characters):
            raise ValueError("a task's characters must be distinct")
        object.__setattr__(self, "_index", {ch: i for i, ch in enumerate(self.tokens)})

    @property
    def tokens(self) -> tuple[str, ...]:
        """The special tokens, then one token per character."""
        return SPECIAL_TOKENS + tuple(self.characters)

    @property
    def vocabulary_size(self) -> int:
        """How many tokens the model's embeddings and output layer have."""
        return len(SPECIAL_TOKENS) + len(self.characters)

    @property
    def is_pig_latin(self) -> bool:
        """True for the shipped English -> Pig Latin word task (graded by the rule, text split into words)."""
        return self == PIG_LATIN

    def unknown_characters(self, source: str) -> str:
        """The distinct characters of ``source`` the task does not know, in order of appearance."""
        return "".join(dict.fromkeys(ch for ch in source if ch not in self._index))

    def can_encode(self, source: str) -> bool:
        """True if ``source`` is non-empty, within the length limit and made only of the task's characters."""
        return 0 < len(source) <= self.max_source_length and not self.unknown_characters(source)

    def encode(self, text: str) -> list[int]:
        """The token ids of ``text`` followed by the end token (KeyError for an unknown character)."""
        return [self._index[ch] for ch in text] + [END]

    def decode(self, ids: list[int]) -> str:
        """The characters of ``ids`` up to (not including) the first end token; special tokens are dropped."""
        out = []
        tokens = self.tokens
        for i in ids:
            if i == END:
                break
            if len(SPECIAL_TOKENS) <= i < len(tokens):
                out.append(tokens[i])
        return "".join(out)

    def as_dict(self) -> dict[str, str | int]:
        """Plain values for a checkpoint."""
        return {"title": self.title, "splitting": self.splitting, "characters": self.characters,
                "max_source_length": self.max_source_length, "generation_cap": self.generation_cap,
                "pairs_fingerprint": self.pairs_fingerprint}

    @classmethod
    def from_dict(cls, values: Any, name: str) -> "SequenceTask":
        """The task a checkpoint records (``values`` as read from the file, of any shape); ModelFileError naming the
        file ``name`` if it is not a valid one."""
        try:
            task = cls(title=str(values["title"]), splitting=values["splitting"], characters=values["characters"],
                       max_source_length=int(values["max_source_length"]),
                       generation_cap=int(values["generation_cap"]),
                       pairs_fingerprint=str(values.get("pairs_fingerprint", "")))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelFileError(translatable("Engine", "{name} records a task this version cannot use ({exc})."),
                                 name=name, exc=exc) from exc
        if not isinstance(task.characters, str) or task.max_source_length < 1 or task.generation_cap < 1:
            raise ModelFileError(translatable("Engine", "{name} records a task this version cannot use."), name=name)
        return task


PIG_LATIN = SequenceTask(
    title="English -> Pig Latin (words)",
    splitting="words",
    # '-' is a token only so that models saved by earlier versions (which read hyphenated words whole) still load;
    # words are split at hyphens before they reach a model, so it never appears in a model's input.
    characters=string.ascii_lowercase + "-",
    max_source_length=24,
    generation_cap=40,
)
"""The shipped task."""

_PIG_LATIN_LETTERS = frozenset(string.ascii_lowercase)


def is_pig_latin_word(word: str) -> bool:
    """True if ``word`` can go to a Pig Latin model: 1 to 24 letters a-z (the hyphen is never a model's input)."""
    return 0 < len(word) <= PIG_LATIN.max_source_length and all(ch in _PIG_LATIN_LETTERS for ch in word)


def task_from_checkpoint(extra: dict[str, Any], name: str) -> SequenceTask:
    """The task of a translator checkpoint's ``extra``: its recorded task, or (files written before tasks were
    recorded) the Pig Latin task when the vocabulary is Pig Latin's; ModelFileError otherwise."""
    vocabulary = extra.get("vocabulary")
    if "task" in extra:
        task = SequenceTask.from_dict(extra["task"], name)
    elif vocabulary == list(PIG_LATIN.tokens):
        task = PIG_LATIN
    else:
        raise ModelFileError(translatable("Engine", "{name} was trained with a different set of characters and cannot "
                                                    "be used here."), name=name)
    if vocabulary != list(task.tokens):
        raise ModelFileError(translatable("Engine", "{name}: its vocabulary does not match its task (damaged or "
                                                    "edited file)."), name=name)
    return task
