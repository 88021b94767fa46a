"""The training job: fit the scaler on the training rows, train with Adam on MSE, keep the best-validation weights,
then predict the test rows one step ahead, compare with the naive forecast, and project past the end.
"""

from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from rnnlab.engine.errors import TrainingDiverged
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.metrics import ForecastMetrics, forecast_metrics
from rnnlab.engine.forecast.windows import SeriesSplit, Windows, find_jumps, fit_scaler, make_windows
from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn
from rnnlab.engine.params import validate

SINGLE_THREAD_UNITS = 128


@dataclass(kw_only=True)
class EpochProgress(Progress):
    """One finished epoch (or a batch within one): losses in scaled units; ``val_loss`` None without validation."""

    epoch: int
    epochs: int
    train_loss: float | None = None
    val_loss: float | None = None
    fold: int = 0


@dataclass
class TestForecast:
    """One-step-ahead forecasts over the test rows, beside the truth and the naive forecast."""

    index: pd.Index
    actual: np.ndarray
    predicted: np.ndarray
    naive: np.ndarray
    metrics: ForecastMetrics


@dataclass
class ForecastResult:
    """Everything a run produced: the trained forecaster, test forecasts, losses, projection and warnings."""

    forecaster: object
    test: TestForecast
    train_losses: list[float]
    val_losses: list[float]
    best_epoch: int
    epochs_run: int
    train_seconds: float
    n_train: int
    projection_index: pd.Index
    projection: np.ndarray
    jump_index: pd.Index
    notes: list[str] = field(default_factory=list)

    def metrics_dict(self) -> dict[str, float | int]:
        """The metrics JSON: errors, naive errors, skill, and how the run went."""
        out: dict[str, float | int] = dict(self.test.metrics.as_dict())
        out.update(epochs_run=self.epochs_run, best_epoch=self.best_epoch, train_seconds=round(self.train_seconds, 3),
                   n_train=self.n_train, n_test=len(self.test.actual))
        return out


class TrainForecaster:
    """A job bound to a split and a configuration: ``TrainForecaster(split, config)(progress, cancel)``."""

    def __init__(self, split: SeriesSplit, config: ForecastConfig, fold: int = 0) -> None:
        self.split = split
        self.config = validate(config)
        self.fold = fold

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ForecastResult:
        from rnnlab.engine.forecast.forecaster import Forecaster, future_index
        from rnnlab.engine.forecast.model import StackedForecaster
        from rnnlab.engine.runtime import configure_torch, seed_everything, torch_threads

        configure_torch()
        seed_everything(self.config.seed)
        config, split = self.config, self.split
        scaler = fit_scaler(split.train_values)
        scaled = scaler.transform(split.values)
        train, val = _train_and_validation(make_windows(scaled, config.window, config.target, 0, split.n_train),
                                           config.validation_fraction)
        model = StackedForecaster(len(split.columns), config)
        started = time.monotonic()
        with torch_threads(1 if config.units <= SINGLE_THREAD_UNITS else None):
            history = _fit(model, train, val, config, progress, cancel, self.fold)
        train_seconds = time.monotonic() - started
        forecaster = Forecaster(model=model, scaler=scaler, config=config)
        test = evaluate(forecaster, split)
        projection = forecaster.project(split.values, config.horizon) if config.horizon else np.empty(0)
        jumps = find_jumps(split.values[:, 0])
        notes = []
        if len(jumps):
            notes.append(f"'{config.column}' jumps by 45% or more in one step at {len(jumps)} place(s), e.g. "
                         f"{_label(split.index[jumps[0]])}: an unadjusted stock split? Forecasts across it are unreliable.")
        return ForecastResult(forecaster=forecaster, test=test, train_losses=history.train, val_losses=history.val,
                              best_epoch=history.best_epoch, epochs_run=history.epochs_run,
                              train_seconds=train_seconds, n_train=len(train.y),
                              projection_index=future_index(split.index, config.horizon), projection=projection,
                              jump_index=split.index[jumps], notes=notes)


def evaluate(forecaster, split: SeriesSplit) -> TestForecast:
    """Predict the test rows one step ahead with ``forecaster`` and score it against the naive forecast."""
    forecaster.check_columns(split.columns)
    rows, predicted = forecaster.predict_rows(split.values, split.n_train, len(split.values))
    actual = split.values[rows, 0]
    naive = split.values[rows - 1, 0]
    metrics = forecast_metrics(actual, predicted, naive, split.train_values[:, 0])
    return TestForecast(index=split.index[rows], actual=actual, predicted=predicted, naive=naive, metrics=metrics)


def _label(value: object) -> str:
    return value.strftime("%Y-%m-%d") if isinstance(value, pd.Timestamp) else f"row {value}"


def _train_and_validation(windows: Windows, fraction: float) -> tuple[Windows, Windows | None]:
    """The last ``fraction`` of the training windows (in time order) become the validation windows."""
    n_val = int(len(windows.y) * fraction)
    if n_val < 1:
        return windows, None
    cut = len(windows.y) - n_val
    part = lambda lo, hi: Windows(x=windows.x[lo:hi], y=windows.y[lo:hi], last=windows.last[lo:hi],  # noqa: E731
                                  rows=windows.rows[lo:hi])
    return part(0, cut), part(cut, None)


@dataclass
class _History:
    train: list[float]
    val: list[float]
    best_epoch: int
    epochs_run: int


def _fit(model, train: Windows, val: Windows | None, config: ForecastConfig, progress: ProgressFn,
         cancel: CancelToken, fold: int) -> _History:
    """Adam on MSE, shuffled mini-batches; keeps the weights of the epoch with the lowest validation loss."""
    import torch

    x, y = torch.from_numpy(train.x), torch.from_numpy(train.y)
    optimiser = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    loss_fn = torch.nn.MSELoss()
    generator = torch.Generator().manual_seed(config.seed)
    history = _History(train=[], val=[], best_epoch=0, epochs_run=0)
    best_loss, best_state = math.inf, None
    n = len(y)
    batches = math.ceil(n / config.batch_size)
    for epoch in range(1, config.epochs + 1):
        model.train()
        order = torch.randperm(n, generator=generator)
        total = 0.0
        for batch in range(batches):
            cancel.raise_if_cancelled()
            idx = order[batch * config.batch_size:(batch + 1) * config.batch_size]
            optimiser.zero_grad(set_to_none=True)
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            optimiser.step()
            total += loss.item() * len(idx)
            if batch % 8 == 7:
                progress(EpochProgress(fraction=(epoch - 1 + (batch + 1) / batches) / config.epochs,
                                       message=f"Epoch {epoch}/{config.epochs}", epoch=epoch,
                                       epochs=config.epochs, fold=fold))
        train_loss = total / n
        if not math.isfinite(train_loss):
            raise TrainingDiverged(f"The training loss became {train_loss} in epoch {epoch}. "
                                   "Try a lower learning rate or fewer layers.")
        val_loss = _loss(model, val) if val is not None else None
        history.train.append(train_loss)
        history.epochs_run = epoch
        if val_loss is not None:
            history.val.append(val_loss)
            if val_loss < best_loss:
                best_loss, history.best_epoch = val_loss, epoch
                best_state = copy.deepcopy(model.state_dict())
        else:
            history.best_epoch = epoch
        message = f"Epoch {epoch}/{config.epochs}: train loss {train_loss:.3g}"
        if val_loss is not None:
            message += f", validation {val_loss:.3g}"
        progress(EpochProgress(fraction=epoch / config.epochs, message=message, epoch=epoch, epochs=config.epochs,
                               train_loss=train_loss, val_loss=val_loss, fold=fold))
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return history


def _loss(model, windows: Windows) -> float:
    import torch

    model.eval()
    with torch.no_grad():
        out = model(torch.from_numpy(windows.x))
        return float(torch.mean((out - torch.from_numpy(windows.y)) ** 2))
