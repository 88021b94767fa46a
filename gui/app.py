"""Create the QApplication and the main window with its tabs."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from gui import settings as app_settings
from gui.app_log import install_error_hooks, install_logging
from gui.main_window import APP_NAME, MainWindow

STARTUP_PROBE_VARIABLE = "RNNLAB_STARTUP_PROBE"


def build_tabs() -> list[tuple[str, QWidget]]:
    """The three tabs in their fixed order: Gradient flow, Stock forecaster, Translation pad."""
    from gui.forecast_tab import ForecastTab
    from gui.gradflow_tab import GradflowTab
    from gui.translation_tab import TranslationTab

    return [
        ("Gradient flow", GradflowTab()),
        ("Stock forecaster", ForecastTab()),
        ("Translation pad", TranslationTab()),
    ]


def create_window() -> MainWindow:
    """Build the main window (a QApplication must exist); the engine load is started separately."""
    return MainWindow(build_tabs())


def create_application(show_error_dialogs: bool = True) -> QApplication:
    """The QApplication with the app's names (settings and app-data folders derive from them) and its log file.

    ``show_error_dialogs=False`` (the unattended self-test) reports unexpected errors on stderr, not in a dialog.
    """
    app_settings.name_application()
    install_logging()
    install_error_hooks(show_dialogs=show_error_dialogs)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationDisplayName(APP_NAME)
    _plots_follow_palette(app)
    return app


def _plots_follow_palette(app: QApplication) -> None:
    """Give pyqtgraph plots the system palette's base and text colours, so they match a light or dark desktop."""
    import pyqtgraph

    palette = app.palette()
    pyqtgraph.setConfigOptions(
        background=palette.color(QPalette.ColorRole.Base),
        foreground=palette.color(QPalette.ColorRole.Text),
    )


class _StartupProbe(QObject):
    """For benchmarks/startup.py: prints the wall-clock time of the first paint and of engine-ready, then quits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._painted = False
        window.installEventFilter(self)
        window.engine_loaded.connect(self._on_window_engine_loaded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            print(f"first_paint {time.time():.4f}", flush=True)
        return False

    def _on_window_engine_loaded(self) -> None:
        print(f"engine_ready {time.time():.4f}", flush=True)
        QTimer.singleShot(0, self.parent().close)


def run_gui() -> int:
    """Open the main window (settings restored) and run the event loop until it closes."""
    app = create_application()
    window = create_window()
    if os.environ.get(STARTUP_PROBE_VARIABLE):
        _StartupProbe(window)
    else:
        window.restore_settings()
    window.show()
    window.start_engine_load_after_paint()
    return app.exec()


def run_self_test_gui() -> int:
    """``rnnlab --self-test``: run gui.self_test against a fresh window (settings untouched); the exit status."""
    from gui.self_test import run_self_test

    return run_self_test(lambda: create_application(show_error_dialogs=False), create_window)
