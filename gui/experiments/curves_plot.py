"""An experiment's runs' curves overlaid (a loss per step or epoch, as each run stored it): one colour per
configuration, every seed of a configuration in its colour, so the spread over seeds shows as a band.

A combo picks the curve where the runs have several (the forecaster's training and validation loss, the translator's
loss and accuracy). The y axis is logarithmic when every value is positive and they span two decades or more; a value
that was not finite (stored as None) leaves a gap. Up to a hundred runs of 2,000 points draw at once: the plot draws
only what is in view, downsampled to the screen's width.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rnnlab.engine.experiments.experiment import point_label
from rnnlab.engine.experiments.store import StoredRun
from rnnlab.engine.report.experiment_report import PALETTE
from rnnlab.engine.translations import translatable
from rnnlab.gui.forecast.header_legend import HeaderLegend
from rnnlab.gui.forecast.plot_message import PlotMessage
from rnnlab.gui.i18n import filled, translate

LOG_DECADES = 2
"""Positive values spanning this many decades or more are drawn on a log axis."""
MAX_LEGEND = 8
"""The legend names at most this many configurations (the rest are said to be there in one more entry)."""
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
"""Past the palette's colours, configurations take the colours again with these dashes."""
EMPTY_TEXT = translatable("experiments.curves_plot", "The runs' curves appear here as the runs finish.")


def default_curve(names: Sequence[str]) -> str | None:
    """The curve shown first: the first whose name says loss, else the first."""
    return next((name for name in names if "loss" in name), names[0] if names else None)


def curve_xy(points: list[list[float | None]]) -> tuple[np.ndarray, np.ndarray]:
    """A stored curve's x and y, a y stored as None (not finite) as NaN (numpy reads None as NaN in a float array)."""
    xy = np.array(points, dtype=np.float64).reshape(-1, 2)
    return xy[:, 0], xy[:, 1]


def wants_log(ys: Sequence[np.ndarray]) -> bool:
    """True when every finite value is positive and the largest is 10^LOG_DECADES times the smallest or more."""
    finite = np.concatenate([y[np.isfinite(y)] for y in ys]) if ys else np.zeros(0)
    return bool(finite.size and finite.min() > 0 and finite.max() >= finite.min() * 10 ** LOG_DECADES)


class CurvesPlot(QWidget):
    """The runs' curves overlaid (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentCurvesPlot")
        self.combo = QComboBox(objectName="experimentCurveCombo")
        self.combo.setToolTip(translate("experiments.curves_plot", "Which of the runs' curves to draw."))
        self.combo.currentTextChanged.connect(self._on_combo_changed)
        self.combo_label = QLabel(translate("experiments.curves_plot", "Curve:"))
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setObjectName("experimentCurvesPlotPlot")
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("bottom", translate("experiments.curves_plot", "step or epoch"))
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setMenuEnabled(False)
        self.legend = HeaderLegend(self.plot)
        self.message = PlotMessage(self.plot_widget, "experimentCurvesPlotMessage")
        self.curves: list[pg.PlotDataItem] = []
        self.configurations: list[str] = []
        self._runs: list[StoredRun] = []
        self._xy: dict[tuple[int, str], tuple[np.ndarray, np.ndarray]] = {}
        self._pool: list[pg.PlotDataItem] = []
        self._shown: list[tuple[int, str, int]] = []
        self._legend_entries: list[int] = []
        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.combo_label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.plot_widget, 1)
        self.clear()

    def clear(self) -> None:
        """No runs: an empty plot that says what will appear."""
        self.show_runs([])

    def show_runs(self, runs: Sequence[StoredRun]) -> None:
        """Draw ``runs`` (those without curves, the failed ones, are left out), keeping the curve chosen where
        the runs have it."""
        self._runs = [run for run in runs if run.curves]
        kept = {run.id for run in self._runs}
        self._xy = {key: xy for key, xy in self._xy.items() if key[0] in kept}
        self.configurations = list(dict.fromkeys(point_label(run.point) for run in runs))
        names = list(dict.fromkeys(name for run in self._runs for name in run.curves or {}))
        chosen = self.combo.currentText() if self.combo.currentText() in names else default_curve(names)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        self.combo.setCurrentText(chosen or "")
        self.combo.blockSignals(False)
        for widget in (self.combo, self.combo_label):
            widget.setVisible(len(names) > 1)
        self._draw(chosen)

    def _on_combo_changed(self, name: str) -> None:
        if name:
            self._draw(name)

    def _draw(self, name: str | None) -> None:
        """Every run's curve ``name`` in its configuration's colour and dash."""
        drawn = [(run, *self._curve(run, name)) for run in self._runs
                 if name is not None and (run.curves or {}).get(name)]
        self._use_curves(len(drawn))
        log = wants_log([y for _, _, y in drawn])
        self.plot.setLogMode(x=False, y=log)
        for index, (run, x, y) in enumerate(drawn):
            k = self.configurations.index(point_label(run.point))
            if self._shown[index] != (run.id, name, k):
                self._shown[index] = (run.id, name or "", k)
                self.curves[index].setData(x, y, connect="finite", pen=configuration_pen(k))
        self._legend_sync([run for run, _, _ in drawn])
        self.plot.setLabel("left", (name or "") + (translate("experiments.curves_plot", " (log scale)") if log else ""))
        self.plot.enableAutoRange()
        self.message.say("" if drawn else translate("experiments.curves_plot", EMPTY_TEXT))

    def _curve(self, run: StoredRun, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The run's curve ``name`` as arrays, read once per run (a live sweep redraws every run at each new one)."""
        key = (run.id, name)
        if key not in self._xy:
            self._xy[key] = curve_xy((run.curves or {})[name])
        return self._xy[key]

    def _use_curves(self, count: int) -> None:
        """Show ``count`` curve items, reusing those there are (one that shows the same run's curve in the same
        colour is left as it is: a live sweep adds a run at a time); the others are emptied and hidden, kept for
        the next runs (adding items to a plot costs more than drawing them)."""
        while len(self._pool) < count:
            self._pool.append(self.plot.plot([], [], connect="finite"))
            self._shown.append((-1, "", -1))
        for index in range(count, len(self._pool)):
            if self._shown[index][0] != -1:
                self._shown[index] = (-1, "", -1)
                self._pool[index].setData([], [])
            self._pool[index].setVisible(False)
        for item in self._pool[:count]:
            item.setVisible(True)
        self.curves = self._pool[:count]

    def _legend_sync(self, runs: list[StoredRun]) -> None:
        """One legend entry per configuration drawn, its sample a thicker line than the curves (one pixel wide,
        they draw fast) so its colour reads; at most MAX_LEGEND, and a last entry saying how many more there are."""
        indices = sorted({self.configurations.index(point_label(run.point)) for run in runs})
        if indices == self._legend_entries:
            return
        self._legend_entries = indices
        self.legend.clear()
        for k in indices[:MAX_LEGEND]:
            sample = pg.PlotDataItem(pen=configuration_pen(k, width=2.5))
            self.legend.add(sample, self.configurations[k], translate("experiments.curves_plot",
                                                                      "Every seed of this configuration is drawn in "
                                                                      "this colour."))
        if len(indices) > MAX_LEGEND:
            self.legend.addItem(pg.PlotDataItem(pen=None), filled(translate("experiments.curves_plot",
                                                                            "and {value} more configurations"),
                                                                  value=len(indices) - MAX_LEGEND))
        self.legend.reflow()


def configuration_pen(k: int, width: float = 1.0) -> QPen:
    """The pen of the k-th configuration: the palette's colours, then again with dashes."""
    return pg.mkPen(PALETTE[k % len(PALETTE)], width=width, style=DASHES[(k // len(PALETTE)) % len(DASHES)])
