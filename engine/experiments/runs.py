"""One run of an experiment: the task that describes it, what it gave, and ``execute``, which runs it anywhere.

A task is picklable and self-contained (the lab's run with the grid point's settings and seed), so a job process
or a cluster worker runs it from scratch; an outcome is JSON-able throughout, so it crosses processes and machines
and goes into the run store as it is.
"""

from __future__ import annotations

import math
import socket
import time
from dataclasses import dataclass
from typing import Any, Callable, Protocol, Sequence

from rnnlab.engine.errors import EngineError, JobCancelled, TrainingDiverged
from rnnlab.engine.jobs import CancelToken, ProgressFn, ignore_progress
from rnnlab.engine.labs import LabResult, lab_named

DONE = "done"
FAILED = "failed"
MAX_CURVE_POINTS = 2000
"""A curve longer than this is kept at this many evenly spaced points (its last one included): the store keeps loss
curves to draw them, and a 100,000-step gradient-flow run would otherwise put megabytes in every row."""


@dataclass(frozen=True)
class RunTask:
    """One run of an experiment: picklable, so a job process or a cluster worker runs it from scratch."""

    experiment_id: int
    key: str
    """The grid point and seed, stable and readable: ``cell=lstm,learning_rate=0.01,seed=3``."""
    lab: str
    """The registry name: ``gradflow``, ``forecast``, ``translator``."""
    run: Any
    """The lab's run (GradflowRun / ForecastRun / TranslatorRun) with the point's settings and seed."""
    point: dict[str, Any]
    """The varied settings' values (typed), e.g. ``{"cell": "lstm"}``."""
    seed: int


@dataclass
class RunOutcome:
    """What one run gave: JSON-able throughout (it crosses processes and machines and goes into SQLite)."""

    experiment_id: int
    key: str
    status: str
    """``done`` or ``failed``."""
    metrics: dict[str, Any] | None
    """The lab result's ``metrics()``, exactly what ``--metrics`` writes (None for a failed run)."""
    curves: dict[str, list[list[float | None]]] | None
    """The lab result's ``curves()`` as lists of [x, y] (y None where it was not finite), at most
    ``MAX_CURVE_POINTS`` points each."""
    seconds: float
    host: str
    """``socket.gethostname()`` where it ran."""
    rnnlab_version: str
    torch_version: str
    error: str | None
    """One readable line for a failed run (the EngineError's message, or ``Type: text``)."""


class Executor(Protocol):
    """Runs an experiment's tasks somewhere: ``local.LocalExecutor`` in job processes here, ``cluster.ClusterExecutor``
    on a Dask scheduler's workers."""

    workers: int
    """How many runs it trains at once (for display: "2 workers")."""

    def run(self, tasks: Sequence[RunTask], on_outcome: Callable[[RunOutcome], None], cancel: CancelToken) -> None:
        """Run every task, calling ``on_outcome`` in the calling thread as each finishes (any order). Returns when
        all have finished or, after ``cancel``, once the runs in flight are stopped (their outcomes are dropped:
        only finished runs are kept)."""
        ...


def execute(task: RunTask, progress: ProgressFn = ignore_progress, cancel: CancelToken | None = None) -> RunOutcome:
    """Run ``task`` here: the lab's job from scratch, timed. A failing run is an outcome with status ``failed``,
    never an exception (a diverged gradient-flow run is ``done`` with its partial metrics, as the CLI writes them);
    only a cancel raises (JobCancelled), so a cancelled run leaves no outcome. Sets nothing process-wide beyond
    what ``configure_torch`` sets."""
    cancel = cancel or CancelToken()
    started = time.perf_counter()
    result: LabResult | None = None
    error = None
    try:
        lab = lab_named(task.lab)
        result = lab.job(task.run)(progress, cancel)
    except JobCancelled:
        raise
    except TrainingDiverged as exc:
        result = exc.partial
        error = None if result is not None else _one_line(exc)
    except EngineError as exc:
        error = _one_line(exc)
    except Exception as exc:  # noqa: BLE001 - a run's failure is its outcome; the sweep goes on with the others
        error = _one_line(exc, type(exc).__name__)
    seconds = time.perf_counter() - started
    metrics = result.metrics() if result is not None else None
    curves = {name: _curve(points) for name, points in result.curves().items()} if result is not None else None
    return RunOutcome(task.experiment_id, task.key, DONE if result is not None else FAILED, metrics, curves,
                      seconds, socket.gethostname(), _rnnlab_version(), _torch_version(), error)


def failed_outcome(task: RunTask, error: BaseException, seconds: float) -> RunOutcome:
    """The outcome of a run that could not run to its end outside the lab's job (its process died)."""
    return RunOutcome(task.experiment_id, task.key, FAILED, None, None, seconds, socket.gethostname(),
                      _rnnlab_version(), _torch_version(), _one_line(error))


def _one_line(exc: BaseException, kind: str = "") -> str:
    """An error as one readable line: its message's first line, prefixed with its type for an unexpected one."""
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else ""
    if kind:
        return f"{kind}: {text}" if text else kind
    return text or type(exc).__name__


def _curve(points: Any) -> list[list[float | None]]:
    """An (n, 2) array of (x, y) as JSON rows, thinned to ``MAX_CURVE_POINTS`` evenly spaced rows (last kept)."""
    rows = [[float(x), float(y)] for x, y in points]
    if len(rows) > MAX_CURVE_POINTS:
        step = (len(rows) - 1) / (MAX_CURVE_POINTS - 1)
        rows = [rows[round(k * step)] for k in range(MAX_CURVE_POINTS)]
    return [[x, y if math.isfinite(y) else None] for x, y in rows]


def _rnnlab_version() -> str:
    import rnnlab

    return rnnlab.__version__


def _torch_version() -> str:
    """The torch that ran the job (every lab's job imports it)."""
    import torch

    return str(torch.__version__)
