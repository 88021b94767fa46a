"""The summary table a sweep prints and ``rnnlab runs show`` repeats: per configuration the metric's mean, sd and
95% confidence interval over seeds with n beside each, then the paired tests."""

from __future__ import annotations

from typing import Sequence

from rnnlab.engine.experiments.experiment import Axis
from rnnlab.engine.experiments.horizon import COUNTED_NOTE, counted_not_averaged, horizon_lines
from rnnlab.engine.experiments.results import Comparison, ConfigurationSummary, ExperimentResults
from rnnlab.engine.experiments.runs import DONE, FAILED
from rnnlab.engine.experiments.stats import PairedTest, Summary, p_text
from rnnlab.engine.plural import plural


def number(value: float | None) -> str:
    """A figure to four significant digits (``-`` for none)."""
    return "-" if value is None else f"{value:.4g}"


def seeds_text(n: int) -> str:
    """``n = 5 seeds``."""
    return f"n = {plural(n, 'seed')}"


def interval_text(low: float | None, high: float | None) -> str:
    """``[0.0012, 0.0034]``, or ``-`` where there is none (one seed)."""
    return "-" if low is None or high is None else f"[{number(low)}, {number(high)}]"


def summary_row(summary: Summary | None) -> list[str]:
    """mean, sd, 95% CI and n of one configuration (dashes and n = 0 seeds without any value)."""
    if summary is None:
        return ["-", "-", "-", seeds_text(0)]
    return [number(summary.mean), number(summary.sd), interval_text(summary.low, summary.high),
            seeds_text(summary.n)]


def test_row(test: PairedTest) -> list[str]:
    """mean difference, its 95% CI, t, p and n of one paired test."""
    return [number(test.mean_difference), interval_text(test.low, test.high),
            "-" if test.t is None else f"{test.t:.3g}", p_text(test.p), seeds_text(test.n)]


def left_out_text(results: ExperimentResults, metric: str) -> str:
    """A line naming the done runs without a finite ``metric`` (left out of its mean and tests), with the step where
    a run diverged; empty when every done run gave it."""
    runs = results.without(metric)
    if not runs:
        return ""
    named = []
    for run in runs[:5]:
        step = (run.metrics or {}).get("diverged_at_step")
        named.append(f"{run.key}" + (f" (diverged at step {step})" if step is not None else ""))
    more = f" and {len(runs) - 5} more" if len(runs) > 5 else ""
    return (f"{plural(len(runs), 'finished run')} gave no {metric} and {'is' if len(runs) == 1 else 'are'} left out "
            f"of its figures: {', '.join(named)}{more}.")


def summary_lines(results: ExperimentResults, metric: str | None) -> list[str]:
    """The lines the sweep prints: the experiment and its counts, the horizons (for an experiment with a horizon
    rule), the table of ``metric`` per configuration and the paired tests (none before a run is done)."""
    stored = results.stored
    failed = results.count(FAILED)
    lines = [f"experiment {stored.id} {stored.name!r} ({stored.lab}, {stored.experiment.describe()}): "
             f"{results.count(DONE)} done" + (f", {failed} failed" if failed else "")
             + (f", {results.total - len(results.runs)} not run" if len(results.runs) < results.total else "")]
    lines += horizon_lines(results)
    if metric is None:
        return lines
    if counted_not_averaged(results.experiment, metric):
        return [*lines, COUNTED_NOTE.format(metric=metric)]
    names = [axis.name for axis in results.experiment.axes] or ["configuration"]
    lines.append(f"{metric}: mean over seeds, sd and 95% CI (Student t)")
    axes = results.experiment.axes
    lines += aligned([[*names, "mean", "sd", "95% CI", "n"],
                      *(_configuration_row(s, axes) for s in results.summaries(metric))])
    if left_out := left_out_text(results, metric):
        lines.append(left_out)
    comparisons = results.comparisons(metric)
    if comparisons:
        lines.append(f"paired t-tests of {metric} on the same seeds (difference of means, 95% CI, t, p):")
        lines += aligned([_comparison_row(c) for c in comparisons])
    return lines


def _configuration_row(summary: ConfigurationSummary, axes: Sequence[Axis]) -> list[str]:
    point = summary.configuration.point
    names = [axis.text_of(point[axis.name]) for axis in axes] or [summary.configuration.label]
    return [*names, *summary_row(summary.summary)]


def _comparison_row(comparison: Comparison) -> list[str]:
    return [comparison.label, *test_row(comparison.test)]


def aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows of text cells padded into columns two spaces apart."""
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))] if rows else []
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
