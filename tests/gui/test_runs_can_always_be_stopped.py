"""Every tab's run can always be stopped: 50 start/cancel/restart cycles leak no thread, grow memory only within a
bound and leave no stale progress in the next run; a second start is refused while a run goes; and closing the
window mid-run ends the process within 2 s with status 0 (a real process, as a person would close it)."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Callable

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from rnnlab.engine import job_process
from rnnlab.gui.widgets.param_form import ParamForm
from tests.conftest import PROJECT_ROOT

CYCLES = 50
WARM_UP_CYCLES = 3
MEMORY_BOUND_MB = 64
CLOSE_BOUND_S = 2.0


@dataclass(frozen=True)
class TabCase:
    """How to make one tab's run long (so it is surely still going when cancelled) and what it drew."""

    name: str
    long_control: str
    long_value: int
    drawn: Callable[[QWidget], int]


def _curve_points(curve) -> int:
    x, _ = curve.getData()
    return 0 if x is None else len(x)


CASES = [
    TabCase("gradientFlowTab", "steps", 100_000, lambda tab: _curve_points(tab.view.loss_curves["lstm"])),
    TabCase("forecastTab", "epochs", 1000, lambda tab: len(tab.loss_chart.train_losses)),
    TabCase("translationTab", "epochs", 200, lambda tab: _curve_points(tab.retrain_panel.loss_curve)),
]


def _os_threads() -> int:
    return len(os.listdir("/proc/self/task"))


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.fixture
def window(loaded_window, qtbot):
    """The real main window with every tab built and the engine and the forecaster's sample loaded."""
    forecaster = loaded_window.find_tab("forecastTab")
    if forecaster.loading:
        qtbot.waitSignal(forecaster.loaded, timeout=60_000).wait()
    return loaded_window


def _complete_run(qtbot, tab: QWidget) -> None:
    with qtbot.waitSignal(tab.runner.finished, timeout=120_000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy)


def _start_then_cancel(qtbot, tab: QWidget) -> None:
    train, cancel = tab.findChild(QPushButton, "trainButton"), tab.findChild(QPushButton, "cancelButton")
    with qtbot.waitSignal(tab.runner.progress, timeout=30_000):
        train.click()
    assert tab.runner.busy and not train.isEnabled() and "one run at a time" in train.toolTip()
    assert not tab.runner.start(lambda progress, cancel_token: None), "a second run must be refused"
    with qtbot.waitSignal(tab.runner.cancelled, timeout=30_000):
        cancel.click()
    qtbot.waitUntil(lambda: not tab.runner.busy)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fifty_start_cancel_restarts_leak_nothing_and_leave_no_stale_progress(qtbot, window, case, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)  # unsaved: go on
    tab = window.find_tab(case.name)
    window.show_tab(tab)
    tab.configure_for_self_test()
    form = tab.findChild(ParamForm)
    _complete_run(qtbot, tab)
    fresh_points = case.drawn(tab)
    assert fresh_points > 0

    short_value = form.controls[case.long_control].value()
    form.controls[case.long_control].setValue(case.long_value)
    for _ in range(WARM_UP_CYCLES):
        _start_then_cancel(qtbot, tab)
    threads, memory = _os_threads(), _resident_mb()
    for _ in range(CYCLES):
        _start_then_cancel(qtbot, tab)
    assert _os_threads() <= threads + 1, "threads leaked"
    assert _resident_mb() - memory < MEMORY_BOUND_MB, "memory grew beyond the bound"
    assert len(multiprocessing.active_children()) <= job_process.MAX_IDLE, "job processes leaked"

    form.controls[case.long_control].setValue(short_value)
    _complete_run(qtbot, tab)
    assert case.drawn(tab) == fresh_points, "progress from a cancelled run was drawn into the new one"
    assert window.messages == []


_CLOSE_MID_RUN = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from rnnlab.gui.app import create_application, create_window, end_process
from rnnlab.engine import job_process
from rnnlab.gui.widgets.param_form import ParamForm

app = create_application(show_error_dialogs=False)
window = create_window()
window.show()
tab = window.find_tab(sys.argv[1])

def close_once_running(_events):
    tab.runner.progress.disconnect(close_once_running)
    print(f"closing {time.time():.4f}", flush=True)
    window.close()

def start_long_run():
    if tab.loading:
        tab.loaded.connect(start_long_run)
        return
    window.show_tab(tab)
    tab.configure_for_self_test()
    tab.findChild(ParamForm).controls[sys.argv[2]].setValue(int(sys.argv[3]))
    tab.runner.progress.connect(close_once_running)
    tab.findChild(QPushButton, "trainButton").click()

window.engine_loaded.connect(lambda: QTimer.singleShot(0, start_long_run))
QTimer.singleShot(300_000, lambda: end_process(3))
window.start_loading()
end_process(app.exec())
"""


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_closing_the_window_mid_run_ends_the_process_quickly_and_cleanly(case, tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", RNNLAB_HOME=str(tmp_path))
    process = subprocess.Popen([sys.executable, "-c", _CLOSE_MID_RUN, case.name, case.long_control,
                                str(case.long_value)], cwd=PROJECT_ROOT, env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        closing = None
        for line in process.stdout:
            if line.startswith("closing"):
                closing = float(line.split()[1])
                break
        assert closing is not None, process.stderr.read()
        process.wait(timeout=60)
        ended = time.time()
    finally:
        process.kill()
    assert process.returncode == 0, process.stderr.read()
    assert ended - closing < CLOSE_BOUND_S, f"the process took {ended - closing:.2f} s to end after the close"
