"""Run a job in a helper process: the one way the app moves work out of its own process.

A thread beside the GUI shares Python's interpreter lock with it: while the GUI draws, a training thread waits, and
while a C loop of the job holds the lock (pandas parsing a big file), the window freezes. A helper process has its
own interpreter and lock; only the job, its progress events and its outcome cross, pickled, through two pipes.

Helpers are spawned (forking a process with Qt and torch threads is unsafe), kept for the next job once one ends
(a fresh one pays 2-3 s to import torch), end with the app even when it ends abruptly, and are replaced when one
dies. ``run_in_helper`` keeps the job protocol: the caller's ``progress`` gets every event in order, its ``cancel``
stops the job, and the job's result or error is returned or raised in the caller as if the job had run there.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import queue
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from rnnlab.engine.errors import EngineError, JobCancelled
from rnnlab.engine.jobs import CancelToken, Job, ProgressFn, ignore_progress

log = logging.getLogger("rnnlab")

MAX_IDLE = 2
"""Helpers kept waiting for work at most; one more that finishes a job is closed."""
POLL_S = 0.1
"""How often the caller looks at its cancel token and the helper's health while it waits for events."""
STOP_WITHIN_S = 10.0
"""By default, a helper that has not stopped this long after a cancel is killed (and replaced next time)."""


@dataclass
class InHelperProcess:
    """A job that runs ``job`` in a helper process (``job`` and what it returns must pickle)."""

    job: Job

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any:
        """Run the wrapped job apart; see :func:`run_in_helper`."""
        return run_in_helper(self.job, progress, cancel)


def run_in_helper(job: Job, progress: ProgressFn, cancel: CancelToken, stop_within_s: float = STOP_WITHIN_S) -> Any:
    """Run ``job`` in an idle helper process (a new one if none waits) and return its result.

    Every event the job reports reaches ``progress`` here, in order, before this returns; ``cancel`` is passed on,
    and a helper that has not stopped ``stop_within_s`` after it is killed (a job that never polls its token, such
    as one long pandas call, passes a short time); the job's exceptions are raised here, an unexpected one with the
    helper's traceback as a note. A helper that dies raises an :class:`EngineError` saying so. Where no process
    can be started at all, the job runs in the calling thread (logged): slower beside a busy window, never lost.
    """
    try:
        helper = _take_helper()
    except (OSError, RuntimeError) as exc:
        log.warning("No helper process could be started (%s); running the job in this process.", exc)
        return job(progress, cancel)
    try:
        result = helper.run(job, progress, cancel, stop_within_s)
    finally:
        _give_back(helper)
    return result


def prestart(warm_up: Job) -> None:
    """Have a helper ready, warmed up, before the next job: ``warm_up`` (a small job whose result is dropped)
    imports and initialises what a real job will need. Every helper runs each warm-up asked for so far when it
    starts; one waiting already runs the new warm-up now; if none waits or is starting, one starts in the
    background."""
    global _STARTING
    with _POOL_LOCK:
        if warm_up in _WARM_UPS:
            return
        _WARM_UPS.append(warm_up)
        for helper in _IDLE:
            try:
                helper.warm(warm_up)
            except EngineError:
                continue
        if _IDLE or _STARTING:
            return
        _STARTING = True

    def start() -> None:
        global _STARTING
        try:
            helper = _Helper()
        except (OSError, RuntimeError, EngineError) as exc:
            log.warning("Could not start a helper process: %s", exc)
        else:
            _give_back(helper)
        finally:
            with _POOL_LOCK:
                _STARTING = False

    threading.Thread(target=start, name="helper-prestart", daemon=True).start()


def helper_pids() -> list[int]:
    """The process ids of the helpers waiting for work (for tests and diagnostics)."""
    with _POOL_LOCK:
        return [helper.process.pid for helper in _IDLE]


_IDLE: list["_Helper"] = []
_WARM_UPS: list[Job] = []
_STARTING = False
_POOL_LOCK = threading.Lock()


def _take_helper() -> "_Helper":
    with _POOL_LOCK:
        while _IDLE:
            helper = _IDLE.pop()
            if helper.usable and helper.process.is_alive():
                return helper
            helper.close()
    return _Helper()


def _give_back(helper: "_Helper") -> None:
    with _POOL_LOCK:
        if helper.usable and len(_IDLE) < MAX_IDLE:
            _IDLE.append(helper)
            return
    helper.close()


class _Helper:
    """One spawned helper process and the two one-way pipes to it; used by one caller at a time."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        inbox, self._outbox = context.Pipe(duplex=False)
        self._replies, reply_end = context.Pipe(duplex=False)
        self.process = context.Process(target=_serve, args=(inbox, reply_end), name="rnnlab-helper", daemon=True)
        self.process.start()
        inbox.close()
        reply_end.close()
        self._run_id = 0
        self.usable = True
        with _POOL_LOCK:
            warm_ups = list(_WARM_UPS)
        for warm_up in warm_ups:
            self.warm(warm_up)

    def warm(self, job: Job) -> None:
        """Queue ``job`` to run before the next job, its progress and outcome dropped."""
        self._send("warm", 0, pickle.dumps(job))

    def run(self, job: Job, progress: ProgressFn, cancel: CancelToken, stop_within_s: float) -> Any:
        """Send ``job``, relay its events to ``progress`` until its outcome arrives, and return or raise it. The
        helper stays usable only if the outcome arrived (nothing of this run is left in the pipe)."""
        self._run_id += 1
        run_id = self._run_id
        payload = pickle.dumps(job)
        self.usable = False
        self._send("run", run_id, payload)
        cancelled_at: float | None = None
        while True:
            if cancel.cancelled and cancelled_at is None:
                cancelled_at = time.monotonic()
                self._send("cancel", run_id, b"")
            if cancelled_at is not None and time.monotonic() - cancelled_at > stop_within_s:
                self.close()
                raise JobCancelled()
            message = self._receive()
            if message is None:
                continue
            kind, value = message
            if kind == "progress":
                progress(value)
                continue
            self.usable = True
            if kind == "done":
                return value
            if kind == "cancelled":
                raise JobCancelled()
            raise value

    def _send(self, kind: str, run_id: int, payload: bytes) -> None:
        try:
            self._outbox.send((kind, run_id, payload))
        except OSError:
            raise self._died() from None

    def _receive(self) -> tuple[str, Any] | None:
        """The helper's next message, or None if none came within ``POLL_S``; raises if the helper died."""
        try:
            if not self._replies.poll(POLL_S):
                if self.process.is_alive():
                    return None
                raise EOFError
            kind, _run_id, value = self._replies.recv()
        except (EOFError, OSError):
            raise self._died() from None
        return kind, value

    def _died(self) -> EngineError:
        """Close what is left of a helper that ended on its own, and the error that says so."""
        self.close()
        return EngineError(f"The helper process running the job stopped unexpectedly (exit code "
                           f"{self.process.exitcode}); it may have run out of memory. Try again, or a smaller run.")

    def close(self) -> None:
        """End the helper (it is not reused)."""
        self.usable = False
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self._outbox.close()
        self._replies.close()


def _serve(inbox: Connection, replies: Connection) -> None:
    """The helper's main loop: run the jobs that arrive, one at a time, sending their events and outcome back.

    A reader thread takes the messages, so a cancel reaches a job while it runs; the job runs on the main thread.
    """
    _end_with_parent()
    work: queue.SimpleQueue = queue.SimpleQueue()
    tokens: dict[int, CancelToken] = {}

    def read() -> None:
        while True:
            try:
                kind, run_id, payload = inbox.recv()
            except (EOFError, OSError):
                work.put(None)
                return
            if kind == "cancel":
                token = tokens.get(run_id)
                if token is not None:
                    token.cancel()
                continue
            tokens[run_id] = CancelToken()
            work.put((kind, run_id, payload, tokens[run_id]))

    threading.Thread(target=read, name="helper-inbox", daemon=True).start()
    while (item := work.get()) is not None:
        kind, run_id, payload, token = item
        if kind == "warm":
            _warm_up(payload)
        else:
            _send_outcome(replies, _outcome(run_id, payload, replies, token))
        tokens.pop(run_id, None)


def _outcome(run_id: int, payload: bytes, replies: Connection, cancel: CancelToken) -> tuple[str, int, Any]:
    """Run one pickled job and return the message that ends it: done, cancelled or failed (a picklable error)."""

    def progress(event: Any) -> None:
        replies.send(("progress", run_id, event))

    try:
        job = pickle.loads(payload)
        _configure_process()
        return "done", run_id, job(progress, cancel)
    except JobCancelled:
        return "cancelled", run_id, None
    except MemoryError:
        return "failed", run_id, EngineError("The job ran out of memory. Try a smaller model or less data.")
    except Exception as exc:  # noqa: BLE001 - the caller raises it, so any error reaches the user as before
        if not isinstance(exc, EngineError):
            exc.add_note(f"In the helper process:\n{traceback.format_exc()}")
        return "failed", run_id, _picklable(exc)


def _send_outcome(replies: Connection, outcome: tuple[str, int, Any]) -> None:
    """Send a job's last message; a result that cannot be pickled is sent as the error that says so."""
    try:
        replies.send(outcome)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        replies.send(("failed", outcome[1], RuntimeError(f"The job's result could not be sent back: {exc}")))


def _picklable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling, else an error of the same family with its text."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any failure to pickle means: send the text instead
        kind = EngineError if isinstance(exc, EngineError) else RuntimeError
        return kind(f"{type(exc).__name__}: {exc}")
    return exc


def _warm_up(payload: bytes) -> None:
    """Run a warm-up job; it only prepares the process, so a failure is logged and forgotten."""
    try:
        pickle.loads(payload)(ignore_progress, CancelToken())
        _configure_process()
    except Exception:  # noqa: BLE001 - a failed warm-up leaves the real job to report the problem
        log.warning("A helper's warm-up failed:\n%s", traceback.format_exc())


def _configure_process() -> None:
    """The process-wide torch settings every job expects (``runtime.configure_torch``), once torch is in."""
    if "torch" in sys.modules:
        from rnnlab.engine.runtime import configure_torch

        configure_torch()


def _end_with_parent() -> None:
    """End this process as soon as the app's process is gone (the GUI ends with ``os._exit``, which runs no
    clean-up, and a helper blocked on its pipe would otherwise live on)."""
    parent = multiprocessing.parent_process()

    def watch() -> None:
        parent.join()
        os._exit(0)

    if parent is not None:
        threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
