"""The main window: tab order and names, engine load in the background, menus, close prompt, clean close."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QTabWidget

from rnnlab.gui import app_log
from rnnlab.gui.app import create_window
from rnnlab.gui.documentation import CONTENTS, PAGES, page_path, page_url
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.main_window import MainWindow


def test_tabs_in_order_with_object_names(qtbot, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    tabs = window.findChild(QTabWidget, "mainTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Gradient flow", "Stock forecaster", "Translation pad", "Experiments"]
    names = [window.tab_name(i) for i in range(tabs.count())]
    assert names == ["gradientFlowTab", "forecastTab", "translationTab", "experimentsTab"]
    assert [window.tab(i).objectName() for i in range(tabs.count())] == names


def test_every_lab_of_the_registry_has_its_tab_with_the_lab_s_settings_form(qtbot, no_leaked_jobs):
    from rnnlab.engine.labs import REGISTRY

    window = create_window()
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [entry.title for entry in REGISTRY] + ["Experiments"]
    for entry in REGISTRY:
        tab = window.find_tab(entry.tab_name)
        assert isinstance(tab, LabTab) and isinstance(tab.runner, JobRunner)
        assert type(tab.params.config()) is entry.lab().settings


def test_only_the_tab_on_show_is_built_before_the_first_paint(qtbot, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(2)
    window.show()
    assert [window._built_tab(i) is not None for i in range(4)] == [False, False, True, False]
    assert window.findChild(QAction, "saveTranslatorAction") is not None
    assert window.findChild(QAction, "openCsvAction") is None
    ready: list[str] = []
    window.tab_engine_ready.connect(lambda tab: ready.append(tab.objectName()))
    with qtbot.waitSignal(window.engine_loaded, timeout=120_000):
        window.start_loading()
    assert ready == ["translationTab", "gradientFlowTab", "forecastTab", "experimentsTab"], \
        "the tab on show is offered training first"
    assert all(window._built_tab(i) is not None for i in range(4))
    file_actions = [a.objectName() for a in window.file_menu.actions() if a.objectName()]
    assert file_actions.index("openCsvAction") < file_actions.index("saveTranslatorAction")
    assert file_actions[-1] == "quitAction"
    assert all(tab.findChild(QPushButton, tab.train_button_name).isEnabled() for tab in map(window.tab, range(4)))
    qtbot.waitUntil(lambda: not any(runner.busy for runner in no_leaked_jobs), timeout=60_000)
    window.close()


def test_engine_loads_in_background(qtbot, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.engine_loaded, timeout=60000):
        window.start_loading()
    assert window.engine_ready
    window.close()


# ----- menus, close prompt, error hooks


class _TrainingTab(LabTab):
    """A tab with a runner and a model it may not have saved, like the real ones."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.runner = JobRunner(self)
        self.unsaved = False
        self.opened: list[Path] = []

    def has_unsaved_work(self) -> bool:
        return self.unsaved

    def accepts_dropped_file(self, path: Path) -> bool:
        return path.suffix == ".csv"

    def open_dropped_file(self, path: Path) -> bool:
        self.opened.append(path)
        self.file_opened.emit(path)
        return True


def _window(qtbot) -> tuple[MainWindow, _TrainingTab]:
    tab = _TrainingTab("trainingTab")
    window = MainWindow([("Label", LabTab(objectName="labelTab")), ("Training", tab)])
    qtbot.addWidget(window)
    return window, tab


def test_view_menu_switches_tabs_with_ctrl_number(qtbot):
    window, tab = _window(qtbot)
    action = window.findChild(QAction, "showTab2Action")
    assert action.shortcut().toString() == "Ctrl+2"
    action.trigger()
    assert window.tabs.currentWidget() is tab
    assert window.findChild(QAction, "fullScreenAction").isCheckable()


def test_about_names_the_app_qt_and_torch_versions(qtbot):
    window, _tab = _window(qtbot)
    text = window.about_text()
    from PySide6.QtCore import qVersion

    import rnnlab

    assert f"RNN Lab {rnnlab.__version__}" in text and f"Qt {qVersion()}" in text and "PyTorch" in text
    assert f'<a href="{page_url(CONTENTS)}">Documentation</a>' in text


class _OpenedUrls(QObject):
    """Receives what QDesktopServices.openUrl is asked to open, in place of the desktop's viewer."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_files():
    receiver = _OpenedUrls()
    QDesktopServices.setUrlHandler("file", receiver, "open_url")
    yield receiver.urls
    QDesktopServices.unsetUrlHandler("file")


def test_help_opens_the_contents_with_f1_and_every_page_from_its_submenu(qtbot, opened_files):
    window, _tab = _window(qtbot)
    contents = window.findChild(QAction, "docsAction")
    assert contents.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    contents.trigger()
    submenu = window.findChild(QMenu, "docsPagesMenu")
    assert [action.objectName() for action in submenu.actions()] == [f"docsPage:{p.file_name}" for p in PAGES]
    for action in submenu.actions():
        action.trigger()
    assert [Path(url.toLocalFile()) for url in opened_files] == [page_path(p) for p in (CONTENTS, *PAGES)]
    assert all(Path(url.toLocalFile()).is_file() for url in opened_files)


def test_open_file_goes_to_the_accepting_tab_and_into_recent_files(qtbot, tmp_path, monkeypatch):
    from rnnlab.gui import settings as app_settings

    monkeypatch.setenv(app_settings.HOME_VARIABLE, str(tmp_path / "home"))
    window, tab = _window(qtbot)
    csv = tmp_path / "prices.csv"
    csv.write_text("Date,Open\n")
    assert window.open_file(csv)
    assert tab.opened == [csv] and window.tabs.currentWidget() is tab
    assert app_settings.recent_files() == [csv.resolve()]
    window.recent_menu.aboutToShow.emit()
    recent = [a for a in window.recent_menu.actions() if a.toolTip() == str(csv.resolve())]
    window.tabs.setCurrentIndex(0)
    recent[0].trigger()
    assert tab.opened == [csv, csv.resolve()]


def test_close_asks_before_discarding_an_unsaved_model(qtbot, monkeypatch):
    window, tab = _window(qtbot)
    window.show()
    tab.unsaved = True
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.close()
    assert window.isVisible()
    assert window.close()
    assert len(asked) == 2 and "Training" in asked[0]


def test_close_without_unsaved_work_does_not_ask(qtbot, monkeypatch):
    window, _tab = _window(qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked without unsaved work"))
    window.show()
    assert window.close()


def test_closing_during_a_run_cancels_and_joins_it(qtbot, no_leaked_jobs):
    window, tab = _window(qtbot)
    window.show()
    running = threading.Event()

    def long_job(progress, cancel):
        running.set()
        while True:
            cancel.raise_if_cancelled()
            running.wait(0.01)

    with qtbot.waitSignal(tab.runner.started):
        tab.runner.start(long_job)
    qtbot.waitUntil(running.is_set)
    with qtbot.waitSignal(tab.runner.cancelled):
        assert window.close()
    assert not tab.runner.busy


def test_uncaught_gui_exception_is_logged_and_shown_readably(qtbot, monkeypatch, tmp_path):
    from rnnlab.gui import settings as app_settings

    monkeypatch.setenv(app_settings.HOME_VARIABLE, str(tmp_path / "home"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    log_path = app_log.install_logging()
    try:
        raise ValueError("the plot has no data")
    except ValueError as exc:
        app_log._on_uncaught_exception(type(exc), exc, exc.__traceback__)
    finally:
        for handler in list(app_log.log.handlers):
            if getattr(handler, "baseFilename", None) == str(log_path):
                app_log.log.removeHandler(handler)
                handler.close()
    assert len(shown) == 1
    assert "ValueError: the plot has no data" in shown[0] and "Traceback" not in shown[0]
    assert str(log_path) in shown[0]
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "the plot has no data" in logged


def test_engine_load_waits_for_the_first_paint(qtbot, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    window.start_loading_after_paint(fallback_ms=60000)
    assert not window._engine_runner.busy
    with qtbot.waitSignal(window.engine_loaded, timeout=60000):
        window.show()
    assert window.engine_ready
    window.close()


def test_plots_follow_the_desktop_switching_to_dark_while_running(qtbot, no_leaked_jobs):
    import pyqtgraph as pg
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from rnnlab.gui.widgets.plot_theme import use_palette

    window = create_window()
    qtbot.addWidget(window)
    window.show()
    window.tab(1)
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    views = window.findChildren(pg.GraphicsView)
    assert len(views) >= 9
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: all(v.backgroundBrush().color() == QColor("#1e1e1e") for v in views), timeout=5000)
        axis = next(i for i in views[0].scene().items() if isinstance(i, pg.AxisItem))
        assert axis.textPen().color() == QColor("#e0e0e0")
        legend = window.find_tab("forecastTab").chart.legend
        assert legend.brush().color().rgb() == QColor("#1e1e1e").rgb()
        assert all("#e0e0e0" in label.item.toHtml().lower() or "224, 224, 224" in label.item.toHtml()
                   for _sample, label in legend.items)
    finally:
        app.setPalette(light)
        use_palette()


def test_window_shrinks_to_900_by_600_with_every_tab_built(qtbot, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    for index in range(window.tabs.count()):
        window.tab(index)
    hint = window.minimumSizeHint()
    assert hint.width() <= 900 and hint.height() <= 600, f"cannot shrink below {hint.width()} x {hint.height()}"
    window.resize(900, 600)
    window.show()
    qtbot.waitUntil(lambda: window.size().width() == 900 and window.size().height() == 600)
