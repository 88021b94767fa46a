"""Run an experiment's tasks here, in parallel job processes (``engine/job_process.py``), one per worker.

Each worker is a thread that hands one task at a time to its own job process (``run_in_job_process`` takes a
process per call), so ``workers`` runs train at once, each with its own interpreter. The default is one worker per
physical core, and each worker's torch runs ``threads_per_worker`` threads: the configured count (one, as every
job; ``$RNNLAB_TORCH_THREADS``), lowered where needed so that workers x threads <= cores. Where it is not lowered
(the default: one thread) a run in a sweep gives the single command's numbers exactly.
"""

from __future__ import annotations

import math
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from rnnlab.engine.errors import JobCancelled
from rnnlab.engine.experiments.runs import RunOutcome, RunTask, execute, failed_outcome
from rnnlab.engine.job_process import run_in_job_process
from rnnlab.engine.jobs import CancelToken, ProgressFn, ignore_progress

_WAIT_S = 0.2
"""How often the calling thread looks at its cancel token while it waits for outcomes."""


@dataclass(frozen=True)
class TaskJob:
    """The job a job process runs for one task: torch set to ``threads`` threads, then :func:`execute`."""

    task: RunTask
    threads: int

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> RunOutcome:
        from rnnlab.engine.runtime import configure_torch

        configure_torch(self.threads)
        return execute(self.task, progress, cancel)


class LocalExecutor:
    """The executor of ``runs.Executor``'s contract on ``workers`` job processes here (default: the physical
    cores), each running torch with ``threads`` threads (default :func:`threads_per_worker`)."""

    def __init__(self, workers: int | None = None, threads: int | None = None) -> None:
        self.workers = max(1, workers if workers is not None else physical_cores())
        self.threads = max(1, threads if threads is not None else threads_per_worker(self.workers))

    def run(self, tasks: Sequence[RunTask], on_outcome: Callable[[RunOutcome], None], cancel: CancelToken) -> None:
        """See :class:`Executor`. A run whose job process dies (the system ended it) is a failed outcome; an error
        raised by ``on_outcome`` (or an interrupt) stops the runs in flight and is raised here."""
        pending: queue.SimpleQueue[RunTask] = queue.SimpleQueue()
        for task in tasks:
            pending.put(task)
        outcomes: queue.SimpleQueue[RunOutcome | None] = queue.SimpleQueue()
        stop = CancelToken()
        threads = [threading.Thread(target=self._work, args=(pending, outcomes, stop), name=f"sweep-worker-{k}",
                                    daemon=True) for k in range(min(self.workers, len(tasks)))]
        for thread in threads:
            thread.start()
        running = len(threads)
        try:
            while running:
                if cancel.cancelled:
                    stop.cancel()
                try:
                    outcome = outcomes.get(timeout=_WAIT_S)
                except queue.Empty:
                    continue
                if outcome is None:
                    running -= 1
                else:
                    on_outcome(outcome)
        finally:
            if running:
                stop.cancel()
            for thread in threads:
                thread.join()

    def _work(self, pending: queue.SimpleQueue[RunTask], outcomes: queue.SimpleQueue[RunOutcome | None],
              stop: CancelToken) -> None:
        """One worker: take tasks until none is left or the sweep stops, each in a job process."""
        try:
            while not stop.cancelled:
                try:
                    task = pending.get_nowait()
                except queue.Empty:
                    return
                started = time.perf_counter()
                try:
                    outcome = run_in_job_process(TaskJob(task, self.threads), ignore_progress, stop)
                except JobCancelled:
                    return
                except Exception as exc:  # noqa: BLE001 - the process died or could not be reached: the run failed
                    outcome = failed_outcome(task, exc, time.perf_counter() - started)
                outcomes.put(outcome)
        finally:
            outcomes.put(None)


def threads_per_worker(workers: int, cores: int | None = None) -> int:
    """Torch threads for each of ``workers`` workers: the configured count (``configure_torch``'s), at most
    cores // workers, at least one."""
    from rnnlab.engine.runtime import configured_threads

    cores = cores if cores is not None else physical_cores()
    return max(1, min(configured_threads(), cores // max(1, workers)))


def physical_cores() -> int:
    """The cores this process may use, two hardware threads of one core counted once: on Linux the distinct
    (package, core) pairs among the CPUs in its affinity mask, capped by a cgroup CPU quota (a container's
    ``--cpus``); on macOS ``hw.physicalcpu``; elsewhere the logical count (``os.cpu_count()``)."""
    logical = os.cpu_count() or 1
    if sys.platform.startswith("linux"):
        return max(1, min(_linux_cores(), _cgroup_quota() or logical))
    if sys.platform == "darwin":
        try:
            answer = subprocess.run(["sysctl", "-n", "hw.physicalcpu"], capture_output=True, text=True, timeout=5)
            return max(1, int(answer.stdout.strip()))
        except (OSError, ValueError, subprocess.SubprocessError):
            return logical
    return logical


def _linux_cores() -> int:
    """Distinct (package, core) pairs among the CPUs this process may run on (sysfs); the CPU count if unreadable."""
    cpus = os.sched_getaffinity(0)
    cores = set()
    for cpu in cpus:
        topology = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology")
        try:
            cores.add(((topology / "physical_package_id").read_text().strip(),
                       (topology / "core_id").read_text().strip()))
        except OSError:
            return len(cpus)
    return len(cores) or len(cpus)


def _cgroup_quota() -> int | None:
    """The CPUs a cgroup v2 quota allows (``cpu.max``, rounded up), None without one."""
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    return max(1, math.ceil(int(quota) / int(period)))
