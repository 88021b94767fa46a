"""The verdict against naive follows the Diebold-Mariano test, not the sign of the skill, and the summary line (the
CLI's and the report's) says it in the same words."""

import dataclasses
import math

import pytest

from rnnlab.engine.experiments.stats import summarize
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.summary import summary_line
from rnnlab.engine.forecast.verdict import naive_verdict, seeds_verdict, verdict_of


@pytest.mark.parametrize("statistic, p_value, skill, expected", [
    (-2.3, 0.03, 0.0123, "beats naive (DM p = 0.03), skill +0.0123"),
    (3.9, 0.0004, -0.051, "worse than naive (DM p < 0.001), skill -0.0510"),
    (0.2, 0.41, 0.0018, "not distinguishable from naive at the 5% level (DM p = 0.41), skill +0.0018"),
    (-1.9, 0.05, 0.02, "not distinguishable from naive at the 5% level (DM p = 0.05), skill +0.0200"),
    (float("nan"), float("nan"), 0.1, "not testable against naive (fewer than two test rows), skill +0.1000"),
])
def test_each_verdict_in_words(statistic, p_value, skill, expected):
    assert naive_verdict(statistic, p_value, skill) == expected


def test_a_positive_skill_the_test_cannot_tell_from_noise_does_not_beat_naive():
    """The issue's case: skill +0.0018 was called a win."""
    assert not naive_verdict(-0.4, 0.69, 0.0018).startswith("beats")


def test_the_untrained_network_kept_says_training_found_nothing_to_learn():
    text = naive_verdict(0.0, 1.0, 0.0, nothing_learned=True)
    assert text.startswith("training found nothing to learn") and "best epoch 0" in text and text.endswith("+0.0000")


METRICS = {"mae": 5.2, "naive_mae": 5.3, "rmse": 7.0, "mape": 0.008, "mase": 0.98, "skill": 0.0189,
           "dm_statistic": -2.4, "dm_p_value": 0.021, "coverage": None, "band_level": 0.0, "n_rows": 1278,
           "n_test": 20, "epochs_run": 4, "best_epoch": 3, "train_seconds": 1.25, "device_used": "cpu",
           "baselines": {"naive": {"mae": 5.3}, "drift": {"mae": 5.4}, "linear": {"mae": 5.25}}}


def test_the_summary_line_carries_the_verdict():
    line = summary_line(METRICS, ForecastConfig())
    assert "MASE 0.98; verdict: beats naive (DM p = 0.021), skill +0.0189; best baseline linear (MAE 5.25)" in line
    kept = summary_line(dict(METRICS, best_epoch=0), dataclasses.replace(ForecastConfig(), target="change"))
    assert "verdict: training found nothing to learn" in kept
    assert verdict_of(METRICS) == "beats naive (DM p = 0.021), skill +0.0189"


@pytest.mark.parametrize("skills, expected", [
    ([0.02, 0.03, 0.025, 0.028, 0.022], "The interval lies above 0: across seeds the model beats naive."),
    ([-0.02, -0.03, -0.025, -0.028, -0.022], "The interval lies below 0: across seeds the model is worse than naive."),
    ([0.02, -0.01, 0.005, -0.004, 0.001], "The interval includes 0: across seeds the model is not distinguishable "
                                          "from naive."),
    ([0.02], "One seed gives no interval."),
])
def test_repeating_over_seeds_reads_the_skill_s_interval(skills, expected):
    runs = [{"dm_statistic": -2.5, "dm_p_value": 0.01}, {"dm_statistic": 2.5, "dm_p_value": 0.04},
            {"dm_statistic": -0.5, "dm_p_value": 0.6}, {"dm_statistic": math.nan, "dm_p_value": math.nan}]
    text = seeds_verdict(summarize(skills), runs)
    assert text == f"{expected} The Diebold-Mariano test (p < 0.05) says it beats naive on 1 of 3 seeds and is worse " \
                   "on 1."


def test_the_window_s_verdict_follows_the_language_but_the_command_line_s_stays_english():
    from rnnlab.engine import translations

    translations.set_language("fa")
    try:
        english = naive_verdict(-2.5, 0.012, 0.0312)
        persian = naive_verdict(-2.5, 0.012, 0.0312, localized=True)
        seeds = seeds_verdict(summarize([0.030, 0.031, 0.032]), [])
    finally:
        translations.set_language("en")
    assert english == naive_verdict(-2.5, 0.012, 0.0312) and english.startswith("beats naive")
    assert persian.startswith("از پیش‌بینی ساده بهتر است") and "DM p = 0.012" in persian
    assert "۰٫۰۳۱۲" in persian, "the skill in Persian digits"
    assert seeds.startswith("بازه بالای ۰ است")
