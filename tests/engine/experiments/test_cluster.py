"""The cluster executor on a real Dask cluster of this machine (a scheduler and two one-thread workers, started as
processes of the `dask` command): its runs give the metrics and curves of the same runs here, a run that cannot
run is a failed outcome with one line, a cancel keeps the finished runs and stops the runs in flight, a worker that
dies or runs another RNN Lab is reported, and an address where no scheduler listens is refused at once."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib.util import find_spec

import pytest

from rnnlab.engine.errors import EngineError
from rnnlab.engine.experiments.runs import RunOutcome, RunTask, execute
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.lab import ForecastRun
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GradflowRun
from rnnlab.engine.jobs import CancelToken
from rnnlab.engine.labs import with_settings
from tests.conftest import PROJECT_ROOT
from tests.engine.experiments.local_dask import START_WITHIN_S, LocalDask
from tests.engine.test_labs import TEST_CSV, TRAIN_CSV, _without_timings

needs_distributed = pytest.mark.skipif(find_spec("distributed") is None,
                                       reason="the cluster executor needs the optional extra: pip install "
                                              "'rnnlab[cluster]' (or the dev extra) to run these tests")

TINY_GRADFLOW = GradflowRun(GradflowConfig(steps=3, length=10, hidden=4, batch_size=4, probe_every=1))
TINY_FORECAST = ForecastRun(ForecastConfig(window=10, layers=1, units=4, epochs=2, batch_size=64), TRAIN_CSV,
                            TEST_CSV)
SLOW_GRADFLOW = GradflowRun(GradflowConfig(steps=100000, length=10, hidden=4, batch_size=4, probe_every=1000))
"""Minutes of training: a run that is still in flight whenever a test stops it."""


@dataclass(frozen=True)
class OnlyHere:
    """A run whose class the workers cannot import (they do not have the tests' package)."""

    config: GradflowConfig = field(default_factory=GradflowConfig)


def _task(experiment_id: int, run: object, lab: str = "gradflow", key: str = "", seed: int = 0, **point) -> RunTask:
    key = key or ",".join([*(f"{name}={value}" for name, value in point.items()), f"seed={seed}"])
    return RunTask(experiment_id=experiment_id, key=key, lab=lab, run=run, point=point, seed=seed)


def _grid(experiment_id: int, base: GradflowRun | ForecastRun, lab: str, seeds, cells=(None,)) -> list[RunTask]:
    return [_task(experiment_id, with_settings(base, seed=seed, **({"cell": cell} if cell else {})), lab,
                  seed=seed, **({"cell": cell} if cell else {})) for cell in cells for seed in seeds]


def _run(executor, tasks: list[RunTask], cancel: CancelToken | None = None, on_outcome=None) -> list[RunOutcome]:
    outcomes: list[RunOutcome] = []

    def collect(outcome: RunOutcome) -> None:
        assert threading.current_thread() is threading.main_thread(), "outcomes arrive in the calling thread"
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    executor.run(tasks, collect, cancel or CancelToken())
    return outcomes


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """A scheduler and two workers of one thread each, whose workers have imported torch; a worker that dies
    fails its run at once (Dask's default reruns it on another worker up to three times)."""
    from distributed import Client

    env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    cluster = LocalDask(tmp_path_factory.mktemp("dask"), env)
    try:
        cluster.start_scheduler()
        for name in ("worker-1", "worker-2"):
            cluster.start_worker(name)
        with Client(cluster.address, timeout=30, set_as_default=False) as client:
            try:
                client.wait_for_workers(2, timeout=START_WITHIN_S)
            except TimeoutError:
                pytest.fail(f"the Dask workers did not start:\n{cluster.log('worker-1')}\n{cluster.log('worker-2')}")
            client.run(exec, "import torch")
        yield cluster
    finally:
        cluster.stop_all()


@pytest.fixture
def client(dask_cluster):
    from distributed import Client

    with Client(dask_cluster.address, timeout=30, set_as_default=False) as client:
        yield client


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_cluster_executor_imports_distributed_only_when_it_is_used():
    code = ("import sys\nimport rnnlab.engine.experiments.cluster\nimport rnnlab.engine.experiments.runs\n"
            "print('distributed' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_without_distributed_a_cluster_is_refused_with_the_extra_to_install(monkeypatch):
    from rnnlab.engine.experiments.cluster import ClusterExecutor

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(EngineError, match=r"needs the distributed package: pip install 'rnnlab\[cluster\]'"):
        ClusterExecutor("tcp://127.0.0.1:8786")


@needs_distributed
def test_an_address_where_no_scheduler_listens_is_refused_at_once_in_one_line():
    from rnnlab.engine.experiments.cluster import ClusterExecutor

    port = _free_port()
    started = time.monotonic()
    with pytest.raises(EngineError, match=rf"^cannot reach the Dask scheduler at tcp://127.0.0.1:{port}: .*refused"):
        ClusterExecutor(f"tcp://127.0.0.1:{port}")
    assert time.monotonic() - started < 2
    with pytest.raises(EngineError, match=r"^cannot reach the Dask scheduler at my-cluster: .*tcp://HOST:PORT"):
        ClusterExecutor("my-cluster")


@needs_distributed
def test_a_server_that_is_not_a_dask_scheduler_is_refused_after_the_connect_timeout():
    from rnnlab.engine.experiments.cluster import ClusterExecutor

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(EngineError, match=rf"^cannot reach the Dask scheduler at {address}: \S") as refused:
            ClusterExecutor(address, connect_timeout_s=1)
    assert time.monotonic() - started < 10
    assert "\n" not in str(refused.value)


@needs_distributed
def test_the_cluster_runs_every_task_to_the_metrics_and_curves_it_gives_here(dask_cluster, app_torch_settings):
    from rnnlab.engine.experiments.cluster import ClusterExecutor

    tasks = (_grid(1, TINY_GRADFLOW, "gradflow", range(3), cells=("rnn", "lstm"))
             + _grid(2, TINY_FORECAST, "forecast", range(2)))
    executor = ClusterExecutor(dask_cluster.address)
    assert executor.workers == 2
    there = {(outcome.experiment_id, outcome.key): outcome for outcome in _run(executor, tasks)}
    assert sorted(there) == sorted((task.experiment_id, task.key) for task in tasks), "every task once"
    for task in tasks:
        here, outcome = execute(task), there[task.experiment_id, task.key]
        assert (outcome.status, outcome.error, here.status) == ("done", None, "done")
        assert _without_timings(outcome.metrics) == _without_timings(here.metrics), task.key
        assert outcome.curves == here.curves and outcome.curves
        assert (outcome.host, outcome.rnnlab_version, outcome.torch_version) == (here.host, here.rnnlab_version,
                                                                                 here.torch_version)
    assert there[1, "cell=rnn,seed=0"].metrics != there[1, "cell=rnn,seed=1"].metrics, "the seed reached the run"


@needs_distributed
def test_a_run_that_cannot_run_fails_as_an_outcome_in_one_line_and_the_others_still_run(dask_cluster, tmp_path):
    from rnnlab.engine.experiments.cluster import ClusterExecutor

    tiny = TINY_FORECAST.config
    tasks = [_task(3, ForecastRun(tiny, str(tmp_path / "none.csv")), "forecast", "missing file"),
             _task(3, ForecastRun(tiny, os.path.relpath(TRAIN_CSV, PROJECT_ROOT)), "forecast", "relative path"),
             _task(3, GradflowRun(GradflowConfig(cell="lstm", init="identity", steps=3, length=10)), key="identity"),
             _task(3, TINY_GRADFLOW, "sweep", "no such lab"),
             _task(3, OnlyHere(), key="class only here"),
             _task(3, TINY_GRADFLOW, key="fine")]
    outcomes = {outcome.key: outcome for outcome in _run(ClusterExecutor(dask_cluster.address), tasks)}
    errors = {key: outcome.error for key, outcome in outcomes.items() if outcome.status == "failed"}
    assert set(errors) == {task.key for task in tasks} - {"fine"} and outcomes["fine"].status == "done"
    assert "not found" in errors["missing file"]
    assert "not found" in errors["relative path"], "a worker reads a file at the path given, from its own folder"
    assert "The identity initialisation is for the RNN" in errors["identity"]
    assert "There is no lab called 'sweep'" in errors["no such lab"]
    assert errors["class only here"] == ("the Dask worker could not run it: ModuleNotFoundError: No module named "
                                         "'tests'")
    assert all(error and "\n" not in error for error in errors.values())
    assert all(outcome.metrics is None for outcome in outcomes.values() if outcome.status == "failed")


@needs_distributed
def test_a_cancel_mid_sweep_keeps_the_finished_runs_and_stops_the_runs_in_flight(dask_cluster, client):
    from rnnlab.engine.experiments.cluster import STOP_WITHIN_S, ClusterExecutor

    quick = _grid(4, TINY_GRADFLOW, "gradflow", range(2))
    slow = [_task(4, with_settings(SLOW_GRADFLOW, seed=seed), key=f"slow,seed={seed}") for seed in range(4)]
    executor = ClusterExecutor(dask_cluster.address)
    cancel = CancelToken()
    at_cancel: dict[str, float] = {}

    quick_in: list[str] = []

    def cancel_once_the_quick_runs_are_in(outcome: RunOutcome) -> None:
        """Both quick runs are in (in either order: the workers finish them in any order)."""
        if outcome.key in {task.key for task in quick}:
            quick_in.append(outcome.key)
        if len(quick_in) == len(quick) and not at_cancel:
            at_cancel["in flight"] = sum(len(keys) for keys in client.processing().values())
            at_cancel["time"] = time.monotonic()
            cancel.cancel()

    outcomes = _run(executor, quick + slow, cancel, cancel_once_the_quick_runs_are_in)
    stopped_after = time.monotonic() - at_cancel["time"]
    assert at_cancel["in flight"] >= 1, "a slow run was in flight when the sweep was cancelled"
    assert sorted(outcome.key for outcome in outcomes) == sorted(task.key for task in quick)
    assert all(outcome.status == "done" for outcome in outcomes)
    assert stopped_after < STOP_WITHIN_S
    started = time.monotonic()
    again = _run(executor, _grid(5, TINY_GRADFLOW, "gradflow", range(2)))
    assert [outcome.status for outcome in again] == ["done", "done"]
    assert time.monotonic() - started < 30, "the slow runs stopped: the workers were free for the next sweep"


@needs_distributed
def test_a_worker_with_another_rnnlab_is_refused_before_any_run(dask_cluster, client, tmp_path):
    """A worker whose ``rnnlab`` says another version (the same code, under a package that says 0.0.1)."""
    from rnnlab.engine.experiments.cluster import ClusterExecutor

    other = tmp_path / "other" / "rnnlab"
    other.mkdir(parents=True)
    (other / "__init__.py").write_text(f"__path__.extend({[str(PROJECT_ROOT / 'rnnlab'), str(PROJECT_ROOT)]!r})\n"
                                       "__version__ = '0.0.1'\n", encoding="utf-8")
    worker = dask_cluster.start_worker("other-rnnlab", env={**dask_cluster.env, "PYTHONPATH": str(other.parent)})
    try:
        client.wait_for_workers(3, timeout=START_WITHIN_S)
        with pytest.raises(EngineError, match=r"Every worker of the Dask scheduler at tcp://\S+ needs RNN Lab "
                                              r"\S+, as here: tcp://127\.0\.0\.1:\d+ has 0\.0\.1\.$"):
            ClusterExecutor(dask_cluster.address)
    finally:
        dask_cluster.stop(worker)
    deadline = time.monotonic() + START_WITHIN_S
    while len(client.nthreads()) != 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ClusterExecutor(dask_cluster.address).workers == 2


@needs_distributed
def test_a_worker_that_dies_mid_run_fails_that_run_in_one_line_and_the_sweep_goes_on(dask_cluster, client):
    """Runs last: the killed worker's nanny starts a new one, which must import torch again."""
    from rnnlab.engine.experiments.cluster import ClusterExecutor

    slow = _task(6, SLOW_GRADFLOW, key="slow")
    quick = _grid(6, TINY_GRADFLOW, "gradflow", range(1))
    executor = ClusterExecutor(dask_cluster.address)

    def kill_the_worker_of_the_slow_run(outcome: RunOutcome) -> None:
        if outcome.key != "slow":
            (worker,) = [worker for worker, keys in client.processing().items() if keys]
            os.kill(client.run(os.getpid, workers=[worker])[worker], signal.SIGKILL)

    outcomes = {outcome.key: outcome for outcome in _run(executor, [slow, *quick], None,
                                                          kill_the_worker_of_the_slow_run)}
    assert outcomes["seed=0"].status == "done"
    assert outcomes["slow"].status == "failed"
    assert outcomes["slow"].error is not None
    assert outcomes["slow"].error.startswith("the Dask worker running it died")


@needs_distributed
def test_a_cluster_sweep_stores_the_metrics_of_the_same_sweep_run_here(dask_cluster, tmp_path):
    """``rnnlab sweep ... --cluster ADDRESS`` against ``--workers 2``: the same rows in the CSV, timings aside."""
    import csv

    from tests.cli.test_sweep_cli import FORECAST, run

    def sweep(*where: str) -> list[dict[str, str]]:
        name = where[0].strip("-")
        table = tmp_path / f"{name}.csv"
        status, _, err = run("sweep", "forecast", *FORECAST, "--vary", "cell=rnn,gru", "--seeds", "2", *where,
                             "--store", str(tmp_path / f"{name}.sqlite3"), "--csv", str(table), "--quiet")
        assert status == 0, err
        with open(table, encoding="utf-8", newline="") as handle:
            return [{key: value for key, value in row.items() if key not in {"seconds", "train_seconds"}}
                    for row in csv.DictReader(handle)]

    there = sweep("--cluster", dask_cluster.address)
    here = sweep("--workers", "2")
    assert len(here) == 4 and all(row["status"] == "done" for row in here)
    assert there == here
