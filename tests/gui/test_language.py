"""View -> Language: Persian at once (texts, right-to-left layout, Persian digits, a Persian font), remembered for the
next launch, and back to English the same way; ``--lang`` for one launch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QSpinBox

from rnnlab.gui import i18n
from rnnlab.gui import settings as app_settings
from rnnlab.gui.app import create_window
from rnnlab.launch import _window_language


@pytest.fixture
def english_after(qapp):
    yield
    i18n.apply_language("en")
    app_settings.set_language_choice("system")


def choose(window, choice: str) -> None:
    window.findChild(QAction, f"language_{choice}Action").trigger()


def test_persian_is_applied_at_once_and_remembered_then_english_comes_back(qtbot, english_after, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    hidden = window.tab(0).findChild(QSpinBox, "hidden")
    assert window.tabs.tabText(0) == "Gradient flow"

    choose(window, "fa")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "جریان گرادیان")
    assert app_settings.language_choice() == "fa"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.file_menu.title() == "&پرونده"
    assert window.tabs.tabText(3) == "آزمایش‌ها"
    assert hidden.text() == "۳۲", "numbers follow the locale: Persian digits"
    assert i18n.persian_font_family() in QFontInfo(window.tabs.font()).family() or \
        i18n.persian_font_family() in window.tabs.font().families()

    choose(window, "en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Gradient flow")
    assert app_settings.language_choice() == "en"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.file_menu.title() == "&File"
    assert hidden.text() == "32"


def test_a_window_built_in_persian_keeps_its_plots_left_to_right(qtbot, english_after, no_leaked_jobs):
    import pyqtgraph as pg

    i18n.apply_language("fa")
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    views = window.tab(0).findChildren(pg.GraphicsView)
    assert views and window.tab(0).isRightToLeft()
    assert all(view.layoutDirection() == Qt.LayoutDirection.LeftToRight for view in views)
    axis = next(item for view in views for item in view.scene().items() if isinstance(item, pg.AxisItem))
    assert axis.tickStrings([0.0, 20.0, 40.0], 1.0, 20.0) == ["۰", "۲۰", "۴۰"], "tick labels in Persian digits"


def test_numbers_in_filled_strings_follow_the_language_but_text_values_do_not(qapp, english_after):
    i18n.apply_language("fa")
    assert QLocale().zeroDigit() == "۰"
    assert i18n.filled("{n} runs in {name}", n=12, name="runs_2024.csv") == "۱۲ runs in runs_2024.csv"
    assert i18n.filled("{x:.2f}", x=0.5) == "۰٫۵۰"
    i18n.apply_language("en")
    assert i18n.filled("{n} runs", n=12) == "12 runs"


def test_lang_flag_is_taken_for_the_window_and_the_self_test():
    assert _window_language(["--lang", "fa"]) == ([], "fa")
    assert _window_language(["--self-test", "--lang", "fa"]) == (["--self-test"], "fa")
    assert _window_language(["forecast", "--lang", "fa"]) == (["forecast", "--lang", "fa"], None)
    assert _window_language([]) == ([], None)


def test_self_test_passes_in_persian(tmp_path):
    import os
    import subprocess
    import sys

    from rnnlab.gui.self_test import REPORT_NAME
    from tests.conftest import PROJECT_ROOT

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", RNNLAB_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "main.py", "--self-test", "--lang", "fa"], cwd=PROJECT_ROOT,
                         env=environment, capture_output=True, text=True, timeout=600)
    report = (tmp_path / "logs" / REPORT_NAME).read_text(encoding="utf-8")
    assert out.returncode == 0, report + out.stderr[-3000:]
    lines = report.splitlines()
    assert lines[-1].startswith("PASSED")
    for title in ("جریان گرادیان", "پیش‌بین سهام", "دفترچه ترجمه", "آزمایش‌ها"):
        assert any(line.startswith("PASS") and f"{title}: tiny training" in line for line in lines), report
