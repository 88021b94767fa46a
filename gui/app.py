"""Create the QApplication and the main window with its tabs."""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import Callable, NoReturn

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from rnnlab.engine.labs import REGISTRY, LabEntry, load_attribute
from rnnlab.engine.translations import translatable
from rnnlab.gui import settings as app_settings
from rnnlab.gui.app_log import install_error_hooks, install_logging
from rnnlab.gui.deferred_tab import DeferredTab
from rnnlab.gui.i18n import apply_language, param_text, translate
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.main_window import APP_NAME, MainWindow

STARTUP_PROBE_VARIABLE = "RNNLAB_STARTUP_PROBE"
EXPERIMENTS_TITLE = translatable("MainWindow", "Experiments")
EXPERIMENTS_TAB = "experimentsTab"
EXPERIMENTS_MODULE = "rnnlab.gui.experiments.tab"
PLOTTING_MODULE = "pyqtgraph"


def _tab_factory(entry: LabEntry) -> Callable[[], LabTab]:
    """Builds the tab of a registry entry: its module is imported when the tab is first needed."""

    def build() -> LabTab:
        prepare_plotting()
        return load_attribute(entry.tab)()

    return build


def prepare_plotting() -> None:
    """What must precede the first plot and the first job: plots in the application palette's colours, and garbage
    collected in the GUI thread. Done when the first tab is built, not at start, because it imports pyqtgraph (and
    numpy), which the window's first frame does not need."""
    from rnnlab.gui.widgets.plot_theme import use_palette

    use_palette()
    collect_garbage_in_the_gui_thread()


def build_tabs() -> list[tuple[str, LabTab | DeferredTab]]:
    """One tab per lab of the registry, in its order (Gradient flow, Stock forecaster, Translation pad), then
    Experiments (any lab over settings and seeds), each deferred: the one on show is built for the first paint, the
    others right after it."""
    labs: list[tuple[str, LabTab | DeferredTab]] = [
        (param_text(entry.title),
         DeferredTab(entry.tab_name, _tab_factory(entry), (PLOTTING_MODULE, entry.tab.split(":")[0])))
        for entry in REGISTRY]
    experiments = DeferredTab(EXPERIMENTS_TAB, _experiments_tab, (PLOTTING_MODULE, EXPERIMENTS_MODULE))
    return [*labs, (translate("MainWindow", EXPERIMENTS_TITLE), experiments)]


def _experiments_tab() -> LabTab:
    prepare_plotting()
    from rnnlab.gui.experiments.tab import ExperimentsTab

    return ExperimentsTab()


def create_window() -> MainWindow:
    """Build the main window (a QApplication must exist); the engine load is started separately."""
    return MainWindow(build_tabs())


def create_application(show_error_dialogs: bool = True, language: str | None = None) -> QApplication:
    """The QApplication with the app's names (settings and app-data folders derive from them), its log file and its
    language: ``language`` ("system", "en", "fa": ``--lang``) for this launch, else the one chosen in View -> Language.

    ``show_error_dialogs=False`` (the unattended self-test) reports unexpected errors on stderr, not in a dialog.
    """
    app_settings.name_application()
    install_logging()
    install_error_hooks(show_dialogs=show_error_dialogs)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationDisplayName(APP_NAME)
    apply_language(language or app_settings.language_choice())
    return app


_garbage_collector = None


def collect_garbage_in_the_gui_thread() -> None:
    """Turn Python's automatic garbage collection off and collect from a timer in the GUI thread instead
    (pyqtgraph's ``GarbageCollector``). Otherwise a collection triggered by a training thread's allocations can
    destroy Qt objects (a closed dialog, an old plot) in that thread, which Qt does not allow: a deadlock between a
    worker destroying a Qt object and the GUI thread was seen in the test suite."""
    global _garbage_collector
    if _garbage_collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _garbage_collector = GarbageCollector(interval=1.0)


class _StartupProbe(QObject):
    """For benchmarks/startup.py: prints the wall-clock time of the first paint, of the tab on show being able to
    train and of engine-ready (every tab), and the longest the event loop stalled in between (how usable the
    window is while the rest loads), then quits."""

    TICK_MS = 10

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._painted = False
        self._last_tick = 0.0
        self._longest_stall = 0.0
        self._ticker = QTimer(self, interval=self.TICK_MS)
        self._ticker.timeout.connect(self._on_ticker_timeout)
        window.installEventFilter(self)
        window.engine_loaded.connect(self._on_window_engine_loaded)
        window.tab_engine_ready.connect(self._on_window_tab_engine_ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            print(f"first_paint {time.time():.4f}", flush=True)
            self._last_tick = time.monotonic()
            self._ticker.start()
        return False

    def _on_ticker_timeout(self) -> None:
        now = time.monotonic()
        self._longest_stall = max(self._longest_stall, now - self._last_tick)
        self._last_tick = now

    def _on_window_tab_engine_ready(self, tab: QWidget) -> None:
        if tab is self._window.current_tab():
            print(f"shown_tab_ready {time.time():.4f}", flush=True)

    def _on_window_engine_loaded(self) -> None:
        self._on_ticker_timeout()
        self._ticker.stop()
        print(f"engine_ready {time.time():.4f}", flush=True)
        print(f"longest_stall {self._longest_stall:.4f}", flush=True)
        QTimer.singleShot(0, self._window.close)


def run_gui(language: str | None = None) -> NoReturn:
    """Open the main window (settings restored) in ``language`` (``--lang``; default: the one chosen in View ->
    Language), run the event loop until it closes, then end the process."""
    app = create_application(language=language)
    window = create_window()
    if os.environ.get(STARTUP_PROBE_VARIABLE):
        _StartupProbe(window)
    else:
        window.restore_settings()
    window.start_loading_after_paint()
    window.show()
    end_process(app.exec())


def run_self_test_gui(language: str | None = None) -> NoReturn:
    """``rnnlab --self-test [--lang fa]``: run gui.self_test against a fresh window (settings untouched), then end
    the process with its status."""
    from rnnlab.gui.self_test import run_self_test

    end_process(run_self_test(lambda: create_application(show_error_dialogs=False, language=language),
                              create_window))


def end_process(status: int) -> NoReturn:
    """End the process once the window has closed: its jobs are joined and its settings, models and log written.

    The interpreter's own teardown would then take a noticeable time with torch, pandas and scikit-learn loaded and
    does nothing a person needs, so the logs and output streams are flushed and the process ends at once.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(status)
