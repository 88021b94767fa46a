"""The Diebold-Mariano test of two one-step-ahead forecasts of the same rows, on squared-error loss.

d_t = (actual - predicted)^2 - (actual - reference)^2, DM = mean(d) / sqrt(g0 / n) with g0 the biased variance of d,
times the Harvey-Leybourne-Newbold correction sqrt((n - 1) / n) (one step ahead), and a two-sided p-value from
Student's t with n - 1 degrees of freedom. A negative statistic: the forecast's squared errors are the smaller.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from rnnlab.engine.experiments.stats import t_cdf


@dataclass(frozen=True)
class DieboldMariano:
    """The HLN-corrected statistic and its two-sided p-value (both NaN with fewer than two rows)."""

    statistic: float
    p_value: float


def diebold_mariano(actual: np.ndarray, predicted: np.ndarray, reference: np.ndarray) -> DieboldMariano:
    """Test ``predicted`` against ``reference`` on the same ``actual`` rows. Forecasts equal to 1e-9 relative count
    as equal (the untrained change model is the naive forecast up to the scaler's rounding, and rounding noise is no
    evidence); loss differences without spread are no evidence when all zero (statistic 0, p = 1) and certain
    evidence otherwise."""
    actual = np.asarray(actual, dtype=np.float64)
    predicted, reference = np.asarray(predicted, dtype=np.float64), np.asarray(reference, dtype=np.float64)
    d = np.where(np.isclose(predicted, reference, rtol=1e-9, atol=0.0), 0.0,
                 (actual - predicted) ** 2 - (actual - reference) ** 2)
    n = len(d)
    if n < 2:
        return DieboldMariano(statistic=math.nan, p_value=math.nan)
    mean = float(np.mean(d))
    g0 = float(np.mean((d - mean) ** 2))
    if g0 <= 0:
        return DieboldMariano(statistic=0.0, p_value=1.0) if mean == 0 else \
            DieboldMariano(statistic=math.copysign(math.inf, mean), p_value=0.0)
    statistic = mean / math.sqrt(g0 / n) * math.sqrt((n - 1) / n)
    return DieboldMariano(statistic=statistic, p_value=min(1.0, 2 * t_cdf(-abs(statistic), n - 1)))
