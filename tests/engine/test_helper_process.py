"""Jobs run in a helper process as if they ran in the caller: events in order, results, errors, cancel, death."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

import numpy as np
import pytest

from rnnlab.engine import helper_process
from rnnlab.engine.errors import EngineError, InputError, JobCancelled, TrainingDiverged
from rnnlab.engine.helper_process import InHelperProcess, run_in_helper
from rnnlab.engine.jobs import CancelToken, Progress


@dataclass
class Counting:
    """Reports ``count`` events, then returns its process id and the payload it was given."""

    count: int
    payload: object = None

    def __call__(self, progress, cancel):
        for i in range(self.count):
            progress(Progress(fraction=i / self.count, message=f"event {i}"))
        return os.getpid(), self.payload


@dataclass
class Raising:
    """Raises ``error``."""

    error: Exception

    def __call__(self, progress, cancel):
        raise self.error


@dataclass
class PollsCancel:
    """Runs until cancelled, polling its token, after one event saying it started."""

    def __call__(self, progress, cancel):
        progress(Progress(fraction=0.0, message="started"))
        while True:
            cancel.raise_if_cancelled()
            time.sleep(0.01)


@dataclass
class NeverPolls:
    """Sleeps for a minute after one event, never looking at its token (a long C call)."""

    def __call__(self, progress, cancel):
        progress(Progress(fraction=0.0, message="started"))
        time.sleep(60)


@dataclass
class Dies:
    """Ends its process abruptly, as the system's out-of-memory killer would."""

    def __call__(self, progress, cancel):
        os._exit(9)


@dataclass
class ReturnsUnpicklable:
    def __call__(self, progress, cancel):
        return threading.Lock()


def cancel_after_first_event() -> tuple[CancelToken, list, object]:
    """A token, the events received, and a progress function that cancels the token when the first event arrives."""
    token, events = CancelToken(), []

    def progress(event):
        events.append(event)
        token.cancel()

    return token, events, progress


def test_events_arrive_in_order_and_the_result_comes_back_from_another_process():
    events: list[Progress] = []
    pid, payload = run_in_helper(Counting(500, {"x": np.arange(5)}), events.append, CancelToken())
    assert pid != os.getpid()
    assert [e.message for e in events] == [f"event {i}" for i in range(500)]
    assert np.array_equal(payload["x"], np.arange(5))
    assert InHelperProcess(Counting(0))(events.append, CancelToken())[0] == pid, "the idle helper is used again"


def test_the_jobs_errors_are_raised_in_the_caller():
    with pytest.raises(InputError, match="bad file"):
        run_in_helper(Raising(InputError("bad file")), lambda e: None, CancelToken())
    with pytest.raises(TrainingDiverged) as diverged:
        run_in_helper(Raising(TrainingDiverged("NaN at step 3", partial={"losses": [1.0, 2.0]})), lambda e: None,
                      CancelToken())
    assert diverged.value.partial == {"losses": [1.0, 2.0]}
    with pytest.raises(ZeroDivisionError) as unexpected:
        run_in_helper(Raising(ZeroDivisionError("oops")), lambda e: None, CancelToken())
    assert "In the helper process" in unexpected.value.__notes__[0] and "raise self.error" in unexpected.value.__notes__[0]
    with pytest.raises(RuntimeError, match="could not be sent back"):
        run_in_helper(ReturnsUnpicklable(), lambda e: None, CancelToken())
    assert run_in_helper(Counting(1), lambda e: None, CancelToken())[0] != os.getpid()


def test_a_cancel_reaches_the_job_and_the_helper_serves_again():
    pid = run_in_helper(Counting(0), lambda e: None, CancelToken())[0]
    token, events, progress = cancel_after_first_event()
    with pytest.raises(JobCancelled):
        run_in_helper(PollsCancel(), progress, token)
    assert [e.message for e in events] == ["started"]
    assert run_in_helper(Counting(0), lambda e: None, CancelToken())[0] == pid


def test_a_job_that_never_polls_is_stopped_by_ending_its_helper():
    token = CancelToken()
    start = time.monotonic()
    with pytest.raises(JobCancelled):
        run_in_helper(NeverPolls(), lambda e: token.cancel(), token, stop_within_s=0.5)
    assert time.monotonic() - start < 10
    assert run_in_helper(Counting(1), lambda e: None, CancelToken())[0] != os.getpid(), "a new helper took over"


def test_a_helper_that_dies_is_reported_and_replaced():
    with pytest.raises(EngineError, match="stopped unexpectedly"):
        run_in_helper(Dies(), lambda e: None, CancelToken())
    assert run_in_helper(Counting(2), lambda e: None, CancelToken())[0] != os.getpid()


def test_prestart_leaves_one_helper_waiting():
    helper_process.prestart(Counting(3))
    helper_process.prestart(Counting(3))
    deadline = time.monotonic() + 60
    while not helper_process.helper_pids() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert 1 <= len(helper_process.helper_pids()) <= helper_process.MAX_IDLE


def test_where_no_process_can_start_the_job_runs_here(monkeypatch, caplog):
    def cannot_start(self):
        raise OSError("process creation is not allowed")

    monkeypatch.setattr(helper_process, "_IDLE", [])
    monkeypatch.setattr(helper_process._Helper, "__init__", cannot_start)
    events = []
    assert run_in_helper(Counting(3), events.append, CancelToken())[0] == os.getpid()
    assert len(events) == 3 and "running the job in this process" in caplog.text
