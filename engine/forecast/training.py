"""The training job: fit the scaler on the training rows, train with Adam on MSE, keep the best-validation weights,
calibrate the prediction intervals on the validation windows, then predict the test rows one step ahead, compare
with the naive, drift and linear forecasts, and project past the end.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from rnnlab.engine.errors import TrainingDiverged
from rnnlab.engine.forecast.adaptive import CALIBRATION_WINDOW, adaptive_band
from rnnlab.engine.forecast.baselines import drift_forecast, fit_linear, linear_forecast
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.events import ForecastProgress
from rnnlab.engine.forecast.intervals import (
    Band,
    BandUnsupported,
    band_shortfall,
    calibrate,
    split_conformal_band,
    split_conformal_steps,
    supports,
)
from rnnlab.engine.forecast.metrics import ForecastMetrics, forecast_metrics
from rnnlab.engine.forecast.windows import (
    SeriesSplit,
    Windows,
    fit_scaler,
    jump_note,
    make_windows,
    validation_count,
)
from rnnlab.engine.jobs import CancelToken
from rnnlab.engine.params import validate
from rnnlab.engine.plural import plural
from rnnlab.engine.training_loop import EpochEnd, EvaluationEnd, StepEnd, TrainingCallbacks
from rnnlab.engine.translations import Message, translatable

ESTIMATE_ABOVE = 200_000
"""Over this many training windows a run first times a few batches and says what each epoch will cost."""
ESTIMATE_BATCHES = 20
ESTIMATE_SECONDS = 2.0
"""The timing runs at most this many batches, and stops after about this long."""

if TYPE_CHECKING:
    import torch

    from rnnlab.engine.forecast.forecaster import Forecaster
    from rnnlab.engine.forecast.model import StackedForecaster


@dataclass
class TestForecast:
    """One-step-ahead forecasts over the test rows, beside the truth, the naive forecast and the other baselines
    (drift, linear), with the conformal band [lower, upper] (None when intervals are off or uncalibrated) and
    ``notes`` on a band asked for but not drawn."""

    index: pd.Index
    actual: np.ndarray
    predicted: np.ndarray
    naive: np.ndarray
    metrics: ForecastMetrics
    baselines: dict[str, np.ndarray] = field(default_factory=dict)
    lower: np.ndarray | None = None
    upper: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class ForecastResult:
    """Everything a run produced: the trained forecaster, test forecasts, losses, projection and warnings."""

    forecaster: Forecaster
    test: TestForecast
    train_losses: list[float]
    val_losses: list[float]
    best_epoch: int
    epochs_run: int
    train_seconds: float
    n_train: int
    n_rows: int
    device: str
    n_rows_read: int
    projection_index: pd.Index
    projection: np.ndarray
    projection_band: tuple[np.ndarray, np.ndarray] | None = None
    notes: list[str] = field(default_factory=list)
    untrained_val_loss: float | None = None
    """The untrained network's validation loss (epoch 0, a candidate for the change target only)."""

    def metrics(self) -> dict[str, float | int | str]:
        """The metrics JSON: errors, naive errors, skill, and how the run went (``n_rows_read``: the rows of the
        series after the loader's fixes, training and test together; ``n_rows``: those left after the period
        ``from``..``to`` and the bar size ``resample``; ``device_used``: where it trained)."""
        config = self.forecaster.config
        out: dict[str, float | int | str] = dict(self.test.metrics.as_dict())
        out.update(epochs_run=self.epochs_run, best_epoch=self.best_epoch, train_seconds=round(self.train_seconds, 3),
                   n_rows_read=self.n_rows_read, n_rows=self.n_rows, n_train=self.n_train,
                   n_test=len(self.test.actual), device_used=self.device, resample=config.bar_size,
                   to=config.date_to)
        out["from"] = config.date_from
        return out

    def curves(self) -> dict[str, np.ndarray]:
        """The training and validation loss per epoch (scaled units), as (epoch, loss) rows (validation: none
        without a validation slice)."""
        return {name: np.column_stack([np.arange(1, len(losses) + 1, dtype=np.float64),
                                       np.asarray(losses, dtype=np.float64)]).reshape(-1, 2)
                for name, losses in (("train_loss", self.train_losses), ("val_loss", self.val_losses))}


class ForecastTraining:
    """A job bound to a split and a configuration: ``ForecastTraining(split, config)(progress, cancel)``.

    It owns its randomness (generators seeded with ``config.seed`` for the weights, the dropout masks and the batch
    order) and its device, and changes no process-wide torch state. ``callbacks`` hear of every step (its loss), the
    validation loss after each epoch and each epoch's end (its training and validation losses).
    """

    def __init__(self, split: SeriesSplit, config: ForecastConfig, fold: int = 0,
                 callbacks: TrainingCallbacks | None = None, estimate_above: int = ESTIMATE_ABOVE) -> None:
        self.split = split
        self.config = validate(config)
        self.fold = fold
        self.callbacks = callbacks if callbacks is not None else TrainingCallbacks()
        self.estimate_above = estimate_above
        if (shortfall := band_shortfall(split.n_train, self.config)) is not None:
            raise BandUnsupported(shortfall)

    def __call__(self, progress: Callable[[ForecastProgress], None], cancel: CancelToken) -> ForecastResult:
        from rnnlab.engine.forecast.forecaster import Forecaster, future_index
        from rnnlab.engine.forecast.model import StackedForecaster
        from rnnlab.engine.runtime import describe_device, job_generator, resolve_device

        config, split = self.config, self.split
        device = resolve_device(config.device)
        scaler = fit_scaler(split.train_values)
        scaled = scaler.transform(split.values)
        train, val = _train_and_validation(make_windows(scaled, config.window, config.target, 0, split.n_train),
                                           config.validation_fraction)
        for line in split.notes:
            progress(ForecastProgress(fraction=0.0, epoch=0, epochs=config.epochs, fold=self.fold, notice=line))
        if len(train.y) > self.estimate_above:
            progress(ForecastProgress(fraction=0.0, message=Message(translatable("Engine", "Timing a few batches…")),
                                      epoch=0, epochs=config.epochs,
                                      fold=self.fold, notice=epoch_estimate(train, config, device, cancel)))
        model = StackedForecaster(len(split.columns), config)
        model.reset_weights(job_generator(config.seed))
        model.to(device)
        model.use_generator(job_generator(config.seed + 1, device))
        started = time.monotonic()
        history = _fit(model, train, val, config, _Reporter(progress, config, self.fold, describe_device(device)),
                       self.callbacks, cancel, device)
        train_seconds = time.monotonic() - started
        forecaster = Forecaster(model=model, scaler=scaler, config=config)
        if val is not None:
            forecaster.calibration = calibrate(forecaster, split.values, val.rows, split.n_train, config.horizon)
        test = evaluate(forecaster, split)
        projection = forecaster.project(split.values, config.horizon) if config.horizon else np.empty(0)
        band = projection_band(forecaster, projection)
        notes = [note] if (note := jump_note(config.column, split.index, split.values[:, 0])) else []
        if config.interval > 0 and val is None:
            notes.append(Message(translatable("Engine", "No prediction interval: it is calibrated on the validation "
                                                        "windows, and the validation fraction is 0.")))
        notes += test.notes + ([band.note] if band.note else [])
        return ForecastResult(forecaster=forecaster, test=test, train_losses=history.train, val_losses=history.val,
                              best_epoch=history.best_epoch, epochs_run=history.epochs_run,
                              train_seconds=train_seconds, n_train=len(train.y), n_rows=len(split.values),
                              device=describe_device(device), n_rows_read=split.n_rows_read or len(split.values),
                              projection_index=future_index(split.index, config.horizon), projection=projection,
                              projection_band=band.bounds, notes=notes, untrained_val_loss=history.untrained_val)


def epoch_estimate(train: Windows, config: ForecastConfig, device: torch.device, cancel: CancelToken) -> str:
    """What one epoch over ``train`` will take on ``device``, timed on a few batches of a model of its own (the run's
    model and random numbers are untouched), with what would make it shorter."""
    import torch

    from rnnlab.engine.forecast.model import StackedForecaster
    from rnnlab.engine.runtime import describe_device, job_generator

    model = StackedForecaster(train.x.shape[2], config)
    model.reset_weights(job_generator(config.seed + 3))
    model.to(device)
    model.use_generator(job_generator(config.seed + 4, device))
    model.train()
    optimiser = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    batches = math.ceil(len(train.y) / config.batch_size)
    timed, started = 0, 0.0
    for step in range(ESTIMATE_BATCHES + 2):
        cancel.raise_if_cancelled()
        if step == 2:
            _wait(device)
            started = time.perf_counter()
        lo = (step * config.batch_size) % max(1, len(train.y) - config.batch_size)
        x = torch.from_numpy(train.x[lo:lo + config.batch_size]).to(device)
        y = torch.from_numpy(train.y[lo:lo + config.batch_size]).to(device)
        optimiser.zero_grad(set_to_none=True)
        torch.nn.functional.mse_loss(model(x), y).backward()
        optimiser.step()
        timed += step >= 2
        if step >= 2 and time.perf_counter() - started > ESTIMATE_SECONDS:
            break
    _wait(device)
    per_epoch = (time.perf_counter() - started) / max(1, timed) * batches
    where = describe_device(device)
    advice = (Message(translatable("Engine", "a coarser bar size, a shorter period (From/To or Last rows), or a GPU"))
              if device.type == "cpu" else
              Message(translatable("Engine", "a coarser bar size, a shorter period (From/To or Last rows)")))
    return Message(translatable("Engine", "{windows:,} training windows: about {per_epoch} per epoch on {where} "
                                          "({batches} of {batch_size}), so about {total} for {epochs}. For a shorter "
                                          "run choose {advice}; Cancel stops it at any point."),
                   windows=len(train.y), per_epoch=_duration(per_epoch), where=where,
                   batches=plural(batches, "batch", "batches"), batch_size=config.batch_size,
                   total=_duration(per_epoch * config.epochs), epochs=plural(config.epochs, "epoch"), advice=advice)


def _wait(device: torch.device) -> None:
    """Wait for the device's queued work, so a timing measures it (CPU work is done when the call returns)."""
    import torch

    if device.type == "cuda":
        torch.cuda.synchronize(device)


def _duration(seconds: float) -> Message:
    """A duration as a person reads it: 40 s, 12 min, 3.5 h."""
    if seconds < 90:
        return Message(translatable("Engine", "{seconds:.0f} s"), seconds=seconds)
    if seconds < 5400:
        return Message(translatable("Engine", "{minutes:.0f} min"), minutes=seconds / 60)
    return Message(translatable("Engine", "{hours:.1f} h"), hours=seconds / 3600)


class _Reporter:
    """Turns batches and epochs into progress events: the fraction moves with every batch, so a big file's first
    epoch already shows how far it is (and the time left follows from the first batches)."""

    def __init__(self, progress: Callable[[ForecastProgress], None], config: ForecastConfig, fold: int,
                 device: str) -> None:
        self._progress, self._epochs, self._fold, self._device = progress, config.epochs, fold, device

    def batch(self, epoch: int, batch: int, batches: int) -> None:
        """Batch ``batch`` (1-based) of ``batches`` of epoch ``epoch`` is done."""
        self._progress(ForecastProgress(fraction=(epoch - 1 + batch / batches) / self._epochs,
                                     message=Message(translatable("Engine", "Epoch {epoch}/{epochs}, batch "
                                                                            "{batch:,}/{batches:,} on {device}"),
                                                     epoch=epoch, epochs=self._epochs, batch=batch, batches=batches,
                                                     device=self._device),
                                     epoch=epoch, epochs=self._epochs, fold=self._fold))

    def epoch(self, epoch: int, train_loss: float, val_loss: float | None) -> None:
        """Epoch ``epoch`` is done, with its losses."""
        message = (Message(translatable("Engine", "Epoch {epoch}/{epochs}: train loss {train_loss:.3g} on {device}"),
                           epoch=epoch, epochs=self._epochs, train_loss=train_loss, device=self._device)
                   if val_loss is None else
                   Message(translatable("Engine", "Epoch {epoch}/{epochs}: train loss {train_loss:.3g}, validation "
                                                  "{val_loss:.3g} on {device}"),
                           epoch=epoch, epochs=self._epochs, train_loss=train_loss, val_loss=val_loss,
                           device=self._device))
        self._progress(ForecastProgress(fraction=epoch / self._epochs, message=message,
                                     epoch=epoch, epochs=self._epochs, train_loss=train_loss, val_loss=val_loss,
                                     fold=self._fold))


def evaluate(forecaster: Forecaster, split: SeriesSplit) -> TestForecast:
    """Predict the test rows one step ahead with ``forecaster``, with its conformal band, and score it against the
    naive, drift and linear forecasts of the same rows (the linear model fitted on every training window)."""
    forecaster.check_columns(split.columns)
    config, values = forecaster.config, split.values
    rows, predicted = forecaster.predict_rows(values, split.n_train, len(values))
    actual = values[rows, 0]
    naive = values[rows - 1, 0]
    scaled_train = forecaster.scaler.transform(split.train_values)
    linear = fit_linear(make_windows(scaled_train, config.window, config.target, 0, split.n_train))
    baselines = {"drift": drift_forecast(values[:, 0], rows, split.n_train),
                 "linear": linear_forecast(linear, forecaster.scaler, values, config.window, config.target,
                                           split.n_train, len(values))}
    band = one_step_band(forecaster, predicted, actual)
    bounds = band.bounds
    metrics = forecast_metrics(actual, predicted, naive, split.train_values[:, 0], baselines,
                               interval=config.interval if bounds is not None else 0.0, band=bounds,
                               interval_method=config.interval_method if bounds is not None else "")
    return TestForecast(index=split.index[rows], actual=actual, predicted=predicted, naive=naive, metrics=metrics,
                        baselines=baselines, lower=band.lower, upper=band.upper, notes=[band.note] if band.note else [])


def one_step_band(forecaster: Forecaster, predicted: np.ndarray, actual: np.ndarray) -> Band:
    """The band around the test period's one-step forecasts by the configured method: split (one width from the
    validation errors) or adaptive (each step from the most recent errors, its level adapting to the misses so
    far). No band without calibration; the same note for both when the validation errors cannot hold the level."""
    calibration, config = forecaster.calibration, forecaster.config
    if calibration is None or config.interval <= 0:
        return Band()
    split_band = split_conformal_band(calibration, predicted, config.interval)
    if config.interval_method == "split" or split_band.bounds is None:
        return split_band
    adaptive = adaptive_band(calibration.one_step, predicted, actual, config.interval, config.aci_step)
    notes = []
    first = min(len(calibration.one_step), CALIBRATION_WINDOW)
    if first < 100:
        notes.append(Message(translatable("Engine", "The adaptive band's first test step was calibrated on "
                                                    "{validation_errors} (fewer than 100): its early widths are "
                                                    "rough until test errors come in."),
                             validation_errors=plural(first, 'validation error')))
    if adaptive.unbounded:
        notes.append(Message(translatable("Engine", "{test_steps} had an unbounded band (a run of misses raised its "
                                                    "level beyond what the recent errors hold): drawn as a gap in "
                                                    "the band, counted as covered."),
                             test_steps=plural(adaptive.unbounded, 'test step')))
    return Band(lower=adaptive.lower, upper=adaptive.upper, note=" ".join(notes) or None)


def projection_band(forecaster: Forecaster, projection: np.ndarray) -> Band:
    """The conformal band around a projection, one half-width per step ahead, as far as the calibration errors hold
    its level (no band without calibration or without a one-step band)."""
    calibration, level = forecaster.calibration, forecaster.config.interval
    if calibration is None or level <= 0 or not len(projection) or not supports(len(calibration.one_step), level):
        return Band()
    return split_conformal_steps(calibration, projection, level)


def _train_and_validation(windows: Windows, fraction: float) -> tuple[Windows, Windows | None]:
    """The last ``fraction`` of the training windows (in time order) become the validation windows."""
    n_val = validation_count(len(windows.y), fraction)
    if n_val < 1:
        return windows, None
    cut = len(windows.y) - n_val
    return _slice(windows, 0, cut), _slice(windows, cut, None)


def _slice(windows: Windows, lo: int, hi: int | None) -> Windows:
    """Windows ``lo`` to ``hi`` (in time order)."""
    return Windows(x=windows.x[lo:hi], y=windows.y[lo:hi], last=windows.last[lo:hi], rows=windows.rows[lo:hi])


@dataclass
class _History:
    train: list[float]
    val: list[float]
    best_epoch: int
    epochs_run: int
    untrained_val: float | None = None


def _fit(model: StackedForecaster, train: Windows, val: Windows | None, config: ForecastConfig, report: _Reporter,
         callbacks: TrainingCallbacks, cancel: CancelToken, device: torch.device) -> _History:
    """Adam on MSE, shuffled mini-batches; keeps the weights of the epoch with the lowest validation loss. For the
    change target the untrained network (its readout zero: the naive forecast) is a candidate too, as epoch 0: when
    no trained epoch beats it on validation, it is kept and ``best_epoch`` is 0. A step's loss is read off the device
    only when an ``on_step`` callback listens (reading it waits for the device)."""
    import torch

    from rnnlab.engine.runtime import job_generator

    x, y = torch.from_numpy(train.x).to(device), torch.from_numpy(train.y).to(device)
    optimiser = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    loss_fn = torch.nn.MSELoss()
    shuffle = job_generator(config.seed + 2)
    history = _History(train=[], val=[], best_epoch=0, epochs_run=0)
    best_loss, best_state = math.inf, None
    if val is not None and config.target == "change":
        best_loss, best_state = _loss(model, val, device), copy.deepcopy(model.state_dict())
        history.untrained_val = best_loss
    n = len(y)
    batches = math.ceil(n / config.batch_size)
    for epoch in range(1, config.epochs + 1):
        model.train()
        order = torch.randperm(n, generator=shuffle).to(device)
        total = torch.zeros((), device=device)
        for batch in range(batches):
            cancel.raise_if_cancelled()
            idx = order[batch * config.batch_size:(batch + 1) * config.batch_size]
            optimiser.zero_grad(set_to_none=True)
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            optimiser.step()
            total += loss.detach() * len(idx)
            report.batch(epoch, batch + 1, batches)
            if callbacks.on_step:
                done = (epoch - 1) * batches + batch + 1
                callbacks.step_ended(StepEnd(step=done, epoch=done / batches, losses={"train": float(loss.detach())}))
        train_loss = float(total) / n
        if not math.isfinite(train_loss):
            raise TrainingDiverged(translatable("Engine", "The training loss became {train_loss} in epoch {epoch}. "
                                                          "Try a lower learning rate or fewer layers."),
                                   train_loss=train_loss, epoch=epoch)
        val_loss = _loss(model, val, device) if val is not None else None
        history.train.append(train_loss)
        history.epochs_run = epoch
        figures = {"train_loss": train_loss}
        if val_loss is not None:
            callbacks.evaluated(EvaluationEnd(step=epoch * batches, epoch=float(epoch), figures={"val_loss": val_loss}))
            figures["val_loss"] = val_loss
            history.val.append(val_loss)
            if val_loss < best_loss:
                best_loss, history.best_epoch = val_loss, epoch
                best_state = copy.deepcopy(model.state_dict())
        else:
            history.best_epoch = epoch
        report.epoch(epoch, train_loss, val_loss)
        callbacks.epoch_ended(EpochEnd(epoch=epoch, step=epoch * batches, figures=figures))
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return history


def _loss(model: StackedForecaster, windows: Windows, device: torch.device) -> float:
    import torch

    model.eval()
    with torch.no_grad():
        out = model(torch.from_numpy(windows.x).to(device))
        return float(torch.mean((out - torch.from_numpy(windows.y).to(device)) ** 2))
