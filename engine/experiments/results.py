"""An experiment's stored runs read as results: its configurations, each metric summarised over seeds, and paired
tests between configurations that differ in one setting. What the summary table, the CSV, the report and the GUI
show."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

from rnnlab.engine.experiments.experiment import Experiment, canonical_text, point_label, run_key
from rnnlab.engine.experiments.runs import DONE, FAILED
from rnnlab.engine.experiments.stats import PairedTest, Summary, paired_t_test, summarize
from rnnlab.engine.experiments.store import StoredExperiment, StoredRun


@dataclass(frozen=True)
class Configuration:
    """One grid point: its settings (``point``), a label (``cell=lstm``) and its stored runs (any status)."""

    point: dict[str, Any]
    label: str
    runs: tuple[StoredRun, ...]

    def values(self, metric: str) -> dict[int, float]:
        """The metric's value per seed, of the runs that are done and gave it as a finite number."""
        values = {}
        for run in self.runs:
            value = numeric_metrics(run.metrics).get(metric, math.nan) if run.status == DONE else math.nan
            if math.isfinite(value):
                values[run.seed] = value
        return values


@dataclass(frozen=True)
class ConfigurationSummary:
    """One configuration's metric over its seeds (None: no run gave it)."""

    configuration: Configuration
    summary: Summary | None


@dataclass(frozen=True)
class Comparison:
    """The paired test of ``later`` minus ``earlier``, two configurations that differ only in ``setting`` (the
    later value listed after the earlier), over the seeds both have."""

    setting: str
    earlier: Configuration
    later: Configuration
    test: PairedTest

    @property
    def label(self) -> str:
        """``cell: lstm - rnn`` (with the other setting's value where there are two: ``cell: lstm - rnn at
        learning_rate=0.01``)."""
        text = (f"{self.setting}: {canonical_text(self.later.point[self.setting])} - "
                f"{canonical_text(self.earlier.point[self.setting])}")
        fixed = {name: value for name, value in self.earlier.point.items() if name != self.setting}
        return text + (f" at {point_label(fixed)}" if fixed else "")


class ExperimentResults:
    """A stored experiment and its runs, grouped by configuration in the grid's order."""

    def __init__(self, stored: StoredExperiment, runs: Sequence[StoredRun]) -> None:
        self.stored = stored
        self.runs = list(runs)
        by_key = {run.key: run for run in self.runs}
        self.configurations = [
            Configuration(point, point_label(point),
                          tuple(by_key[key] for seed in range(self.experiment.seeds)
                                if (key := run_key(point, seed)) in by_key))
            for point in self.experiment.points()]

    @property
    def experiment(self) -> Experiment:
        return self.stored.experiment

    @property
    def total(self) -> int:
        """The runs of the whole grid."""
        return len(self.configurations) * self.experiment.seeds

    def count(self, status: str) -> int:
        """How many stored runs have ``status`` (``done`` or ``failed``)."""
        return sum(run.status == status for run in self.runs)

    def metric_names(self) -> list[str]:
        """Every numeric metric the done runs gave, in the order the lab writes them."""
        names: dict[str, None] = {}
        for run in self.runs:
            if run.status == DONE:
                names.update(dict.fromkeys(numeric_metrics(run.metrics)))
        return list(names)

    def default_metric(self, headline: str) -> str | None:
        """The metric the experiment's horizon rule decides by (``solved``), else ``headline`` (the lab's, e.g.
        ``skill``) where the runs gave it, else its compare-mode form (``lstm.tail_loss``), else the first metric;
        None before any run is done."""
        names = self.metric_names()
        if self.experiment.horizon is not None and self.experiment.horizon.metric in names:
            return self.experiment.horizon.metric
        if headline in names:
            return headline
        return next((name for name in names if name.endswith(f".{headline}")), names[0] if names else None)

    def summaries(self, metric: str) -> list[ConfigurationSummary]:
        """Each configuration's ``metric`` over its seeds."""
        out = []
        for configuration in self.configurations:
            values = list(configuration.values(metric).values())
            out.append(ConfigurationSummary(configuration, summarize(values) if values else None))
        return out

    def comparisons(self, metric: str) -> list[Comparison]:
        """The paired tests of every two configurations that differ in one setting only, over the seeds where both
        gave ``metric`` (at least two)."""
        out = []
        for i, earlier in enumerate(self.configurations):
            for later in self.configurations[i + 1:]:
                differing = [name for name in earlier.point if earlier.point[name] != later.point[name]]
                if len(differing) != 1:
                    continue
                a, b = later.values(metric), earlier.values(metric)
                seeds = sorted(set(a) & set(b))
                if len(seeds) >= 2:
                    out.append(Comparison(differing[0], earlier, later,
                                          paired_t_test([a[s] for s in seeds], [b[s] for s in seeds])))
        return out

    def without(self, metric: str) -> list[StoredRun]:
        """The runs that are done but gave no finite ``metric`` (a diverged run's loss): left out of its figures."""
        return [run for run in self.runs if run.status == DONE
                and not math.isfinite(numeric_metrics(run.metrics).get(metric, math.nan))]

    def failures(self) -> list[StoredRun]:
        """The runs that failed, with their errors."""
        return [run for run in self.runs if run.status == FAILED]


def numeric_metrics(metrics: dict[str, Any] | None) -> dict[str, float]:
    """A run's numeric metrics by name: every top-level number, and the numbers one level down as ``outer.inner``
    (gradient flow's compare mode: ``lstm.tail_loss``). A null (a value that was not finite), text, lists and
    deeper tables (the forecaster's ``baselines``) are left out; a whole number stays one."""
    out: dict[str, float] = {}
    for name, value in (metrics or {}).items():
        nested = value.items() if isinstance(value, dict) else ()
        out.update({f"{name}.{inner}": number for inner, number in nested if is_number(number)})
        if is_number(value):
            out[name] = value
    return out


def is_number(value: object) -> bool:
    """A metric or setting value that is a number (an int or float, not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)
