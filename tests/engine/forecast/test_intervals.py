"""Honest uncertainty: split-conformal intervals whose coverage matches their level, bands only where the calibration
errors hold their level (refused before training, dropped with a note after it), and the drift and linear baselines
computed on the same test rows as the model."""

import dataclasses
import math
import pickle
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import Ridge
from sklearn.preprocessing import MinMaxScaler

from rnnlab.engine.forecast.backtest import Backtest
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.intervals import (
    BandUnsupported,
    Calibration,
    band_shortfall,
    conformal_half_width,
    conformal_rank,
    errors_needed,
    highest_level,
    split_conformal_band,
    split_conformal_steps,
    supports,
)
from rnnlab.engine.forecast.session import ForecastSession
from rnnlab.engine.forecast.training import ForecastTraining, evaluate
from rnnlab.engine.forecast.windows import make_windows, split_series
from rnnlab.engine.jobs import CancelToken, ignore_progress

TINY = ForecastConfig(window=8, layers=1, units=6, epochs=2, batch_size=64, horizon=5, interval_method="split")


def random_walk(n=3000, seed=0):
    rng = np.random.default_rng(seed)
    close = 1000 + np.cumsum(rng.normal(0, 1, n))
    return pd.DataFrame({"Close": close}, index=pd.bdate_range("2000-01-03", periods=n, name="date"))


def train(frame, config):
    split = split_series(frame, config)
    return split, ForecastTraining(split, config)(ignore_progress, CancelToken())


def test_conformal_half_width_is_the_finite_sample_quantile_and_exists_only_up_to_n():
    errors = np.arange(1, 20, dtype=float)  # n = 19: the 90% band is the ceil(20 * 0.9) = 18th smallest error
    assert conformal_half_width(errors, 0.9) == 18
    assert conformal_half_width(errors[:9], 0.9) == 9, "n = 9: rank ceil(10 * 0.9) = 9 exists"
    with pytest.raises(ValueError, match="9 needed"):
        conformal_half_width(errors[:8], 0.9)  # n = 8: rank 9 does not exist; never the largest error instead


@pytest.mark.parametrize("n, level, rank, exists", [
    (9, 0.9, 9, True), (8, 0.9, 9, False), (99, 0.99, 99, True), (98, 0.99, 99, False), (19, 0.95, 19, True),
    (18, 0.95, 19, False), (1, 0.5, 1, True), (0, 0.5, 1, False),
    (99, 0.55, 55, True),  # (99 + 1) * 0.55 is 55.00000000000001 in floating point: ceil would say 56
])
def test_conformal_rank_at_the_exact_boundaries(n, level, rank, exists):
    assert conformal_rank(n, level) == rank and supports(n, level) is exists


def test_the_rank_is_exact_for_every_whole_percent_level():
    for k in range(1, 100):
        for n in range(300):
            assert conformal_rank(n, k / 100) == math.ceil(Fraction(n + 1) * Fraction(k, 100)), (n, k)


def test_errors_needed_and_the_highest_level_a_count_holds():
    assert [errors_needed(level) for level in (0.5, 0.8, 0.9, 0.95, 0.975, 0.99)] == [1, 4, 9, 19, 39, 99]
    for level in (0.5, 0.8, 0.9, 0.95, 0.975, 0.99):
        n = errors_needed(level)
        assert supports(n, level) and not supports(n - 1, level)
    assert [highest_level(n) for n in (0, 1, 8, 9, 11, 99)] == [0.0, 0.5, 0.88, 0.9, 0.91, 0.99]


def test_settings_with_too_few_validation_windows_are_refused_with_the_numbers():
    config = ForecastConfig(interval=0.99, validation_fraction=0.01)  # window 60
    shortfall = band_shortfall(1006, config)  # 946 training windows, 9 of them validation windows
    assert (shortfall.errors, shortfall.needed, shortfall.fraction) == (9, 99, 0.11)
    assert int(946 * 0.10) < 99 <= int(946 * 0.11)
    message = str(BandUnsupported(shortfall))
    assert message == ("A 99% band needs at least 99 validation windows (its calibration errors); these settings "
                       "give 9: raise the validation fraction to 0.11 (0.13 for the band to reach all 20 projection "
                       "steps too) or lower the interval level to 0.90.")
    assert int(946 * 0.12) < 99 + 19 <= int(946 * 0.13), "step 20 of the projection has 19 errors fewer"
    assert pickle.loads(pickle.dumps(BandUnsupported(shortfall))).shortfall == shortfall
    small = band_shortfall(150, dataclasses.replace(config, validation_fraction=0.1))  # 90 windows: 0.5 gives 45
    assert small.fraction is None and "validation fraction" not in str(BandUnsupported(small))
    assert str(BandUnsupported(small)).endswith("these settings give 9: lower the interval level to 0.90.")
    assert band_shortfall(1006, dataclasses.replace(config, validation_fraction=0.11)) is None
    assert band_shortfall(1006, dataclasses.replace(config, interval=0.9)) is None
    assert band_shortfall(1006, dataclasses.replace(config, interval=0.0)) is None, "no band asked for"
    assert band_shortfall(1006, dataclasses.replace(config, validation_fraction=0.0)) is None, "a note says why"
    none = band_shortfall(155, dataclasses.replace(config, interval=0.9))  # 95 windows, none for validation
    assert str(BandUnsupported(none)).endswith("these settings give 0: raise the validation fraction to 0.10 (0.30 "
                                               "for the band to reach all 20 projection steps too).")
    assert str(BandUnsupported(band_shortfall(155, dataclasses.replace(config, interval=0.9, horizon=1)))).endswith(
        "give 0: raise the validation fraction to 0.10."), "one projection step: its band needs no more"
    tiny = band_shortfall(69, dataclasses.replace(config, interval=0.9, validation_fraction=0.1))  # 9 windows
    assert str(BandUnsupported(tiny)).endswith("use more rows or a shorter window, or set the interval level to 0 "
                                               "(no band).")


def test_the_training_job_refuses_before_it_starts():
    config = dataclasses.replace(TINY, column="Close", interval=0.99, validation_fraction=0.01)
    split = split_series(random_walk(400), config)
    with pytest.raises(BandUnsupported, match="these settings give 3"):
        ForecastTraining(split, config)


def test_a_calibration_too_small_for_the_level_gives_no_band_and_says_why():
    calibration = Calibration(one_step=np.arange(1.0, 9.0), by_step=[])
    band = split_conformal_band(calibration, np.zeros(3), 0.9)
    assert band.lower is None and band.bounds is None
    assert "calibrated on 8 validation errors" in band.note and "at least 9" in band.note
    assert split_conformal_band(calibration, np.zeros(3), 0.88).lower is not None


def test_the_projection_band_stops_at_the_first_step_too_few_errors_hold():
    errors = np.arange(1.0, 11.0)  # 10 calibration rows: step s (1-based) has 11 - s errors with a known outcome
    calibration = Calibration(one_step=errors, by_step=[errors[: 10 - step] * (1 + step) for step in range(5)])
    projection = np.full(5, 100.0)
    band = split_conformal_steps(calibration, projection, 0.9)
    np.testing.assert_array_equal(band.upper - projection[:2], [10.0, 18.0])  # ranks 10 of 10 and 9 of 9
    assert "first 2 of the 5 projection steps" in band.note and "step 3 has 8 calibration errors" in band.note
    full = split_conformal_steps(calibration, projection, 0.5)
    assert full.note is None and len(full.upper) == 5
    assert np.all(np.diff(full.upper) >= 0), "never narrower further ahead"
    short = Calibration(one_step=errors, by_step=[errors[:8]])
    assert split_conformal_steps(short, projection[:1], 0.9).lower is None


def test_a_run_whose_projection_outruns_its_calibration_draws_the_band_as_far_as_it_holds_and_says_so():
    from rnnlab.engine.forecast.loader import LoadedSeries
    from rnnlab.engine.report.document import render
    from rnnlab.engine.report.forecast_report import forecast_report

    config = dataclasses.replace(TINY, column="Close", horizon=30, validation_fraction=0.1)
    frame = random_walk(400)
    split, result = train(frame, config)  # 312 training windows, 31 for validation: step s has 32 - s
    assert len(result.projection) == 30 and len(result.projection_band[0]) == 23  # 9 errors at step 23, 8 at 24
    assert ("The 90% band covers the first 23 of the 30 projection steps: step 24 has 8 calibration errors, and a 90% "
            "band needs at least 9 (each step further ahead has one error fewer).") in result.notes
    assert "first 23 of the 30 projection steps" in render(forecast_report(
        config, result, split, [LoadedSeries(frame=frame, notes=[], source="walk.csv", has_dates=True)]))


def test_a_loaded_model_keeps_its_calibration_and_the_same_rule(tmp_path):
    frame = random_walk(400)
    config = dataclasses.replace(TINY, column="Close", validation_fraction=0.2)
    split, result = train(frame, config)
    n = len(result.forecaster.calibration.one_step)
    assert n == int((split.n_train - config.window) * 0.2) and supports(n, 0.9) and not supports(n, 0.99)
    result.forecaster.config = dataclasses.replace(config, interval=0.99)
    path = tmp_path / "model.pt"
    result.forecaster.save(path)
    frame.to_csv(tmp_path / "walk.csv")
    session = ForecastSession()
    session.accept_file(session.open_job(tmp_path / "walk.csv")(ignore_progress, CancelToken()))
    scored = session.load_model_job(path)(ignore_progress, CancelToken())
    assert scored.test.lower is None and scored.projection_band is None
    assert scored.notes[0] == (f"No 99% prediction band: the model was calibrated on {n} validation errors, and a 99% "
                               "band needs at least 99.")
    assert scored.test.metrics.coverage is None
    again = evaluate(result.forecaster, split)
    assert again.lower is None and again.notes == scored.notes[:1]


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
    assert off.test.lower is None and off.metrics()["coverage"] is None and off.metrics()["band_level"] == 0
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
    baselines = result.metrics()["baselines"]
    assert baselines["naive"]["skill"] == 0
    drift_mae = np.mean(np.abs(result.test.actual - result.test.baselines["drift"]))
    assert baselines["drift"]["mae"] == pytest.approx(drift_mae)
    assert baselines["drift"]["skill"] == pytest.approx(1 - drift_mae / result.test.metrics.naive.mae)


def test_backtest_folds_too_small_for_the_band_drop_it_with_a_note_and_the_last_fold_decides():
    config = dataclasses.replace(TINY, column="Close", horizon=0, epochs=1, interval=0.95, validation_fraction=0.1)
    split = split_series(random_walk(400), dataclasses.replace(config, test_fraction=0.1))
    # fold training rows 280, 320, 360: windows 272, 312, 352; validation windows 27, 31, 35 against 19 needed at 95%,
    # at 97.5% (39 needed) none holds: refused; at 96.6% (29 needed) the first fold has no band
    with pytest.raises(BandUnsupported, match="these settings give 35"):
        Backtest(split, dataclasses.replace(config, interval=0.975), folds=3)
    result = Backtest(split, dataclasses.replace(config, interval=0.966), folds=3)(ignore_progress, CancelToken())
    assert [fold.coverage is None for fold in result.folds] == [True, False, False]
    assert result.notes == [("Fold 1 has no 96.6% band: its 27 validation windows are too few (the band needs at "
                             "least 29), so the backtest reports no mean coverage.")]
    assert "coverage_mean" not in result.summary()


def test_backtest_reports_every_baseline_per_fold_and_on_average():
    config = dataclasses.replace(TINY, column="Close", horizon=0)
    split = split_series(random_walk(400), dataclasses.replace(config, test_fraction=0.1))
    result = Backtest(split, config, folds=3)(ignore_progress, CancelToken())
    summary = result.summary()
    for name in ("mae", "naive_mae", "drift_mae", "linear_mae", "skill", "coverage"):
        assert f"{name}_mean" in summary and f"{name}_std" in summary
    assert summary["linear_mae_mean"] == pytest.approx(np.mean([f.linear_mae for f in result.folds]))
