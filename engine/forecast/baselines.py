"""Baselines beside the naive forecast, on the same test rows as the model.

- drift: the random walk with drift, y_t = y_{t-1} + c, with c the mean one-step change over the training rows;
- linear: an autoregressive linear model on exactly the model's inputs, ridge regression (alpha = 1, with an
  unpenalised intercept, as scikit-learn's ``Ridge``; the tests check it against it) fitted on the same scaled
  training windows to the same target (change or value).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from rnnlab.engine.forecast.scaling import MinMaxScaling
from rnnlab.engine.forecast.windows import Windows, make_windows

RIDGE_ALPHA = 1.0


@dataclass(frozen=True)
class LinearModel:
    """y = x . weights + intercept on flattened windows."""

    weights: NDArray[np.float64]
    intercept: float

    def predict(self, x: np.ndarray) -> NDArray[np.float64]:
        """The forecasts for rows of flattened windows."""
        return np.asarray(x, dtype=np.float64) @ self.weights + self.intercept


def drift_forecast(target: NDArray[np.float64], rows: NDArray[np.intp], n_train: int) -> NDArray[np.float64]:
    """y_{t-1} + mean(y_1 - y_0, ..., y_{n_train-1} - y_{n_train-2}) for each of ``rows``."""
    mean_change = float(target[n_train - 1] - target[0]) / max(1, n_train - 1)
    return target[rows - 1] + mean_change


def fit_linear(train: Windows) -> LinearModel:
    """Ridge regression from the flattened training windows to their targets: centre x and y, solve
    (X'X + alpha I) w = X'y, intercept = mean(y) - mean(x) . w."""
    x = train.x.reshape(len(train.x), -1).astype(np.float64)
    y = np.asarray(train.y, dtype=np.float64)
    x_mean, y_mean = x.mean(axis=0), y.mean()
    centred = x - x_mean
    gram = centred.T @ centred + RIDGE_ALPHA * np.eye(centred.shape[1])
    weights = np.linalg.solve(gram, centred.T @ (y - y_mean))
    return LinearModel(weights=weights, intercept=float(y_mean - x_mean @ weights))


def linear_forecast(model: LinearModel, scaler: MinMaxScaling, values: np.ndarray, window: int, target: str,
                    start: int, stop: int) -> np.ndarray:
    """The fitted model's one-step forecasts (price units) for rows ``start..stop-1``, built like the network's."""
    windows = make_windows(scaler.transform(values), window, target, start, stop)
    out = model.predict(windows.x.reshape(len(windows.x), -1))
    return scaler.target_values(out + windows.last if target == "change" else out)
