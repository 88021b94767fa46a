"""The one family of errors the engine raises; each carries a message a person can read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rnnlab.engine.labs import LabResult


class EngineError(Exception):
    """Base of every error meant for the user: the GUI shows it in a dialog, the CLI prints it and exits 2."""


class InputError(EngineError):
    """Bad input: a file that cannot be read, a configuration out of bounds, an impossible combination."""


class ModelFileError(InputError):
    """A model file that is truncated, of the wrong kind, of an unknown format, or unsafe to load."""


class OutputError(EngineError):
    """A file could not be written (no space left, no permission, a read-only device): ``path`` is the file the
    person asked for and ``reason`` says why in words; a failed write leaves no partial file behind."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"Could not write {path}: {reason}.")
        self.path = path
        self.reason = reason


class TrainingDiverged(EngineError):
    """Training produced a NaN or infinite loss; the message says what to try. ``partial`` is the run up to that
    step where the job has one worth showing (the gradient-flow job's losses and last probe: an exploding run is a
    result in itself, and an experiment keeps its metrics), else None."""

    def __init__(self, message: str, partial: LabResult | None = None) -> None:
        super().__init__(message)
        self.partial = partial


class JobCancelled(EngineError):
    """The user cancelled the job; not a failure, so callers usually report it quietly."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)
