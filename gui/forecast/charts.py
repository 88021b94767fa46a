"""The forecaster's two plots: the price chart (real, predicted, the baselines, projection, warnings) and the loss
curves. Their legends sit above the data (``HeaderLegend``), dates are ticked so labels never crowd (``DateAxis``),
and a plot that cannot draw says why in its data area (``PlotMessage``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from rnnlab.engine.forecast.chart_series import ChartSeries, visible_points, x_values
from rnnlab.engine.jobs import CancelToken, FileWritten, Job, ProgressFn
from rnnlab.engine.translations import translatable
from rnnlab.gui.forecast.date_axis import DateAxis
from rnnlab.gui.forecast.header_legend import HeaderLegend
from rnnlab.gui.forecast.plot_message import PlotMessage
from rnnlab.gui.i18n import engine_text, filled, translate
from rnnlab.gui.widgets.png_file import save_png
from rnnlab.gui.widgets.user_text import escape_html

if TYPE_CHECKING:
    import pandas as pd

REAL_PEN = pg.mkPen("#d62728", width=2)
PREDICTED_PEN = pg.mkPen("#1f5fbf", width=2)
NAIVE_PEN = pg.mkPen("#808080", width=1.5, style=Qt.PenStyle.DashLine)
DRIFT_PEN = pg.mkPen("#9467bd", width=1.5, style=Qt.PenStyle.DashLine)
LINEAR_PEN = pg.mkPen("#8c564b", width=1.5, style=Qt.PenStyle.DashLine)
PROJECTION_PEN = pg.mkPen("#2ca02c", width=2, style=Qt.PenStyle.DotLine)
BAND_BRUSH = pg.mkBrush(110, 160, 255, 85)
MISS_COLOUR = "#e040fb"
BAND_TOOLTIPS = {
    "adaptive": translatable("forecast.charts", "Adaptive conformal band: each test step's width from the most "
                                                "recent one-step errors, its level adjusted after every miss or "
                                                "hit. The projection's band beyond the data is split conformal on "
                                                "the validation windows' multi-step errors, not adaptive; an "
                                                "unbounded step is a gap."),
    "split": translatable("forecast.charts", "Split-conformal prediction band, calibrated on the model's errors on "
                                             "the validation windows."),
}
SPLIT_PEN = pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashDotLine)
BASELINES = {
    "naive": (translatable("forecast.charts", "Naive (tomorrow = today)"), NAIVE_PEN, True,
              translatable("forecast.charts", "The naive forecast: tomorrow's value is today's. The model has skill "
                                              "only where it beats this.")),
    "drift": (translatable("forecast.charts", "Drift"), DRIFT_PEN, False,
              translatable("forecast.charts", "Drift: today's value plus the training period's mean change per row.")),
    "linear": (translatable("forecast.charts", "Linear"), LINEAR_PEN, False,
               translatable("forecast.charts", "Linear: ridge regression on the same windows the network sees.")),
}
"""The baselines drawn beside the model's forecast: legend name, pen, shown at first, what the legend's tooltip says."""
POINTS_PER_PIXEL = 4
"""The series is drawn exactly while at most this many rows per pixel of width are in view, else peak-decimated."""
MIN_POINTS = 2000
MAX_JUMP_MARKERS = 1000
"""Jumps marked at most (a column of counts may jump at every other row of millions); the legend says so."""


class PriceChart(pg.PlotWidget):
    """The series in red; after a run the predictions in blue, the baselines dashed (naive grey, shown; drift and
    linear hidden until their legend entries are clicked), the projection green.

    The series comes prepared off the window's thread (``ChartSeries``); the red curve holds only what the view
    shows: every row of a view of few rows, else each bin's lowest and highest value from the series' peak pyramid,
    redrawn on every change of the x range at a cost bounded by the chart's width, not by the rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, axisItems={"bottom": DateAxis()})
        self.setObjectName("forecastChart")
        self._dates = True
        self.series: ChartSeries | None = None
        self._column = ""
        self._jumps_marked = (0, 0)
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("left", translate("forecast.charts", "Price"))
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        self.legend = HeaderLegend(item)
        self.legend.toggled.connect(self._on_legend_toggled)
        self.real_curve = item.plot(pen=REAL_PEN)
        self.predicted_curve = item.plot(pen=PREDICTED_PEN)
        self.baseline_curves = {name: item.plot(pen=pen) for name, (_, pen, _, _) in BASELINES.items()}
        self._baselines_shown = {name: shown for name, (_, _, shown, _) in BASELINES.items()}
        self.naive_curve = self.baseline_curves["naive"]
        self.naive_curve.setZValue(10)
        self.projection_curve = item.plot(pen=PROJECTION_PEN, symbol="o", symbolSize=4, symbolBrush="#2ca02c",
                                          symbolPen=None)
        self.band_lower = item.plot(pen=pg.mkPen(0, 0, 0, 0), connect="finite")
        self.band_upper = item.plot(pen=pg.mkPen(0, 0, 0, 0), connect="finite")
        self.band = pg.FillBetweenItem(self.band_lower, self.band_upper, brush=BAND_BRUSH)
        self.band.setZValue(-5)
        self.band.setVisible(False)
        item.addItem(self.band)
        self.band_sample = pg.PlotDataItem(pen=pg.mkPen(BAND_BRUSH.color(), width=10))
        self.jump_marker = pg.ScatterPlotItem(symbol="t", size=14, brush=pg.mkBrush("#ff7f0e"), pen=pg.mkPen("#7a3d00"))
        item.addItem(self.jump_marker)
        self.miss_marker = pg.ScatterPlotItem(symbol="x", size=9, brush=pg.mkBrush(MISS_COLOUR),
                                              pen=pg.mkPen(MISS_COLOUR, width=1.5))
        self.miss_marker.setZValue(20)
        item.addItem(self.miss_marker)
        self.split_line = pg.InfiniteLine(angle=90, pen=SPLIT_PEN, movable=False,
                                          label=translate("forecast.charts", "test →"),
                                          labelOpts={"position": 0.95, "color": "#888888"})
        item.addItem(self.split_line)
        self.split_line.setVisible(False)
        self._band_name = ""
        self._band_tooltip = ""
        self.message = PlotMessage(self, "forecastChartMessage")
        self.message.say(translate("forecast.charts", "No data yet: open a price CSV to draw it here."))
        item.getViewBox().sigXRangeChanged.connect(self._on_view_x_range_changed)
        self._legend_sync()

    def _use_dates(self, dates: bool) -> None:
        if dates != self._dates:
            axis = DateAxis() if dates else pg.AxisItem(orientation="bottom")
            self.getPlotItem().setAxisItems({"bottom": axis})
            self._dates = dates
        self.getPlotItem().setLabel("bottom", "" if dates else translate("forecast.charts", "Row"))

    def show_series(self, series: ChartSeries, column: str, test_start: object | None) -> None:
        """Draw ``column`` of the loaded series alone, whole, with the start of the test period and any suspicious
        jumps."""
        self._use_dates(series.dates)
        self.series, self._column = series, column
        self.real_curve.setData(*visible_points(series, column, -np.inf, np.inf, self._points()))
        for curve in self._forecast_curves():
            curve.setData([], [])
        self._hide_band()
        self.getPlotItem().setLabel("left", escape_html(column))
        self._show_split(test_start)
        self._show_jumps(series, column)
        self._legend_sync()
        self.message.say(engine_text(series.columns[column].problem))
        self.getPlotItem().enableAutoRange()

    def _points(self) -> int:
        """How many points the red curve may hold: a few per pixel of the plot's width."""
        return max(MIN_POINTS, POINTS_PER_PIXEL * int(self.getViewBox().width()))

    def _on_view_x_range_changed(self, _view, x_range) -> None:
        """Draw the rows in view: exactly when few, else peak-decimated from the pyramid (bounded work)."""
        if self.series is not None:
            self.real_curve.setData(*visible_points(self.series, self._column, x_range[0], x_range[1],
                                                    self._points()))

    def show_series_only(self) -> None:
        """Take the forecasts off the chart (a backtest replaced them), keeping the series."""
        for curve in self._forecast_curves():
            curve.setData([], [])
        self._hide_band()
        self._legend_sync()

    def _forecast_curves(self) -> tuple[pg.PlotDataItem, ...]:
        """Every curve of a forecast: predicted, projection and the baselines."""
        return self.predicted_curve, self.projection_curve, *self.baseline_curves.values()

    def show_forecast(self, test, projection_index: pd.Index, projection: np.ndarray,
                      projection_band: tuple[np.ndarray, np.ndarray] | None) -> None:
        """Draw the test forecasts, the projection and the prediction band over the series; zoom to the test period."""
        test_x = x_values(test.index)
        self.predicted_curve.setData(test_x, test.predicted)
        for name, values in {"naive": test.naive, **test.baselines}.items():
            self.baseline_curves[name].setData(test_x, values)
            self.baseline_curves[name].setVisible(self._baselines_shown[name])
        projection_x = x_values(projection_index) if len(projection) else np.empty(0)
        if len(projection):
            px = np.concatenate([test_x[-1:], projection_x])
            self.projection_curve.setData(px, np.concatenate([test.actual[-1:], projection]))
        else:
            self.projection_curve.setData([], [])
        self._show_band(test, test_x, projection_x, projection_band)
        self._legend_sync()
        self.message.say(forecast_problem(test))
        if len(test_x):
            self._zoom_to(test_x, projection_index, test, projection)

    def _show_band(self, test, test_x: np.ndarray, projection_x: np.ndarray,
                   projection_band: tuple[np.ndarray, np.ndarray] | None) -> None:
        """Shade [lower, upper] over the test period, continued by the projection's band."""
        if test.lower is None:
            self._hide_band()
            return
        x, lower, upper = test_x, test.lower, test.upper
        if projection_band is not None:
            x = np.concatenate([x, projection_x[: len(projection_band[0])]])  # the band may stop before the projection
            lower = np.concatenate([lower, projection_band[0]])
            upper = np.concatenate([upper, projection_band[1]])
        self.band_lower.setData(x, np.where(np.isfinite(lower), lower, np.nan))  # unbounded steps: a gap
        self.band_upper.setData(x, np.where(np.isfinite(upper), upper, np.nan))
        self.band.setVisible(True)
        method = test.metrics.interval_method or "split"
        band_name = (translate("forecast.charts", "{interval:.0%} prediction band (adaptive)") if method == "adaptive"
                     else translate("forecast.charts", "{interval:.0%} prediction band"))
        self._band_name = filled(band_name, interval=test.metrics.interval)
        self._band_tooltip = translate("forecast.charts", BAND_TOOLTIPS[method])
        outside = (test.actual < test.lower) | (test.actual > test.upper)
        self.miss_marker.setData(test_x[outside], test.actual[outside])

    def _hide_band(self) -> None:
        """No band: empty curves, and the fill hidden (an empty fill would pull the autorange to x = 0)."""
        self.band_lower.setData([], [])
        self.band_upper.setData([], [])
        self.band.setVisible(False)
        self._band_name = ""
        self.miss_marker.setData([], [])

    def _zoom_to(self, test_x: np.ndarray, projection_index: pd.Index, test, projection: np.ndarray) -> None:
        right = x_values(projection_index)[-1] if len(projection) else test_x[-1]
        span = max(right - test_x[0], 1.0)
        left = test_x[0] - 0.5 * span
        shown = [test.actual, test.predicted, projection]
        shown += [curve.yData for curve in self.baseline_curves.values()
                  if curve.isVisible() and curve.yData is not None]
        for curve in (self.band_lower, self.band_upper):
            band = curve.yData
            if band is not None and len(band):
                shown.append(band)
        if self.series is not None:
            first, stop = np.searchsorted(self.series.x, [left, right], side="left")
            shown.append(self.series.columns[self._column].values[first:stop])
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

    def _show_jumps(self, series: ChartSeries, column: str) -> None:
        """Mark the first ``MAX_JUMP_MARKERS`` jumps of ``column``."""
        shown = series.columns[column]
        marked = shown.jumps[:MAX_JUMP_MARKERS]
        self.jump_marker.setData(series.x[marked], shown.values[marked])
        self._jumps_marked = (len(marked), len(shown.jumps))

    def _legend_sync(self) -> None:
        """List in the legend only what is drawn (a hidden baseline stays listed, to be shown again): the series,
        forecast, projection, band and jumps first, then the baselines that a click shows or hides."""
        self.legend.clear()
        entries = [(self.real_curve, translate("forecast.charts", "Real"),
                    translate("forecast.charts", "The loaded series.")),
                   (self.predicted_curve, translate("forecast.charts", "Predicted"),
                    translate("forecast.charts", "The model's one-step-ahead forecast of each test row.")),
                   (self.projection_curve, translate("forecast.charts", "Projection"),
                    translate("forecast.charts", "Steps past the last row, each fed back as the next input.")),
                   (self.band_sample, self._band_name, self._band_tooltip),
                   (self.miss_marker, filled(translate("forecast.charts", "Outside the band ({len})"),
                                             len=len(self.miss_marker.data)),
                    translate("forecast.charts", "Test values that fell outside the prediction band.")),
                   (self.jump_marker, translate("forecast.charts", "Jump of 45% or more (split?)") + (
                       filled(translate("forecast.charts", ": first {shown:,} of {total:,} marked"),
                              shown=self._jumps_marked[0], total=self._jumps_marked[1])
                       if self._jumps_marked[0] < self._jumps_marked[1] else ""),
                    translate("forecast.charts", "A move of 45% or more from one row to the next: often an "
                                                 "unadjusted stock split."))]
        drawn = {self.band_sample: bool(self._band_name), self.jump_marker: len(self.jump_marker.data) > 0,
                 self.miss_marker: len(self.miss_marker.data) > 0}
        for curve, name, tooltip in entries:
            if drawn.get(curve, _has_data(curve)):
                self.legend.add(curve, name, tooltip)
        for name, (label, _, _, tooltip) in BASELINES.items():
            if _has_data(self.baseline_curves[name]):
                self.legend.add(self.baseline_curves[name], translate("forecast.charts", label),
                                translate("forecast.charts", tooltip), toggle=True)
        self.legend.reflow()

    def _on_legend_toggled(self, curve, visible: bool) -> None:
        for name, baseline in self.baseline_curves.items():
            if baseline is curve:
                self._baselines_shown[name] = visible

    def set_baseline_shown(self, name: str, shown: bool) -> None:
        """Show or hide a baseline (``naive``, ``drift``, ``linear``), as a click on its legend entry does."""
        curve = self.baseline_curves[name]
        if curve.isVisible() != shown and self.legend.getLabel(curve) is not None:
            self.legend.toggle(curve)
        else:
            self._baselines_shown[name] = shown
            curve.setVisible(shown)

    def to_image(self) -> QImage:
        """The chart as an image, through pyqtgraph's ImageExporter."""
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.getPlotItem())
        exporter.parameters()["width"] = max(800, self.width())
        return exporter.export(toBytes=True)

    def png_job(self, path: Path) -> Job:
        """Render the chart now (Qt paints in the GUI thread) and return a job that writes it as PNG, atomically,
        off the GUI thread."""
        image = self.to_image()

        def save(progress: ProgressFn, cancel: CancelToken) -> FileWritten:
            save_png(image, path)
            return FileWritten("chart", path)

        return save


def _has_data(curve: pg.PlotDataItem) -> bool:
    """True when a curve has points."""
    x, _ = curve.getData()
    return x is not None and len(x) > 0


def forecast_problem(test) -> str:
    """Why a forecast draws as nothing (no test rows, forecasts that are not numbers); empty when it draws."""
    if not len(test.index):
        return translate("forecast.charts", "No test rows: choose an earlier test start or a larger test fraction.")
    if not np.isfinite(test.predicted).any():
        return translate("forecast.charts",
                         "The model's forecasts are not numbers (NaN or infinite): nothing to draw. Retrain it.")
    return ""
