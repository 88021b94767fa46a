"""``--self-test``: the whole run from source in a subprocess, plus its building blocks in-process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.main_window import MainWindow
from rnnlab.gui.self_test import REPORT_NAME, RecordedDialogs, SelfTest, StepFailed, wait_for
from rnnlab.gui.translate.self_check import EXPECTED_TRANSLATION
from tests.conftest import PROJECT_ROOT


def test_self_test_from_source_trains_every_tab_and_translates(tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", RNNLAB_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "main.py", "--self-test"], cwd=PROJECT_ROOT, env=environment,
                         capture_output=True, text=True, timeout=600)
    report = (tmp_path / "logs" / REPORT_NAME).read_text(encoding="utf-8")
    assert out.returncode == 0, report + out.stderr[-3000:]
    assert report in out.stdout
    lines = report.splitlines()
    assert lines[-1].startswith("PASSED")
    for title in ("Gradient flow", "Stock forecaster", "Translation pad", "Experiments"):
        assert any(line.startswith("PASS") and f"{title}: tiny training" in line for line in lines), report
    assert any(line.startswith("PASS") and EXPECTED_TRANSLATION in line for line in lines), report


class _Emitter(QObject):
    done = Signal(object)
    failed = Signal(str)


def test_wait_for_returns_the_done_signals_arguments(qtbot):
    emitter = _Emitter()
    assert wait_for(emitter.done, {"failed": emitter.failed}, 5, lambda: emitter.done.emit(42)) == (42,)


def test_wait_for_names_the_failure_signal_and_its_message(qtbot):
    emitter = _Emitter()
    with pytest.raises(StepFailed, match="training failed: diverged"):
        wait_for(emitter.done, {"training failed": emitter.failed}, 5,
                 lambda: QTimer.singleShot(10, lambda: emitter.failed.emit("diverged")))


def test_wait_for_gives_up_after_its_time_limit(qtbot):
    emitter = _Emitter()
    with pytest.raises(StepFailed, match="no result after"):
        wait_for(emitter.done, {}, 0.05)


def test_an_error_dialog_fails_the_step_and_dialogs_are_restored_afterwards(qtbot):
    original = QMessageBox.critical
    window = MainWindow([("Only", LabTab(objectName="onlyTab"))])
    qtbot.addWidget(window)
    with RecordedDialogs() as dialogs:
        test = SelfTest(window, dialogs)
        assert not test.step("shows an error", lambda: str(QMessageBox.critical(window, "x", "Disk full.")))
        assert test.step("shows a note", lambda: str(QMessageBox.information(window, "x", "Saved.")))
    assert QMessageBox.critical == original
    assert [r.status for r in test.results] == ["FAIL", "PASS"]
    assert "critical message: Disk full." in test.results[0].detail
    assert "information message: Saved." in test.results[1].detail
