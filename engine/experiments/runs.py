"""One run of an experiment: the task an executor is given, the outcome it reports back, and ``execute``, which
runs a task wherever it is called (this process, a job process, a cluster worker)."""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass
from importlib import metadata
from typing import Any, cast

import rnnlab
from rnnlab.engine.errors import EngineError, TrainingDiverged
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.labs import FromScratch, LabResult, lab_named


@dataclass(frozen=True)
class RunTask:
    """One run of an experiment: picklable, so a job process or a cluster worker runs it from scratch."""

    experiment_id: int
    key: str
    """The grid point and seed, stable and readable: ``cell=lstm,learning_rate=0.01,seed=3``."""
    lab: str
    """The registry name: ``gradflow``, ``forecast``, ``translator``."""
    run: Any
    """The lab's run (GradflowRun, ForecastRun, TranslatorRun) with the point's settings and seed."""
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
    """The lab result's ``metrics()``, exactly what ``--metrics`` writes."""
    curves: dict[str, list[list[float]]] | None
    """The lab result's ``curves()`` as lists of (x, y)."""
    seconds: float
    host: str
    """``socket.gethostname()`` where it ran."""
    rnnlab_version: str
    torch_version: str
    error: str | None
    """One readable line for a failed run (the EngineError's message, or ``type: text``)."""


def execute(task: RunTask, cancel: CancelToken | None = None) -> RunOutcome:
    """Run ``task`` here: the lab's job from scratch, timed. A failing run is an outcome with status ``failed``, never
    an exception (a diverged gradient-flow run is ``done`` with its partial metrics, as the CLI writes them); a
    ``cancel`` set while it runs stops it at the job's next check (a failed outcome). Sets nothing process-wide
    beyond what ``configure_torch`` sets."""
    from rnnlab.engine.runtime import configure_torch

    started = time.monotonic()
    try:
        configure_torch()
        result = _result_of(task, cancel or CancelToken())
    except EngineError as exc:
        return _outcome(task, started, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - a run's unexpected error is its outcome, reported in one line
        return _outcome(task, started, error=f"{type(exc).__name__}: {exc}")
    curves = {name: cast("list[list[float]]", points.tolist()) for name, points in result.curves().items()}
    return _outcome(task, started, metrics=result.metrics(), curves=curves)


def _result_of(task: RunTask, cancel: CancelToken) -> LabResult:
    """The task's lab result; a diverged run's partial result where the lab gives one."""
    job: FromScratch[LabResult] = FromScratch(lab_named(task.lab), task.run)
    try:
        return job(ignore_progress, cancel)
    except TrainingDiverged as exc:
        if exc.partial is None:
            raise
        return cast("LabResult", exc.partial)


def _outcome(task: RunTask, started: float, metrics: dict[str, Any] | None = None,
             curves: dict[str, list[list[float]]] | None = None, error: str | None = None) -> RunOutcome:
    return RunOutcome(experiment_id=task.experiment_id, key=task.key, status="failed" if error else "done",
                      metrics=metrics, curves=curves, seconds=round(time.monotonic() - started, 3),
                      host=socket.gethostname(), rnnlab_version=rnnlab.__version__, torch_version=_torch_version(),
                      error=" ".join(error.split()) if error is not None else None)


def _torch_version() -> str:
    try:
        return metadata.version("torch")
    except metadata.PackageNotFoundError:
        return "not installed"
