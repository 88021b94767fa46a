"""``rnnlab --self-test``: prove an installed (or packaged) RNN Lab works, without a person at the screen.

It opens the main window (offscreen works), waits for the engine, checks that each lab of the registry
(``engine/labs.py``) has its tab, visits every tab (the labs', then Experiments) and, through the tab interface
(``LabTab.self_test_checks``, ``LabTab.configure_for_self_test``, ``LabTab.train_button_name``, ``LabTab.runner``),
runs the tab's own checks, sets the smallest training (a two-run sweep for Experiments), clicks its Train button
and waits for the run to finish through the real background-job path. The pad's own check, before its tiny
training replaces its attention model, types the assignment's test sentence into the pad, as a person does, and
checks the shipped attention model's translation that the pad's background job shows. Each step has its own time
limit. The report goes to stdout and to ``<app data>/logs/self-test.txt``; the exit status is 0 when nothing
failed, 1 otherwise.

Nobody is at the screen, so message boxes are recorded instead of shown (an error or warning box fails the
step that raised it), and a watchdog ends the process with status 1 if the whole run ever takes longer than
TOTAL_TIMEOUT_S (a dialog this test cannot see, a hung thread).
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

import rnnlab
from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.labs import REGISTRY
from rnnlab.gui import settings as app_settings
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.main_window import APP_NAME, MainWindow

REPORT_NAME = "self-test.txt"

ENGINE_TIMEOUT_S = 180.0
TRAINING_TIMEOUT_S = 180.0
TOTAL_TIMEOUT_S = 900.0

log = logging.getLogger("rnnlab")


class StepFailed(Exception):
    """A self-test step did not do what it should; the message says what happened."""


@dataclass
class StepResult:
    """One line of the report."""

    name: str
    status: str
    detail: str
    seconds: float

    def line(self) -> str:
        """The report line: status, name, time taken and what happened."""
        return f"{self.status:<7} {self.name:<32} {self.seconds:6.1f} s  {self.detail}"


def wait_for(done: SignalInstance, failures: dict[str, SignalInstance], timeout_s: float,
             action: Callable[[], object] = lambda: None) -> tuple:
    """Run ``action`` and spin the event loop until ``done`` fires; returns its arguments.

    Raises StepFailed when one of ``failures`` fires first (naming it and its message) or after ``timeout_s``.
    """
    loop = QEventLoop()
    outcome: dict[str, tuple] = {}

    def finish(kind: str) -> Callable[..., None]:
        def record(*args: object) -> None:
            outcome.setdefault(kind, args)
            loop.quit()
        return record

    slots = [(done, finish("done"))] + [(signal, finish(name)) for name, signal in failures.items()]
    for signal, slot in slots:
        signal.connect(slot)
    timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
    timer.timeout.connect(finish("timeout"))
    timer.start()
    try:
        action()
        if not outcome:
            loop.exec()
    finally:
        timer.stop()
        for signal, slot in slots:
            signal.disconnect(slot)
    kind, args = next(iter(outcome.items()))
    if kind == "done":
        return args
    if kind == "timeout":
        raise StepFailed(f"no result after {timeout_s:.0f} s")
    message = f": {args[0]}" if args and args[0] else ""
    raise StepFailed(f"{kind}{message}")


class RecordedDialogs:
    """Stands in for QMessageBox's static functions while the self-test runs: records each message, shows nothing."""

    KINDS = ("critical", "warning", "information", "question", "about")

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self._originals: dict[str, Any] = {}

    def __enter__(self) -> "RecordedDialogs":
        for kind in self.KINDS:
            self._originals[kind] = QMessageBox.__dict__[kind]
            setattr(QMessageBox, kind, staticmethod(self._recorder(kind)))
        return self

    def __exit__(self, *_exc: object) -> None:
        for kind, original in self._originals.items():
            setattr(QMessageBox, kind, original)

    def _recorder(self, kind: str) -> Callable[..., Any]:
        def record(_parent: object, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.messages.append((kind, " ".join(str(text).split())))
            default = kwargs.get("defaultButton", args[1] if len(args) > 1 else None)
            return default if default is not None else QMessageBox.StandardButton.No
        return record

    def take(self) -> list[tuple[str, str]]:
        """The messages recorded since the last call."""
        taken, self.messages = self.messages, []
        return taken


class SelfTest:
    """Runs the steps in order against one main window and collects a StepResult for each."""

    def __init__(self, window: MainWindow, dialogs: RecordedDialogs | None = None) -> None:
        self.window = window
        self.dialogs = dialogs or RecordedDialogs()
        self.results: list[StepResult] = []

    def step(self, name: str, check: Callable[[], str]) -> bool:
        """Run one check, timing it; its return value is the report's detail. True when it passed."""
        started = time.monotonic()
        try:
            detail, status = check(), "PASS"
        except StepFailed as failure:
            detail, status = str(failure), "FAIL"
        except Exception as exc:  # noqa: BLE001 - any error is a failed step, named in the report
            log.error("Self-test step %r raised:\n%s", name, traceback.format_exc())
            detail, status = f"unexpected {type(exc).__name__}: {exc}", "FAIL"
        for kind, message in self.dialogs.take():
            if kind in ("critical", "warning") and status != "FAIL":
                detail, status = f"{kind} message: {message}", "FAIL"
            else:
                detail += f" [{kind} message: {message}]"
        self.results.append(StepResult(name, status, detail, time.monotonic() - started))
        return status != "FAIL"

    def run(self) -> bool:
        """Every step; True when none failed."""
        if not self.step("engine (PyTorch) loads", self._check_engine):
            return False
        for entry in REGISTRY:
            if self.window.find_tab(entry.tab_name) is None:
                self.step(f"{entry.title}: tab shows", partial(_missing, entry.tab_name))
        for index in range(self.window.tabs.count()):
            tab, title = self.window.tab(index), self.window.tabs.tabText(index)
            self.step(f"{title}: tab shows", partial(self._check_tab_shows, tab))
            for name, check in tab.self_test_checks():
                self.step(name, partial(self._check_shown, tab, check))
            self.step(f"{title}: tiny training", partial(self._check_training, tab))
        return not self.failed()

    def failed(self) -> list[StepResult]:
        """The steps that failed."""
        return [r for r in self.results if r.status == "FAIL"]

    def _check_engine(self) -> str:
        if not self.window.engine_ready:
            wait_for(self.window.engine_loaded, {"engine failed": self.window.engine_failed},
                     ENGINE_TIMEOUT_S, self.window.start_loading)
        import torch

        return f"torch {torch.__version__}"

    def _check_tab_shows(self, tab: LabTab) -> str:
        self.window.show_tab(tab)
        QApplication.processEvents()
        if not tab.isVisible():
            raise StepFailed("the tab did not become visible")
        return tab.objectName()

    def _check_training(self, tab: LabTab) -> str:
        runner = tab.runner
        self.window.show_tab(tab)
        if tab.loading:
            wait_for(tab.loaded, {}, ENGINE_TIMEOUT_S)
        tab.configure_for_self_test()
        button = tab.findChild(QPushButton, tab.train_button_name)
        if button is None:
            raise StepFailed(f"no Train button (objectName {tab.train_button_name})")
        if not button.isEnabled():
            raise StepFailed("the Train button is disabled after the engine loaded")
        failures = {"training failed": runner.failed, "training was cancelled": runner.cancelled}
        result = wait_for(runner.finished, failures, TRAINING_TIMEOUT_S, button.click)[0]
        return f"finished ({type(result).__name__})"

    def _check_shown(self, tab: LabTab, check: Callable[[], str]) -> str:
        self.window.show_tab(tab)
        return check()


def _missing(name: str) -> str:
    raise StepFailed(f"the window has no tab {name}")


def _how_installed() -> str:
    """How this copy of RNN Lab runs: a PyInstaller bundle, an installed wheel, or a source checkout."""
    if getattr(sys, "frozen", False):
        return "frozen bundle"
    checkout = Path(__file__).resolve().parent.parent / "pyproject.toml"
    return "from a source checkout" if checkout.is_file() else "installed package"


def format_report(results: list[StepResult], seconds: float) -> str:
    """The whole report: what was tested where, one line per step, and the verdict naming what failed."""
    failed = [r.name for r in results if r.status == "FAIL"]
    verdict = "PASSED" if not failed else "FAILED: " + "; ".join(failed)
    header = (f"{APP_NAME} {rnnlab.__version__} self-test, {time.strftime('%Y-%m-%d %H:%M:%S')}, "
              f"{platform.platform()}, Python {platform.python_version()}, "
              f"{_how_installed()}")
    lines = [header, *(r.line() for r in results), f"{verdict} in {seconds:.1f} s"]
    return "\n".join(lines) + "\n"


def write_report(text: str) -> Path:
    """Write the report to ``<app data>/logs/self-test.txt`` (atomically) and return its path."""
    path = app_settings.log_folder() / REPORT_NAME
    with atomic_path(path) as temporary:
        Path(temporary).write_text(text, encoding="utf-8")
    return path


def _start_watchdog(results: list[StepResult], started: float) -> threading.Timer:
    """End the process with status 1 (and a report) if the self-test has not finished after TOTAL_TIMEOUT_S."""
    def expire() -> None:
        timeout = StepResult("whole self-test", "FAIL", f"still running after {TOTAL_TIMEOUT_S:.0f} s", TOTAL_TIMEOUT_S)
        report = format_report([*results, timeout], time.monotonic() - started)
        log.error("Self-test watchdog expired:\n%s", report)
        try:
            print(report + f"Report written to {write_report(report)}", flush=True)
        finally:
            os._exit(1)

    watchdog = threading.Timer(TOTAL_TIMEOUT_S, expire)
    watchdog.daemon = True
    watchdog.start()
    return watchdog


def run_self_test(application_factory: Callable[[], QApplication], window_factory: Callable[[], MainWindow]) -> int:
    """Build the application and window, run every step, print and save the report; 0 when nothing failed, else 1."""
    started = time.monotonic()
    results: list[StepResult] = []
    watchdog = _start_watchdog(results, started)
    try:
        with RecordedDialogs() as dialogs:
            test = SelfTest(None, dialogs)  # type: ignore[arg-type]  # its first step opens the window
            test.results = results
            test.step("application and window open", lambda: _open_window(test, application_factory, window_factory))
            if test.window is not None:
                test.run()
                test.window.close()
    finally:
        watchdog.cancel()
    report = format_report(results, time.monotonic() - started)
    path = write_report(report)
    print(report + f"Report written to {path}", flush=True)
    return 1 if any(r.status == "FAIL" for r in results) else 0


def _open_window(test: SelfTest, application_factory: Callable[[], QApplication],
                 window_factory: Callable[[], MainWindow]) -> str:
    application_factory()
    window = window_factory()
    window.confirm_close = False
    window.show()
    QApplication.processEvents()
    test.window = window
    return f"{QApplication.platformName()} platform, {window.tabs.count()} tabs"
