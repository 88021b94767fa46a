"""The main window: one tab per lab of the registry (built by gui/app.py), the menu bar, the background engine load
and a clean shutdown."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

import rnnlab
from rnnlab.engine.resources import resource_path
from rnnlab.gui import settings as app_settings
from rnnlab.gui.background_imports import TabEngineLoaded, import_modules, load_engine
from rnnlab.gui.deferred_tab import DeferredTab
from rnnlab.gui.documentation import CONTENTS, add_documentation_actions, page_url
from rnnlab.gui.i18n import filled, keep_plots_left_to_right, retranslate, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.language_menu import language_menu
from rnnlab.gui.widgets.param_form import ParamForm
from rnnlab.gui.widgets.user_text import auto_literal, escape_html, escape_mnemonic

APP_NAME = "RNN Lab"
ICON_FILE = ("icons", "rnnlab.png")

class MainWindow(QMainWindow):
    """Holds the tabs; loads the engine in the background and tells each tab when it is ready.

    A tab may be given as a ``DeferredTab`` page: it is built when first shown, or by ``start_loading`` after
    the first paint. ``tab``, ``find_tab`` and ``current_tab`` always return the real (built) tab.
    """

    engine_loaded = Signal()
    engine_failed = Signal(str)
    tab_engine_ready = Signal(QWidget)

    def __init__(self, tabs: list[tuple[str, LabTab | DeferredTab]]) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(resource_path(*ICON_FILE))))
        self.resize(1280, 820)
        self.engine_ready = False
        self.confirm_close = True
        self._persist_settings = False
        self._closed = False
        self._paint_watch: QTimer | None = None
        self._menu_groups: dict[int, QAction] = {}
        self._engine_ready_tabs: list[LabTab] = []
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        self._pages = [widget for _title, widget in tabs]  # in the tabs' order; they are never moved or removed
        for title, widget in tabs:
            self.tabs.addTab(widget, title)
        self.setCentralWidget(self.tabs)
        self.setAcceptDrops(True)
        self._build_menus()
        for page in self._pages:
            if isinstance(page, DeferredTab):
                page.built.connect(self._on_tab_built)
            else:
                self._on_tab_built(page)
        self.statusBar().showMessage(translate("MainWindow", "Loading the engine (PyTorch)…"))
        self._module_runner = JobRunner(self)
        self._module_runner.finished.connect(self._on_module_runner_done)
        self._module_runner.failed.connect(self._on_module_runner_done)
        self._module_import_started = False
        self._engine_runner = JobRunner(self)
        self._engine_runner.progress.connect(self._on_engine_runner_progress)
        self._engine_runner.finished.connect(self._on_engine_runner_finished)
        self._engine_runner.failed.connect(self._on_engine_runner_failed)

    def tab(self, index: int) -> LabTab:
        """The tab at ``index``, built first if it was deferred."""
        page = self._pages[index]
        return page.ensure_built() if isinstance(page, DeferredTab) else page

    def tab_name(self, index: int) -> str:
        """The objectName of the tab at ``index``, without building it."""
        page = self._pages[index]
        return page.name if isinstance(page, DeferredTab) else page.objectName()

    def find_tab(self, name: str) -> LabTab | None:
        """The tab with objectName ``name`` (built if need be), or None."""
        for index in range(self.tabs.count()):
            if self.tab_name(index) == name:
                return self.tab(index)
        return None

    def current_tab(self) -> LabTab | None:
        """The tab on show (built if need be), or None when there are no tabs."""
        index = self.tabs.currentIndex()
        return self.tab(index) if index >= 0 else None

    def show_tab(self, tab: LabTab) -> None:
        """Bring ``tab`` (a real tab, not its page) to the front."""
        for index in range(self.tabs.count()):
            if self._built_tab(index) is tab:
                self.tabs.setCurrentIndex(index)
                return

    def _built_tab(self, index: int) -> LabTab | None:
        page = self._pages[index]
        return page.content if isinstance(page, DeferredTab) else page

    def _built_tabs(self) -> list[LabTab]:
        return [tab for index in range(self.tabs.count()) if (tab := self._built_tab(index)) is not None]

    def start_loading(self) -> None:
        """Begin what the first paint does not wait for: import the deferred tabs' modules in the background, build
        the tabs (the one on show first, one per turn of the event loop, so the window keeps answering), then each
        tab's ``finish_loading`` (the forecaster's sample) and the engine import in the background; each tab enables
        training once torch and its own engine modules are in, the tab on show first."""
        if self._closed:
            return
        shown = self.tabs.currentIndex()
        order = sorted(range(self.tabs.count()), key=lambda index: index != shown)
        if not self._module_import_started:
            self._module_import_started = True
            modules = [name for index in order if isinstance(page := self._pages[index], DeferredTab)
                       and page.content is None for name in page.modules if name not in sys.modules]
            if modules:
                self._module_runner.start(lambda progress, cancel: import_modules(list(dict.fromkeys(modules))))
                return
        for index in order:
            if self._built_tab(index) is None:
                self.tab(index)
                QTimer.singleShot(0, self.start_loading)
                return
        for tab in self._built_tabs():
            tab.finish_loading()
        groups = [(self.tab_name(i), self.tab(i).engine_modules) for i in order]
        self._engine_runner.start(lambda progress, cancel: load_engine(groups, progress))

    def _on_module_runner_done(self, _outcome: object) -> None:
        """The tabs' modules are imported (or one failed: building its tab in the GUI thread then reports why)."""
        self.start_loading()

    def _on_tab_built(self, tab: LabTab) -> None:
        """Give a newly built tab what the others got: its File-menu actions, the way to the other tabs, saved settings,
        the engine."""
        index = next(i for i in range(self.tabs.count()) if self._built_tab(i) is tab)
        keep_plots_left_to_right(tab)
        tab.file_opened.connect(app_settings.add_recent_file)
        tab.use_tab_finder(self.find_tab)
        tab.use_tab_shower(self.show_tab)
        actions = tab.menu_actions()
        if actions:
            later = [action for i, action in sorted(self._menu_groups.items()) if i > index]
            before = later[0] if later else self.recent_menu.menuAction()
            self.file_menu.insertActions(before, actions)
            self.file_menu.insertSeparator(before)
            self._menu_groups[index] = actions[0]
        if self._persist_settings:
            store = app_settings.settings()
            for form in tab.findChildren(ParamForm):
                if form.objectName():
                    app_settings.restore_form_values(store, form)
        if self.engine_ready:
            self._tell_engine_ready(tab)

    def start_loading_after_paint(self, fallback_ms: int = 1000) -> None:
        """Call ``start_loading`` once the window has painted (or after ``fallback_ms`` if it never does); the
        deferred tabs, the one on show included, are built then, so the first frame is the window alone.

        Importing torch holds the interpreter lock for seconds, and building a tab imports the plotting library;
        done earlier, either delays the first paint.
        """
        for page in self._pages:
            if isinstance(page, DeferredTab):
                page.hold()
        self._paint_watch = QTimer(self, singleShot=True, interval=fallback_ms)
        self._paint_watch.timeout.connect(self._on_paint_watch_timeout)
        self._paint_watch.start()
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Start the deferred loads on the window's first paint."""
        if watched is self and event.type() == QEvent.Type.Paint and self._paint_watch is not None:
            self._paint_watch.stop()
            QTimer.singleShot(0, self._on_paint_watch_timeout)
        return super().eventFilter(watched, event)

    def _on_paint_watch_timeout(self) -> None:
        if self._paint_watch is None:
            return
        self.removeEventFilter(self)
        self._paint_watch = None
        self.start_loading()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.recent_menu = QMenu(translate("MainWindow", "Open &Recent"), self, objectName="recentMenu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), self, objectName="quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self._build_view_menu()
        self._build_help_menu()

    def _build_view_menu(self) -> None:
        self.view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self, objectName=f"showTab{index + 1}Action")
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setStatusTip(filled(translate("MainWindow", "Show the {tab} tab"), tab=self.tabs.tabText(index)))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        full_screen = QAction(translate("MainWindow", "&Full Screen"), self, objectName="fullScreenAction",
                              checkable=True)
        full_screen.setShortcut(QKeySequence.StandardKey.FullScreen)
        full_screen.toggled.connect(self._on_full_screen_toggled)
        self.view_menu.addAction(full_screen)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(language_menu(self))

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        add_documentation_actions(self.help_menu, self)
        log_action = QAction(translate("MainWindow", "Show &Log Folder"), self, objectName="logFolderAction")
        log_action.triggered.connect(self._on_log_folder_triggered)
        self.help_menu.addAction(log_action)
        self.help_menu.addSeparator()
        about_action = QAction(translate("MainWindow", "&About RNN Lab"), self, objectName="aboutAction")
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = app_settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {escape_mnemonic(path.name)}")
            action.setToolTip(auto_literal(str(path)))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if not files:
            self.recent_menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(translate("MainWindow", "&Clear Menu"))
        clear.triggered.connect(app_settings.clear_recent_files)

    def open_file(self, path: Path) -> bool:
        """Open ``path`` in the first tab that accepts it and show that tab; False when no tab takes it or the tab
        could not open it (the tab has said why)."""
        tab = self._tab_accepting(path)
        if tab is None:
            QMessageBox.warning(self, APP_NAME,
                                auto_literal(filled(translate("MainWindow", "RNN Lab cannot open {name}: no tab "
                                                                            "reads this kind of file."),
                                                    name=path.name)))
            return False
        self.show_tab(tab)
        return bool(tab.open_dropped_file(path))

    def _on_full_screen_toggled(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _on_log_folder_triggered(self) -> None:
        folder = app_settings.log_folder()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self, APP_NAME, auto_literal(filled(translate("MainWindow",
                                                                                  "The log files are in\n{folder}"),
                                                                 folder=str(folder))))

    def about_text(self) -> str:
        """The About box's text: the app's version and those of Qt, PySide6 and (once loaded) PyTorch."""
        from PySide6 import __version__ as pyside_version

        torch = sys.modules.get("torch")
        torch_line = (f"PyTorch {torch.__version__}" if torch is not None
                      else translate("MainWindow", "PyTorch (still loading)"))
        return (
            f"<b>{APP_NAME} {rnnlab.__version__}</b><br>"
            + translate("MainWindow", "A desktop laboratory for recurrent neural networks.") + "<br><br>"
            f"Qt {qVersion()} · Qt for Python {pyside_version}<br>{torch_line}<br>"
            f"Python {sys.version.split()[0]}<br><br>"
            f'<a href="{escape_html(page_url(CONTENTS))}">' + translate("MainWindow", "Documentation") + "</a> · "
            + translate("MainWindow", "settings and logs in") + f" {escape_html(str(app_settings.app_data_dir()))}"
        )

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, filled(translate("MainWindow", "About {app}"), app=APP_NAME), self.about_text())

    def _on_engine_runner_progress(self, events: list[TabEngineLoaded]) -> None:
        for event in events:
            tab = self.find_tab(event.tab_name)
            if tab is not None:
                self._tell_engine_ready(tab)

    def _on_engine_runner_finished(self, _result: object) -> None:
        """Every tab may train now. The objects the imports left (torch's, pandas') are frozen out of the garbage
        collector's reach: a full collection walking them stalled the window."""
        gc.freeze()
        self.engine_ready = True
        self.statusBar().showMessage(translate("MainWindow", "Engine ready."), 4000)
        for tab in self._built_tabs():
            self._tell_engine_ready(tab)
        self.engine_loaded.emit()

    def _tell_engine_ready(self, tab: LabTab) -> None:
        """Call the tab's ``on_engine_ready`` once: its engine modules are imported and it may train."""
        if tab not in self._engine_ready_tabs:
            self._engine_ready_tabs.append(tab)
            tab.on_engine_ready()
            self.tab_engine_ready.emit(tab)

    def _on_engine_runner_failed(self, message: str) -> None:
        self.statusBar().showMessage(translate("MainWindow", "The engine could not be loaded."))
        self.engine_failed.emit(message)
        QMessageBox.critical(self, APP_NAME,
                             auto_literal(filled(translate("MainWindow", "PyTorch could not be loaded, so training "
                                                                         "is unavailable.\n\n{message}"),
                                                 message=message)))

    def _tab_accepting(self, path: Path) -> LabTab | None:
        for index in range(self.tabs.count()):
            tab = self.tab(index)
            if tab.accepts_dropped_file(path):
                return tab
        return None

    def _drop_target(self, event: QDragEnterEvent | QDropEvent) -> tuple[LabTab, Path] | None:
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
        names = [self.tab_name(index) for index in range(self.tabs.count())]
        last_tab = str(store.value("window/lastTab", ""))
        if last_tab in names:
            self.tabs.setCurrentIndex(names.index(last_tab))
        for form in self._named_forms():
            app_settings.restore_form_values(store, form)
        self._persist_settings = True

    def save_settings(self) -> None:
        """Store geometry, the current tab and every named ParamForm's values."""
        store = app_settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/lastTab", self.tab_name(self.tabs.currentIndex()) if self.tabs.count() else "")
        for form in self._named_forms():
            app_settings.save_form_values(store, form)
        store.sync()

    def _named_forms(self) -> list[ParamForm]:
        return [form for form in self.findChildren(ParamForm) if form.objectName()]

    def _tabs_with_unsaved_work(self) -> list[str]:
        titles = []
        for index in range(self.tabs.count()):
            tab = self._built_tab(index)
            if tab is not None and tab.has_unsaved_work():
                titles.append(self.tabs.tabText(index))
        return titles

    def _close_confirmed(self) -> bool:
        unsaved = self._tabs_with_unsaved_work()
        if not unsaved or not self.confirm_close:
            return True
        answer = QMessageBox.question(
            self,
            filled(translate("MainWindow", "Quit {app}?"), app=APP_NAME),
            filled(translate("MainWindow", "Quitting now would lose work that is not saved ({tabs}): a trained "
                                           "model, or the runs of a sweep in flight.\n\nDiscard it and quit?"),
                   tabs=translate("MainWindow", ", ").join(unsaved)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def changeEvent(self, event: QEvent) -> None:
        """Follow the desktop switching between light and dark while the app runs (restyle every plot), and a change
        of language (every text, at once)."""
        if event.type() == QEvent.Type.LanguageChange:
            retranslate(self)
        if event.type() == QEvent.Type.PaletteChange:
            from rnnlab.gui.widgets.plot_theme import restyle_plots

            restyle_plots(self)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before losing an unsaved model, save settings, then stop and join every background job."""
        if not self._close_confirmed():
            event.ignore()
            return
        self._closed = True
        if self._persist_settings:
            self.save_settings()
        for runner in self.findChildren(JobRunner):
            runner.shutdown(timeout_ms=10000)
        event.accept()
