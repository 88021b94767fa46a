"""The job protocol shared by every engine job: progress events, a cancel token, and the callable shape.

A job is ``job(progress, cancel) -> result``: it calls ``progress(event)`` with small, picklable, Qt-free
events and checks ``cancel`` between batches. It never prints; the CLI and the GUI decide how to show it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol

from rnnlab.engine.errors import JobCancelled


@dataclass(kw_only=True)
class Progress:
    """Base of every progress event: how far the job is (0..1) and a short status line."""

    fraction: float
    message: str = ""
    at_most: bool = False
    """True when ``fraction`` is the share of a limit the job may stop well before (a time budget): the time left it
    implies is an upper bound, not an estimate."""
    notice: str = ""
    """A line to keep in view, not replaced by the next event's message (what a long run will cost)."""


ProgressFn = Callable[[Progress], None]


class CancelToken:
    """A thread-safe flag the caller sets and the job polls between batches."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise JobCancelled if cancel() was called; jobs call this between batches."""
        if self._event.is_set():
            raise JobCancelled()


class Job(Protocol):
    """What the runner (GUI) and the CLI call: a job bound to its configuration."""

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any: ...


@dataclass(frozen=True)
class FileWritten:
    """What every job that writes a file returns: ``what`` it wrote ("model", "predictions", "chart", "arrays",
    "alignment"), the ``path``, a ``detail`` a status line may add ("LSTM (step 40)"), and the ``source`` object whose
    contents went there (the model saved), so a session can tell whether the one it holds now is the one saved."""

    what: str
    path: Path
    detail: str = ""
    source: object = None


def ignore_progress(event: Progress) -> None:
    """A progress callback that drops every event, for tests and scripted use."""
