"""What the Experiments tab knows of the sweep on show (Qt-free): the stored experiment, which of this sweep's runs
wait, run and have finished (with their seconds), and the latest stored runs read back.

Which runs are going is inferred the way the executors hand them out: the first ``workers`` pending runs start, and
each finished run makes room for the next pending one in the grid's order.
"""

from __future__ import annotations

from typing import Callable, Sequence

from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.experiments.runs import DONE, FAILED
from rnnlab.engine.experiments.store import StoredExperiment
from rnnlab.engine.experiments.sweep import SweepProgress
from rnnlab.engine.jobs import Progress
from rnnlab.gui.experiments.sweep_request import ResultsRead, SweepOpened


class SweepState:
    """The sweep on show; :meth:`apply` takes the sweep job's events in order."""

    def __init__(self) -> None:
        self._handlers: dict[type, Callable[[Progress], None]] = {
            SweepOpened: self._opened, SweepProgress: self._progressed, ResultsRead: self._read}  # type: ignore[dict-item]
        self.show_stored(None)

    def show_stored(self, results: ExperimentResults | None) -> None:
        """Show a stored experiment that is not running (a past one, opened; None: nothing)."""
        self.stored: StoredExperiment | None = results.stored if results is not None else None
        self.results: ExperimentResults | None = results
        self.pending: list[str] = []
        self.running: list[str] = []
        self.seconds: list[float] = []
        self.total = 0
        self.failed = 0
        self.workers = 1
        self.results_changed = False

    def apply(self, events: Sequence[Progress]) -> None:
        """Take a batch of the sweep job's events; ``results_changed`` says whether the stored runs were read again."""
        self.results_changed = False
        for event in events:
            handler = self._handlers.get(type(event))
            if handler is not None:
                handler(event)

    @property
    def finished(self) -> int:
        """Runs of this sweep that have finished."""
        return len(self.seconds)

    @property
    def resumable(self) -> bool:
        """True when the experiment on show has runs that are not done (none run, failed, or cancelled)."""
        results = self.results
        return results is not None and results.count(DONE) < results.total

    def _opened(self, event: SweepOpened) -> None:
        self.stored = event.stored
        self.workers = max(1, event.workers)
        self.total = len(event.pending)
        self.running, self.pending = event.pending[:self.workers], event.pending[self.workers:]
        self.seconds, self.failed = [], 0

    def _progressed(self, event: SweepProgress) -> None:
        outcome = event.outcome
        if outcome is None:
            return
        self.seconds.append(outcome.seconds)
        self.failed += outcome.status == FAILED
        for keys in (self.running, self.pending):
            if outcome.key in keys:
                keys.remove(outcome.key)
        while len(self.running) < self.workers and self.pending:
            self.running.append(self.pending.pop(0))

    def _read(self, event: ResultsRead) -> None:
        self.results = event.results
        self.results_changed = True

    def stop(self) -> None:
        """The sweep ended: nothing runs any more."""
        self.running, self.pending = [], []
