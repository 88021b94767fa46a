"""The main window: the three tabs, the menu bar, the background engine load and a clean shutdown."""

from __future__ import annotations

import importlib

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from gui.job_runner import JobRunner

APP_NAME = "RNN Lab"

ENGINE_MODULES = ("torch",)


def _load_engine(progress, cancel) -> None:
    """Import torch in the background so the window paints before the 2-3 s import finishes."""
    for name in ENGINE_MODULES:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    """Holds the tabs; loads the engine in the background and tells each tab when it is ready."""

    engine_loaded = Signal()

    def __init__(self, tabs: list[tuple[str, QWidget]]) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 820)
        self.engine_ready = False
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        for title, widget in tabs:
            self.tabs.addTab(widget, title)
        self.setCentralWidget(self.tabs)
        self.setAcceptDrops(True)
        self._build_menus()
        self.statusBar().showMessage("Loading the engine (PyTorch)…")
        self._engine_runner = JobRunner(self)
        self._engine_runner.finished.connect(self._on_engine_runner_finished)
        self._engine_runner.failed.connect(self._on_engine_runner_failed)

    def start_engine_load(self) -> None:
        """Begin importing torch in the background; tabs enable training once it is done."""
        self._engine_runner.start(_load_engine)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("&File")
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if hasattr(tab, "menu_actions"):
                self.file_menu.addActions(tab.menu_actions())
                self.file_menu.addSeparator()
        quit_action = QAction("&Quit", self, objectName="quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self.help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About RNN Lab", self, objectName="aboutAction")
        about_action.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(about_action)

    def _on_about_triggered(self) -> None:
        from PySide6 import __version__ as pyside_version

        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b><br>A desktop laboratory for recurrent neural networks.<br><br>"
            f"Qt for Python {pyside_version}",
        )

    def _on_engine_runner_finished(self, _result: object) -> None:
        self.engine_ready = True
        self.statusBar().showMessage("Engine ready.", 4000)
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if hasattr(tab, "on_engine_ready"):
                tab.on_engine_ready()
        self.engine_loaded.emit()

    def _on_engine_runner_failed(self, message: str) -> None:
        self.statusBar().showMessage("The engine could not be loaded.")
        QMessageBox.critical(self, APP_NAME, f"PyTorch could not be loaded, so training is unavailable.\n\n{message}")

    def _drop_target(self, event: QDragEnterEvent | QDropEvent) -> tuple[QWidget, Path] | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if hasattr(tab, "accepts_dropped_file") and tab.accepts_dropped_file(path):
                return tab, path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a single file that some tab can open (a CSV for the forecaster)."""
        if self._drop_target(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand a dropped file to the tab that opens it and show that tab."""
        target = self._drop_target(event)
        if target is None:
            return
        tab, path = target
        self.tabs.setCurrentWidget(tab)
        tab.open_dropped_file(path)
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop and join every background job before the window goes, so no thread outlives it."""
        for runner in self.findChildren(JobRunner):
            runner.shutdown(timeout_ms=10000)
        event.accept()
