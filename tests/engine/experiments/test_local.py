"""The local executor: tasks in parallel job processes, outcomes in the calling thread, cancel keeps what finished;
and how many workers and threads it takes by default."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest

from rnnlab.engine.experiments.experiment import Experiment, parse_axis
from rnnlab.engine.experiments.local import LocalExecutor, physical_cores, threads_per_worker
from rnnlab.engine.experiments.runs import DONE, execute
from rnnlab.engine.gradflow.lab import GRADFLOW
from rnnlab.engine.jobs import CancelToken
from tests.engine.experiments.conftest import TINY_GRADFLOW


def _tasks(*vary: str, seeds: int = 2):
    return Experiment("gradflow", TINY_GRADFLOW, tuple(parse_axis(GRADFLOW, TINY_GRADFLOW, v) for v in vary),
                      seeds).tasks(1)


def test_every_task_runs_once_in_a_job_process_and_is_reported_in_the_calling_thread(app_torch_settings):
    tasks = _tasks("cell=rnn,gru", seeds=2)
    seen = []

    def on_outcome(outcome):
        seen.append((outcome, threading.current_thread()))

    LocalExecutor(workers=2).run(tasks, on_outcome, CancelToken())
    assert sorted(outcome.key for outcome, _ in seen) == sorted(task.key for task in tasks)
    assert all(thread is threading.current_thread() for _, thread in seen)
    outcomes = {outcome.key: outcome for outcome, _ in seen}
    here = execute(tasks[-1])
    assert outcomes[tasks[-1].key].status == DONE
    in_process = {k: v for k, v in outcomes[tasks[-1].key].metrics.items() if k != "train_seconds"}
    assert in_process == {k: v for k, v in here.metrics.items() if k != "train_seconds"}, "the same numbers here"


def test_a_cancel_stops_the_run_in_flight_and_keeps_the_finished_ones():
    tasks = _tasks("steps=3,100000", seeds=1)
    cancel = CancelToken()
    kept = []

    def on_outcome(outcome):
        kept.append(outcome.key)
        cancel.cancel()

    started = time.monotonic()
    LocalExecutor(workers=1).run(tasks, on_outcome, cancel)
    assert kept == ["steps=3,seed=0"]
    assert time.monotonic() - started < 60, "the long run was stopped, not waited for"


def test_an_error_in_the_caller_s_handler_stops_the_runs_and_is_raised():
    tasks = _tasks("steps=3,100000", seeds=1)

    def on_outcome(outcome):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        LocalExecutor(workers=1).run(tasks, on_outcome, CancelToken())


def test_threads_per_worker_keep_workers_times_threads_within_the_cores(monkeypatch):
    monkeypatch.delenv("RNNLAB_TORCH_THREADS", raising=False)
    assert [threads_per_worker(w, cores=8) for w in (1, 2, 8, 16)] == [1, 1, 1, 1], "one thread, as a single run"
    monkeypatch.setenv("RNNLAB_TORCH_THREADS", "4")
    assert [threads_per_worker(w, cores=8) for w in (1, 2, 3, 8, 16)] == [4, 4, 2, 1, 1]
    executor = LocalExecutor()
    assert executor.workers == physical_cores() and executor.workers * executor.threads <= max(physical_cores(), 1)
    assert LocalExecutor(workers=3, threads=2).threads == 2


def test_physical_cores_count_what_this_process_may_use():
    cores = physical_cores()
    assert 1 <= cores <= (os.cpu_count() or 1)
    if sys.platform.startswith("linux"):
        assert cores <= len(os.sched_getaffinity(0))
