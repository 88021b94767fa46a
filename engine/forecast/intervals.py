"""Split-conformal prediction intervals (Vovk et al.; Lei et al. 2018, "Distribution-free predictive inference").

The model's absolute errors on a calibration slice it never trained on (the validation windows at the end of the
training period) set the band's half-width: with n calibration errors and level 1 - alpha, the half-width is the
ceil((n + 1)(1 - alpha))-th smallest error, so a new error falls inside with probability >= 1 - alpha when errors
are exchangeable. The projection gets one half-width per step ahead, from multi-step projections started inside
the calibration slice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MIN_ERRORS = 5


def conformal_half_width(errors: np.ndarray, level: float) -> float:
    """The split-conformal half-width of ``level`` from absolute calibration ``errors`` (the largest error when there
    are too few errors for that level)."""
    ordered = np.sort(np.asarray(errors, dtype=np.float64))
    rank = math.ceil((len(ordered) + 1) * level)
    return float(ordered[min(rank, len(ordered)) - 1])


@dataclass
class Calibration:
    """Absolute errors (price units) on the calibration slice: one-step, and per projection step (a list of arrays,
    step 1 first)."""

    one_step: np.ndarray
    by_step: list[np.ndarray]

    def half_width(self, level: float) -> float:
        """The one-step band's half-width at ``level``."""
        return conformal_half_width(self.one_step, level)

    def step_half_widths(self, level: float, steps: int) -> np.ndarray:
        """A half-width per projection step: each step's own errors where there are at least MIN_ERRORS of them,
        never narrower than the step before (uncertainty does not shrink further ahead)."""
        widths = np.empty(steps)
        current = self.half_width(level)
        for step in range(steps):
            errors = self.by_step[step] if step < len(self.by_step) else np.empty(0)
            if len(errors) >= MIN_ERRORS:
                current = max(current, conformal_half_width(errors, level))
            widths[step] = current
        return widths

    def as_payload(self) -> dict:
        """Plain lists for the model file."""
        return {"one_step": [float(e) for e in self.one_step], "by_step": [[float(e) for e in s] for s in self.by_step]}

    @classmethod
    def from_payload(cls, payload: dict | None) -> "Calibration | None":
        """Read ``as_payload``'s lists back (None: a model saved without calibration)."""
        if not payload or not payload.get("one_step"):
            return None
        return cls(one_step=np.asarray(payload["one_step"], dtype=np.float64),
                   by_step=[np.asarray(s, dtype=np.float64) for s in payload.get("by_step", [])])


def calibrate(forecaster, values: np.ndarray, rows: np.ndarray, n_train: int, steps: int) -> Calibration:
    """The model's errors on calibration ``rows`` (rows of ``values`` it did not train on, all before ``n_train``):
    one step ahead, and for each of ``steps`` projection steps from every calibration row with a known outcome."""
    predicted_rows, predicted = forecaster.predict_rows(values, int(rows[0]), int(rows[-1]) + 1)
    one_step = np.abs(values[predicted_rows, 0] - predicted)
    by_step: list[np.ndarray] = []
    if steps:
        starts = predicted_rows[predicted_rows < n_train]
        paths = forecaster.project_from(values, starts, steps)
        for step in range(steps):
            known = starts + step < n_train
            by_step.append(np.abs(values[starts[known] + step, 0] - paths[known, step]))
    return Calibration(one_step=one_step, by_step=by_step)


def coverage(actual: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> float:
    """The share of ``actual`` inside [lower, upper]."""
    return float(np.mean((actual >= lower) & (actual <= upper)))
