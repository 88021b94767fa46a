"""GUI tests collect garbage the way the app does: never in a worker thread (see gui/app.py)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def garbage_collected_in_the_gui_thread():
    """No automatic collection during a GUI test (a worker's allocations would otherwise collect Qt objects in the
    worker's thread); the test's garbage is collected here, in the GUI thread, when it ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()


@pytest.fixture(autouse=True)
def no_unanswered_questions(monkeypatch):
    """A question box no test answers fails the test at once (offscreen, a modal box would wait for a click forever
    and hang the run); a test that expects a question patches ``QMessageBox.question`` itself."""

    def unanswered(_parent, title, text, *args, **kwargs):
        pytest.fail(f"an unexpected question box: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unanswered)


@pytest.fixture
def loaded_window(qtbot, no_leaked_jobs, monkeypatch):
    """The real main window, shown, with the engine loaded; warning boxes are recorded in ``window.messages`` instead
    of waiting for a click, and closing never asks about unsaved models."""
    from rnnlab.gui.app import create_window

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: messages.append(args[2]))
    win = create_window()
    win.confirm_close = False
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.engine_loaded, timeout=120000):
        win.start_loading()
    win.messages = messages
    yield win
    win.close()


@pytest.fixture
def pseudo_locale(qapp):
    """The pseudo-locale installed for one test (tests/gui/pseudo_locale.py): every catalogue string shown marked."""
    from PySide6.QtCore import QCoreApplication

    from tests.gui.pseudo_locale import PseudoTranslator, catalogue_sources

    translator = PseudoTranslator(catalogue_sources())
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
