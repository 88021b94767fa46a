"""File -> Export report… on every tab, in the real window offscreen: disabled until a run has finished, then the
report is written in the background, self-contained, with the tab's figures and the lines the CLI would print."""

import dataclasses
import html
import shlex

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from rnnlab.cli import build_parser
from rnnlab.cli.args import config_from_args
from tests.engine.report.self_contained import assert_self_contained, assert_states_metrics


def _printed_lines(name: str, result) -> list[str]:
    """What the command line prints for this result (the same functions the CLI calls)."""
    if name == "forecastTab":
        from rnnlab.engine.forecast.summary import summary_line

        return [summary_line(result.metrics(), result.forecaster.config)]
    if name == "gradientFlowTab":
        from rnnlab.engine.gradflow.summary import summary_lines
    else:
        from rnnlab.engine.translate.summary import summary_lines
    return summary_lines(result)

TABS = {  # tab, its report action, figure titles the report must have
    "gradientFlowTab": ("exportGradflowReportAction", ["Local ‖∂ct/∂ct−1‖", "LSTM terms", "Loss",
                                                       "‖∂E/∂ct‖ of the LSTM over training"]),
    "forecastTab": ("exportForecastReportAction", ["Open: the test period", "Loss curves"]),
    "translationTab": ("exportTranslatorReportAction", ["Training loss", "Held-out accuracy",
                                                        "Alignment of 'string' → "]),
}


@pytest.fixture
def window(loaded_window):
    return loaded_window


def _train(qtbot, tab) -> object:
    if tab.loading:
        qtbot.waitSignal(tab.loaded, timeout=60000).wait()
    tab.configure_for_self_test()
    with qtbot.waitSignal(tab.runner.finished, timeout=120000) as finished:
        tab.findChild(QPushButton, "trainButton").click()
    return finished.args[0]


@pytest.mark.parametrize("name", list(TABS))
def test_export_report_after_a_finished_run(qtbot, window, tmp_path, monkeypatch, name):
    tab = window.find_tab(name)
    window.tabs.setCurrentWidget(tab)
    action_name, titles = TABS[name]
    action = window.findChild(QAction, action_name)
    assert action is not None and action in window.file_menu.actions()
    assert not action.isEnabled(), "no finished run yet"
    result = _train(qtbot, tab)
    qtbot.waitUntil(action.isEnabled, timeout=5000)
    target = tmp_path / "lab report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(tab.report_export.runner.finished, timeout=60000):
        action.trigger()
    qtbot.waitUntil(action.isEnabled, timeout=5000)  # enabled again once the writing job is over
    written = tmp_path / "lab report.html"
    parsed = assert_self_contained(written.read_text(encoding="utf-8"))
    for title in titles:
        assert any(t.startswith(title) for t in parsed.figure_titles), (title, parsed.figure_titles)
    assert_states_metrics(parsed, "\n".join(_printed_lines(name, result)))
    assert tab.findChild(QLabel, "statusLabel").text() == "Report written to lab report.html."
    assert window.messages == []
    args = build_parser().parse_args(_command_line(written)[1:])
    config, config_cls = CONFIGS[name](result)
    assert config_from_args(args, config_cls) == config, "the report's command line runs the tab's run again"


def _command_line(report) -> list[str]:
    text = report.read_text(encoding="utf-8")
    return shlex.split(html.unescape(text.split('<pre class="command">')[1].split("</pre>")[0]))


CONFIGS = {  # a tab's finished run -> its configuration and the configuration's class
    "gradientFlowTab": lambda result: (result.config, type(result.config)),
    "forecastTab": lambda result: (result.forecaster.config, type(result.forecaster.config)),
    "translationTab": lambda result: (result.translator.config, type(result.translator.config)),
}


def test_a_preset_run_in_the_tab_prints_the_command_line_the_cli_prints(qtbot, window, tmp_path, monkeypatch):
    """``rnnlab gradflow --preset exploding-clipped --length 10 --steps 2`` reports that very line
    (tests/cli/test_report_cli.py); the same run picked and edited in the tab reports it too."""
    from PySide6.QtWidgets import QComboBox

    tab = window.find_tab("gradientFlowTab")
    window.tabs.setCurrentWidget(tab)
    combo = tab.findChild(QComboBox, "presetCombo")
    combo.setCurrentIndex(combo.findData("exploding-clipped"))  # what a click on the entry does
    combo.activated.emit(combo.currentIndex())
    tab.params.set_config(dataclasses.replace(tab.params.config(), length=10, steps=2))
    with qtbot.waitSignal(tab.runner.finished, timeout=120000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(tab.report_export.action.isEnabled, timeout=5000)
    target = tmp_path / "preset.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(tab.report_export.runner.finished, timeout=60000):
        tab.report_export.action.trigger()
    assert _command_line(target) == shlex.split("rnnlab gradflow --preset exploding-clipped --length 10 --steps 2")


def test_a_new_run_disables_the_report_of_the_old_one(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)  # unsaved: go on
    tab = window.find_tab("translationTab")
    window.tabs.setCurrentWidget(tab)
    _train(qtbot, tab)
    assert tab.report_export.action.isEnabled()
    with qtbot.waitSignal(tab.runner.started, timeout=5000):
        tab.findChild(QPushButton, "trainButton").click()
    assert not tab.report_export.action.isEnabled()
    with qtbot.waitSignal(tab.runner.idle, timeout=120000):
        tab.runner.cancel()


def test_a_failed_write_says_why(qtbot, window, tmp_path, monkeypatch):
    tab = window.find_tab("gradientFlowTab")
    _train(qtbot, tab)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with qtbot.waitSignal(tab.report_export.runner.failed, timeout=60000):
        assert tab.report_export.export_to(blocker / "report.html")
    assert window.messages == [f"Could not write {blocker / 'report.html'}: its folder does not exist."]
    assert tab.report_export.action.isEnabled(), "the run is still there to report on"
