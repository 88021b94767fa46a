"""Jobs run in a job process as if they ran in the caller: events in order, results, errors, cancel, death."""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from rnnlab.engine import job_process
from rnnlab.engine.errors import EngineError, InputError, JobCancelled, TrainingDiverged
from rnnlab.engine.job_process import InJobProcess, run_in_job_process
from rnnlab.engine.jobs import CancelToken, Progress
from rnnlab.engine.mapped_result import MappedResult


@pytest.fixture(autouse=True)
def own_pool(monkeypatch):
    """Each test starts with no idle process and no warm-up, and closes what it leaves (after a process started
    in the background has joined the pool)."""
    monkeypatch.setattr(job_process, "_IDLE", [])
    monkeypatch.setattr(job_process, "_WARM_UPS", [])
    yield
    deadline = time.monotonic() + 30
    while job_process._STARTING and time.monotonic() < deadline:
        time.sleep(0.05)
    for process in job_process._IDLE:
        process.close()


def nothing(event) -> None:
    """A progress function that drops every event."""


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


class TwoArgumentError(Exception):
    """An exception that does not survive pickling (its ``__init__`` wants two arguments)."""

    def __init__(self, a, b):
        super().__init__(f"{a}{b}")


@dataclass
class RaisesUnpicklable:
    def __call__(self, progress, cancel):
        raise TwoArgumentError(1, 2)


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
class Sleeps:
    """A slow warm-up: sleeps ``seconds``."""

    seconds: float

    def __call__(self, progress, cancel):
        time.sleep(self.seconds)


@dataclass
class Marks:
    """A warm-up that writes its process id to ``path``."""

    path: str

    def __call__(self, progress, cancel):
        Path(self.path).write_text(str(os.getpid()))


@dataclass
class Dies:
    """Ends its process abruptly, as the system's out-of-memory killer would."""

    def __call__(self, progress, cancel):
        os._exit(9)


class Unsendable:
    def __reduce__(self):
        raise ValueError("no way to pickle this")


@dataclass
class ReturnsUnsendable:
    def __call__(self, progress, cancel):
        return Unsendable()


@dataclass
class ReturnsLock:
    def __call__(self, progress, cancel):
        return threading.Lock()


def test_events_arrive_in_order_and_the_result_comes_back_from_another_process():
    events: list[Progress] = []
    pid, payload = run_in_job_process(Counting(500, {"x": np.arange(5)}), events.append, CancelToken())
    assert pid != os.getpid()
    assert [e.message for e in events] == [f"event {i}" for i in range(500)]
    assert np.array_equal(payload["x"], np.arange(5))
    assert job_process.idle_pids() == [pid]
    assert InJobProcess(Counting(0))(events.append, CancelToken())[0] == pid, "the idle process is used again"


def test_the_jobs_errors_are_raised_in_the_caller_and_its_own_errors_keep_the_process():
    pid = run_in_job_process(Counting(0), nothing, CancelToken())[0]
    with pytest.raises(InputError, match="bad file"):
        run_in_job_process(Raising(InputError("bad file")), nothing, CancelToken())
    with pytest.raises(TrainingDiverged) as diverged:
        run_in_job_process(Raising(TrainingDiverged("NaN at step 3", partial={"losses": [1.0, 2.0]})), nothing,
                           CancelToken())
    assert diverged.value.partial == {"losses": [1.0, 2.0]}
    assert run_in_job_process(Counting(0), nothing, CancelToken())[0] == pid


def test_an_unexpected_error_comes_with_the_processs_traceback_and_the_process_is_replaced():
    pid = run_in_job_process(Counting(0), nothing, CancelToken())[0]
    with pytest.raises(ZeroDivisionError) as unexpected:
        run_in_job_process(Raising(ZeroDivisionError("oops")), nothing, CancelToken())
    assert "In the job process" in unexpected.value.__notes__[0]
    assert "raise self.error" in unexpected.value.__notes__[0]
    with pytest.raises(RuntimeError, match="TwoArgumentError: 12") as stand_in:
        run_in_job_process(RaisesUnpicklable(), nothing, CancelToken())
    assert "TwoArgumentError(1, 2)" in stand_in.value.__notes__[0], "the traceback survives the stand-in"
    assert run_in_job_process(Counting(0), nothing, CancelToken())[0] not in (pid, os.getpid())


@pytest.mark.parametrize("job, reason", [(ReturnsLock(), "TypeError"), (ReturnsUnsendable(), "no way to pickle")])
def test_a_result_that_cannot_be_sent_back_is_said_so(job, reason):
    with pytest.raises(RuntimeError, match=f"could not be sent back.*{reason}"):
        run_in_job_process(job, nothing, CancelToken())
    assert run_in_job_process(Counting(1), nothing, CancelToken())[0] != os.getpid()


def cancelling_on_first_event(token: CancelToken, events: list):
    def progress(event):
        events.append(event)
        token.cancel()

    return progress


def test_a_cancel_reaches_the_job_and_the_process_serves_again():
    pid = run_in_job_process(Counting(0), nothing, CancelToken())[0]
    token, events = CancelToken(), []
    with pytest.raises(JobCancelled):
        run_in_job_process(PollsCancel(), cancelling_on_first_event(token, events), token)
    assert [e.message for e in events] == ["started"]
    assert run_in_job_process(Counting(0), nothing, CancelToken())[0] == pid


def test_a_job_that_never_polls_is_stopped_by_ending_its_process():
    pid = run_in_job_process(Counting(0), nothing, CancelToken())[0]
    process = job_process._IDLE[0].process
    token = CancelToken()
    start = time.monotonic()
    with pytest.raises(JobCancelled):
        run_in_job_process(NeverPolls(), lambda e: token.cancel(), token, stop_within_s=0.5)
    assert time.monotonic() - start < 10
    assert not process.is_alive() and process.exitcode is not None, "the old process was ended and reaped"
    assert run_in_job_process(Counting(1), nothing, CancelToken())[0] not in (pid, os.getpid())


def test_a_cancel_before_the_job_starts_does_not_wait_for_the_warm_ups():
    job_process.prestart(Sleeps(30))
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    start = time.monotonic()
    with pytest.raises(JobCancelled):
        run_in_job_process(Counting(1), nothing, token)
    assert time.monotonic() - start < 5


def test_a_process_that_dies_mid_job_is_reported_and_replaced():
    pid = run_in_job_process(Counting(0), nothing, CancelToken())[0]
    with pytest.raises(EngineError, match="stopped unexpectedly \\(exit code 9\\)"):
        run_in_job_process(Dies(), nothing, CancelToken())
    assert run_in_job_process(Counting(2), nothing, CancelToken())[0] not in (pid, os.getpid())


def test_prestart_starts_one_process_that_runs_the_warm_up(tmp_path):
    assert job_process.idle_pids() == []
    marker = tmp_path / "warmed"
    job_process.prestart(Marks(str(marker)))
    job_process.prestart(Marks(str(marker)))
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(job_process.idle_pids()) == 1 and len(job_process._WARM_UPS) == 1
    assert int(marker.read_text()) == job_process.idle_pids()[0] != os.getpid()
    assert run_in_job_process(Counting(0), nothing, CancelToken())[0] == int(marker.read_text())


def test_a_failed_warm_up_is_logged_in_the_app(caplog):
    job_process.prestart(Raising(ValueError("cannot warm")))
    with caplog.at_level(logging.WARNING, logger="rnnlab"):
        assert run_in_job_process(Counting(0), nothing, CancelToken())[0] != os.getpid()
    assert "A warm-up failed" in caplog.text and "cannot warm" in caplog.text


def test_a_job_whose_process_dies_before_serving_any_job_runs_here(caplog):
    job_process.prestart(Dies())
    events = []
    assert run_in_job_process(Counting(3), events.append, CancelToken())[0] == os.getpid()
    assert len(events) == 3 and "ended before it ran any job" in caplog.text


def test_where_no_process_can_start_the_job_runs_here(monkeypatch, caplog):
    def cannot_start(self):
        raise OSError("process creation is not allowed")

    monkeypatch.setattr(job_process._JobProcess, "__init__", cannot_start)
    events = []
    assert run_in_job_process(Counting(3), events.append, CancelToken())[0] == os.getpid()
    assert len(events) == 3 and "No job process could be started" in caplog.text


@dataclass
class ThreadsSeen:
    """Sets ``threads`` torch threads the way a sweep's worker does (``configure_torch``; None: leaves them as the
    process set them) and returns its process id and the count."""

    threads: int | None

    def __call__(self, progress, cancel):
        import torch

        from rnnlab.engine.runtime import configure_torch

        if self.threads is not None:
            configure_torch(self.threads)
        return os.getpid(), torch.get_num_threads()


def test_a_job_sets_its_own_thread_count_and_the_next_job_in_the_process_has_the_default_again(monkeypatch):
    monkeypatch.delenv("RNNLAB_TORCH_THREADS", raising=False)
    pid, threads = run_in_job_process(ThreadsSeen(2), nothing, CancelToken())
    assert threads == 2
    again, default = run_in_job_process(ThreadsSeen(None), nothing, CancelToken())
    assert again == pid, "the process was kept for the next job"
    assert default == 1


@dataclass
class BigFrame:
    """Returns a date-indexed frame of ``rows`` rows x 2 columns (16 MB per million rows, with its dates)."""

    rows: int

    def __call__(self, progress, cancel):
        import pandas as pd

        index = pd.date_range("2020-01-01", periods=self.rows, freq="min", name="date")
        return pd.DataFrame({"Open": np.arange(self.rows, dtype=float), "Volume": np.arange(self.rows) % 7},
                            index=index)


def test_a_big_result_comes_back_mapped_from_shared_memory_whole_and_writable():
    import pandas as pd

    result = run_in_job_process(BigFrame(1_000_000), nothing, CancelToken())
    expected = BigFrame(1_000_000)(nothing, CancelToken())
    pd.testing.assert_frame_equal(result, expected)
    assert result.index.freq == expected.index.freq
    packed = MappedResult.pack(expected)
    assert isinstance(packed, MappedResult) and len(packed.payload) < 10_000, "dates out of band too"
    assert Path(packed.path).exists()
    packed.unpack()
    assert not Path(packed.path).exists(), "the file is removed once mapped"
    result.iloc[0, 0] = -1.0  # the mapping is private and writable
    assert result.iloc[0, 0] == -1.0
    assert not isinstance(MappedResult.pack(expected.iloc[:1000]), MappedResult)
