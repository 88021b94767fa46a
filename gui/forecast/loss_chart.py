"""The forecaster's loss curves: training and validation loss per epoch, live, with the kept epoch starred (epoch 0
when no trained epoch beat the untrained network). Its legend sits above the data (``HeaderLegend``), and what it
cannot draw (a loss that is not finite) or the notice of a big run's epoch cost is said in its data area
(``PlotMessage``)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from rnnlab.engine.forecast.events import ForecastProgress
from rnnlab.gui.forecast.header_legend import HeaderLegend
from rnnlab.gui.forecast.plot_message import PlotMessage
from rnnlab.gui.i18n import engine_text, filled, translate


class EpochAxis(pg.AxisItem):
    """An axis of epochs: ticks on whole numbers only (pyqtgraph ticks 1.5 on a run of three epochs)."""

    def tickValues(self, minVal, maxVal, size):
        levels = [(max(spacing, 1.0), [v for v in values if float(v).is_integer()])
                  for spacing, values in super().tickValues(minVal, maxVal, size)]
        return [level for level in levels if level[1]]


class LossChart(pg.PlotWidget):
    """Training and validation loss per epoch, updated live; a loss that is not finite is left out of its curve,
    and the chart says at which epoch."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, axisItems={"bottom": EpochAxis(orientation="bottom")})
        self.setObjectName("lossChart")
        item = self.getPlotItem()
        item.getAxis("left").enableAutoSIPrefix(False)
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", translate("forecast.loss_chart", "Epoch"))
        item.setLabel("left", translate("forecast.loss_chart", "Loss: MSE (scaled)"))
        self.legend = HeaderLegend(item)
        self.train_curve = item.plot(pen=pg.mkPen("#1f5fbf", width=2), connect="finite")
        self.val_curve = item.plot(pen=pg.mkPen("#ff7f0e", width=2), connect="finite")
        self.best_marker = pg.ScatterPlotItem(symbol="star", size=12, brush=pg.mkBrush("#ff7f0e"), pen=None)
        item.addItem(self.best_marker)
        self.message = PlotMessage(self, "lossChartMessage")
        self._entries: tuple[str, ...] = ()
        self._fold = -1
        self._notices: list[str] = []
        self.clear_losses()

    def clear_losses(self) -> None:
        """Start a new run's curves."""
        self.train_losses: list[float] = []
        self.val_losses: list[float] = []
        self.train_curve.setData([], [])
        self.val_curve.setData([], [])
        self.best_marker.setData([], [])
        self._legend_sync()
        self.message.say(translate("forecast.loss_chart", "The training and validation losses appear here, epoch by "
                                                      "epoch, while a model trains."))

    def start_run(self) -> None:
        """A training run or a backtest starts: new curves."""
        self._fold = -1
        self._notices = []
        self.clear_losses()

    def take_progress(self, events: list) -> None:
        """Add each finished epoch among a job's ``events``; a backtest's next fold starts new curves; a notice (what
        an epoch will cost on a big file) is said over the chart until the first epoch ends."""
        for item in events:
            if isinstance(item, ForecastProgress) and item.notice:
                self._notices.append(engine_text(item.notice))
                self.message.say("\n".join(self._notices))
            if not isinstance(item, ForecastProgress) or item.train_loss is None:
                continue
            if item.fold != self._fold:
                self._fold = item.fold
                self.clear_losses()
            self.add_epoch(item.train_loss, item.val_loss)

    def add_epoch(self, train_loss: float, val_loss: float | None) -> None:
        """Append one epoch's losses and redraw."""
        self.train_losses.append(max(train_loss, 1e-12))
        epochs = np.arange(1, len(self.train_losses) + 1)
        self.train_curve.setData(epochs, _finite_or_nan(self.train_losses))
        if val_loss is not None:
            self.val_losses.append(max(val_loss, 1e-12))
            self.val_curve.setData(epochs[: len(self.val_losses)], _finite_or_nan(self.val_losses))
        self._legend_sync()
        self.message.say(loss_problem(self.train_losses, self.val_losses))

    def mark_best(self, epoch: int, untrained_loss: float | None = None) -> None:
        """Mark the epoch whose weights were kept; epoch 0 (the untrained network, kept when no trained epoch beat
        it) at its validation loss ``untrained_loss``, left of the curves."""
        losses = [math.nan if untrained_loss is None else untrained_loss, *self.val_losses]
        if 0 <= epoch < len(losses) and np.isfinite(losses[epoch]):
            self.best_marker.setData([epoch], [max(losses[epoch], 1e-12)])
            self._legend_sync()

    def _legend_sync(self) -> None:
        """The legend lists the curves that have data; rebuilt only when that list changes (not every epoch)."""
        entries = (("train",) if self.train_losses else ()) + (("val",) if self.val_losses else ())
        entries += ("best",) if len(self.best_marker.data) else ()
        if entries == self._entries:
            return
        self._entries = entries
        self.legend.clear()
        parts = {"train": (self.train_curve, translate("forecast.loss_chart", "Training"),
                           translate("forecast.loss_chart", "Mean squared error on the training windows.")),
                 "val": (self.val_curve, translate("forecast.loss_chart", "Validation"),
                         translate("forecast.loss_chart", "Mean squared error on the validation windows (the end of "
                                                          "the training period, not trained on).")),
                 "best": (self.best_marker, translate("forecast.loss_chart", "Best epoch"),
                          translate("forecast.loss_chart", "The epoch with the lowest validation loss: its weights "
                                                           "are the model's. Epoch 0 is the untrained network (for "
                                                           "the change target: the naive forecast), kept when no "
                                                           "trained epoch beat it."))}
        for name in entries:
            self.legend.add(*parts[name])
        self.legend.reflow()


def _finite_or_nan(values: list[float]) -> np.ndarray:
    """Losses with infinities as NaN: the curve leaves a gap there."""
    out = np.asarray(values, dtype=np.float64)
    return np.where(np.isfinite(out), out, np.nan)


def loss_problem(train_losses: list[float], val_losses: list[float]) -> str:
    """What the loss chart cannot draw: the first epoch whose training or validation loss is not finite."""
    problems = []
    for name, losses in ((translate("forecast.loss_chart", "training"), train_losses),
                         (translate("forecast.loss_chart", "validation"), val_losses)):
        bad = [epoch for epoch, loss in enumerate(losses, start=1) if not np.isfinite(loss)]
        if bad:
            problems.append(filled(translate("forecast.loss_chart", "the {name} loss is {value} at epoch {value2}"),
                                   name=name, value=losses[bad[0] - 1], value2=bad[0])
                            + (filled(translate("forecast.loss_chart", " and {value} later epoch(s)"),
                                      value=len(bad) - 1) if len(bad) > 1 else ""))
    if not problems:
        return ""
    return filled(translate("forecast.loss_chart", "Not drawn: {problems}."), problems="; ".join(problems))
