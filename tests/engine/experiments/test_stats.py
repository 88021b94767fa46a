"""The statistics over seeds, checked against scipy (a dev dependency only): the t distribution's CDF and quantile,
the confidence interval of a mean and the paired t-test."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from rnnlab.engine.experiments.stats import incomplete_beta, paired_t_test, summarize, t_cdf, t_quantile

DEGREES = [1, 2, 3, 4, 5, 9, 29, 100, 1000]


@pytest.mark.parametrize("df", DEGREES)
def test_the_t_cdf_is_scipy_s(df):
    t = np.concatenate([np.linspace(-60, 60, 241), [-1e6, -3.3, 0.0, 2.5, 1e6]])
    ours = np.array([t_cdf(float(value), df) for value in t])
    np.testing.assert_allclose(ours, stats.t.cdf(t, df), rtol=1e-12, atol=1e-15)


def test_the_t_cdf_is_exact_beside_zero_where_one_minus_x_would_round_away():
    """With one degree of freedom t is Cauchy: P(T <= t) = 1/2 + atan(t) / pi."""
    for t in (1e-9, -3e-12, 2e-5):
        assert t_cdf(t, 1) == pytest.approx(0.5 + math.atan(t) / math.pi, rel=1e-15)


@pytest.mark.parametrize("df", DEGREES)
def test_the_t_quantile_is_scipy_s_also_far_in_the_tails(df):
    p = np.array([1e-12, 1e-6, 0.001, 0.025, 0.05, 0.3, 0.5, 0.7, 0.95, 0.975, 0.995, 0.9995])
    ours = np.array([t_quantile(float(value), df) for value in p])
    np.testing.assert_allclose(ours, stats.t.ppf(p, df), rtol=1e-11, atol=1e-12)


def test_the_incomplete_beta_is_scipy_s_on_both_sides_of_its_switch():
    from scipy.special import betainc

    for a, b in [(0.5, 0.5), (2.5, 0.5), (50, 0.5), (3, 7), (0.1, 20)]:
        x = np.linspace(0, 1, 101)
        np.testing.assert_allclose([incomplete_beta(a, b, float(v)) for v in x], betainc(a, b, x), rtol=1e-12,
                                   atol=1e-15)


def test_a_summary_is_the_mean_the_sample_sd_and_the_t_interval():
    values = [0.0042, -0.0011, 0.0063, 0.0020, 0.0007]
    summary = summarize(values)
    low, high = stats.t.interval(0.95, len(values) - 1, loc=np.mean(values), scale=stats.sem(values))
    assert summary.n == 5 and summary.mean == pytest.approx(np.mean(values), rel=1e-15)
    assert summary.sd == pytest.approx(np.std(values, ddof=1), rel=1e-13)
    assert (summary.low, summary.high) == (pytest.approx(low, rel=1e-12), pytest.approx(high, rel=1e-12))


def test_one_value_has_a_mean_and_nothing_else():
    assert summarize([3.5]) == type(summarize([3.5]))(1, 3.5, None, None, None)
    with pytest.raises(ValueError):
        summarize([])


def test_the_paired_test_is_scipy_s_ttest_rel():
    rng = np.random.default_rng(4)
    for n in (2, 3, 5, 12):
        a = rng.normal(size=n)
        b = a + rng.normal(0.3, 0.5, size=n)
        test = paired_t_test(list(a), list(b))
        reference = stats.ttest_rel(a, b)
        assert test.n == n and test.mean_difference == pytest.approx(np.mean(a - b), rel=1e-12)
        assert test.t == pytest.approx(reference.statistic, rel=1e-12)
        assert test.p == pytest.approx(reference.pvalue, rel=1e-10)


def test_identical_differences_give_a_definite_answer_and_one_seed_none():
    same = paired_t_test([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
    assert (same.t, same.p, same.mean_difference) == (0.0, 1.0, 0.0)
    shifted = paired_t_test([2.0, 3.0, 4.0], [1.0, 2.0, 3.0])
    assert shifted.t == math.inf and shifted.p == 0.0
    single = paired_t_test([2.0], [1.0])
    assert single.n == 1 and single.t is None and single.p is None
