"""The metric chart as a user reads it: one line per value of the second setting, each configuration's mean with
bars exactly its 95% CI, categories as typed or numbers at their values (log x over two decades), a one-seed
configuration drawn without a bar, a seeds-only experiment as one point, and a redraw fast enough to follow a sweep."""

from __future__ import annotations

import math
import statistics
import time

import numpy as np
import pyqtgraph as pg
import pytest

from rnnlab.engine.experiments.stats import summarize
from rnnlab.gui.experiments.metric_chart import CATEGORICAL, LINEAR, LOG, MetricChart
from tests.gui.experiments.conftest import stored_results, tail_loss


@pytest.fixture
def chart(qtbot):
    widget = MetricChart()
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def expected(point: dict, seeds) -> object:
    """The summary the chart must show for ``point``, computed here from the metric's values."""
    return summarize([tail_loss(point, seed) for seed in seeds])


def test_each_value_of_the_second_setting_is_a_line_with_bars_exactly_its_confidence_intervals(chart, store):
    results = stored_results(store, ["cell=rnn,lstm,gru", "learning-rate=0.01,0.001"], 5)
    chart.show_results(results, "tail_loss")
    assert chart.findChild(pg.PlotWidget, "experimentMetricChartPlot") is chart.plot_widget
    assert [line.name for line in chart.lines] == ["learning_rate=0.01", "learning_rate=0.001"]
    assert [label.text for _, label in chart.legend.items] == ["learning_rate=0.01", "learning_rate=0.001"]
    for line, rate in zip(chart.lines, (0.01, 0.001), strict=True):
        summaries = [expected({"cell": cell, "learning_rate": rate}, range(5)) for cell in ("rnn", "lstm", "gru")]
        assert list(line.curve.yData) == [s.mean for s in summaries]
        assert line.curve.opts["symbol"] == "o", "a marker at each mean"
        bars = line.bars.opts
        assert list(bars["y"]) == [s.mean for s in summaries]
        assert list(bars["top"]) == [s.high - s.mean for s in summaries]
        assert list(bars["bottom"]) == [s.mean - s.low for s in summaries]
        assert "cell=lstm, learning_rate=" in line.hover.data["data"][1]
    first, second = (np.asarray(line.curve.xData) for line in chart.lines)
    assert np.all(first < second) and np.allclose((first + second) / 2, [0, 1, 2]), "shifted apart around 0, 1, 2"
    assert chart.title.text() == "tail_loss: mean and 95% CI over n = 5 seeds"
    assert chart.plot.getAxis("bottom").labelText == "cell" and chart.plot.getAxis("left").labelText == "tail_loss"
    assert not chart.message.isVisible()


def test_values_that_are_not_all_numbers_are_categories_named_as_typed(chart, store):
    chart.show_results(stored_results(store, ["clip=off,1,10"], 2), "tail_loss")
    assert chart.scale.kind == CATEGORICAL and not chart.axis.log
    assert chart.axis._tickLevels[0] == [(0.0, "off"), (1.0, "1"), (2.0, "10")]
    assert list(chart.lines[0].curve.xData) == [0.0, 1.0, 2.0]
    assert chart.legend.items == [], "a single line needs no legend"
    assert chart.plot.getAxis("bottom").labelText == "clip"


def test_numbers_sit_at_their_values_and_on_a_log_axis_over_two_decades(chart, store):
    chart.show_results(stored_results(store, ["hidden=4,8,32"], 2, name="sizes"), "tail_loss")
    assert chart.scale.kind == LINEAR and chart.axis._tickLevels is None
    assert list(chart.lines[0].curve.xData) == [4.0, 8.0, 32.0]
    chart.show_results(stored_results(store, ["learning-rate=0.1,1e-3,0.01"], 2, name="rates"), "tail_loss")
    assert chart.scale.kind == LOG and chart.axis.log
    assert list(chart.lines[0].curve.xData) == [math.log10(1e-3), math.log10(0.01), math.log10(0.1)], "in x order"
    means = [expected({"learning_rate": rate}, range(2)).mean for rate in (1e-3, 0.01, 0.1)]
    assert list(chart.lines[0].curve.yData) == means
    assert chart.plot.getAxis("bottom").labelText == "learning-rate", "the setting's flag name"
    positions = chart.axis.tickValues(-3.2, -0.8, 400)[0][1]
    labels = dict(zip(positions, chart.axis.tickStrings(positions, 1, 1), strict=True))
    assert labels[-2.0] == "0.01" and labels[-3.0] == "0.001", "log10 positions, named by their values"


def test_a_configuration_with_one_seed_is_a_point_without_a_bar(chart, store):
    results = stored_results(store, ["cell=rnn,lstm,gru"], 3, left_out=lambda point, seed: point["cell"] == "gru"
                             and seed > 0)
    chart.show_results(results, "tail_loss")
    line = chart.lines[0]
    assert list(line.bars.opts["x"]) == [0.0, 1.0], "bars for rnn and lstm only"
    assert line.curve.yData[2] == tail_loss({"cell": "gru"}, 0)
    assert chart.title.text() == "tail_loss: mean and 95% CI over n = 1-3 seeds (no interval where n = 1)"


def test_a_seeds_only_experiment_is_one_point(chart, store):
    chart.show_results(stored_results(store, [], 4), "tail_loss")
    summary = expected({}, range(4))
    line, = chart.lines
    assert list(line.curve.xData) == [0.0] and list(line.curve.yData) == [summary.mean]
    assert list(line.bars.opts["top"]) == [summary.high - summary.mean]
    assert chart.axis._tickLevels[0] == [(0.0, "all runs")]
    low, high = chart.plot.viewRange()[1]
    assert low < summary.low and summary.high < high, "the whole interval in view"


def test_no_value_yet_is_said_in_the_plot_and_clear_empties_it(chart, store):
    results = stored_results(store, ["cell=rnn,lstm"], 2)
    chart.show_results(results, "skill")
    assert chart.message.isVisible() and chart.message.text() == "No run has given skill yet."
    chart.clear()
    assert chart.lines == [] and chart.title.text() == "" and chart.message.isVisible()
    chart.show_results(results, None)
    assert chart.lines == []


def test_fifty_configurations_redraw_fast(chart, store, qtbot):
    results = stored_results(store, ["hidden=4,8,12,16,20,24,28,32,36,40",
                                     "learning-rate=0.1,0.03,0.01,0.003,0.001"], 3, curves=lambda point, seed: {})
    assert len(results.configurations) == 50
    chart.show_results(results, "tail_loss")
    times = []
    for metric in ("tail_loss", "solved") * 3:
        start = time.perf_counter()
        chart.show_results(results, metric)
        chart.plot_widget.viewport().repaint()
        times.append(time.perf_counter() - start)
    assert len(chart.lines) == 5 and len(chart.lines[0].curve.xData) == 10
    assert statistics.median(times) < 0.25, f"a redraw took {statistics.median(times):.3f} s"
