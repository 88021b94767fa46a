"""The pad's Diagnose panel: both shipped models diagnosed on the 2,000 held-out words off the window's thread,
drawn on its three plots, and written to a report."""

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QPushButton

from rnnlab.engine.translate.session import ATTENTION, PLAIN

pytestmark = pytest.mark.usefixtures("app_torch_settings")


def _diagnose(qtbot, tab):
    button = tab.findChild(QPushButton, "diagnoseButton")
    tab.lower_tabs.setCurrentIndex(1)
    assert "Diagnose" in tab.lower_tabs.tabText(1) and tab.diagnosing.panel.isVisible()
    with qtbot.waitSignal(tab.diagnosing.runner.finished, timeout=120000):
        button.click()
        assert not button.isEnabled(), "one diagnosis at a time"
    qtbot.waitUntil(lambda: not tab.diagnosing.runner.busy, timeout=10000)
    return tab.diagnosing.panel


def test_diagnose_measures_both_models_on_the_held_out_words_and_draws_them(qtbot, tab):
    panel = _diagnose(qtbot, tab)
    plain, attention = panel.diagnoses
    assert (plain.model, attention.model) == ("no attention", "additive attention")
    assert plain.pairs_used == attention.pairs_used == 2000
    assert plain.exact_free() == plain.exact_teacher_forced() == plain.scores.exact_free.mean()
    assert plain.exact_free() == tab.session.models[PLAIN].evaluation["accuracy"]
    assert attention.exact_free() == tab.session.models[ATTENTION].evaluation["accuracy"]
    assert [b.label() for b in plain.by_length] == ["1-5", "6-8", "9-11", "12+"]
    verdict = tab.findChild(type(panel.verdict_label), "diagnoseVerdict").text()
    assert verdict.startswith("no attention: All 719 wrong outputs") and "first error on a correct prefix" in verdict
    lines = [item for item in panel.length_plot.getPlotItem().items if isinstance(item, pg.PlotDataItem)]
    assert len(lines) == 2, "both models on one chart"
    _x, exact = lines[0].getData()
    assert list(exact) == [100 * b.exact_free for b in plain.by_length]
    bars = [item for item in panel.recovery_plot.getPlotItem().items if isinstance(item, pg.BarGraphItem)]
    assert len(bars) == 2, "free running and teacher forced"
    assert list(bars[1].opts["height"]) == [100 * d.recovery()[1] for d in panel.diagnoses]
    histogram = [item for item in panel.first_error_plot.getPlotItem().items if isinstance(item, pg.BarGraphItem)]
    assert sum(histogram[0].opts["height"]) == plain.wrong_words
    assert tab.findChild(QPushButton, "diagnoseButton").isEnabled()


def test_the_diagnosis_is_written_as_a_report(qtbot, tab, tmp_path, monkeypatch):
    _diagnose(qtbot, tab)
    target = tmp_path / "diagnosis.html"
    monkeypatch.setattr("rnnlab.gui.widgets.report_export.ask_save_path", lambda *args: str(target))
    with qtbot.waitSignal(tab.diagnosing.export.runner.finished, timeout=30000):
        tab.findChild(QPushButton, "diagnoseReportButton").click()
    text = target.read_text(encoding="utf-8")
    assert "Translator diagnosis" in text and "Recovery after the first mistake" in text
    assert "no attention" in text and "additive attention" in text


def test_retrain_trains_with_scheduled_sampling_when_the_form_says_so(qtbot, tab):
    from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

    tab.configure_for_self_test()
    decay = tab.findChild(QDoubleSpinBox, "samplingDecay")
    assert not decay.isEnabled(), "the decay acts only with scheduled sampling on"
    schedule = tab.findChild(QComboBox, "scheduledSampling")
    schedule.setCurrentIndex(schedule.findData("inverse-sigmoid"))
    assert decay.isEnabled()
    decay.setValue(3.0)
    with qtbot.waitSignal(tab.runner.finished, timeout=120000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=10000)
    config = tab.session.models[ATTENTION].config
    assert (config.scheduled_sampling, config.sampling_decay) == ("inverse-sigmoid", 3.0)
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
