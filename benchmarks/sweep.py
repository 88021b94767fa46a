"""Experiments' speed: 8 short forecaster runs with 2 local workers against the same 8 with 1 worker (the ratio of
wall times, measured in one process, alternately), and what the run store adds to a run (recording its outcome).

    python benchmarks/sweep.py --repeats 2

Both executors use job processes started (and warmed up) before the clock starts, as a sweep's second run would;
each worker runs torch with ``threads_per_worker`` threads. The goal on a 2-core machine: 2 workers take <= 0.6x the
time of 1, and the store adds < 2% to a run. It prints the runs a minute with each and the parallel efficiency (the
speed-up over 1 worker divided by the 2 workers: 1.0 is perfect).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.experiments.experiment import Experiment, parse_axis  # noqa: E402
from rnnlab.engine.experiments.local import LocalExecutor, physical_cores  # noqa: E402
from rnnlab.engine.experiments.runs import RunOutcome, RunTask  # noqa: E402
from rnnlab.engine.experiments.store import RunStore  # noqa: E402
from rnnlab.engine.forecast.config import ForecastConfig  # noqa: E402
from rnnlab.engine.forecast.lab import FORECAST, ForecastRun  # noqa: E402
from rnnlab.engine.jobs import CancelToken  # noqa: E402

STOCK = ROOT / "resources" / "stock"
BASE = ForecastRun(ForecastConfig(window=30, layers=2, units=32, epochs=4, horizon=0),
                   str(STOCK / "Google_Stock_Price_Train.csv"), str(STOCK / "Google_Stock_Price_Test.csv"))


def tasks() -> list[RunTask]:
    """8 short forecaster runs: two cells x 4 seeds."""
    return Experiment("forecast", BASE, (parse_axis(FORECAST, BASE, "cell=rnn,gru"),), seeds=4).tasks(1)


def sweep_seconds(workers: int, work: list[RunTask]) -> tuple[float, list[RunOutcome]]:
    """Wall seconds to run ``work`` on ``workers`` local workers, and the outcomes."""
    outcomes: list[RunOutcome] = []
    started = time.perf_counter()
    LocalExecutor(workers).run(work, outcomes.append, CancelToken())
    seconds = time.perf_counter() - started
    failed = [o.error for o in outcomes if o.status != "done"]
    if failed:
        raise SystemExit(f"a run failed: {failed[0]}")
    return seconds, outcomes


def record_seconds(outcomes: list[RunOutcome], work: list[RunTask], repeats: int) -> float:
    """Median seconds of writing one run (its metrics and curves) into a store, each in its own transaction."""
    by_key = {task.key: task for task in work}
    times = []
    with tempfile.TemporaryDirectory() as folder:
        store = RunStore(Path(folder) / "runs.sqlite3")
        stored = store.add_experiment(Experiment("forecast", BASE, seeds=1, name="bench"))
        for k in range(repeats):
            for outcome in outcomes:
                task = by_key[outcome.key]
                task = RunTask(stored.id, f"{task.key}#{k}", task.lab, task.run, task.point, task.seed)
                started = time.perf_counter()
                store.record(task, outcome)
                times.append(time.perf_counter() - started)
    return statistics.median(times)


@dataclass
class SweepTimes:
    """Wall seconds of the whole sweep with 1 and with 2 workers, one pair per round."""

    runs: int
    one: list[float]
    two: list[float]

    def runs_per_minute(self, workers: int) -> float:
        """Runs a minute with ``workers`` workers (median round)."""
        return 60 * self.runs / statistics.median(self.one if workers == 1 else self.two)

    @property
    def efficiency(self) -> float:
        """Speed-up of 2 workers over 1, divided by 2."""
        return statistics.median(self.one) / statistics.median(self.two) / 2


def measure(work: list[RunTask], repeats: int) -> tuple[SweepTimes, list[RunOutcome]]:
    """``repeats`` rounds of the sweep on 1 worker, then on 2 (after a warm-up of both workers' processes)."""
    sweep_seconds(2, work[:2])
    times, outcomes = SweepTimes(len(work), [], []), []
    for _ in range(repeats):
        seconds, outcomes = sweep_seconds(1, work)
        times.one.append(seconds)
        times.two.append(sweep_seconds(2, work)[0])
        print(f"  1 worker {times.one[-1]:.1f} s, 2 workers {times.two[-1]:.1f} s: ratio "
              f"{times.two[-1] / times.one[-1]:.2f}", flush=True)
    return times, outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2, help="timed pairs of sweeps (1 worker, then 2)")
    args = parser.parse_args()
    work = tasks()
    print(f"{len(work)} forecaster runs (window 30, 2 x RNN/GRU(32), 4 epochs); {physical_cores()} physical cores, "
          f"load average {os.getloadavg()[0]:.2f} before")
    times, outcomes = measure(work, args.repeats)
    ratio = statistics.median(times.two) / statistics.median(times.one)
    run_seconds = statistics.median(o.seconds for o in outcomes)
    record = record_seconds(outcomes, work, repeats=5)
    print(f"2 workers / 1 worker: {ratio:.2f} (median of {args.repeats}; goal <= 0.6)")
    print(f"runs a minute: {times.runs_per_minute(1):.1f} with 1 worker, {times.runs_per_minute(2):.1f} with 2; "
          f"parallel efficiency {times.efficiency:.2f}")
    print(f"store: {1000 * record:.1f} ms to record a run of {run_seconds:.2f} s: {100 * record / run_seconds:.2f}% "
          "(goal < 2%)")
    print(f"load average {os.getloadavg()[0]:.2f} after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
