"""The runs' curves overlaid: a curve per run, a colour per configuration (every seed in it), a legend by
configuration, the combo choosing the curve, a log axis only over two decades, gaps where a value was not finite,
failed runs left out, and a hundred long runs drawn without freezing the window."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox

from rnnlab.engine.experiments.experiment import point_label
from rnnlab.gui.experiments.curves_plot import CurvesPlot
from tests.engine.experiments.conftest import grid_results
from tests.gui.experiments.conftest import loss_curves, stored_results


@pytest.fixture
def plot(qtbot):
    widget = CurvesPlot()
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colour(curve) -> str:
    return curve.opts["pen"].color().name()


def test_a_curve_per_run_and_a_colour_per_configuration(plot, store):
    results = stored_results(store, ["cell=rnn,lstm,gru", "learning-rate=0.01,0.001"], 3)
    plot.show_runs(results.runs)
    assert len(plot.curves) == 18
    by_configuration: dict[str, set[str]] = {}
    for run, curve in zip(results.runs, plot.curves, strict=True):
        by_configuration.setdefault(point_label(run.point), set()).add(colour(curve))
        assert list(curve.yData) == [y for _, y in run.curves["loss"]]
    assert all(len(colours) == 1 for colours in by_configuration.values()), "every seed in its configuration's colour"
    assert len(set.union(*by_configuration.values())) == 6, "a colour per configuration"
    assert [label.text for _, label in plot.legend.items] == [c.label for c in results.configurations]
    assert not plot.plot.ctrl.logYCheck.isChecked(), "0.35 down to 0.03 is not two decades"


def test_the_combo_picks_the_curve_starting_with_the_loss(plot, store, qtbot):
    results = stored_results(store, ["cell=rnn,lstm"], 2)
    plot.show_runs(results.runs)
    combo = plot.findChild(QComboBox, "experimentCurveCombo")
    assert [combo.itemText(k) for k in range(combo.count())] == ["loss", "accuracy"]
    assert combo.currentText() == "loss" and combo.isVisible()
    combo.setCurrentIndex(1)
    run = results.runs[0]
    assert list(plot.curves[0].yData) == [y for _, y in run.curves["accuracy"]]
    assert plot.plot.getAxis("left").labelText == "accuracy"
    plot.show_runs(results.runs)
    assert combo.currentText() == "accuracy", "a redraw keeps the curve chosen"


def test_a_log_axis_over_two_decades_and_gaps_where_a_value_was_not_finite(plot, store):
    def falling(point: dict, seed: int) -> dict:
        points = [[x, 10.0 ** (-x / 50)] for x in range(1, 201)]
        points[100][1] = None
        return {"loss": points}

    results = stored_results(store, ["cell=rnn,lstm"], 2, curves=falling)
    plot.show_runs(results.runs)
    assert plot.plot.ctrl.logYCheck.isChecked()
    y = plot.curves[0].yData
    assert np.isnan(y[100]) and np.isfinite(y[99]) and plot.curves[0].opts["connect"] == "finite"
    assert not plot.combo.isVisible(), "no choice to make with one curve"


def test_failed_runs_are_left_out_and_an_empty_plot_says_why(plot, store):
    results = grid_results(store)
    plot.show_runs(results.runs)
    assert len(plot.curves) == 11, "12 runs, one failed"
    assert not plot.message.isVisible()
    plot.clear()
    assert plot.curves == [] and plot.message.isVisible() and plot.legend.items == []


def test_a_hundred_runs_of_2000_points_draw_without_freezing(plot, store):
    results = stored_results(store, ["cell=rnn,lstm"], 50,
                             curves=lambda point, seed: loss_curves(point, seed, steps=2000))
    assert len(results.runs) == 100 and len(results.runs[0].curves["loss"]) == 2000
    start = time.perf_counter()
    plot.show_runs(results.runs)
    plot.plot_widget.viewport().repaint()
    elapsed = time.perf_counter() - start
    assert len(plot.curves) == 100
    assert elapsed < 2.0, f"drawing 100 runs took {elapsed:.2f} s"
