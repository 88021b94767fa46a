"""Counts in sentences a person reads: "1 epoch", "2 epochs" (torch-free)."""

from __future__ import annotations


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """``count`` and ``noun``, in the plural (``plural_noun``, or ``noun + "s"``) unless the count is exactly 1."""
    return f"{count:,} {noun if count == 1 else (plural_noun or noun + 's')}"
