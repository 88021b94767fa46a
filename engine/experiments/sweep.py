"""The job that runs an experiment: its missing runs to an executor, each outcome into the store as it arrives.

``open_experiment`` finds or adds the experiment in the store before any run (a name already taken, or a resumed
experiment whose definition differs, is refused there); ``SweepJob`` is then an ordinary job ``(progress, cancel)``:
it reports a :class:`SweepProgress` after every finished run (its outcome included, for a live table), and after a
cancel it stops the runs in flight, keeps every finished one and raises ``JobCancelled``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from rnnlab.engine.errors import InputError, JobCancelled
from rnnlab.engine.experiments.experiment import Experiment
from rnnlab.engine.experiments.runs import FAILED, Executor, RunOutcome, RunTask
from rnnlab.engine.experiments.store import RunStore, StoredExperiment
from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn
from rnnlab.engine.plural import plural
from rnnlab.engine.translations import translatable


@dataclass(kw_only=True)
class SweepProgress(Progress):
    """After each finished run: its ``outcome``, and how many of this sweep's ``total`` runs have finished
    (``finished``, of which ``failed`` failed)."""

    outcome: RunOutcome | None = None
    finished: int = 0
    failed: int = 0
    total: int = 0


@dataclass(frozen=True)
class SweepResult:
    """What a sweep did: the stored experiment, the runs it ran (``ran``, of which ``failed`` failed) and those it
    found done already (``skipped``, a resumed sweep's)."""

    stored: StoredExperiment
    ran: int
    failed: int
    skipped: int


def open_experiment(store: RunStore, experiment: Experiment, resume: bool) -> tuple[StoredExperiment, bool]:
    """The stored experiment a sweep fills, and whether it was found (True) or added (False). With ``resume``: the
    one of the experiment's name (refused if it measures something else), else the latest with the same
    fingerprint, else a new one. Without: a new one, whose name must be unused."""
    if resume:
        fingerprint = experiment.fingerprint()
        found = store.find(name=experiment.name) if experiment.name else store.find(fingerprint=fingerprint)
        if found is not None and found.fingerprint != fingerprint:
            raise InputError(translatable("Engine", "The stored experiment {experiment_name!r} has other settings, "
                                                    "inputs, grid or seeds than these: resume it with the same ones, "
                                                    "or give another --name."), experiment_name=experiment.name)
        if found is not None:
            return found, True
    return store.add_experiment(experiment, default_name(experiment)), False


def default_name(experiment: Experiment) -> str:
    """``forecast: cell x 5 seeds`` (the store adds ``#2``, ``#3``... to a name already taken)."""
    parts = [axis.name for axis in experiment.axes] + [plural(experiment.seeds, "seed")]
    return f"{experiment.lab}: {' x '.join(parts)}"


class SweepJob:
    """Run the stored experiment's runs that are not done yet on ``executor``, recording each in ``store``."""

    def __init__(self, store: RunStore, stored: StoredExperiment, executor: Executor) -> None:
        self.store = store
        self.stored = stored
        self.executor = executor
        self.tasks = stored.experiment.tasks(stored.id)
        done = store.done_keys(stored.id)
        self.pending = [task for task in self.tasks if task.key not in done]

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> SweepResult:
        by_key: dict[str, RunTask] = {task.key: task for task in self.pending}
        total = len(self.pending)
        counts = {"finished": 0, "failed": 0}
        started = time.monotonic()

        def on_outcome(outcome: RunOutcome) -> None:
            self.store.record(by_key[outcome.key], outcome)
            counts["finished"] += 1
            counts["failed"] += outcome.status == FAILED
            progress(SweepProgress(fraction=counts["finished"] / total, message=self._message(counts, total),
                                   outcome=outcome, finished=counts["finished"], failed=counts["failed"],
                                   total=total))

        progress(SweepProgress(fraction=0.0, message=f"0 of {plural(total, 'run')} "
                                                     f"({plural(self.executor.workers, 'worker')})", total=total))
        if self.pending:
            self.executor.run(self.pending, on_outcome, cancel)
        if cancel.cancelled:
            raise JobCancelled(translatable("Engine", "Cancelled after {runs} of {total} (kept in the store, "
                                                      "{seconds:.0f} s)."),
                               runs=plural(counts['finished'], 'run'), total=total,
                               seconds=time.monotonic() - started)
        return SweepResult(self.stored, counts["finished"], counts["failed"], len(self.tasks) - total)

    @staticmethod
    def _message(counts: dict[str, int], total: int) -> str:
        failed = f", {counts['failed']} failed" if counts["failed"] else ""
        return f"{counts['finished']} of {plural(total, 'run')}{failed}"
