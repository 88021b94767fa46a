"""An experiment's horizon: for each value of its other setting (the cell), the largest value of one varied setting
(the sequence length T) at which enough seeds succeed by a 0/1 metric (the gradient-flow lab's ``solved``).

The rule is part of the experiment's definition (``horizon_rule.HorizonRule``, stored with it), so the sweep's summary,
``rnnlab runs show``, the report and the Experiments tab all read one declaration. A seed succeeds when its run is
done and its metric is 1; a failed run, a run not yet run or a metric that is missing (a diverged run) is not a
success.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rnnlab.engine.experiments.experiment import Axis, canonical_text
from rnnlab.engine.experiments.horizon_rule import HorizonRule
from rnnlab.engine.plural import plural


@dataclass(frozen=True)
class Horizon:
    """One group's horizon: the other settings' values (``group``, ``{"cell": "rnn"}``), the successes out of
    ``seeds`` at each value of the axis (``successes``, in the grid's order), and ``value``: the largest value that
    meets the rule (None: none does)."""

    group: dict[str, Any]
    axis: Axis
    successes: tuple[int, ...]
    seeds: int
    value: Any

    @property
    def label(self) -> str:
        """The group as a person reads it (``rnn``; ``all runs`` when only the axis is varied)."""
        return ", ".join(canonical_text(value) for value in self.group.values()) or "all runs"

    @property
    def text(self) -> str:
        """``10``, ``none`` (no value meets the rule) or ``at least 320`` (the grid's largest does)."""
        if self.value is None:
            return "none"
        text = self.axis.text_of(self.value)
        return f"at least {text}" if self.value == self.axis.values[-1] else text

    def shares(self) -> tuple[float, ...]:
        """The share of seeds that succeeded at each value of the axis."""
        return tuple(count / self.seeds for count in self.successes)


def horizons(results: Any) -> list[Horizon]:
    """The horizon of every group of an experiment's results (``ExperimentResults``) by its rule; empty when the
    experiment declares none."""
    experiment = results.experiment
    rule: HorizonRule | None = experiment.horizon
    if rule is None:
        return []
    axis = next(axis for axis in experiment.axes if axis.name == rule.axis)
    by_group: dict[tuple[tuple[str, Any], ...], dict[Any, int]] = {}
    for configuration in results.configurations:
        group = tuple((name, value) for name, value in configuration.point.items() if name != rule.axis)
        solved = configuration.values(rule.metric)
        by_group.setdefault(group, {})[configuration.point[rule.axis]] = sum(value == 1 for value in solved.values())
    out = []
    for group, counts in by_group.items():
        successes = tuple(counts.get(value, 0) for value in axis.values)
        met = [value for value, count in zip(axis.values, successes, strict=True) if count >= rule.min_successes]
        out.append(Horizon(dict(group), axis, successes, experiment.seeds, max(met) if met else None))
    return out


def horizon_lines(results: Any) -> list[str]:
    """The horizons in a few lines (none when the experiment declares no rule): the rule, then per group its
    horizon and its successes at each value, with n."""
    found = horizons(results)
    if not found:
        return []
    rule: HorizonRule = results.experiment.horizon
    lines = [f"horizon: {rule.text(results.experiment.seeds)}"]
    for horizon in found:
        counts = ", ".join(f"{horizon.axis.text_of(value)}: {count}/{horizon.seeds}"
                           for value, count in zip(horizon.axis.values, horizon.successes, strict=True))
        lines.append(f"  {horizon.label}: horizon {horizon.text} (seeds solved by {rule.axis}: {counts}; "
                     f"n = {plural(horizon.seeds, 'seed')})")
    return lines


def horizon_table(results: Any) -> tuple[list[str], list[list[str]]]:
    """The horizons as a table: a header (the group's settings, ``horizon``, the share of seeds that succeeded at
    each value of the axis, ``n``) and a row per group; no rows when the experiment declares no rule."""
    found = horizons(results)
    if not found:
        return [], []
    rule: HorizonRule = results.experiment.horizon
    names = [name for name in found[0].group] or ["runs"]
    header = [*names, "horizon", *(f"{rule.axis}={text}" for text in found[0].axis.texts), "n"]
    rows = [[horizon.label, horizon.text, *(f"{count}/{horizon.seeds}" for count in horizon.successes),
             f"{horizon.seeds}"] for horizon in found]
    return header, rows


def counted_not_averaged(experiment: Any, metric: str) -> bool:
    """Whether ``metric`` is the 0/1 metric the experiment's horizon rule decides by: its counts of seeds (the
    horizons) say all there is, and a mean, t-interval or paired t-test of it over a few seeds would say nothing."""
    rule: HorizonRule | None = experiment.horizon
    return rule is not None and rule.metric == metric


COUNTED_NOTE = ("Means, intervals and paired t-tests of the 0/1 {metric} are left out: over a few seeds the counts "
                "above say all there is (choose another metric for them).")
"""Said where a summary leaves them out (``counted_not_averaged``)."""


def charts_share(experiment: Any, metric: str) -> bool:
    """Whether ``metric`` is charted as a share of seeds against a log axis of the horizon's setting: it is the 0/1
    metric the experiment's horizon rule decides by, and the horizon's setting is the chart's x (the first varied
    setting). A t-interval of a 0/1 metric over three seeds says nothing, so such a chart draws the share alone."""
    rule: HorizonRule | None = experiment.horizon
    return (rule is not None and rule.metric == metric and bool(experiment.axes)
            and experiment.axes[0].name == rule.axis)
