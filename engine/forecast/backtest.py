"""Walk-forward backtest: several consecutive test folds at the end of the series, each with a fresh scaler and
model trained on everything before it (like Darts' ``historical_forecasts`` with a fitted pipeline).

A single run's MAE on a small test period varies a lot with the seed and the period; the mean and spread over
folds say more.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.diebold_mariano import DieboldMariano, diebold_mariano
from rnnlab.engine.forecast.events import ForecastProgress
from rnnlab.engine.forecast.intervals import BandUnsupported, band_shortfall, percent
from rnnlab.engine.forecast.windows import MIN_TRAIN_WINDOWS, SeriesSplit
from rnnlab.engine.jobs import CancelToken, ProgressFn
from rnnlab.engine.plural import plural
from rnnlab.engine.training_loop import TrainingCallbacks
from rnnlab.engine.translations import Message, translatable


@dataclass
class FoldResult:
    """One fold: its test period and how the model and the naive forecast did there."""

    first: object
    last: object
    mae: float
    naive_mae: float
    skill: float
    drift_mae: float
    linear_mae: float
    coverage: float | None
    actual: np.ndarray = field(repr=False, default_factory=lambda: np.empty(0))
    predicted: np.ndarray = field(repr=False, default_factory=lambda: np.empty(0))
    naive: np.ndarray = field(repr=False, default_factory=lambda: np.empty(0))


@dataclass
class BacktestResult:
    """Every fold, and the mean and standard deviation of MAE and skill over them; ``notes`` say which folds have no
    band (too few validation windows for its level)."""

    folds: list[FoldResult]
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        """mean/std over the folds of the MAE of the model, naive, drift and linear forecasts, the model's skill and
        the band's coverage (when every fold has one)."""
        out = {}
        names = ["mae", "naive_mae", "drift_mae", "linear_mae", "skill"]
        if all(f.coverage is not None for f in self.folds):
            names.append("coverage")
        for name in names:
            values = np.array([getattr(f, name) for f in self.folds], dtype=np.float64)
            out[f"{name}_mean"] = float(values.mean())
            out[f"{name}_std"] = float(values.std(ddof=1)) if len(values) > 1 else 0.0
        out["folds"] = len(self.folds)
        return out

    def dm(self) -> DieboldMariano:
        """The Diebold-Mariano test of the model against naive on every fold's test rows together (the folds do not
        overlap): the backtest's verdict, rather than the sign of the mean skill."""
        def rows(name: str) -> np.ndarray:
            return np.concatenate([getattr(fold, name) for fold in self.folds])

        return diebold_mariano(rows("actual"), rows("predicted"), rows("naive"))


class Backtest:
    """A job: ``folds`` walk-forward folds, each ``fold_size`` rows, ending at the last row of ``split``.

    Earlier folds train on fewer rows, so they have fewer validation windows to calibrate the band on: a fold whose
    windows cannot hold the level gets no band (and a note), and a backtest whose last fold cannot is refused, as a
    training run with those settings would be. Each fold's training tells ``callbacks`` of its steps, counted from 1
    in every fold.
    """

    def __init__(self, split: SeriesSplit, config: ForecastConfig, folds: int = 5, fold_size: int | None = None,
                 callbacks: TrainingCallbacks | None = None) -> None:
        self.split, self.config, self.folds = split, config, folds
        self.callbacks = callbacks
        self.fold_size = fold_size or split.n_test
        first_test = len(split.values) - folds * self.fold_size
        if folds < 2:
            raise InputError(translatable("Engine", "A backtest needs at least 2 folds."))
        if first_test < config.window + MIN_TRAIN_WINDOWS:
            raise InputError(translatable("Engine", "Too few rows for {folds} folds of {rows} with a window of "
                                                    "{window}: use fewer folds, a smaller test period or a shorter "
                                                    "window."),
                             folds=folds, rows=plural(self.fold_size, 'row'), window=config.window)
        if (shortfall := band_shortfall(self._n_train(folds - 1), config)) is not None:
            raise BandUnsupported(shortfall)

    def _n_train(self, fold: int) -> int:
        """The training rows of fold ``fold`` (0-based): everything before its test rows."""
        return len(self.split.values) - (self.folds - fold) * self.fold_size

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> BacktestResult:
        from rnnlab.engine.forecast.training import ForecastTraining

        results: list[FoldResult] = []
        notes: list[str] = []
        for fold in range(self.folds):
            n_train = self._n_train(fold)
            stop = n_train + self.fold_size
            part = SeriesSplit(values=self.split.values[:stop], index=self.split.index[:stop],
                               columns=self.split.columns, n_train=n_train)
            config = dataclasses.replace(self.config, horizon=0)
            if (shortfall := band_shortfall(n_train, config)) is not None:
                config = dataclasses.replace(config, interval=0.0)
                notes.append(Message(translatable("Engine", "Fold {fold} has no {level} band: its {errors} validation "
                                                            "windows are too few (the band needs at least {needed}), "
                                                            "so the backtest reports no mean coverage."),
                                     fold=fold + 1, level=percent(shortfall.level),
                                     errors=shortfall.errors, needed=shortfall.needed))

            def fold_progress(event: ForecastProgress, fold: int = fold) -> None:
                event.fraction = (fold + event.fraction) / self.folds
                event.message = f"Fold {fold + 1}/{self.folds} · {event.message}"
                event.fold = fold
                progress(event)

            result = ForecastTraining(part, config, fold=fold, callbacks=self.callbacks)(fold_progress, cancel)
            metrics = result.test.metrics
            results.append(FoldResult(first=part.index[part.n_train], last=part.index[-1], mae=metrics.model.mae,
                                      naive_mae=metrics.naive.mae, skill=metrics.skill,
                                      drift_mae=metrics.baselines["drift"].mae,
                                      linear_mae=metrics.baselines["linear"].mae, coverage=metrics.coverage,
                                      actual=result.test.actual, predicted=result.test.predicted,
                                      naive=result.test.naive))
        return BacktestResult(folds=results, notes=notes)
