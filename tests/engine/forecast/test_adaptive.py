"""Adaptive conformal bands: the long-run miss rate holds its promise through a change in volatility, the band's
coverage in the metrics is what the predictions CSV shows, split is today's band unchanged, and the trust rule on
the first test step's calibration errors holds for both methods."""

import dataclasses
import json

import numpy as np
import pandas as pd
import pytest

from rnnlab.engine.forecast.adaptive import CALIBRATION_WINDOW, adaptive_band, window_half_width
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.export import write_predictions_csv
from rnnlab.engine.forecast.intervals import BandUnsupported, conformal_half_width, split_conformal_band
from rnnlab.engine.forecast.training import ForecastTraining
from rnnlab.engine.forecast.windows import split_series
from rnnlab.engine.jobs import CancelToken, ignore_progress

TINY = ForecastConfig(window=8, layers=1, units=6, epochs=2, batch_size=64, horizon=5)


def jump_series(n=20000, jump_at=2000, seed=1):
    """Errors of a forecaster that always predicts 0 on noise whose scale triples at ``jump_at``."""
    rng = np.random.default_rng(seed)
    scale = np.where(np.arange(n) < jump_at, 1.0, 3.0)
    return rng.standard_t(5, n) * scale


@pytest.mark.parametrize("level", [0.8, 0.9, 0.95])
def test_the_running_miss_rate_converges_to_the_promise_through_a_volatility_jump(level):
    actual = jump_series()
    history, test = actual[:500], actual[500:]
    band = adaptive_band(np.abs(history[:300]), np.zeros(len(test)), test, level, step=0.02)
    missed = (test < band.lower) | (test > band.upper)
    assert abs(missed.mean() - (1 - level)) < 0.02, missed.mean()
    after_jump = missed[2000:]
    assert abs(after_jump.mean() - (1 - level)) < 0.02


def test_a_fixed_window_without_adaptation_misses_far_more_after_the_jump():
    actual = jump_series()
    band = adaptive_band(np.abs(actual[:300]), np.zeros(len(actual) - 500), actual[500:], 0.9, step=0.0)
    missed = (actual[500:] < band.lower) | (actual[500:] > band.upper)
    assert missed[1500:1560].mean() > 0.3  # just after the jump the window still holds calm errors


def test_each_step_uses_the_most_recent_errors_known_before_it():
    history = np.arange(1.0, 10.0)  # 9 errors hold a 90% band: the largest
    actual = np.array([100.0, 0.0])
    band = adaptive_band(history, np.zeros(2), actual, 0.9, step=0.0, window=9)
    assert band.upper[0] == 9.0
    assert band.upper[1] == conformal_half_width(np.r_[history[1:], 100.0], 0.9) == 100.0


def test_the_level_moves_by_the_step_after_each_miss_and_hit_and_unbounded_steps_count_as_covered():
    history = np.ones(9)
    actual = np.array([5.0, 0.0, 0.0])
    band = adaptive_band(history, np.zeros(3), actual, 0.9, step=0.05, window=9)
    assert band.levels[0] == pytest.approx(0.9)
    assert band.levels[1] == pytest.approx(0.9 + 0.05 * 0.9)  # missed: alpha drops by step * (1 - alpha)
    assert band.levels[2] == pytest.approx(0.945 - 0.05 * 0.1)  # unbounded, so covered: alpha rises by step * alpha
    assert not np.isfinite(band.upper[1]) and band.unbounded == 2
    assert window_half_width(np.ones(3), 0.0) == 0.0 and window_half_width(np.ones(3), 1.0) == np.inf


def random_walk(n=1500, seed=0, jump_at=None):
    rng = np.random.default_rng(seed)
    steps = rng.normal(0, 1, n)
    if jump_at is not None:
        steps[jump_at:] *= 2
    close = 1000 + np.cumsum(steps)
    return pd.DataFrame({"Date": pd.bdate_range("2010-01-04", periods=n), "Open": close, "Close": close})


def train(frame, config):
    split = split_series(frame, config)
    return split, ForecastTraining(split, config)(ignore_progress, CancelToken())


def test_coverage_recomputed_from_the_predictions_csv_equals_the_metrics(tmp_path):
    _, result = train(random_walk(jump_at=1200), TINY)
    metrics = result.metrics()
    write_predictions_csv(tmp_path / "p.csv", result.test)
    (tmp_path / "m.json").write_text(json.dumps(metrics))
    rows = pd.read_csv(tmp_path / "p.csv")
    inside = (rows.actual >= rows.lower) & (rows.actual <= rows.upper)
    saved = json.loads((tmp_path / "m.json").read_text())
    assert saved["band_method"] == "adaptive"
    assert saved["coverage"] == inside.mean() and saved["band_covered"] == inside.sum()
    assert saved["band_rows"] == len(rows) == result.metrics()["n_test"]


def test_split_is_one_width_from_the_validation_errors_as_before():
    config = dataclasses.replace(TINY, interval_method="split")
    _, result = train(random_walk(), config)
    calibration = result.forecaster.calibration
    expected = split_conformal_band(calibration, result.test.predicted, 0.9)
    assert np.array_equal(result.test.lower, expected.lower) and np.array_equal(result.test.upper, expected.upper)
    assert result.metrics()["band_method"] == "split"


@pytest.mark.parametrize("rows", [800, 1500])
def test_adaptive_starts_from_the_validation_errors_and_notes_fewer_than_100(rows):
    _, result = train(random_walk(n=rows), TINY)
    calibration = result.forecaster.calibration
    first = result.test.upper[0] - result.test.predicted[0]
    assert first == pytest.approx(conformal_half_width(calibration.one_step[-CALIBRATION_WINDOW:], 0.9))
    noted = [note for note in result.notes if "fewer than 100" in note]
    n = len(calibration.one_step)
    if n < 100:
        assert noted == [f"The adaptive band's first test step was calibrated on {n} validation errors (fewer than "
                         "100): its early widths are rough until test errors come in."]
    else:
        assert not noted


@pytest.mark.parametrize("method", ["adaptive", "split"])
def test_a_level_the_first_steps_errors_cannot_hold_is_refused_for_both_methods(method):
    frame = random_walk(n=300)
    config = dataclasses.replace(TINY, interval=0.99, interval_method=method)
    with pytest.raises(BandUnsupported, match="99% band needs at least 99 validation windows"):
        ForecastTraining(split_series(frame, config), config)
