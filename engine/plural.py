"""Counts in sentences a person reads: "1 epoch", "2 epochs" (torch-free), in English and, through the nouns' marks,
in the window's language."""

from __future__ import annotations

from rnnlab.engine.translations import Message, translatable

NOUNS = (
    translatable("Engine", "pair"), translatable("Engine", "pairs"),
    translatable("Engine", "line"), translatable("Engine", "lines"),
    translatable("Engine", "row"), translatable("Engine", "rows"),
    translatable("Engine", "test row"), translatable("Engine", "test rows"),
    translatable("Engine", "column"), translatable("Engine", "columns"),
    translatable("Engine", "header line"), translatable("Engine", "header lines"),
    translatable("Engine", "source or target"), translatable("Engine", "sources or targets"),
    translatable("Engine", "repeated pair"), translatable("Engine", "repeated pairs"),
    translatable("Engine", "repeated word"), translatable("Engine", "repeated words"),
    translatable("Engine", "source"), translatable("Engine", "sources"),
    translatable("Engine", "usable pair"), translatable("Engine", "usable pairs"),
    translatable("Engine", "held-out pair"), translatable("Engine", "held-out pairs"),
    translatable("Engine", "wrong output"), translatable("Engine", "wrong outputs"),
    translatable("Engine", "validation error"), translatable("Engine", "validation errors"),
    translatable("Engine", "test step"), translatable("Engine", "test steps"),
    translatable("Engine", "bar"), translatable("Engine", "bars"),
    translatable("Engine", "empty bar"), translatable("Engine", "empty bars"),
    translatable("Engine", "epoch"), translatable("Engine", "epochs"),
    translatable("Engine", "run"), translatable("Engine", "runs"),
    translatable("Engine", "seed"), translatable("Engine", "seeds"),
    translatable("Engine", "batch"), translatable("Engine", "batches"),
    translatable("Engine", "week"), translatable("Engine", "weeks"),
    translatable("Engine", "day"), translatable("Engine", "days"),
    translatable("Engine", "hour"), translatable("Engine", "hours"),
    translatable("Engine", "minute"), translatable("Engine", "minutes"),
    translatable("Engine", "second"), translatable("Engine", "seconds"),
    translatable("Engine", "evaluation"), translatable("Engine", "evaluations"),
)
"""The nouns the engine counts in text the window shows, singular and plural: Persian writes the singular after a
number, so both translate to it."""


def plural(count: int, noun: str, plural_noun: str | None = None) -> Message:
    """``count`` and ``noun``, in the plural (``plural_noun``, or ``noun + "s"``) unless the count is exactly 1: the
    English text, which the window shows in its language when the noun is one of NOUNS (or otherwise marked)."""
    return Message(translatable("Engine", "{count:,} {noun}"), count=count,
                   noun=Message(noun if count == 1 else (plural_noun or noun + "s")))
