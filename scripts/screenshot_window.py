"""What every docs screenshot script shares: open the real main window offscreen on a tab, wait, save it.

Importing this module puts the project root on ``sys.path`` and selects the offscreen Qt platform, so the
``scripts/shot_*.py`` scripts run as plain ``python scripts/shot_x.py`` from a checkout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from rnnlab.engine.atomic import atomic_path
from rnnlab.gui.app import create_application, create_window
from rnnlab.gui.main_window import MainWindow

SHOT_SIZE = (1280, 820)


def wait(signal, timeout_ms: int) -> None:
    """Run the event loop until ``signal`` fires or ``timeout_ms`` passes."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def open_tab(object_name: str, language: str | None = None) -> tuple[QApplication, MainWindow, QWidget]:
    """The application and the main window at the screenshots' size, engine loaded, showing the tab ``object_name``,
    in ``language`` ("en", "fa"; default: the one chosen in View -> Language)."""
    app = create_application(language=language)
    window = create_window()
    window.confirm_close = False  # a script's trained model is not "unsaved work" to ask about
    window.resize(*SHOT_SIZE)
    window.show()
    window.start_loading()
    wait(window.engine_loaded, 120000)
    tab = window.find_tab(object_name)
    if getattr(tab, "loading", False):
        wait(tab.loaded, 60000)
    window.show_tab(tab)
    return app, window, tab


def save_window(window: MainWindow, target: str) -> None:
    """Save the window as a PNG at ``target`` (atomically); exit with a message if it cannot be written."""
    QApplication.processEvents()
    with atomic_path(target) as tmp:
        if not window.grab().save(str(tmp), "PNG"):
            raise SystemExit(f"could not write {target}")
    print(f"saved {target}")


def train_and_save(window: MainWindow, tab: QWidget, target: str) -> None:
    """Click the tab's Train button, wait for the run to end, save the window to ``target`` and close it."""
    tab.run_controls.train_button.click()
    wait(tab.runner.idle, 600000)
    save_window(window, target)
    window.close()
