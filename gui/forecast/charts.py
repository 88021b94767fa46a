"""The forecaster's two plots: the price chart (real, predicted, naive, projection, warnings) and the loss curves."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from rnnlab.engine.forecast.session import Saved
from rnnlab.gui.widgets.plot_theme import legend_brush
from rnnlab.gui.widgets.png_file import save_png
from rnnlab.gui.widgets.user_text import escape_html

if TYPE_CHECKING:
    import pandas as pd

REAL_PEN = pg.mkPen("#d62728", width=2)
PREDICTED_PEN = pg.mkPen("#1f5fbf", width=2)
NAIVE_PEN = pg.mkPen("#808080", width=1.5, style=Qt.PenStyle.DashLine)
PROJECTION_PEN = pg.mkPen("#2ca02c", width=2, style=Qt.PenStyle.DotLine)
BAND_BRUSH = pg.mkBrush(110, 160, 255, 85)
SPLIT_PEN = pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashDotLine)


def x_values(index: pd.Index) -> np.ndarray:
    """Seconds since 1970 for a date index (what DateAxisItem expects), row numbers otherwise."""
    import pandas as pd

    if isinstance(index, pd.DatetimeIndex):
        return index.as_unit("s").asi8.astype(np.float64)
    return np.asarray(index, dtype=np.float64)


class PriceChart(pg.PlotWidget):
    """The series in red; after a run the predictions in blue, the naive forecast grey dashed, the projection green."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
        self.setObjectName("forecastChart")
        self._dates = True
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("left", "Price")
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        self.legend = item.addLegend(offset=(10, 10), brush=pg.mkBrush(legend_brush()))
        self.real_curve = item.plot(pen=REAL_PEN, name="Real")
        self.predicted_curve = item.plot(pen=PREDICTED_PEN, name="Predicted")
        self.naive_curve = item.plot(pen=NAIVE_PEN, name="Naive (tomorrow = today)")
        self.naive_curve.setZValue(10)
        self.projection_curve = item.plot(pen=PROJECTION_PEN, symbol="o", symbolSize=4, symbolBrush="#2ca02c",
                                          symbolPen=None, name="Projection")
        self.band_lower = item.plot(pen=pg.mkPen(0, 0, 0, 0))
        self.band_upper = item.plot(pen=pg.mkPen(0, 0, 0, 0))
        self.band = pg.FillBetweenItem(self.band_lower, self.band_upper, brush=BAND_BRUSH)
        self.band.setZValue(-5)
        self.band.setVisible(False)
        item.addItem(self.band)
        self.band_sample = pg.PlotDataItem(pen=pg.mkPen(BAND_BRUSH.color(), width=10))
        self.jump_marker = pg.ScatterPlotItem(symbol="t", size=14, brush=pg.mkBrush("#ff7f0e"), pen=pg.mkPen("#7a3d00"),
                                              name="Jump of 45% or more (split?)")
        item.addItem(self.jump_marker)
        self.split_line = pg.InfiniteLine(angle=90, pen=SPLIT_PEN, movable=False,
                                          label="test →", labelOpts={"position": 0.95, "color": "#888888"})
        item.addItem(self.split_line)
        self.split_line.setVisible(False)
        self._band_name = ""
        self._legend_sync()

    def _use_dates(self, dates: bool) -> None:
        if dates != self._dates:
            axis = pg.DateAxisItem(orientation="bottom", utcOffset=0) if dates else pg.AxisItem(orientation="bottom")
            self.getPlotItem().setAxisItems({"bottom": axis})
            self._dates = dates
        self.getPlotItem().setLabel("bottom", "" if dates else "Row")

    def show_series(self, index: pd.Index, values: np.ndarray, column: str, test_start: object | None,
                    jumps: pd.Index) -> None:
        """Draw the loaded series alone, with the start of the test period and any suspicious jumps."""
        import pandas as pd

        self._use_dates(isinstance(index, pd.DatetimeIndex))
        x = x_values(index)
        self.real_curve.setData(x, values)
        for curve in (self.predicted_curve, self.naive_curve, self.projection_curve):
            curve.setData([], [])
        self._hide_band()
        self.getPlotItem().setLabel("left", escape_html(column))
        self._show_split(test_start)
        self._show_jumps(index, values, jumps)
        self._legend_sync()
        self.getPlotItem().enableAutoRange()

    def show_series_only(self) -> None:
        """Take the forecasts off the chart (a backtest replaced them), keeping the series."""
        for curve in (self.predicted_curve, self.naive_curve, self.projection_curve):
            curve.setData([], [])
        self._hide_band()
        self._legend_sync()

    def show_forecast(self, test, projection_index: pd.Index, projection: np.ndarray,
                      projection_band: tuple[np.ndarray, np.ndarray] | None) -> None:
        """Draw the test forecasts, the projection and the prediction band over the series; zoom to the test period."""
        test_x = x_values(test.index)
        self.predicted_curve.setData(test_x, test.predicted)
        self.naive_curve.setData(test_x, test.naive)
        projection_x = x_values(projection_index) if len(projection) else np.empty(0)
        if len(projection):
            px = np.concatenate([test_x[-1:], projection_x])
            self.projection_curve.setData(px, np.concatenate([test.actual[-1:], projection]))
        else:
            self.projection_curve.setData([], [])
        self._show_band(test, test_x, projection_x, projection_band)
        self._legend_sync()
        self._zoom_to(test_x, projection_index, test, projection)

    def _show_band(self, test, test_x: np.ndarray, projection_x: np.ndarray,
                   projection_band: tuple[np.ndarray, np.ndarray] | None) -> None:
        """Shade [lower, upper] over the test period, continued by the projection's band."""
        if test.lower is None:
            self._hide_band()
            return
        x, lower, upper = test_x, test.lower, test.upper
        if projection_band is not None:
            x = np.concatenate([x, projection_x])
            lower = np.concatenate([lower, projection_band[0]])
            upper = np.concatenate([upper, projection_band[1]])
        self.band_lower.setData(x, lower)
        self.band_upper.setData(x, upper)
        self.band.setVisible(True)
        self._band_name = f"{test.metrics.interval:.0%} prediction band"

    def _hide_band(self) -> None:
        """No band: empty curves, and the fill hidden (an empty fill would pull the autorange to x = 0)."""
        self.band_lower.setData([], [])
        self.band_upper.setData([], [])
        self.band.setVisible(False)
        self._band_name = ""

    def _zoom_to(self, test_x: np.ndarray, projection_index: pd.Index, test, projection: np.ndarray) -> None:
        right = x_values(projection_index)[-1] if len(projection) else test_x[-1]
        span = max(right - test_x[0], 1.0)
        left = test_x[0] - 0.5 * span
        real_x, real_y = self.real_curve.getData()
        shown = [test.actual, test.predicted, test.naive, projection]
        for curve in (self.band_lower, self.band_upper):
            band = curve.yData
            if band is not None and len(band):
                shown.append(band)
        if real_x is not None and len(real_x):
            shown.append(real_y[(real_x >= left) & (real_x <= right)])
        values = np.concatenate([np.asarray(v, dtype=float) for v in shown if len(v)])
        values = values[np.isfinite(values)]
        item = self.getPlotItem()
        item.setXRange(left, right + 0.02 * span, padding=0)
        if len(values):
            low, high = float(values.min()), float(values.max())
            pad = 0.05 * (high - low or abs(high) or 1.0)
            item.setYRange(low - pad, high + pad, padding=0)

    def _show_split(self, test_start: object | None) -> None:
        if test_start is None:
            self.split_line.setVisible(False)
            return
        import pandas as pd

        self.split_line.setValue(float(x_values(pd.Index([test_start]))[0]))
        self.split_line.setVisible(True)

    def _show_jumps(self, index: pd.Index, values: np.ndarray, jumps: pd.Index) -> None:
        if len(jumps):
            positions = index.get_indexer(jumps)
            self.jump_marker.setData(x_values(jumps), np.asarray(values)[positions])
        else:
            self.jump_marker.setData([], [])

    def _legend_sync(self) -> None:
        """List in the legend only what is drawn."""
        self.legend.clear()
        items = [(self.real_curve, "Real"), (self.predicted_curve, "Predicted"),
                 (self.naive_curve, "Naive (tomorrow = today)"), (self.projection_curve, "Projection")]
        for curve, name in items:
            x, _ = curve.getData()
            if x is not None and len(x):
                self.legend.addItem(curve, name)
        if self._band_name:
            self.legend.addItem(self.band_sample, self._band_name)
        if len(self.jump_marker.data):
            self.legend.addItem(self.jump_marker, "Jump of 45% or more (split?)")

    def to_image(self) -> QImage:
        """The chart as an image, through pyqtgraph's ImageExporter."""
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.getPlotItem())
        exporter.parameters()["width"] = max(800, self.width())
        return exporter.export(toBytes=True)

    def png_job(self, path: Path):
        """Render the chart now (Qt paints in the GUI thread) and return a job that writes it as PNG, atomically,
        off the GUI thread."""
        image = self.to_image()

        def save(progress, cancel) -> Saved:
            save_png(image, path)
            return Saved(what="chart", path=path)

        return save


class LossChart(pg.PlotWidget):
    """Training and validation loss per epoch, updated live."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("lossChart")
        item = self.getPlotItem()
        item.getAxis("left").enableAutoSIPrefix(False)
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", "Epoch")
        item.setLabel("left", "MSE (scaled)")
        item.addLegend(offset=(-10, -10), brush=pg.mkBrush(legend_brush()))
        self.train_curve = item.plot(pen=pg.mkPen("#1f5fbf", width=2), name="Training loss")
        self.val_curve = item.plot(pen=pg.mkPen("#ff7f0e", width=2), name="Validation loss")
        self.best_marker = pg.ScatterPlotItem(symbol="star", size=12, brush=pg.mkBrush("#ff7f0e"), pen=None)
        item.addItem(self.best_marker)
        self.clear_losses()

    def clear_losses(self) -> None:
        """Start a new run's curves."""
        self.train_losses: list[float] = []
        self.val_losses: list[float] = []
        self.train_curve.setData([], [])
        self.val_curve.setData([], [])
        self.best_marker.setData([], [])

    def add_epoch(self, train_loss: float, val_loss: float | None) -> None:
        """Append one epoch's losses and redraw."""
        self.train_losses.append(max(train_loss, 1e-12))
        epochs = np.arange(1, len(self.train_losses) + 1)
        self.train_curve.setData(epochs, self.train_losses)
        if val_loss is not None:
            self.val_losses.append(max(val_loss, 1e-12))
            self.val_curve.setData(epochs[: len(self.val_losses)], self.val_losses)

    def mark_best(self, epoch: int) -> None:
        """Mark the epoch whose weights were kept."""
        if 1 <= epoch <= len(self.val_losses):
            self.best_marker.setData([epoch], [self.val_losses[epoch - 1]])
