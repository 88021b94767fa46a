"""The one family of errors the engine raises; each carries a message a person can read, in English (``str``) and,
through its :class:`~rnnlab.engine.translations.Message`, in the window's language.

Raise one with an English template marked for translation and its fields::

    raise InputError(translatable("Engine", "{name} is empty."), name=path.name)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rnnlab.engine.translations import Message, translatable

if TYPE_CHECKING:
    from rnnlab.engine.labs import LabResult


class EngineError(Exception):
    """Base of every error meant for the user: the GUI shows it in a dialog (``message`` in its language), the CLI
    prints it (``str``, English) and exits 2. ``template`` is an English text marked ``translatable("Engine", ...)``
    whose ``{name}`` fields ``fields`` fill; a template without fields is shown as it is."""

    def __init__(self, template: str, /, **fields: Any) -> None:
        self.message = template if isinstance(template, Message) and not fields else Message(template, **fields)
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        return _restored, (type(self), self.message, self.__dict__)


def _restored(cls: type[EngineError], message: Message, state: dict[str, Any]) -> EngineError:
    """An error as it was pickled (a job process's error crosses to the window this way), whatever its __init__."""
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class InputError(EngineError):
    """Bad input: a file that cannot be read, a configuration out of bounds, an impossible combination."""


class ModelFileError(InputError):
    """A model file that is truncated, of the wrong kind, of an unknown format, or unsafe to load."""


class OutputError(EngineError):
    """A file could not be written (no space left, no permission, a read-only device): ``path`` is the file the
    person asked for and ``reason`` says why in words; a failed write leaves no partial file behind."""

    def __init__(self, path: str, reason: str = "") -> None:
        super().__init__(translatable("Engine", "Could not write {path}: {reason}."), path=path, reason=reason)
        self.path = path
        self.reason = reason


class TrainingDiverged(EngineError):
    """Training produced a NaN or infinite loss; the message says what to try. ``partial`` is the run up to that
    step where the job has one worth showing (the gradient-flow job's losses and last probe: an exploding run is a
    result in itself, and an experiment keeps its metrics), else None."""

    def __init__(self, template: str, /, partial: LabResult | None = None, **fields: Any) -> None:
        super().__init__(template, **fields)
        self.partial = partial


class JobCancelled(EngineError):
    """The user cancelled the job; not a failure, so callers usually report it quietly."""

    def __init__(self, template: str = translatable("Engine", "Cancelled."), /, **fields: Any) -> None:
        super().__init__(template, **fields)
