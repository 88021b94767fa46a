"""The "Retrain from scratch" panel: the translator's settings, Retrain/Cancel, and live loss and accuracy curves.

Both plots have fixed ranges (x: 0 to the number of epochs; loss: 0.001 to 10 on a log axis labelled at each decade;
accuracy: 0 to 100 %), so a redraw only moves the curves and never lays the axes out again, and the loss axis labels
cannot crowd each other. With Epochs auto on a task of pairs the number of epochs is not known: x starts at 0 to
``AUTO_EPOCHS_SHOWN`` and doubles when a run goes past it (a handful of relayouts in a long run).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import filled, set_number_ticks, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.widgets.param_form import ParamForm
from rnnlab.gui.widgets.run_controls import RunControls
from rnnlab.gui.widgets.side_scroll import vertical_scroll

LOSS_DECADES = (-3, 1)
AUTO_EPOCHS_SHOWN = 10
EARLY_STOPPING_FIELDS = ("patience", "time_budget")
"""The settings that only an early-stopping run uses (Epochs auto on a task of pairs)."""
_TITLE = translatable("translate.retrain_panel", "Retrain from scratch")


def _decade_label(exponent: int) -> str:
    return f"{10.0 ** exponent:g}"


class RetrainPanel(QGroupBox):
    """Settings form, run controls and the two training curves of one retraining run."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(translate("translate.retrain_panel", _TITLE), parent)
        self.setToolTip(translate("translate.retrain_panel", "Train a new model in the background; when it finishes "
                                                             "it replaces the pad's model of its kind (with or "
                                                             "without attention)."))
        self.params = ParamForm(TranslatorConfig)
        self.params.setObjectName("translatorParams")
        self.run_controls = RunControls(runner, train_text=translatable("widgets.run_controls", "Retrain"))
        self.loss_plot = pg.PlotWidget(objectName="lossPlot")
        self.loss_plot.setLabel("bottom", translate("translate.retrain_panel", "epoch"))
        self.loss_plot.setLabel("left", translate("translate.retrain_panel", "training loss"))
        self.loss_plot.setLogMode(y=True)
        low, high = LOSS_DECADES
        set_number_ticks(self.loss_plot.getAxis("left"), [[(e, _decade_label(e)) for e in range(low, high + 1)], []])
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen("#d62728", width=1.5))
        self.accuracy_plot = pg.PlotWidget(objectName="accuracyPlot")
        self.accuracy_plot.setLabel("bottom", translate("translate.retrain_panel", "epoch"))
        self.accuracy_plot.setLabel("left", translate("translate.retrain_panel", "held-out %"))
        self.accuracy_plot.showGrid(x=True, y=True, alpha=0.2)
        self.accuracy_curve = self.accuracy_plot.plot(pen=pg.mkPen("#1f77b4", width=2), symbol="o", symbolSize=5,
                                                      symbolBrush="#1f77b4")
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getAxis("bottom").enableAutoSIPrefix(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(48)
        self.loss_points: list[tuple[float, float]] = []
        self.accuracy_points: list[tuple[float, float]] = []
        self._epochs_shown = 0.0
        self._growing = False
        self._pig_latin = True
        self.set_epochs(TranslatorConfig().planned_epochs(self._pig_latin))
        self.params.changed.connect(self._sync_early_stopping)
        self._sync_early_stopping()
        curves = QVBoxLayout()
        curves.addWidget(self.loss_plot)
        curves.addWidget(self.accuracy_plot)
        body = QHBoxLayout()
        body.addWidget(vertical_scroll(self.params, "translatorParamsScroll"))
        body.addLayout(curves, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.run_controls)
        layout.addLayout(body, 1)

    def set_epochs(self, epochs: int | None) -> None:
        """Fix both plots' ranges for a run of ``epochs`` epochs (None: not known in advance, so ``AUTO_EPOCHS_SHOWN``
        that grow with the run)."""
        self._growing = epochs is None
        self._show_epochs(AUTO_EPOCHS_SHOWN if epochs is None else epochs)

    def _show_epochs(self, epochs: float) -> None:
        self._epochs_shown = epochs
        low, high = LOSS_DECADES
        self.loss_plot.setRange(xRange=(0, epochs), yRange=(low - 0.15, high + 0.15), padding=0.02)
        self.accuracy_plot.setRange(xRange=(0, epochs), yRange=(0, 100), padding=0.02)

    def show_task(self, pig_latin: bool) -> None:
        """The pad is in the Pig Latin task (Epochs auto trains its fixed recipe) or a task of pairs (auto stops
        early): enable the early-stopping settings only where they apply."""
        self._pig_latin = pig_latin
        self._sync_early_stopping()

    def _sync_early_stopping(self) -> None:
        """Enable the settings that act: early stopping's with Epochs auto on a task of pairs, the sampling decay
        with scheduled sampling on."""
        epochs = self.params.number_box("epochs")
        stops_early = epochs.value() == epochs.minimum()
        for name in EARLY_STOPPING_FIELDS:
            self.params.controls[name].setEnabled(stops_early and not self._pig_latin)
        self.params.controls["sampling_decay"].setEnabled(self.params.config().scheduled_sampling != "off")

    def start_run(self, config: TranslatorConfig, pig_latin: bool) -> None:
        """Clear the curves and fix the ranges for a new run of ``config`` (on the Pig Latin words or not)."""
        self.loss_points.clear()
        self.accuracy_points.clear()
        self.loss_curve.setData([], [])
        self.accuracy_curve.setData([], [])
        self.set_epochs(config.planned_epochs(pig_latin))
        self.setTitle(translate("translate.retrain_panel", _TITLE))

    def add_events(self, events: list) -> None:
        """Append the run's new loss and accuracy reports and redraw each curve once."""
        for event in events:
            self.setTitle(filled(translate("translate.retrain_panel", "{TITLE} · training on {device}"),
                                 TITLE=translate("translate.retrain_panel", _TITLE), device=event.device))
            if event.loss is not None:
                self.loss_points.append((event.epoch, min(max(event.loss, 10.0 ** LOSS_DECADES[0]), 10.0 ** 1)))
            if event.accuracy is not None:
                self.accuracy_points.append((event.epoch, 100.0 * event.accuracy))
        if self._growing and events and events[-1].epoch > self._epochs_shown:
            self._show_epochs(self._epochs_shown * 2 ** math.ceil(math.log2(events[-1].epoch / self._epochs_shown)))
        if self.loss_points:
            xs, ys = zip(*self.loss_points, strict=True)
            self.loss_curve.setData(xs, ys)
        if self.accuracy_points:
            xs, ys = zip(*self.accuracy_points, strict=True)
            self.accuracy_curve.setData(xs, ys)

