"""The forecaster's progress event, in a module light enough for the GUI to import before torch has loaded."""

from __future__ import annotations

from dataclasses import dataclass

from rnnlab.engine.jobs import Progress


@dataclass(kw_only=True)
class ForecastProgress(Progress):
    """A batch or a finished epoch of training: losses (scaled units) only on an epoch's last event, ``val_loss``
    None without validation; ``fold`` numbers a backtest's folds."""

    epoch: int
    epochs: int
    train_loss: float | None = None
    val_loss: float | None = None
    fold: int = 0
