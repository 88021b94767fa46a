"""Adaptive conformal bands over the test period (Gibbs & Candès 2021, "Adaptive conformal inference under
distribution shift").

The test period is forecast one step ahead, so each actual is known before the next forecast. Each step's
half-width is the conformal quantile of the most recent :data:`CALIBRATION_WINDOW` one-step absolute errors known
at that time (the validation errors first, then each test error once its actual is in), at a level that adapts:
with miss indicator err_t (1 when the actual fell outside), alpha_{t+1} = alpha_t + step * (alpha - err_t), so a
run of misses widens the band and a run of hits narrows it, and the long-run miss rate tends to alpha whatever the
errors do. The level 1 - alpha_t is clipped into [0, 1]; a level the window's errors cannot hold (its conformal
rank is beyond the window, e.g. a level of 1) gives an unbounded band for that step: lower -inf, upper +inf, counted
as covered and drawn as a gap in the shaded band.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from rnnlab.engine.forecast.intervals import conformal_rank

CALIBRATION_WINDOW = 250
"""How many of the most recent one-step errors calibrate each test step (about a year of trading days): long
enough to hold a 99% level (99 errors) and to smooth one bad week, short enough to follow a change in volatility."""


@dataclass(frozen=True)
class AdaptiveBand:
    """The band's bounds per test step (±inf where the step's level is unbounded) and the level used at each."""

    lower: np.ndarray
    upper: np.ndarray
    levels: np.ndarray

    @property
    def unbounded(self) -> int:
        """How many steps had an unbounded band."""
        return int(np.sum(~np.isfinite(self.upper)))


def window_half_width(errors: np.ndarray, level: float) -> float:
    """The conformal half-width of ``level`` from the absolute ``errors`` (any order): 0 at level 0, inf where the
    level's rank ceil((n + 1) level) is beyond the n errors."""
    if level <= 0:
        return 0.0
    rank = conformal_rank(len(errors), level)
    if rank > len(errors):
        return math.inf
    return float(np.partition(errors, rank - 1)[rank - 1])


def adaptive_band(history: np.ndarray, predicted: np.ndarray, actual: np.ndarray, level: float, step: float,
                  window: int = CALIBRATION_WINDOW) -> AdaptiveBand:
    """The adaptive band at nominal ``level`` around one-step ``predicted`` values, given the ``actual`` values
    revealed one by one and the absolute one-step errors known before the first (``history``, oldest first)."""
    alpha = 1.0 - level
    alpha_t = alpha
    errors = list(np.abs(np.asarray(history, dtype=np.float64))[-window:])
    n = len(predicted)
    lower, upper, levels = np.empty(n), np.empty(n), np.empty(n)
    for t in range(n):
        level_t = min(1.0, max(0.0, 1.0 - alpha_t))
        width = window_half_width(np.asarray(errors[-window:]), level_t)
        lower[t], upper[t], levels[t] = predicted[t] - width, predicted[t] + width, level_t
        error = abs(float(actual[t]) - float(predicted[t]))
        missed = 1.0 if error > width else 0.0
        alpha_t += step * (alpha - missed)
        errors.append(error)
        if len(errors) > window:
            del errors[0]
    return AdaptiveBand(lower=lower, upper=upper, levels=levels)
