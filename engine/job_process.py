"""Run a job in a job process: the one way the app moves work out of its own process.

A thread beside the GUI shares Python's interpreter lock with it: while the GUI draws, a training thread waits, and
while a C loop of the job holds the lock (pandas parsing a big file), the window freezes. A job process has its
own interpreter and lock; only the job, its progress events and its outcome cross, pickled, through two pipes (a big
outcome's arrays through shared memory: ``engine.mapped_result``).

Who decides what runs apart: the GUI wraps a whole job in :class:`InJobProcess` where it would run beside live
drawing (gradient-flow training, the pad's retraining); the engine calls :func:`run_in_job_process` for a part of a
job that holds the lock in long C loops (parsing a big CSV). The GUI's one ``JobRunner`` runs either like any job.

Job processes are spawned (forking a process with Qt and torch threads is unsafe), warmed up before they are needed
(``prestart``), kept for the next job once one ends (a fresh one must import torch first), end with the app even
when it ends abruptly, and are replaced when one dies. ``run_in_job_process`` keeps the job protocol: the caller's
``progress`` gets every event in order, its ``cancel`` stops the job, and the job's result or error is returned or
raised in the caller as if the job had run there.
"""

from __future__ import annotations

import contextlib
import io
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
from rnnlab.engine.mapped_result import MappedResult
from rnnlab.engine.translations import translatable

log = logging.getLogger("rnnlab")

MAX_IDLE = 2
"""Job processes kept waiting for work at most; one more that finishes a job is closed."""
POLL_S = 0.1
"""How often the caller looks at its cancel token and the process's health while it waits for events."""
STOP_WITHIN_S = 8.0
"""By default, a process whose job has not stopped this long after a cancel is ended (and replaced next time);
shorter than the 10 s the window waits for its jobs when it closes."""
UNSTARTED_STOP_S = 0.3
"""A cancelled job that has not started yet (its process still starting or warming up) ends its process this soon."""


@dataclass
class InJobProcess:
    """A job that runs ``job`` in a job process (``job``, its events and what it returns must pickle)."""

    job: Job

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any:
        """Run the wrapped job apart; see :func:`run_in_job_process`."""
        return run_in_job_process(self.job, progress, cancel)


def run_in_job_process(job: Job, progress: ProgressFn, cancel: CancelToken,
                       stop_within_s: float = STOP_WITHIN_S) -> Any:
    """Run ``job`` in an idle job process (a new one if none waits) and return its result.

    Every event the job reports reaches ``progress`` here, in order, before this returns. ``cancel`` is passed on;
    a process whose job has not stopped ``stop_within_s`` after it is ended (a job that never polls its token, such
    as one long pandas call, passes a short time), and one whose job has not started yet at once. The job's errors
    are raised here, an unexpected one with the process's traceback as a note; a process that dies mid-job raises
    an :class:`EngineError` saying how it ended. Where no process can be started, or one ends before it ever runs
    a job, the job runs in the calling thread (logged): slower beside a busy window, never lost.
    """
    try:
        process = _take()
    except (OSError, RuntimeError, EngineError) as exc:
        log.warning("No job process could be started (%s); running the job in this process.", exc)
        return job(progress, cancel)
    try:
        return process.run(job, progress, cancel, stop_within_s)
    except _NeverServed as exc:
        log.warning("A job process ended before it ran any job (%s); running the job in this process.", exc)
        return job(progress, cancel)
    finally:
        _give_back(process)


def prestart(warm_up: Job) -> None:
    """Have a job process ready and warmed up before the next job: ``warm_up`` (a small job whose result is
    dropped) imports and initialises what a real job will need. Every process runs each warm-up asked for so far
    before its next job; if none is waiting or starting, one starts now, in the background."""
    global _STARTING
    payload = pickle.dumps(warm_up)
    with _LOCK:
        if payload in _WARM_UPS:
            return
        _WARM_UPS.append(payload)
        idle = list(_IDLE)
        start_one = not _STARTING and not any(process.alive for process in idle)
        _STARTING = _STARTING or start_one
    for process in idle:
        process.warm_pending()
    if not start_one:
        return

    def start() -> None:
        global _STARTING
        try:
            process = _JobProcess()
        except (OSError, RuntimeError, EngineError) as exc:
            log.warning("Could not start a job process: %s", exc)
        else:
            _give_back(process)
        finally:
            with _LOCK:
                _STARTING = False

    threading.Thread(target=start, name="job-process-prestart", daemon=True).start()


def idle_pids() -> list[int]:
    """The process ids of the job processes waiting for work (for tests and diagnostics)."""
    with _LOCK:
        return [pid for process in _IDLE if (pid := process.process.pid) is not None]


_IDLE: list["_JobProcess"] = []
_WARM_UPS: list[bytes] = []
_STARTING = False
_LOCK = threading.Lock()


class _NeverServed(Exception):
    """A job process ended on its own before it started any job: processes cannot run here."""


def _take() -> "_JobProcess":
    """An idle, live job process, or a new one (the dead and the unusable are closed)."""
    stale = []
    with _LOCK:
        while _IDLE:
            process = _IDLE.pop()
            if process.usable and process.alive:
                break
            stale.append(process)
        else:
            process = None
    for old in stale:
        old.close()
    return process if process is not None else _JobProcess()


def _give_back(process: "_JobProcess") -> None:
    """Keep ``process`` for the next job (with the warm-ups asked for meanwhile), or close it."""
    if process.usable:
        process.warm_pending()
    with _LOCK:
        if process.usable and len(_IDLE) < MAX_IDLE:
            _IDLE.append(process)
            return
    process.close()


class _JobProcess:
    """One spawned process and the two one-way pipes to it; runs one caller's job at a time."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        inbox, self._outbox = context.Pipe(duplex=False)
        self._replies, reply_end = context.Pipe(duplex=False)
        self.process = context.Process(target=_serve, args=(inbox, reply_end), name="rnnlab-job", daemon=True)
        try:
            self.process.start()
        except BaseException:
            self._outbox.close()
            self._replies.close()
            raise
        finally:
            inbox.close()
            reply_end.close()
        self._send_lock = threading.Lock()
        self._run_id = 0
        self.usable = True
        self.served = False
        self.warmed: set[bytes] = set()
        self.warm_pending()

    @property
    def alive(self) -> bool:
        """True while the process runs."""
        return self.process.is_alive()

    def warm_pending(self) -> None:
        """Send the warm-ups this process has not run yet; they run before its next job. A dead process is
        closed (and not reused)."""
        with _LOCK:
            pending = [payload for payload in _WARM_UPS if payload not in self.warmed]
        for payload in pending:
            try:
                self._send("warm", 0, payload)
            except EngineError:
                return
            self.warmed.add(payload)

    def run(self, job: Job, progress: ProgressFn, cancel: CancelToken, stop_within_s: float) -> Any:
        """Send ``job``, relay its events to ``progress`` until its outcome arrives, and return or raise it. The
        process is reused only after an outcome that leaves it sound (nothing of this run is left in the pipe)."""
        payload = pickle.dumps(job)
        self._run_id += 1
        run_id = self._run_id
        self.usable = False
        self._send("run", run_id, payload)
        started, cancelled_at = False, None
        while True:
            if cancel.cancelled and cancelled_at is None:
                cancelled_at = time.monotonic()
                self._send("cancel", run_id, b"")
            if cancelled_at is not None and time.monotonic() - cancelled_at > (
                    stop_within_s if started else UNSTARTED_STOP_S):
                self.close()
                raise JobCancelled()
            try:
                message = self._receive()
            except EngineError as exc:
                if not self.served:
                    raise _NeverServed(str(exc)) from None
                raise
            if message is None:
                continue
            kind, value = message
            if kind == "log":
                log.warning("In a job process: %s", value)
            elif kind == "started":
                started = self.served = True
            elif kind == "progress":
                progress(value)
            else:
                self.usable = kind in ("done", "cancelled", "failed")
                if kind == "done":
                    return value.unpack() if isinstance(value, MappedResult) else value
                if kind == "cancelled":
                    raise JobCancelled()
                raise value

    def _send(self, kind: str, run_id: int, payload: bytes) -> None:
        """One message to the process (one sender at a time: a warm-up and a job may be sent from two threads)."""
        try:
            with self._send_lock:
                self._outbox.send((kind, run_id, payload))
        except OSError:
            raise self._died() from None

    def _receive(self) -> tuple[str, Any] | None:
        """The process's next message, or None if none came within ``POLL_S``; raises if the process died."""
        try:
            if not self._replies.poll(POLL_S):
                if self.alive:
                    return None
                raise EOFError
            kind, _run_id, value = self._replies.recv()
        except (EOFError, OSError):
            raise self._died() from None
        return kind, value

    def _died(self) -> EngineError:
        """Close what is left of a process that ended on its own, and the error that says how it ended."""
        self.close()
        code = self.process.exitcode
        if code is not None and code < 0:
            return EngineError(translatable("Engine", "The process running the job was ended by the system (signal "
                                                      "{code}), perhaps for lack of memory. Try again; if it happens "
                                                      "again, try a smaller run."), code=-code)
        return EngineError(translatable("Engine", "The process running the job stopped unexpectedly (exit code "
                                                  "{code}). Details are in the log."), code=code)

    def close(self) -> None:
        """End the process (it is not reused)."""
        self.usable = False
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self._outbox.close()
        self._replies.close()


def _serve(inbox: Connection, replies: Connection) -> None:
    """The job process's main loop: run the warm-ups and jobs that arrive, one at a time, sending each job's start,
    events and outcome back. A reader thread takes the messages, so a cancel reaches a job while it runs."""
    _end_with_parent()
    sys.stdout = sys.stdout or io.StringIO()
    sys.stderr = sys.stderr or io.StringIO()
    work: queue.SimpleQueue[tuple[str, int, Any, CancelToken | None] | None] = queue.SimpleQueue()
    tokens: dict[int, CancelToken] = {}

    def read() -> None:
        while True:
            try:
                kind, run_id, payload = inbox.recv()
            except (EOFError, OSError):
                work.put(None)
                return
            if kind == "cancel":
                if run_id in tokens:
                    tokens[run_id].cancel()
                continue
            token = tokens.setdefault(run_id, CancelToken()) if kind == "run" else None
            work.put((kind, run_id, payload, token))

    threading.Thread(target=read, name="job-inbox", daemon=True).start()
    try:
        while (item := work.get()) is not None:
            kind, run_id, payload, token = item
            if kind == "warm":
                problem = _warm_up(payload)
                if problem:
                    replies.send(("log", 0, problem))
                continue
            assert token is not None, "every run is given its cancel token by the reader"
            replies.send(("started", run_id, None))
            _send_outcome(replies, _outcome(run_id, payload, replies, token))
            tokens.pop(run_id, None)
    except BaseException:
        with contextlib.suppress(Exception):
            replies.send(("log", 0, f"The job process failed:\n{traceback.format_exc()}"))
        raise


def _outcome(run_id: int, payload: bytes, replies: Connection, cancel: CancelToken) -> tuple[str, int, Any]:
    """Run one pickled job; the message that ends it: done, cancelled, failed (the job's own ``EngineError``: the
    process stays usable) or broken (out of memory, or an unexpected error: the process is not reused)."""

    def progress(event: Any) -> None:
        replies.send(("progress", run_id, event))

    try:
        job = pickle.loads(payload)
        _configure_process()
        return "done", run_id, job(progress, cancel)
    except JobCancelled:
        return "cancelled", run_id, None
    except MemoryError:
        return "broken", run_id, EngineError(translatable("Engine", "The job ran out of memory. Try a smaller model "
                                                                    "or less data."))
    except EngineError as exc:
        return "failed", run_id, _picklable(exc)
    except Exception as exc:  # noqa: BLE001 - the caller raises it, so any error reaches the user as before
        exc.add_note(f"In the job process:\n{traceback.format_exc()}")
        return "broken", run_id, _picklable(exc)


def _send_outcome(replies: Connection, outcome: tuple[str, int, Any]) -> None:
    """Send a job's last message (a big result mapped: ``MappedResult``); a result that cannot be pickled is sent
    as the error that says so."""
    kind, run_id, value = outcome
    try:
        replies.send((kind, run_id, MappedResult.pack(value) if kind == "done" else value))
    except Exception as exc:  # noqa: BLE001 - pickling a result can fail in any way its classes allow
        error = RuntimeError(f"The job's result could not be sent back: {type(exc).__name__}: {exc}")
        error.add_note(f"In the job process:\n{traceback.format_exc()}")
        replies.send(("broken", outcome[1], error))


def _picklable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling, else an error of the same family with its text and notes."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any failure to pickle means: send the text instead
        kind = EngineError if isinstance(exc, EngineError) else RuntimeError
        stand_in = kind(f"{type(exc).__name__}: {exc}")
        for note in getattr(exc, "__notes__", []):
            stand_in.add_note(note)
        return stand_in
    return exc


def _warm_up(payload: bytes) -> str | None:
    """Run a warm-up job; it only prepares the process, so a failure is reported to the app's log (the next job
    pays the cost it would have saved) and nothing else happens."""
    try:
        job = pickle.loads(payload)
        _configure_process()
        job(ignore_progress, CancelToken())
    except Exception:  # noqa: BLE001 - a failed warm-up leaves the real job to report the problem
        return f"A warm-up failed (the next job pays its cost):\n{traceback.format_exc()}"
    return None


def _configure_process() -> None:
    """The process-wide torch settings every job expects (``runtime.configure_torch``), once torch is in: the jobs
    that train import it at module level, so unpickling the job brought it in."""
    if "torch" in sys.modules:
        from rnnlab.engine.runtime import configure_torch

        configure_torch()


def _end_with_parent() -> None:
    """End this process as soon as the app's process is gone (the GUI ends with ``os._exit``, which runs no
    clean-up, and a process blocked on its pipe would otherwise live on)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
