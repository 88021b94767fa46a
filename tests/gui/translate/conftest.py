"""The Translation pad tab, shown, with the engine ready and the shipped models loaded; message boxes are recorded
in ``tab.warnings`` instead of waiting for a click."""

import pytest
import torch  # noqa: F401 - the engine is "ready" for the tab under test
from PySide6.QtWidgets import QMessageBox

from rnnlab.gui.translate.tab import TranslationTab


@pytest.fixture
def tab(qtbot, monkeypatch, no_leaked_jobs):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: warnings.append(args[2]))
    widget = TranslationTab()
    widget.warnings = warnings
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.on_engine_ready()
    qtbot.waitUntil(lambda: widget.session.has_models and not widget.busy_translating
                    and not widget.model_runner.busy, timeout=60000)  # models loaded, training warmed up
    return widget
