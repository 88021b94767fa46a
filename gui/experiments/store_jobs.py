"""The Experiments tab's background jobs on the run store: read a stored experiment with its runs, write its runs as
CSV, build its HTML report (each over 30 ms with many runs, so never in the GUI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.experiments.store import RunStore
from rnnlab.engine.jobs import CancelToken, FileWritten, ProgressFn


class ReadExperiment:
    """The job reading a stored experiment and its runs."""

    def __init__(self, store_path: Path | None, experiment_id: int) -> None:
        self._store_path, self._id = store_path, experiment_id

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ExperimentResults:
        store = RunStore(self._store_path, create=False)
        stored = store.experiment(str(self._id))
        return ExperimentResults(stored, store.runs(stored.id))


class WriteRunsCsv:
    """The job writing an experiment's runs as CSV (``write_runs_csv``)."""

    def __init__(self, results: ExperimentResults, path: Path) -> None:
        self._results, self._path = results, path

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> FileWritten:
        from rnnlab.engine.experiments.export import write_runs_csv

        write_runs_csv(self._path, self._results)
        return FileWritten("runs table", self._path)


def experiment_report(results: ExperimentResults, metric: str | None) -> Any:
    """The experiment's HTML report (built in the report's background job)."""
    from rnnlab.engine.report import experiment_report as report

    return report.experiment_report(results, metric)
