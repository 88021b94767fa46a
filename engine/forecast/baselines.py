"""Baselines beside the naive forecast, on the same test rows as the model.

- drift: the random walk with drift, y_t = y_{t-1} + c, with c the mean one-step change over the training rows;
- linear: an autoregressive linear model on exactly the model's inputs, scikit-learn ``Ridge`` (alpha = 1) fitted
  on the same scaled training windows to the same target (change or value).
"""

from __future__ import annotations

import numpy as np

from rnnlab.engine.forecast.windows import Windows, make_windows, to_values


def drift_forecast(target: np.ndarray, rows: np.ndarray, n_train: int) -> np.ndarray:
    """y_{t-1} + mean(y_1 - y_0, ..., y_{n_train-1} - y_{n_train-2}) for each of ``rows``."""
    mean_change = (target[n_train - 1] - target[0]) / max(1, n_train - 1)
    return target[rows - 1] + mean_change


def fit_linear(train: Windows):
    """Ridge regression from the flattened training windows to their targets."""
    from sklearn.linear_model import Ridge

    return Ridge(alpha=1.0).fit(train.x.reshape(len(train.x), -1), train.y)


def linear_forecast(model, scaler, values: np.ndarray, window: int, target: str, start: int, stop: int) -> np.ndarray:
    """The fitted Ridge's one-step forecasts (price units) for rows ``start..stop-1``, built like the network's."""
    windows = make_windows(scaler.transform(values), window, target, start, stop)
    out = model.predict(windows.x.reshape(len(windows.x), -1)).astype(np.float64)
    return to_values(scaler, out + windows.last if target == "change" else out)
