"""The forecaster's plots as a user sees them: legends above the data (never over a curve), the drift and linear
baselines behind legend toggles, date ticks that never crowd, and a sentence instead of an empty frame."""

import itertools

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF

from rnnlab.engine.forecast import training
from rnnlab.engine.forecast.chart_series import chart_series
from rnnlab.engine.forecast.forecaster import future_index
from rnnlab.engine.forecast.metrics import forecast_metrics
from rnnlab.gui.forecast.charts import PriceChart, x_values
from rnnlab.gui.forecast.date_axis import DateAxis
from rnnlab.gui.forecast.loss_chart import LossChart

DAYS = pd.bdate_range("2016-01-04", periods=300, name="Date")


def series_of(index: pd.Index, values: np.ndarray, column: str = "Open"):
    """The series as the job that loads a file prepares it for the chart."""
    return chart_series(pd.DataFrame({column: values}, index=index))


def walk(n: int = 300, seed: int = 0) -> np.ndarray:
    return 700 + np.cumsum(np.random.default_rng(seed).normal(0, 5, n))


def forecast_of(index: pd.Index, actual: np.ndarray, shift: float = 0.5) -> training.TestForecast:
    """A forecast of the rows ``index`` as the engine builds one: forecasts, baselines, metrics and a band."""
    predicted, naive = actual + shift, np.r_[actual[0], actual[:-1]]
    baselines = {"drift": naive + 0.3, "linear": naive - 0.4}
    lower, upper = predicted - 3, predicted + 3
    metrics = forecast_metrics(actual, predicted, naive, walk(), baselines, interval=0.9, band=(lower, upper),
                               interval_method="split")
    return training.TestForecast(index=index, actual=actual, predicted=predicted, naive=naive, metrics=metrics,
                        baselines=baselines, lower=lower, upper=upper)


@pytest.fixture
def chart(qtbot):
    widget = PriceChart()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show_run(chart: PriceChart) -> training.TestForecast:
    values = walk()
    chart.show_series(series_of(DAYS, values), "Open", DAYS[-20])
    test = forecast_of(DAYS[-20:], values[-20:])
    projection = np.full(10, values[-1])
    chart.show_forecast(test, future_index(DAYS, 10), projection, (projection[:6] - 5, projection[:6] + 5))
    return test


def legend_clear_of_the_data(widget) -> bool:
    legend = widget.legend.sceneBoundingRect()
    return legend.height() > 0 and not legend.intersects(widget.getViewBox().sceneBoundingRect())


@pytest.mark.parametrize("width", [900, 420])
def test_the_legends_sit_above_the_data_at_any_width(qtbot, chart, width):
    show_run(chart)
    losses = LossChart()
    qtbot.addWidget(losses)
    losses.resize(width // 2, 260)
    losses.show()
    for epoch in range(1, 6):
        losses.add_epoch(1.0 / epoch, 1.2 / epoch)
    losses.mark_best(5)
    chart.resize(width, 400)
    qtbot.waitUntil(lambda: chart.width() == width)
    names = [label.text for _, label in chart.legend.items]
    assert names == ["Real", "Predicted", "Projection", "90% prediction band", "Naive (tomorrow = today)", "Drift",
                     "Linear"]
    assert [label.text for _, label in losses.legend.items] == ["Training", "Validation", "Best epoch"]
    for widget in (chart, losses):
        qtbot.waitUntil(lambda w=widget: legend_clear_of_the_data(w))
        plot = widget.getPlotItem().sceneBoundingRect()
        assert plot.contains(widget.legend.sceneBoundingRect()), "every entry on screen, none cut off at the sides"


def click_legend_entry(qtbot, chart: PriceChart, name: str) -> None:
    label = chart.legend.getLabel(chart.baseline_curves[name])
    point = chart.mapFromScene(label.sceneBoundingRect().center())
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def test_naive_is_drawn_drift_and_linear_are_a_click_away_and_stay_as_chosen(qtbot, chart):
    test = show_run(chart)
    curves = chart.baseline_curves
    assert [curves[name].isVisible() for name in ("naive", "drift", "linear")] == [True, False, False]
    np.testing.assert_array_equal(curves["drift"].getData()[1], test.baselines["drift"])
    for name in ("naive", "drift", "linear"):
        label = chart.legend.getLabel(curves[name])
        assert "Click to show or hide it." in label.toolTip()
    assert "ridge regression" in chart.legend.getLabel(curves["linear"]).toolTip()
    click_legend_entry(qtbot, chart, "drift")
    qtbot.waitUntil(lambda: curves["drift"].isVisible())
    click_legend_entry(qtbot, chart, "naive")
    qtbot.waitUntil(lambda: not curves["naive"].isVisible())
    real = chart.legend.getLabel(chart.real_curve)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton,
                     pos=chart.mapFromScene(real.sceneBoundingRect().center()))
    assert chart.real_curve.isVisible(), "the series is not a toggle"
    show_run(chart)
    assert [curves[name].isVisible() for name in ("naive", "drift", "linear")] == [False, True, False]
    chart.set_baseline_shown("linear", True)
    assert curves["linear"].isVisible()


def test_actuals_outside_the_band_are_marked_and_an_unbounded_step_is_a_gap(qtbot, chart):
    values = walk()
    chart.show_series(series_of(DAYS, values), "Open", DAYS[-20])
    actual = values[-20:]
    predicted = actual + np.where(np.arange(20) % 5 == 0, 4.0, 0.5)  # every fifth actual 4 away: outside ±3
    lower, upper = predicted - 3, predicted + 3
    lower[7], upper[7] = -np.inf, np.inf
    naive = np.r_[actual[0], actual[:-1]]
    baselines = {"drift": naive + 0.3, "linear": naive - 0.4}
    metrics = forecast_metrics(actual, predicted, naive, walk(), baselines, interval=0.9, band=(lower, upper),
                               interval_method="adaptive")
    test = training.TestForecast(index=DAYS[-20:], actual=actual, predicted=predicted, naive=naive, metrics=metrics,
                                 baselines=baselines, lower=lower, upper=upper)
    chart.show_forecast(test, future_index(DAYS, 10), np.full(10, values[-1]), None)
    x, y = chart.miss_marker.getData()
    assert list(y) == list(actual[::5]) and list(x) == list(x_values(DAYS[-20:][::5]))
    names = [label.text for _, label in chart.legend.items]
    assert "90% prediction band (adaptive)" in names and "Outside the band (4)" in names
    assert "not adaptive" in chart.legend.getLabel(chart.band_sample).toolTip()
    assert np.isnan(chart.band_upper.yData[7]) and np.isfinite(chart.band_upper.yData[6])
    assert metrics.covered == 16 and metrics.band_rows == 20
    chart.show_series_only()
    assert len(chart.miss_marker.data) == 0


@pytest.mark.parametrize("first, last", [("2016-12-05", "2017-03-01"), ("2012-01-03", "2017-01-31"),
                                         ("2000-01-03 09:00", "2000-01-05 17:00"), ("1900-01-01", "2020-01-01"),
                                         ("2017-01-03 09:30:00", "2017-01-03 09:31:30")])
@pytest.mark.parametrize("pixels", [90, 160, 320, 700, 1400])
def test_date_tick_labels_never_overlap_and_are_not_sparse(qtbot, first, last, pixels):
    axis = DateAxis()
    low, high = (pd.Timestamp(stamp, tz="UTC").timestamp() for stamp in (first, last))
    [(spacing, positions)] = axis.tickValues(low, high, pixels)
    labels = axis.tickStrings(positions, 1.0, spacing)
    metrics = QFontMetricsF(axis.font())
    assert positions and all(low <= p <= high for p in positions) and all(labels)
    centres = [(p - low) / (high - low) * pixels for p in positions]
    for (a, text_a), (b, text_b) in itertools.pairwise(zip(centres, labels, strict=True)):
        assert b - a >= (metrics.horizontalAdvance(text_a) + metrics.horizontalAdvance(text_b)) / 2, (labels, pixels)
    if pixels >= 320:
        assert len(positions) >= 3, labels
    if first.startswith("2000-01-03") and pixels >= 160:
        assert "04 Jan" in labels, "ticks under a day show the date at midnight"


def test_the_chart_uses_the_date_axis_after_a_file_without_dates(qtbot, chart):
    chart.show_series(series_of(pd.RangeIndex(300), walk()), "Open", None)
    assert not isinstance(chart.getPlotItem().getAxis("bottom"), DateAxis)
    show_run(chart)
    axis = chart.getPlotItem().getAxis("bottom")
    assert isinstance(axis, DateAxis)
    low, high = axis.range
    [(_, positions)] = axis.tickValues(low, high, 420)
    assert len(positions) >= 3


def test_a_plot_that_cannot_draw_says_why(qtbot, chart):
    assert "open a price CSV" in chart.message.text() and chart.message.isVisible()
    chart.show_series(series_of(DAYS, np.full(300, np.nan), "Close <b>x</b>"), "Close <b>x</b>", None)
    assert chart.message.text() == "Close <b>x</b> has no numbers to draw."
    assert chart.message.textFormat() == Qt.TextFormat.PlainText
    chart.show_series(series_of(DAYS, np.full(300, 5.0)), "Open", None)
    assert chart.message.text() == "Open is 5 in every row: a flat line, and nothing to forecast."
    values = walk()
    chart.show_series(series_of(DAYS, values), "Open", DAYS[-20])
    assert not chart.message.isVisible()
    broken = forecast_of(DAYS[-20:], values[-20:], shift=np.nan)
    chart.show_forecast(broken, future_index(DAYS, 0), np.empty(0), None)
    assert "not numbers" in chart.message.text() and chart.message.isVisible()
    view = chart.mapFromScene(chart.getViewBox().sceneBoundingRect()).boundingRect()
    assert view.contains(chart.message.geometry()), "the sentence is in the data area"

    losses = LossChart()
    qtbot.addWidget(losses)
    assert "while a model trains" in losses.message.text()
    losses.add_epoch(0.5, 0.6)
    assert losses.message.text() == ""
    losses.add_epoch(0.4, float("inf"))
    losses.add_epoch(0.3, float("nan"))
    assert losses.message.text() == "Not drawn: the validation loss is inf at epoch 2 and 1 later epoch(s)."
    assert np.isnan(losses.val_curve.getData()[1][1:]).all()
    ticks = losses.getPlotItem().getAxis("bottom").tickValues(1, 3, 200)
    assert all(float(v).is_integer() for _, values in ticks for v in values), "epochs are whole numbers"


def test_the_best_epoch_marker_sits_at_epoch_0_when_the_untrained_network_was_kept(qtbot):
    losses = LossChart()
    qtbot.addWidget(losses)
    for epoch in range(1, 4):
        losses.add_epoch(1.0 / epoch, 0.5 + epoch)
    losses.mark_best(0, 0.25)
    assert list(losses.best_marker.data["x"]) == [0] and list(losses.best_marker.data["y"]) == [0.25]
    assert [label.text for _, label in losses.legend.items][-1] == "Best epoch"
    losses.clear_losses()
    losses.add_epoch(1.0, 2.0)
    losses.mark_best(0, None)
    assert len(losses.best_marker.data) == 0, "no loss of the untrained network: no marker"


def test_a_column_that_jumps_at_every_row_marks_the_first_thousand_and_says_so(qtbot, chart):
    chart.show_series(series_of(pd.RangeIndex(3000), np.where(np.arange(3000) % 2, 1.0, 2.0)), "Open", None)
    assert len(chart.jump_marker.data) == 1000
    names = [label.text for _, label in chart.legend.items]
    assert "Jump of 45% or more (split?): first 1,000 of 2,999 marked" in names
    chart.show_series(series_of(DAYS, walk()), "Open", None)
    assert len(chart.jump_marker.data) == 0 and len(chart.legend.items) == 1
