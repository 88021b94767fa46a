"""The one background-job mechanism of the GUI: run an engine job on a QThread, report back as signals.

A ``JobRunner`` lives in the GUI thread and owns both the worker QObject and its QThread (Python references
kept, no deleteLater: mixing the two was seen to segfault). The job's progress events are batched and emitted at most
``max_rate`` times a second, so a job may call ``progress`` every step without flooding the GUI; nothing
is dropped, the tab receives a list of events. The outcome is announced from ``QThread.finished``, after the
thread has stopped, so "idle" always means no thread is running. A job wrapped in ``engine.job_process.InJobProcess``
runs in a job process instead; the worker thread then only relays its events and outcome.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from rnnlab.engine.errors import EngineError, JobCancelled
from rnnlab.engine.jobs import CancelToken, Job, Progress
from rnnlab.gui.i18n import engine_text, filled, translate

log = logging.getLogger("rnnlab")


class _Worker(QObject):
    """Runs one job in the worker thread and stores its outcome for the runner to read after the thread ends.

    Events are batched: the worker sends what has gathered once the interval has passed since the last batch (the
    leading edge), and the runner's timer collects what has waited longer than that while the job is quiet (the
    trailing edge). Both go through the queued ``batch`` signal, so batches arrive in the order they were taken.
    """

    batch = Signal(int, object)

    def __init__(self, run_id: int, job: Job, cancel: CancelToken, min_interval: float) -> None:
        super().__init__()
        self._run_id = run_id
        self._job = job
        self._cancel = cancel
        self._min_interval = min_interval
        self._lock = threading.Lock()
        self._pending: list[Progress] = []
        self._last_emit = 0.0
        self.outcome: tuple[str, Any] = ("failed", translate("job_runner", "The job did not run."))

    def _progress(self, item: Progress) -> None:
        with self._lock:
            self._pending.append(item)
            if time.monotonic() - self._last_emit >= self._min_interval:
                self._send_pending()

    def _flush(self) -> None:
        with self._lock:
            self._send_pending()

    def flush_stale(self) -> None:
        """Called by the runner's timer in the GUI thread: send what has waited a whole interval, so the last event
        before a quiet stretch of the job (an evaluation, a save) is not held back until the job speaks again."""
        with self._lock:
            if time.monotonic() - self._last_emit >= self._min_interval:
                self._send_pending()

    def _send_pending(self) -> None:
        """Send the gathered events as one batch; the caller holds the lock, so batches leave in order."""
        if self._pending:
            events, self._pending = self._pending, []
            self._last_emit = time.monotonic()
            self.batch.emit(self._run_id, events)

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress, self._cancel)
        except JobCancelled:
            self.outcome = ("cancelled", None)
        except EngineError as exc:
            self.outcome = ("failed", exc.message)
        except MemoryError:
            log.exception("Job ran out of memory")
            self.outcome = ("failed", translate("job_runner",
                                                "The job ran out of memory. Try a smaller model or less data."))
        except Exception as exc:  # noqa: BLE001 - any bug must reach the user as a message, not a crash
            log.error("Job failed with an unexpected error:\n%s", traceback.format_exc())
            self.outcome = ("failed", filled(translate("job_runner",
                                                       "Unexpected error: {name__}: {exc}. Details are in the log."),
                                             name__=type(exc).__name__, exc=exc))
        else:
            self.outcome = ("finished", result)
        finally:
            self._flush()
            self.thread().quit()


class JobRunner(QObject):
    """Runs one engine job at a time in the background and reports on the GUI thread.

    Signals: ``started``; ``progress(list_of_events)``; ``finished(result)``, ``failed(message)`` or
    ``cancelled`` once the thread has stopped; then ``idle``. The caller says at ``start`` what to do with the job's
    result (``on_finished``), so a runner that runs several kinds of job needs no dispatch on the result's type; the
    handler runs right after ``finished`` (so what it shows has the last word over the generic "Done") and before
    ``idle``.
    """

    started = Signal()
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_rate: float = 30.0) -> None:
        super().__init__(parent)
        self._min_interval = 1.0 / max_rate if max_rate > 0 else 0.0
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._cancel: CancelToken | None = None
        self._on_finished: Callable[[Any], None] | None = None
        self._run_id = 0
        self._stale_timer = QTimer(self, interval=max(1, round(self._min_interval * 1000)))
        self._stale_timer.timeout.connect(self._on_stale_timer_timeout)
        self.started_at = 0.0

    @property
    def busy(self) -> bool:
        """True from start() until the thread has stopped and the outcome was announced."""
        return self._thread is not None

    def start(self, job: Job, on_finished: Callable[[Any], None] | None = None) -> bool:
        """Start ``job`` in a new thread, to call ``on_finished(result)`` on the GUI thread if it finishes; returns
        False (and does nothing) if a job is still running."""
        if self.busy:
            return False
        self._on_finished = on_finished
        self._run_id += 1
        self._cancel = CancelToken()
        self._thread = QThread()
        self._worker = _Worker(self._run_id, job, self._cancel, self._min_interval)
        self._worker.moveToThread(self._thread)
        self._worker.batch.connect(self._on_worker_batch, Qt.ConnectionType.QueuedConnection)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._on_thread_finished)
        self.started_at = time.monotonic()
        self._thread.start()
        self._stale_timer.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Ask the running job to stop at its next check; the outcome arrives as ``cancelled``."""
        if self._cancel is not None:
            self._cancel.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel and join the thread (used when the window closes); True if it stopped in time."""
        if self._thread is None:
            return True
        self.cancel()
        stopped = self._thread.wait(timeout_ms)
        if stopped:
            self._on_thread_finished()
        return stopped

    def _on_stale_timer_timeout(self) -> None:
        if self._worker is not None:
            self._worker.flush_stale()

    @Slot(int, object)
    def _on_worker_batch(self, run_id: int, events: list) -> None:
        if run_id == self._run_id and self._thread is not None:
            self.progress.emit(events)

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is None or self._worker is None or self._thread.isRunning():
            return
        self._stale_timer.stop()
        kind, value = self._worker.outcome
        handler, self._on_finished = self._on_finished, None
        self._thread = None
        self._worker = None
        self._cancel = None
        if kind == "finished":
            self.finished.emit(value)
            if handler is not None:
                handler(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(engine_text(value))
        self.idle.emit()
