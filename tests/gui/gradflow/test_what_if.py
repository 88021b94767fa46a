"""The gradient-flow tab's What-if mode in the real window, offscreen: the slider redraws the plots from the probe at
initialisation, the bound turns from falling to rising across gamma*||W_rec||_2 = 1, the window stays live through a
drag, the text says what the bound promises, and leaving (or Train) restores the normal view."""

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSlider

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.gui.widgets.param_form import ParamForm

RNN = GradflowConfig(cell="rnn", activation="tanh", length=40, hidden=16)


@pytest.fixture
def tab(loaded_window):
    tab = loaded_window.find_tab("gradientFlowTab")
    tab.findChild(ParamForm, "gradflowParams").set_config(RNN)
    tab.findChild(QCheckBox, "compareCheck").setChecked(False)
    return tab


def turn_on(qtbot, tab):
    with qtbot.waitSignal(tab.what_if.drawn, timeout=30000):
        tab.findChild(QPushButton, "whatIfToggle").click()


def slide_to(qtbot, tab, position):
    """Move the slider and wait until the what-if of the new scale is on screen."""
    slider = tab.findChild(QSlider, "whatIfScaleSlider")
    scale = tab.what_if.form.number_box("init_scale")
    slider.setValue(position)
    qtbot.waitUntil(lambda: tab.what_if.shown is not None
                    and tab.what_if.shown.config.init_scale == scale.value(), timeout=30000)


def bound_slope(tab):
    """The drawn bound's change per step back in time (log10), from the curve on screen."""
    _, y = tab.view.product_bound_curve.getData()
    return y[0] - y[1]


def test_the_slider_redraws_the_plots_and_the_bound_turns_across_one(qtbot, tab):
    from rnnlab.engine.gradflow.what_if import what_if

    turn_on(qtbot, tab)
    slider = tab.findChild(QSlider, "whatIfScaleSlider")
    readout = tab.findChild(QLabel, "whatIfScaleReadout")
    slide_to(qtbot, tab, 40)
    low = tab.what_if.shown.snapshot.diagnostics
    assert low.w_rec_norm < 1.0 and bound_slope(tab) < 0, "below 1 the bound falls going back in time"
    assert readout.text() == f"scale {tab.what_if.shown.config.init_scale:.3g}"
    expected = what_if(tab.what_if.shown.config).snapshot.diagnostics
    _, product = tab.view.product_curves["rnn"].getData()
    assert np.array_equal(product, expected.log_product), "the plot is the probe of the scale shown"
    x, _ = tab.view.spectrum.points.getData()
    assert len(x) == 16 and "ρ" in tab.view.spectrum.legend.text()
    radius_low = tab.view.spectrum.legend.text()

    slide_to(qtbot, tab, slider.maximum())
    high = tab.what_if.shown.snapshot.diagnostics
    assert high.w_rec_norm > 1.0 and bound_slope(tab) > 0, "above 1 the bound rises going back: it forces nothing"
    assert tab.view.spectrum.legend.text() != radius_low, "the spectral radius readout moves with the slider"
    assert tab.view.local_curves["rnn"].getData()[1] is not None
    figures = tab.findChild(QLabel, "whatIfFigures").text()
    assert "γ‖W_rec‖₂ = " in figures and "promises nothing" in figures
    assert tab.what_if.latency < 5.0


def test_the_text_says_what_the_bound_does_and_does_not_promise(qtbot, tab):
    turn_on(qtbot, tab)
    text = tab.findChild(QLabel, "whatIfBoundText").text()
    for phrase in ("sufficient condition for vanishing", "promises nothing", "may still vanish",
                   "no condition for exploding", "Pascanu"):
        assert phrase in text
    with qtbot.waitSignal(tab.what_if.drawn, timeout=30000):
        tab.params.controls["cell"].setCurrentIndex(tab.params.controls["cell"].findData("lstm"))
    gated = tab.findChild(QLabel, "whatIfBoundText").text()
    assert "No bound for the LSTM" in gated and "plain RNN's" in gated
    x, _ = tab.view.product_bound_curve.getData()
    assert x is None or len(x) == 0, "no bound drawn for a gated cell"


def test_a_drag_through_twenty_values_keeps_the_window_live(qtbot, tab):
    """A loose bound for CI, as the tab's other stall tests: no event-loop gap over 300 ms while the slider moves
    through 20 values, each drawn before the next (benchmarks/what_if.py measures the redraw time itself)."""
    from rnnlab.gui.heartbeat import Heartbeat

    turn_on(qtbot, tab)
    beat = Heartbeat(10)
    beat.start()
    latencies = []
    for position in np.linspace(60, 180, 20).round().astype(int):
        slide_to(qtbot, tab, int(position))
        latencies.append(tab.what_if.latency)
    report = beat.stop()
    print(f"\nwhat-if drag: redraw median {np.median(latencies) * 1000:.0f} ms, longest stall {report.line()}")
    assert report.longest <= 0.3, report.line()


def test_leaving_what_if_restores_the_view_and_train_leaves_it(qtbot, tab):
    toggle = tab.findChild(QPushButton, "whatIfToggle")
    turn_on(qtbot, tab)
    assert tab.view.loss.notice.text().startswith("What if")
    assert tab.view.product_curves["rnn"].getData()[0] is not None
    toggle.click()
    assert not tab.what_if.active and tab.view.loss.notice.text() == ""
    x, _ = tab.view.product_curves["rnn"].getData()
    assert x is None or len(x) == 0, "the empty view of no run is back"
    turn_on(qtbot, tab)
    tab.params.set_config(GradflowConfig(**{**RNN.__dict__, "steps": 3, "batch_size": 2}))
    with qtbot.waitSignal(tab.runner.idle, timeout=60000):
        tab.findChild(QPushButton, "trainButton").click()
        assert not toggle.isChecked() and not toggle.isEnabled(), "What if is off and disabled while a run trains"
    assert toggle.isEnabled()
    qtbot.waitUntil(lambda: not tab.what_if.runner.busy, timeout=10000)
    assert len(tab.view.loss_curves["rnn"].getData()[0]) == 3, "the run's own plots are on screen"
    turn_on(qtbot, tab)
    x, _ = tab.view.loss_curves["rnn"].getData()
    assert x is None or len(x) == 0
    toggle.click()
    assert len(tab.view.loss_curves["rnn"].getData()[0]) == 3 and tab.view.loss.notice.text() == "", \
        "leaving What if brings the run back"
    assert len(tab.view.product_curves["rnn"].getData()[0]) == RNN.length


def test_a_setting_the_cell_cannot_take_is_said_beside_the_slider(qtbot, tab):
    turn_on(qtbot, tab)
    with qtbot.waitSignal(tab.what_if.runner.failed, timeout=30000):
        tab.params.controls["init"].setCurrentIndex(tab.params.controls["init"].findData("chrono"))
    assert "chrono initialisation is for the LSTM" in tab.findChild(QLabel, "whatIfFigures").text()


def test_the_slider_spans_the_setting_s_bounds_on_a_log_scale():
    from rnnlab.gui.gradflow.what_if import SLIDER_STEPS, position_of, scale_at

    assert scale_at(0) == pytest.approx(0.05) and scale_at(SLIDER_STEPS) == pytest.approx(5.0)
    assert scale_at(SLIDER_STEPS // 2) == pytest.approx(0.5), "the middle of the slider is the geometric middle"
    assert abs(scale_at(position_of(1.0)) - 1.0) < 0.012, "the default scale sits on a position (within half a step)"
    assert position_of(100.0) == SLIDER_STEPS and position_of(0.0001) == 0


def test_export_in_what_if_writes_the_probe_at_initialisation(qtbot, tab, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from rnnlab.engine.gradflow.export import export_arrays

    turn_on(qtbot, tab)
    target = tmp_path / "whatif.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    export = tab.findChild(QPushButton, "exportButton")
    assert export.isEnabled(), "a what-if on screen can be exported before any run"
    with qtbot.waitSignal(tab.export_runner.finished, timeout=10000):
        export.click()
    data = dict(np.load(target))
    expected = export_arrays(tab.what_if.shown.snapshot, [])
    assert set(data) == set(expected) and int(data["probe_step"]) == 0 and data["loss"].shape == (0,)
    assert np.array_equal(data["product_norm"], expected["product_norm"])
    tab.findChild(QPushButton, "whatIfToggle").click()
    assert not export.isEnabled(), "before any run there is nothing to export outside What if"
