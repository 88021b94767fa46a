"""The main window: the three tabs, the menu bar, the background engine load and a clean shutdown."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from engine.resources import resource_path, resource_root
from gui import settings as app_settings
from gui.job_runner import JobRunner
from gui.param_form import ParamForm

APP_NAME = "RNN Lab"
APP_VERSION = "0.1.0"
ICON_FILE = ("icons", "rnnlab.png")

# torch._dynamo is imported by the first torch.optim optimiser a job builds (seen: 4-6 s, freezing the window
# mid-run for up to ~0.8 s); importing it with torch moves that cost to start-up.
ENGINE_MODULES = ("torch", "torch._dynamo")


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
        self.setWindowIcon(QIcon(str(resource_path(*ICON_FILE))))
        self.resize(1280, 820)
        self.engine_ready = False
        self.confirm_close = True
        self._persist_settings = False
        self._paint_watch: QTimer | None = None
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

    def start_engine_load_after_paint(self, fallback_ms: int = 1000) -> None:
        """Start the engine load once the window has painted (or after ``fallback_ms`` if it never does).

        Importing torch holds the interpreter lock for seconds; started earlier, it delays the first paint.
        """
        self._paint_watch = QTimer(self, singleShot=True, interval=fallback_ms)
        self._paint_watch.timeout.connect(self._on_paint_watch_timeout)
        self._paint_watch.start()
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Start the deferred engine load on the window's first paint."""
        if watched is self and event.type() == QEvent.Type.Paint and self._paint_watch is not None:
            self._paint_watch.stop()
            QTimer.singleShot(0, self._on_paint_watch_timeout)
        return super().eventFilter(watched, event)

    def _on_paint_watch_timeout(self) -> None:
        if self._paint_watch is None:
            return
        self.removeEventFilter(self)
        self._paint_watch = None
        self.start_engine_load()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("&File")
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if hasattr(tab, "menu_actions"):
                self.file_menu.addActions(tab.menu_actions())
                self.file_menu.addSeparator()
        self.recent_menu = QMenu("Open &Recent", self, objectName="recentMenu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        quit_action = QAction("&Quit", self, objectName="quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self._build_view_menu()
        self._build_help_menu()

    def _build_view_menu(self) -> None:
        self.view_menu = self.menuBar().addMenu("&View")
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self, objectName=f"showTab{index + 1}Action")
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setStatusTip(f"Show the {self.tabs.tabText(index)} tab")
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        full_screen = QAction("&Full Screen", self, objectName="fullScreenAction", checkable=True)
        full_screen.setShortcut(QKeySequence.StandardKey.FullScreen)
        full_screen.toggled.connect(self._on_full_screen_toggled)
        self.view_menu.addAction(full_screen)

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu("&Help")
        docs_action = QAction("RNN Lab &Documentation", self, objectName="docsAction")
        docs_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        docs_action.triggered.connect(self._on_docs_triggered)
        self.help_menu.addAction(docs_action)
        log_action = QAction("Show &Log Folder", self, objectName="logFolderAction")
        log_action.triggered.connect(self._on_log_folder_triggered)
        self.help_menu.addAction(log_action)
        self.help_menu.addSeparator()
        about_action = QAction("&About RNN Lab", self, objectName="aboutAction")
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = app_settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if not files:
            self.recent_menu.addAction("No recent files").setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("&Clear Menu")
        clear.triggered.connect(app_settings.clear_recent_files)

    def open_file(self, path: Path) -> bool:
        """Open ``path`` in the first tab that accepts it and show that tab; False when no tab takes it."""
        tab = self._tab_accepting(path)
        if tab is None:
            QMessageBox.warning(self, APP_NAME, f"RNN Lab cannot open {path.name}: no tab reads this kind of file.")
            return False
        app_settings.add_recent_file(path)
        self.tabs.setCurrentWidget(tab)
        tab.open_dropped_file(path)
        return True

    def _on_full_screen_toggled(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _on_docs_triggered(self) -> None:
        readme = resource_root() / "README.md"
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(readme))):
            QMessageBox.information(self, APP_NAME, f"The documentation is the file\n{readme}")

    def _on_log_folder_triggered(self) -> None:
        folder = app_settings.log_folder()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self, APP_NAME, f"The log files are in\n{folder}")

    def about_text(self) -> str:
        """The About box's text: the app's version and those of Qt, PySide6 and (once loaded) PyTorch."""
        from PySide6 import __version__ as pyside_version

        torch = sys.modules.get("torch")
        torch_line = f"PyTorch {torch.__version__}" if torch is not None else "PyTorch (still loading)"
        readme = QUrl.fromLocalFile(str(resource_root() / "README.md")).toString()
        return (
            f"<b>{APP_NAME} {APP_VERSION}</b><br>A desktop laboratory for recurrent neural networks.<br><br>"
            f"Qt {qVersion()} · Qt for Python {pyside_version}<br>{torch_line}<br>"
            f"Python {sys.version.split()[0]}<br><br>"
            f'<a href="{readme}">Documentation (README)</a> · settings and logs in {app_settings.app_data_dir()}'
        )

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}", self.about_text())

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

    def _tab_accepting(self, path: Path) -> QWidget | None:
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if hasattr(tab, "accepts_dropped_file") and tab.accepts_dropped_file(path):
                return tab
        return None

    def _drop_target(self, event: QDragEnterEvent | QDropEvent) -> tuple[QWidget, Path] | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        tab = self._tab_accepting(path)
        return (tab, path) if tab is not None else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a single file that some tab can open (a CSV for the forecaster)."""
        if self._drop_target(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand a dropped file to the tab that opens it and show that tab."""
        target = self._drop_target(event)
        if target is None:
            return
        self.open_file(target[1])
        event.acceptProposedAction()

    def restore_settings(self) -> None:
        """Restore geometry, the last tab and every ParamForm's values, and save them again on close."""
        store = app_settings.settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        last_tab = self.findChild(QWidget, str(store.value("window/lastTab", "")))
        if last_tab is not None and self.tabs.indexOf(last_tab) >= 0:
            self.tabs.setCurrentWidget(last_tab)
        for form in self._named_forms():
            app_settings.restore_form_values(store, form)
        self._persist_settings = True

    def save_settings(self) -> None:
        """Store geometry, the current tab and every named ParamForm's values."""
        store = app_settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/lastTab", self.tabs.currentWidget().objectName() if self.tabs.count() else "")
        for form in self._named_forms():
            app_settings.save_form_values(store, form)
        store.sync()

    def _named_forms(self) -> list[ParamForm]:
        return [form for form in self.findChildren(ParamForm) if form.objectName()]

    def _tabs_with_unsaved_work(self) -> list[str]:
        titles = []
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if hasattr(tab, "has_unsaved_work") and tab.has_unsaved_work():
                titles.append(self.tabs.tabText(index))
        return titles

    def _close_confirmed(self) -> bool:
        unsaved = self._tabs_with_unsaved_work()
        if not unsaved or not self.confirm_close:
            return True
        answer = QMessageBox.question(
            self,
            f"Quit {APP_NAME}?",
            "A trained model that has not been saved would be lost (" + ", ".join(unsaved) + ").\n\n"
            "Discard it and quit?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before losing an unsaved model, save settings, then stop and join every background job."""
        if not self._close_confirmed():
            event.ignore()
            return
        if self._persist_settings:
            self.save_settings()
        for runner in self.findChildren(JobRunner):
            runner.shutdown(timeout_ms=10000)
        event.accept()
