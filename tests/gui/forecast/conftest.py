"""The forecaster tab's fixtures: a tab with the bundled sample loaded and the engine ready, set to the self-test's
smallest run, with warning boxes recorded instead of shown; and the helper that trains it through its Train button."""

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from rnnlab.gui.forecast.tab import ForecastTab


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def tab(qtbot, no_leaked_jobs, warnings, tmp_path, monkeypatch):
    monkeypatch.setenv("RNNLAB_HOME", str(tmp_path / "home"))
    from rnnlab.gui.background_imports import load_engine

    # What the main window's engine load does in the background.
    load_engine([("forecastTab", ForecastTab.engine_modules)])

    widget = ForecastTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=60_000):
        widget.finish_loading()
    widget.on_engine_ready()
    widget.configure_for_self_test()
    return widget


def train(qtbot, tab, timeout=120_000):
    with qtbot.waitSignal(tab.shown, timeout=timeout):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy)
