"""The job behind the Experiments tab's Run and Resume (Qt-free, run on the tab's JobRunner thread): check the
experiment against its inputs, open it in the run store, run its missing runs on the local workers or a cluster,
and after every finished run read the stored runs back, so the tab draws its views from the store without reading
SQLite in the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rnnlab.engine.experiments.experiment import Experiment
from rnnlab.engine.experiments.local import LocalExecutor
from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.experiments.runs import Executor
from rnnlab.engine.experiments.store import RunStore, StoredExperiment
from rnnlab.engine.experiments.sweep import SweepJob, SweepProgress, SweepResult, open_experiment
from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn


@dataclass(kw_only=True)
class SweepOpened(Progress):
    """The experiment is in the store: its runs still to run (``pending``, in the order they start) and how many
    run at once (``workers``)."""

    stored: StoredExperiment
    pending: list[str]
    workers: int


@dataclass(kw_only=True)
class ResultsRead(Progress):
    """The experiment's stored runs, read after a run finished."""

    results: ExperimentResults


@dataclass(frozen=True)
class SweepRequest:
    """Run ``experiment`` (``resume``: only what its stored namesake or twin lacks) into the store at
    ``store_path`` (None: the default one) on ``workers`` local workers, or on the Dask scheduler at ``cluster``."""

    experiment: Experiment
    store_path: Path | None
    resume: bool
    workers: int
    cluster: str | None = None

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> SweepResult:
        self.experiment.check()
        executor = self._executor()
        store = RunStore(self.store_path)
        stored, _found = open_experiment(store, self.experiment, self.resume)
        job = SweepJob(store, stored, executor)
        progress(SweepOpened(fraction=0.0, message=f"{stored.name}: {stored.experiment.describe()}", stored=stored,
                             pending=[task.key for task in job.pending], workers=executor.workers))
        progress(ResultsRead(fraction=0.0, results=ExperimentResults(stored, store.runs(stored.id))))

        def relay(event: Progress) -> None:
            progress(event)
            if isinstance(event, SweepProgress) and event.outcome is not None:
                progress(ResultsRead(fraction=event.fraction, results=ExperimentResults(stored,
                                                                                         store.runs(stored.id))))

        return job(relay, cancel)

    def _executor(self) -> Executor:
        """The local executor, or the cluster's (which connects now: an unreachable address fails here)."""
        if self.cluster is None:
            return LocalExecutor(self.workers)
        from rnnlab.engine.experiments.cluster import ClusterExecutor

        return ClusterExecutor(self.cluster)
