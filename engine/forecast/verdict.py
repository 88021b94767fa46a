"""The forecaster's verdict against the naive forecast, from the Diebold-Mariano test rather than the sign of the
skill: the results panel, the CLI summary line and the report all say it in these words."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from rnnlab.engine.experiments.stats import Summary, p_text
from rnnlab.engine.translations import filled, translatable, translate

LEVEL = 0.05
"""The test's level: a p-value below it makes the difference from naive real."""

NOTHING_LEARNED = translatable(
    "forecast.verdict", "training found nothing to learn: no trained epoch beat the untrained network (the naive "
                        "forecast) on the validation windows, so the run keeps it (best epoch 0)")
_SAID = (translatable("forecast.verdict", "{nothing_learned}, skill {skill:+.4f}"),
         translatable("forecast.verdict", "not testable against naive (fewer than two test rows), skill {skill:+.4f}"),
         translatable("forecast.verdict", "beats naive (DM {p}), skill {skill:+.4f}"),
         translatable("forecast.verdict", "worse than naive (DM {p}), skill {skill:+.4f}"),
         translatable("forecast.verdict", "not distinguishable from naive at the {level:.0%} level (DM {p}), skill "
                                          "{skill:+.4f}"))


def _as_written(_context: str, text: str) -> str:
    return text


def naive_verdict(statistic: float, p_value: float, skill: float, nothing_learned: bool = False,
                  localized: bool = False) -> str:
    """"beats naive (DM p = 0.03)", "worse than naive (DM p = 0.002)" or "not distinguishable from naive at the 5%
    level (DM p = 0.41)", with the skill beside it; the untrained network kept (``nothing_learned``) says so instead.
    A negative DM statistic means the model's squared errors are the smaller. ``localized``: in the current language
    (the window); else English, as the command line prints it and the metrics record it."""
    say, fill = (translate, filled) if localized else (_as_written, _english)
    values: dict[str, Any]
    if nothing_learned:
        text, values = _SAID[0], {"nothing_learned": say("forecast.verdict", NOTHING_LEARNED)}
    elif math.isnan(p_value):
        text, values = _SAID[1], {}
    elif p_value < LEVEL:
        text, values = _SAID[2] if statistic < 0 else _SAID[3], {"p": p_text(p_value)}
    else:
        text, values = _SAID[4], {"p": p_text(p_value), "level": LEVEL}
    return fill(say("forecast.verdict", text), skill=skill, **values)


def _english(template: str, **values: Any) -> str:
    return template.format(**values)


def verdict_of(metrics: Mapping[str, Any]) -> str:
    """The verdict of a run's metrics JSON (``ForecastResult.metrics``)."""
    return naive_verdict(metrics["dm_statistic"], metrics["dm_p_value"], metrics["skill"], metrics["best_epoch"] == 0)


def seeds_verdict(skill: Summary, runs: Sequence[Mapping[str, Any]]) -> str:
    """What repeating a configuration over seeds says against naive, in the current language (the window shows it):
    where the skill's 95% interval lies (above 0: beats naive across seeds), and on how many of the ``runs`` (their
    metrics JSON) the Diebold-Mariano test found a difference."""
    if skill.low is None or skill.high is None:
        said = translate("forecast.verdict", "One seed gives no interval.")
    elif skill.low > 0:
        said = translate("forecast.verdict", "The interval lies above 0: across seeds the model beats naive.")
    elif skill.high < 0:
        said = translate("forecast.verdict", "The interval lies below 0: across seeds the model is worse than naive.")
    else:
        said = translate("forecast.verdict",
                         "The interval includes 0: across seeds the model is not distinguishable from naive.")
    tested = [run for run in runs if not math.isnan(run.get("dm_p_value", math.nan))]
    beats = sum(run["dm_p_value"] < LEVEL and run["dm_statistic"] < 0 for run in tested)
    worse = sum(run["dm_p_value"] < LEVEL and run["dm_statistic"] > 0 for run in tested)
    return said + filled(translate("forecast.verdict", " The Diebold-Mariano test (p < {level:g}) says it beats naive "
                                                       "on {beats} of {tested} seeds and is worse on {worse}."),
                         level=LEVEL, beats=beats, tested=len(tested), worse=worse)
