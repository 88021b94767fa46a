"""Experiment presets in the Experiments tab: the Preset combo fills in the lab, base settings, varied settings and
seeds; the experiment it defines keeps the preset's horizon rule; a stored horizon experiment shows its horizons in
the status line, the summary and a share chart; the gradient-flow tab's *Memory horizon…* opens it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from rnnlab.engine.experiments.presets import MEMORY_HORIZON
from rnnlab.gui.widgets.param_form import ParamForm
from tests.engine.experiments.test_horizon import RULE, horizon_experiment
from tests.gui.experiments.test_tab import child


def choose(combo: QComboBox, data: str) -> None:
    """Pick the item whose data is ``data`` as a person does (``activated`` fires)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_preset_combo_fills_in_the_memory_horizon_experiment(make_tab):
    tab = make_tab()
    combo = child(tab, QComboBox, "experimentsPresetCombo")
    choose(child(tab, QComboBox, "experimentsLabCombo"), "forecast")
    assert [combo.itemText(k) for k in range(combo.count())] == ["none"] and not combo.isEnabled()
    choose(child(tab, QComboBox, "experimentsLabCombo"), "gradflow")
    assert [combo.itemData(k) for k in range(combo.count())] == ["", "memory-horizon"]
    choose(combo, "memory-horizon")
    config = child(tab, ParamForm, "experimentsGradflowParams").config()
    assert (config.task, config.steps, config.activation, config.length) == ("adding", 1000, "sigmoid", 100)
    assert child(tab, QLineEdit, "experimentsVary1Values").text() == "10,20,40,80,160,320"
    assert child(tab, QLineEdit, "experimentsVary2Values").text() == "rnn,lstm,gru"
    assert child(tab, QSpinBox, "experimentsSeeds").value() == 3
    assert "length (6) x cell (3) x 3 seeds = 54 runs" in child(tab, QLabel, "experimentsCount").text()
    experiment = tab.setup.experiment()
    assert experiment.preset == "memory-horizon" and experiment.horizon == RULE
    choose(combo, "")
    assert tab.setup.experiment().horizon is None, "none: no rule"


def test_a_stored_horizon_experiment_shows_its_horizons_and_the_share_chart(qtbot, make_tab, store):
    results = horizon_experiment(store)
    tab = make_tab(store.path)
    with qtbot.waitSignal(tab.store_runner.finished, timeout=30_000):
        assert tab.open_experiment_id(results.stored.id)
    assert child(tab, QComboBox, "experimentsPresetCombo").currentData() == "memory-horizon"
    assert tab.chosen_metric() == "solved"
    status = child(tab, QLabel, "experimentsStatus").text()
    assert "Horizon (length, n = 3 seeds): rnn 10, lstm at least 40, gru at least 40" in status
    horizons = child(tab, QLabel, "experimentHorizons")
    assert not horizons.isHidden() and "rnn: horizon 10" in horizons.text()
    chart = tab.metric_chart
    assert not any(line.bars.isVisible() for line in chart.lines), "a share, without intervals"
    x, y = chart.lines[0].curve.getData()
    assert list(y) == [2 / 3, 1 / 3, 0] and list(x) == pytest.approx([1.0, 1.30103, 1.60206], abs=1e-5), "log10 T"
    assert "horizon: rnn 10" in child(tab, QLabel, "experimentMetricChartTitle").text()


def test_the_gradient_flow_tabs_button_opens_the_preset_on_the_experiments_tab(qtbot, make_tab):
    from rnnlab.gui.gradflow.tab import GradflowTab
    from rnnlab.gui.main_window import MainWindow

    gradflow, experiments = GradflowTab(), make_tab()
    window = MainWindow([("Gradient flow", gradflow), ("Experiments", experiments)])
    qtbot.addWidget(window)
    button = child(gradflow, QPushButton, "memoryHorizonButton")
    assert button.text() == "Memory horizon…" and MEMORY_HORIZON.hint in button.toolTip()
    assert window.current_tab() is gradflow
    button.click()
    assert window.current_tab() is experiments
    assert experiments.setup.preset_name() == "memory-horizon"
    assert child(experiments, QLineEdit, "experimentsVary1Values").text() == "10,20,40,80,160,320"
    assert "Run starts it" in child(experiments, QLabel, "experimentsStatus").text()
