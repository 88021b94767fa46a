"""Honest uncertainty: split-conformal intervals whose coverage matches their level, and the drift and linear
baselines computed on the same test rows as the model."""

import dataclasses

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import Ridge
from sklearn.preprocessing import MinMaxScaler

from rnnlab.engine.forecast.backtest import Backtest
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.intervals import conformal_half_width
from rnnlab.engine.forecast.training import TrainForecaster
from rnnlab.engine.forecast.windows import make_windows, split_series
from rnnlab.engine.jobs import CancelToken, ignore_progress

TINY = ForecastConfig(window=8, layers=1, units=6, epochs=2, batch_size=64, horizon=5)


def random_walk(n=3000, seed=0):
    rng = np.random.default_rng(seed)
    close = 1000 + np.cumsum(rng.normal(0, 1, n))
    return pd.DataFrame({"Close": close}, index=pd.bdate_range("2000-01-03", periods=n, name="date"))


def train(frame, config):
    split = split_series(frame, config)
    return split, TrainForecaster(split, config)(ignore_progress, CancelToken())


def test_conformal_half_width_is_the_finite_sample_quantile():
    errors = np.arange(1, 20, dtype=float)  # n = 19: the 90% band is the ceil(20 * 0.9) = 18th smallest error
    assert conformal_half_width(errors, 0.9) == 18
    assert conformal_half_width(errors[:5], 0.9) == 5, "too few errors for the level: the largest"


def test_the_90_percent_band_covers_about_90_percent_of_a_random_walk():
    config = dataclasses.replace(TINY, column="Close", test_fraction=0.3, validation_fraction=0.2)
    _, result = train(random_walk(), config)
    metrics = result.test.metrics
    assert metrics.interval == 0.9
    assert 0.80 <= metrics.coverage <= 0.97, metrics.coverage
    assert len(result.test.actual) == 900
    lower, upper = result.projection_band
    widths = upper - lower
    assert np.all(np.diff(widths) >= 0) and widths[0] == pytest.approx(result.test.upper[0] - result.test.lower[0])


def test_interval_zero_turns_the_band_off_and_no_validation_says_why():
    _, off = train(random_walk(400), dataclasses.replace(TINY, column="Close", interval=0.0))
    assert off.test.lower is None and off.metrics_dict()["coverage"] is None and off.metrics_dict()["interval"] == 0
    _, no_val = train(random_walk(400), dataclasses.replace(TINY, column="Close", validation_fraction=0.0))
    assert no_val.test.lower is None and any("validation fraction is 0" in note for note in no_val.notes)


def test_linear_baseline_matches_a_plain_ridge_fit_on_the_same_windows():
    config = dataclasses.replace(TINY, column="Close")
    split, result = train(random_walk(500), config)
    scaler = MinMaxScaler().fit(split.train_values)
    scaled = scaler.transform(split.values)
    train_windows = make_windows(scaled, config.window, config.target, 0, split.n_train)
    test_windows = make_windows(scaled, config.window, config.target, split.n_train, len(scaled))
    ridge = Ridge(alpha=1.0).fit(train_windows.x.reshape(len(train_windows.x), -1).astype(np.float64),
                                 train_windows.y.astype(np.float64))
    change = ridge.predict(test_windows.x.reshape(len(test_windows.x), -1).astype(np.float64))
    expected = (change + test_windows.last - scaler.min_[0]) / scaler.scale_[0]
    np.testing.assert_allclose(result.test.baselines["linear"], expected, rtol=1e-9)


def test_drift_is_the_last_value_plus_the_mean_training_change():
    config = dataclasses.replace(TINY, column="Close")
    split, result = train(random_walk(500), config)
    target = split.values[:, 0]
    mean_change = np.mean(np.diff(target[:split.n_train]))
    np.testing.assert_allclose(result.test.baselines["drift"], target[split.n_train - 1:-1] + mean_change)
    baselines = result.metrics_dict()["baselines"]
    assert baselines["naive"]["skill"] == 0
    drift_mae = np.mean(np.abs(result.test.actual - result.test.baselines["drift"]))
    assert baselines["drift"]["mae"] == pytest.approx(drift_mae)
    assert baselines["drift"]["skill"] == pytest.approx(1 - drift_mae / result.test.metrics.naive.mae)


def test_backtest_reports_every_baseline_per_fold_and_on_average():
    config = dataclasses.replace(TINY, column="Close", horizon=0)
    split = split_series(random_walk(400), dataclasses.replace(config, test_fraction=0.1))
    result = Backtest(split, config, folds=3)(ignore_progress, CancelToken())
    summary = result.summary()
    for name in ("mae", "naive_mae", "drift_mae", "linear_mae", "skill", "coverage"):
        assert f"{name}_mean" in summary and f"{name}_std" in summary
    assert summary["linear_mae_mean"] == pytest.approx(np.mean([f.linear_mae for f in result.folds]))
