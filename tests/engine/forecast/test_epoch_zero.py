"""Epoch 0 as a candidate for the best epoch: for the change target the untrained network (its readout zero) is the
naive forecast, and a run where no trained epoch beats it on validation keeps it and says so in the summary line and
the report; where training helps, a trained epoch is kept as before."""

import dataclasses

import numpy as np
import pandas as pd

from rnnlab.engine.forecast.loader import LoadedSeries
from rnnlab.engine.forecast.summary import summary_line
from rnnlab.engine.forecast.training import ForecastTraining
from rnnlab.engine.forecast.verdict import NOTHING_LEARNED, verdict_of
from rnnlab.engine.forecast.windows import split_series
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.report.document import render
from rnnlab.engine.report.forecast_report import forecast_report
from tests.engine.forecast.test_engine import TINY

CHANGE = dataclasses.replace(TINY, target="change", epochs=2)


def frame(values: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame({"Open": values}, index=pd.bdate_range("2020-01-01", periods=len(values), name="date"))


def walk(seed: int) -> np.ndarray:
    """A pure random walk: nothing in its past predicts its next move."""
    return 100 + np.cumsum(np.random.default_rng(seed).normal(0, 1, 400))


def train(values: np.ndarray, config):
    split = split_series(frame(values), config)
    return split, ForecastTraining(split, config)(ignore_progress, CancelToken())


def test_a_random_walk_where_no_epoch_beats_the_untrained_network_keeps_it():
    config = dataclasses.replace(CHANGE, seed=4)
    split, result = train(walk(4), config)
    assert result.best_epoch == 0 and result.epochs_run == 2
    assert result.untrained_val_loss is not None and result.untrained_val_loss <= min(result.val_losses)
    np.testing.assert_allclose(result.test.predicted, result.test.naive, rtol=1e-12)  # the naive forecast itself
    metrics = result.metrics()
    assert (metrics["best_epoch"], metrics["dm_statistic"], metrics["dm_p_value"]) == (0, 0.0, 1.0)
    assert verdict_of(metrics).startswith(NOTHING_LEARNED)
    assert f"verdict: {NOTHING_LEARNED}" in summary_line(metrics, config)
    files = [LoadedSeries(frame=frame(walk(4)), notes=[], source="walk.csv", has_dates=True)]
    report = render(forecast_report(config, result, split, files))
    assert NOTHING_LEARNED in report and "the untrained weights (epoch 0, the naive forecast) were kept" in report


def test_where_training_helps_a_trained_epoch_is_kept_and_the_verdict_is_the_test_s():
    config = dataclasses.replace(CHANGE, epochs=8)
    sine = 100 + 10 * np.sin(np.arange(400) / 5)  # each move follows from the window
    split, result = train(sine, config)
    assert result.best_epoch == 8 and result.val_losses[-1] < result.val_losses[0]
    metrics = result.metrics()
    assert metrics["dm_p_value"] < 0.001 and metrics["dm_statistic"] < 0
    assert f"verdict: beats naive (DM p < 0.001), skill {metrics['skill']:+.4f}" in summary_line(metrics, config)
    files = [LoadedSeries(frame=frame(sine), notes=[], source="sine.csv", has_dates=True)]
    report = render(forecast_report(config, result, split, files))
    assert "beats naive (DM p &lt; 0.001)" in report
    assert "Diebold-Mariano vs naive" in report and f"{metrics['dm_statistic']:+.2f} (p &lt; 0.001)" in report


def test_the_value_target_s_untrained_network_is_no_candidate():
    """Its untrained output is not the naive forecast, so only trained epochs compete."""
    _, result = train(walk(4), dataclasses.replace(TINY, target="value", epochs=2, seed=4))
    assert result.best_epoch in (1, 2)
