"""The Gradient flow tab in the real window, offscreen: run, plots fill, cancel, run again, export, close mid-run."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QPushButton

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.gui.widgets.param_form import ParamForm

QUICK = GradflowConfig(cell="lstm", length=16, hidden=6, steps=100000, batch_size=4, probe_every=1)


@pytest.fixture
def window(loaded_window):
    return loaded_window


def tab_of(window):
    return window.find_tab("gradientFlowTab")


def points(curve) -> int:
    x, _ = curve.getData()
    return 0 if x is None else len(x)


def start(qtbot, window, config, compare=False):
    tab = tab_of(window)
    tab.findChild(ParamForm, "gradflowParams").set_config(config)
    tab.findChild(QCheckBox, "compareCheck").setChecked(compare)
    with qtbot.waitSignal(tab.runner.started, timeout=5000):
        tab.findChild(QPushButton, "trainButton").click()
    return tab


def test_run_fills_plots_cancel_then_run_again_and_export(qtbot, window, tmp_path, monkeypatch):
    tab = start(qtbot, window, QUICK)
    view = tab.view
    qtbot.waitUntil(lambda: view.snapshot_updates >= 3 and points(view.loss_curves["lstm"]) >= 3, timeout=60000)
    x, y = view.product_curves["lstm"].getData()
    assert len(x) == 16 and y[-1] == pytest.approx(0.0)
    assert points(view.term_curves["A"]) == 15
    assert view.heat_image.image is not None and view.heat_image.image.shape[1] == 16
    def filled():
        return int(np.isfinite(view.heat_image.image).any(axis=1).sum())

    rows = filled()
    assert rows >= 1
    qtbot.waitUntil(lambda: filled() > rows, timeout=60000)
    with qtbot.waitSignal(tab.runner.cancelled, timeout=5000):
        tab.findChild(QPushButton, "cancelButton").click()
    assert points(view.product_curves["lstm"]) == 16, "the last good state stays on screen"

    missing = tmp_path / "no such folder" / "flow.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(missing), "NumPy archive (*.npz)"))
    with qtbot.waitSignal(tab.export_runner.failed, timeout=10000):
        tab.findChild(QPushButton, "exportButton").click()
    assert "Could not write" in window.messages.pop() and "not exported" in tab.run_controls.status_label.text()

    target = tmp_path / "flow.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "NumPy archive (*.npz)"))
    with qtbot.waitSignal(tab.export_runner.finished, timeout=10000):
        tab.findChild(QPushButton, "exportButton").click()
    assert str(np.load(target)["cell"]) == "lstm"
    assert tab.run_controls.status_label.text().endswith(f"to {target}.")

    tab = start(qtbot, window, GradflowConfig(**{**QUICK.__dict__, "cell": "rnn", "steps": 6}), compare=True)
    with qtbot.waitSignal(tab.runner.finished, timeout=60000):
        pass
    for cell in ("rnn", "lstm", "gru"):
        assert points(view.grad_curves[cell]) == 16
        assert points(view.loss_curves[cell]) == 6
    assert window.messages == []


def test_diverged_run_shows_the_advice_and_keeps_the_plots(qtbot, window):
    config = GradflowConfig(cell="rnn", activation="tanh", optimizer="sgd", learning_rate=10.0, clip=None,
                            init_scale=5.0, length=10, hidden=8, steps=60, probe_every=1)
    tab = start(qtbot, window, config)
    with qtbot.waitSignal(tab.runner.failed, timeout=60000):
        pass
    assert "learning rate" in window.messages[-1]
    assert points(tab.view.grad_curves["rnn"]) == 10


def test_the_exploding_preset_s_blow_up_can_be_exported_and_reported(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QComboBox

    tab = tab_of(window)
    combo = tab.findChild(QComboBox, "presetCombo")
    combo.activated.emit(combo.findData("exploding"))
    with qtbot.waitSignal(tab.runner.failed, timeout=60000):
        tab.findChild(QPushButton, "trainButton").click()
    message = window.messages.pop()
    step = int(message.split("infinite at step ")[1].split(".")[0])
    _, losses = tab.session.losses.of("rnn")
    assert len(losses) == step and np.isinf(losses[-1]), "the step that blew up is in the tab's loss history"
    assert points(tab.view.loss_curves["rnn"]) == step

    target = tmp_path / "blown"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(tab.export_runner.finished, timeout=10000):
        tab.findChild(QPushButton, "exportButton").click()
    data = np.load(tmp_path / "blown.npz")
    assert int(data["diverged_step"]) == step and data["loss"].shape == (step,)
    assert tab.report_export.action.isEnabled(), "a run that diverged can be reported"
    with qtbot.waitSignal(tab.report_export.runner.finished, timeout=30000):
        tab.report_export.action.trigger()
    report = (tmp_path / "blown.html").read_text(encoding="utf-8")
    assert f"RNN loss became infinite at step {step} of 1,000: training stopped there" in report
    assert "<td>cpu (auto)</td>" in report, "the device the run used, not the setting alone"
    assert window.messages == []


def test_close_window_mid_run(qtbot, window):
    tab = start(qtbot, window, QUICK)
    qtbot.waitUntil(lambda: tab.view.snapshot_updates >= 1, timeout=60000)
    window.close()
    assert not tab.runner.busy


def test_self_test_configuration_trains_to_the_end(qtbot, window):
    tab = tab_of(window)
    tab.configure_for_self_test()
    assert tab.params.config().steps <= 50 and not tab.compare_check.isChecked()
    with qtbot.waitSignal(tab.runner.finished, timeout=120000):
        tab.findChild(QPushButton, "trainButton").click()
    assert tab.findChild(QPushButton, "exportButton").isEnabled()
    assert not tab.has_unsaved_work()


@pytest.mark.parametrize("config, compare", [(GradflowConfig(), False), (GradflowConfig(length=40, hidden=16), True)],
                         ids=["defaults", "compare"])
def test_window_keeps_answering_while_the_run_draws(qtbot, window, config, compare):
    """A loose bound for CI (the 100 ms goal and compare mode at the defaults are benchmarks/responsiveness.py's):
    no event-loop gap over 300 ms while the tab trains and redraws every probe, at the defaults and in compare mode
    (with shorter sequences there, so a machine shared with other jobs does not make the test flaky)."""
    from rnnlab.gui.heartbeat import Heartbeat

    for name in ("forecastTab", "translationTab"):  # the window builds and loads the other tabs after start-up
        other = window.find_tab(name)
        if other.loading:
            with qtbot.waitSignal(other.loaded, timeout=60000):
                pass
    beat = Heartbeat(10)
    beat.start()
    tab = start(qtbot, window, config, compare=compare)
    qtbot.waitUntil(lambda: tab.view.snapshot_updates >= 4 and tab.view.loss_updates >= 10, timeout=120000)
    report = beat.stop()
    with qtbot.waitSignal(tab.runner.cancelled, timeout=10000):
        tab.findChild(QPushButton, "cancelButton").click()
    assert report.longest <= 0.3, report.line()


def test_a_preset_is_one_click_and_says_what_to_watch(qtbot, window):
    from PySide6.QtWidgets import QComboBox, QLabel

    from rnnlab.engine.gradflow.presets import PRESETS

    tab = tab_of(window)
    combo = tab.findChild(QComboBox, "presetCombo")
    index = combo.findData("irnn-adding")
    combo.activated.emit(index)
    assert tab.params.config() == PRESETS["irnn-adding"].config
    assert not tab.findChild(QCheckBox, "compareCheck").isChecked()
    assert "Le, Jaitly & Hinton" in tab.findChild(QLabel, "presetNote").text()
    combo.activated.emit(combo.findData("adding-lstm"))
    assert tab.findChild(QCheckBox, "compareCheck").isChecked()


def test_rnn_run_after_an_lstm_run_says_which_panels_do_not_apply_and_why_its_gradient_ends(qtbot, window):
    from PySide6.QtWidgets import QLabel

    tab = start(qtbot, window, GradflowConfig(cell="lstm", length=12, hidden=4, steps=2, batch_size=2, probe_every=1))
    with qtbot.waitSignal(tab.runner.idle, timeout=60000):
        pass
    assert "mean" in tab.view.forget.legend.text()
    tab = start(qtbot, window, GradflowConfig(cell="rnn", activation="sigmoid", length=1000, hidden=8, steps=1,
                                              batch_size=2, probe_every=1))
    with qtbot.waitSignal(tab.runner.idle, timeout=120000):
        pass
    for name in ("lstmTermsPanelNotice", "forgetGatePanelNotice"):
        notice = tab.findChild(QLabel, name)
        assert notice.isVisible() and "LSTM" in notice.text() and notice.wordWrap()
    assert "mean" not in tab.view.forget.legend.text()
    assert points(tab.view.forget_curve) <= 2 and points(tab.view.term_curves["A"]) == 0
    note = tab.findChild(QLabel, "gradNormPanelNote")
    assert note.isVisible() and "1e-308" in note.text() and "RNN at t =" in note.text()


def test_the_preset_picker_shows_whole_names(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    from rnnlab.engine.gradflow.presets import PRESETS

    combo = tab_of(window).findChild(QComboBox, "presetCombo")
    longest = max((preset.title for preset in PRESETS.values()), key=combo.fontMetrics().horizontalAdvance)
    assert combo.longest_name_width() == combo.fontMetrics().horizontalAdvance(longest)
    assert combo.longest_name_width() < combo.width() - 30, "every name fits the side panel's box, beside its arrow"
    combo.setFixedWidth(120)  # a narrower panel (a large font, say) elides the name; the open list still shows it
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=5000)
    assert combo.view().width() > combo.fontMetrics().horizontalAdvance(longest), "the open list shows every name"
    combo.hidePopup()
    for preset in PRESETS.values():
        combo.setCurrentIndex(combo.findData(preset.name))
        assert preset.title in combo.toolTip()
        assert combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole).startswith(preset.title)


def test_plots_that_cannot_draw_say_why(qtbot, window):
    """The exploding preset saturates every tanh unit by its last probe (step 40): the local norms, the product and
    the gradient are exactly 0 before the last step, and the loss becomes infinite at step 43."""
    from PySide6.QtWidgets import QComboBox, QLabel

    tab = tab_of(window)
    combo = tab.findChild(QComboBox, "presetCombo")
    combo.activated.emit(combo.findData("exploding"))
    with qtbot.waitSignal(tab.runner.failed, timeout=120000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=10000)
    for name in ("localNormPanelNotice", "productNormPanelNotice", "gradNormPanelNotice"):
        notice = tab.findChild(QLabel, name)
        assert notice.isVisible() and notice.text().startswith("Nothing to draw (probe at step 40): the RNN's values "
                                                               "are exactly 0 in float64 at every timestep")
    assert "but t = 49" in tab.findChild(QLabel, "productNormPanelNotice").text()
    loss_note = tab.findChild(QLabel, "lossPanelNote")
    assert loss_note.isVisible() and "infinite at step 43" in loss_note.text()
    assert "exactly 0" in tab.findChild(QLabel, "heatmapPanelNote").text()
    assert "infinite at step 43" in window.messages.pop()

    tab = start(qtbot, window, GradflowConfig(cell="rnn", length=12, hidden=4, steps=2, batch_size=2, probe_every=1))
    with qtbot.waitSignal(tab.runner.idle, timeout=60000):
        pass
    for name in ("localNormPanel", "productNormPanel", "gradNormPanel", "lossPanel"):
        assert not tab.findChild(QLabel, name + "Notice").isVisible(), "a new run draws again"
        assert not tab.findChild(QLabel, name + "Note").isVisible()


def test_blank_reason_tells_zero_from_overflow():
    from rnnlab.gui.gradflow.view import blank_reason

    assert blank_reason(np.array([-1.0, -2.0, -np.inf])) == ""
    assert blank_reason(np.array([-np.inf, -np.inf, 0.0])) == "exactly 0 in float64"
    assert blank_reason(np.array([np.inf, 3.0])).startswith("infinite")
    assert blank_reason(np.array([np.nan, np.nan])).startswith("not a number")
