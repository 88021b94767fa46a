"""Forecast errors in price units, scaled errors, and skill against the naive (persistence) forecast.

MASE follows Hyndman & Koehler (2006): MAE divided by the in-sample MAE of the one-step naive forecast,
mean_t |y_t - y_{t-1}| over the training rows. Skill = 1 - MAE / MAE_naive: above 0 the model beats persistence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rnnlab.engine.forecast.diebold_mariano import DieboldMariano, diebold_mariano


@dataclass(frozen=True)
class ErrorMetrics:
    """MAE and RMSE in the series' units, MAPE as a fraction (0.01 = 1%), MASE unitless."""

    mae: float
    rmse: float
    mape: float
    mase: float


@dataclass(frozen=True)
class ForecastMetrics:
    """The model's errors, the naive forecast's errors on the same rows, and the model's skill over naive."""

    model: ErrorMetrics
    naive: ErrorMetrics
    skill: float
    baselines: dict[str, ErrorMetrics] = field(default_factory=dict)
    interval: float = 0.0
    coverage: float | None = None
    interval_method: str = ""
    covered: int = 0
    band_rows: int = 0
    dm: DieboldMariano = DieboldMariano(statistic=float("nan"), p_value=float("nan"))
    baseline_dm: dict[str, DieboldMariano] = field(default_factory=dict)

    def skill_of(self, errors: ErrorMetrics) -> float:
        """1 - MAE / MAE_naive for any forecast's errors on these test rows."""
        return 1.0 - errors.mae / self.naive.mae if self.naive.mae > 0 else float("nan")

    def all_baselines(self) -> dict[str, ErrorMetrics]:
        """naive first, then the other baselines (drift, linear)."""
        return {"naive": self.naive, **self.baselines}

    def best_baseline(self) -> tuple[str, ErrorMetrics]:
        """The baseline with the lowest MAE."""
        return min(self.all_baselines().items(), key=lambda item: item[1].mae)

    def as_dict(self) -> dict[str, Any]:
        """Keys for JSON: mae, rmse, mape, mase, naive_mae, naive_rmse, naive_mape, naive_mase, skill; ``baselines``
        {name: {mae, rmse, skill, dm_statistic, dm_p_value}} with skill and the Diebold-Mariano test against naive
        (naive's: 0, and 0 with p = 1); ``dm_statistic`` and ``dm_p_value`` (the model against naive);
        ``band_level`` (the band's nominal level, 0: none), ``coverage`` (the share of test actuals inside the band,
        None without one), with ``band_covered`` of ``band_rows`` (how many of how many) and ``band_method``
        (adaptive or split; empty without a band)."""
        out: dict[str, Any] = {name: getattr(self.model, name) for name in ("mae", "rmse", "mape", "mase")}
        out.update({f"naive_{name}": getattr(self.naive, name) for name in ("mae", "rmse", "mape", "mase")})
        out["skill"] = self.skill
        out["dm_statistic"], out["dm_p_value"] = self.dm.statistic, self.dm.p_value
        out["baselines"] = {name: {"mae": e.mae, "rmse": e.rmse, "skill": self.skill_of(e),
                                   "dm_statistic": self.baseline_dm[name].statistic,
                                   "dm_p_value": self.baseline_dm[name].p_value}
                            for name, e in self.all_baselines().items()}
        out["band_level"] = self.interval
        out["coverage"] = self.coverage
        out["band_covered"] = self.covered
        out["band_rows"] = self.band_rows
        out["band_method"] = self.interval_method
        return out


def in_sample_naive_mae(train_target: np.ndarray) -> float:
    """mean |y_t - y_{t-1}| over the training rows: the scale of MASE."""
    return float(np.mean(np.abs(np.diff(np.asarray(train_target, dtype=np.float64)))))


def error_metrics(actual: np.ndarray, predicted: np.ndarray, mase_scale: float) -> ErrorMetrics:
    """MAE, RMSE, MAPE (a fraction; |actual| below machine epsilon counts as epsilon, as in scikit-learn) and
    MAE / ``mase_scale``. The tests check them against ``sklearn.metrics``."""
    actual = np.asarray(actual, dtype=np.float64)
    error = np.abs(actual - np.asarray(predicted, dtype=np.float64))
    mae = float(np.mean(error))
    return ErrorMetrics(mae=mae, rmse=float(np.sqrt(np.mean(error ** 2))),
                        mape=float(np.mean(error / np.maximum(np.abs(actual), np.finfo(np.float64).eps))),
                        mase=mae / mase_scale if mase_scale > 0 else float("nan"))


def forecast_metrics(actual: np.ndarray, predicted: np.ndarray, naive: np.ndarray, train_target: np.ndarray,
                     baselines: dict[str, np.ndarray] | None = None, interval: float = 0.0,
                     band: tuple[np.ndarray, np.ndarray] | None = None, interval_method: str = "") -> ForecastMetrics:
    """Compare the model, the naive forecast and the other ``baselines`` (name: forecasts) on the same test rows, by
    their errors and by the Diebold-Mariano test of each against naive; with a ``band`` (lower, upper) at level
    ``interval``, count the actuals inside it."""
    scale = in_sample_naive_mae(train_target)
    model = error_metrics(actual, predicted, scale)
    baseline = error_metrics(actual, naive, scale)
    skill = 1.0 - model.mae / baseline.mae if baseline.mae > 0 else float("nan")
    others = {name: error_metrics(actual, values, scale) for name, values in (baselines or {}).items()}
    tests = {name: diebold_mariano(actual, values, naive)
             for name, values in {"naive": naive, **(baselines or {})}.items()}
    dm = diebold_mariano(actual, predicted, naive)
    if band is None:
        return ForecastMetrics(model=model, naive=baseline, skill=skill, baselines=others, dm=dm, baseline_dm=tests)
    inside = (actual >= band[0]) & (actual <= band[1])
    return ForecastMetrics(model=model, naive=baseline, skill=skill, baselines=others, interval=interval,
                           coverage=float(np.mean(inside)), interval_method=interval_method,
                           covered=int(np.sum(inside)), band_rows=len(inside), dm=dm, baseline_dm=tests)
