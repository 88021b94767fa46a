"""The Diebold-Mariano test against naive: a fixed example against an independent implementation (scipy's t), the
metrics JSON recomputed from the predictions CSV, and the edge cases of identical forecasts."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from rnnlab.engine.forecast.diebold_mariano import diebold_mariano
from rnnlab.engine.forecast.export import write_predictions_csv
from rnnlab.engine.forecast.training import ForecastTraining
from rnnlab.engine.forecast.windows import split_series
from rnnlab.engine.jobs import CancelToken, ignore_progress
from tests.engine.forecast.test_engine import TINY, price_frame


def reference_dm(actual, predicted, naive):
    """The issue's formula written independently: scipy's t distribution, numpy's biased variance."""
    d = (actual - predicted) ** 2 - (actual - naive) ** 2
    n = len(d)
    dm = d.mean() / np.sqrt(np.var(d) / n) * np.sqrt((n - 1) / n)
    return dm, 2 * stats.t.sf(abs(dm), df=n - 1)


def test_a_fixed_example_equals_the_independent_formula():
    actual = np.array([10.0, 10.5, 10.2, 10.9, 11.4, 11.1, 11.8, 12.0, 11.7, 12.3])
    predicted = np.array([10.1, 10.3, 10.4, 10.7, 11.2, 11.3, 11.6, 12.1, 11.9, 12.1])
    naive = np.array([9.8, 10.0, 10.5, 10.2, 10.9, 11.4, 11.1, 11.8, 12.0, 11.7])
    ours = diebold_mariano(actual, predicted, naive)
    statistic, p_value = reference_dm(actual, predicted, naive)
    assert ours.statistic == pytest.approx(statistic, rel=1e-12)
    assert ours.p_value == pytest.approx(p_value, rel=1e-9)
    assert ours.statistic < 0 and ours.p_value < 0.05  # the better forecast gives a negative statistic


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_examples_equal_the_independent_formula(seed):
    rng = np.random.default_rng(seed)
    actual = 100 + np.cumsum(rng.normal(0, 1, 60))
    predicted, naive = actual + rng.normal(0, 1.0, 60), actual + rng.normal(0, 1.1, 60)
    ours = diebold_mariano(actual, predicted, naive)
    statistic, p_value = reference_dm(actual, predicted, naive)
    assert (ours.statistic, ours.p_value) == pytest.approx((statistic, p_value), rel=1e-9)


def test_identical_forecasts_are_no_evidence_even_through_rounding():
    actual = np.array([1.0, 2.0, 3.0, 2.5])
    naive = np.array([0.9, 1.0, 2.0, 3.0])
    assert diebold_mariano(actual, naive, naive) == diebold_mariano(actual, naive * (1 + 1e-14), naive)
    assert (diebold_mariano(actual, naive, naive).statistic, diebold_mariano(actual, naive, naive).p_value) == (0, 1)
    assert np.isnan(diebold_mariano(actual[:1], naive[:1] + 1, naive[:1]).p_value)


def test_the_metrics_json_equals_the_test_recomputed_from_the_predictions_csv(tmp_path):
    result = ForecastTraining(split_series(price_frame(), TINY), TINY)(ignore_progress, CancelToken())
    path = tmp_path / "p.csv"
    write_predictions_csv(path, result.test)
    table = pd.read_csv(path)
    metrics = result.metrics()
    actual, naive = table.actual.to_numpy(), table.naive.to_numpy()
    for name, column, entry in [("model", "predicted", metrics), ("drift", "drift", metrics["baselines"]["drift"]),
                                ("linear", "linear", metrics["baselines"]["linear"])]:
        statistic, p_value = reference_dm(actual, table[column].to_numpy(), naive)
        assert entry["dm_statistic"] == pytest.approx(statistic, abs=1e-6), name
        assert entry["dm_p_value"] == pytest.approx(p_value, abs=1e-6), name
