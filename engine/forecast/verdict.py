"""The forecaster's verdict against the naive forecast, from the Diebold-Mariano test rather than the sign of the
skill: the results panel, the CLI summary line and the report all say it in these words."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from rnnlab.engine.experiments.stats import Summary, p_text

LEVEL = 0.05
"""The test's level: a p-value below it makes the difference from naive real."""

NOTHING_LEARNED = ("training found nothing to learn: no trained epoch beat the untrained network (the naive forecast) "
                   "on the validation windows, so the run keeps it (best epoch 0)")


def naive_verdict(statistic: float, p_value: float, skill: float, nothing_learned: bool = False) -> str:
    """"beats naive (DM p = 0.03)", "worse than naive (DM p = 0.002)" or "not distinguishable from naive at the 5%
    level (DM p = 0.41)", with the skill beside it; the untrained network kept (``nothing_learned``) says so instead.
    A negative DM statistic means the model's squared errors are the smaller."""
    if nothing_learned:
        return f"{NOTHING_LEARNED}, skill {skill:+.4f}"
    if math.isnan(p_value):
        return f"not testable against naive (fewer than two test rows), skill {skill:+.4f}"
    if p_value < LEVEL:
        side = "beats naive" if statistic < 0 else "worse than naive"
        return f"{side} (DM {p_text(p_value)}), skill {skill:+.4f}"
    return f"not distinguishable from naive at the {LEVEL:.0%} level (DM {p_text(p_value)}), skill {skill:+.4f}"


def verdict_of(metrics: Mapping[str, Any]) -> str:
    """The verdict of a run's metrics JSON (``ForecastResult.metrics``)."""
    return naive_verdict(metrics["dm_statistic"], metrics["dm_p_value"], metrics["skill"], metrics["best_epoch"] == 0)


def seeds_verdict(skill: Summary, runs: Sequence[Mapping[str, Any]]) -> str:
    """What repeating a configuration over seeds says against naive: where the skill's 95% interval lies (above 0:
    beats naive across seeds), and on how many of the ``runs`` (their metrics JSON) the Diebold-Mariano test found a
    difference."""
    if skill.low is None or skill.high is None:
        said = "One seed gives no interval."
    elif skill.low > 0:
        said = "The interval lies above 0: across seeds the model beats naive."
    elif skill.high < 0:
        said = "The interval lies below 0: across seeds the model is worse than naive."
    else:
        said = "The interval includes 0: across seeds the model is not distinguishable from naive."
    tested = [run for run in runs if not math.isnan(run.get("dm_p_value", math.nan))]
    beats = sum(run["dm_p_value"] < LEVEL and run["dm_statistic"] < 0 for run in tested)
    worse = sum(run["dm_p_value"] < LEVEL and run["dm_statistic"] > 0 for run in tested)
    return (f"{said} The Diebold-Mariano test (p < {LEVEL:g}) says it beats naive on {beats} of {len(tested)} seeds "
            f"and is worse on {worse}.")
