"""Forecast errors in price units, scaled errors, and skill against the naive (persistence) forecast.

MASE follows Hyndman & Koehler (2006): MAE divided by the in-sample MAE of the one-step naive forecast,
mean_t |y_t - y_{t-1}| over the training rows. Skill = 1 - MAE / MAE_naive: above 0 the model beats persistence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, root_mean_squared_error


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

    @property
    def beats_naive(self) -> bool:
        """True when the model's MAE is lower than the naive forecast's."""
        return self.skill > 0

    def as_dict(self) -> dict[str, float]:
        """Flat keys for JSON: mae, rmse, mape, mase, naive_mae, naive_rmse, naive_mape, naive_mase, skill."""
        out = {name: getattr(self.model, name) for name in ("mae", "rmse", "mape", "mase")}
        out.update({f"naive_{name}": getattr(self.naive, name) for name in ("mae", "rmse", "mape", "mase")})
        out["skill"] = self.skill
        return out


def in_sample_naive_mae(train_target: np.ndarray) -> float:
    """mean |y_t - y_{t-1}| over the training rows: the scale of MASE."""
    return float(np.mean(np.abs(np.diff(np.asarray(train_target, dtype=np.float64)))))


def error_metrics(actual: np.ndarray, predicted: np.ndarray, mase_scale: float) -> ErrorMetrics:
    """MAE, RMSE and MAPE from sklearn.metrics, and MAE / ``mase_scale``."""
    mae = float(mean_absolute_error(actual, predicted))
    return ErrorMetrics(mae=mae, rmse=float(root_mean_squared_error(actual, predicted)),
                        mape=float(mean_absolute_percentage_error(actual, predicted)),
                        mase=mae / mase_scale if mase_scale > 0 else float("nan"))


def forecast_metrics(actual: np.ndarray, predicted: np.ndarray, naive: np.ndarray,
                     train_target: np.ndarray) -> ForecastMetrics:
    """Compare the model and the naive forecast on the same test rows."""
    scale = in_sample_naive_mae(train_target)
    model = error_metrics(actual, predicted, scale)
    baseline = error_metrics(actual, naive, scale)
    skill = 1.0 - model.mae / baseline.mae if baseline.mae > 0 else float("nan")
    return ForecastMetrics(model=model, naive=baseline, skill=skill)
