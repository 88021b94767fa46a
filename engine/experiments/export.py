"""An experiment's runs as CSV: one row per stored run, in the grid's order."""

from __future__ import annotations

import csv
import os
from typing import Any

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.experiments.results import ExperimentResults, numeric_metrics


def runs_table(results: ExperimentResults) -> tuple[list[str], list[list[Any]]]:
    """The header and rows: the varied settings under their names (values as typed), ``seed``, ``status``,
    ``seconds`` (the run's wall time), then every numeric metric (empty where a run did not give it)."""
    axes = results.experiment.axes
    metrics = results.metric_names()
    header = [axis.name for axis in axes] + ["seed", "status", "seconds"] + metrics
    rows = []
    for configuration in results.configurations:
        for run in sorted(configuration.runs, key=lambda run: run.seed):
            numbers = numeric_metrics(run.metrics)
            rows.append([axis.text_of(run.point[axis.name]) for axis in axes]
                        + [run.seed, run.status, round(run.seconds, 3)]
                        + [numbers.get(name, "") for name in metrics])
    return header, rows


def write_runs_csv(path: str | os.PathLike[str], results: ExperimentResults) -> None:
    """Write :func:`runs_table` to ``path`` (UTF-8, atomically)."""
    header, rows = runs_table(results)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
