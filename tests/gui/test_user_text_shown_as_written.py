"""File names, column names, symbols, pairs and typed text that look like HTML are shown as written everywhere in the
window: opened through the real widgets and background loaders, then every visible label, tooltip, cell, title,
menu entry and message box is rendered the way Qt renders it and compared with the literal text."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton

from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.gui.translate.task_picker import PAIRS_FILE_TITLE
from tests.gui.shown_text import misread, rendered, shown_texts, without_mnemonic

PRICES_NAME = "<b>BOLD<i>"
"""A price file's name (a bold italic label before the fix)."""
TEST_PRICES_NAME = '"><img src=x onerror=alert(1)>'
"""The test file's name (a broken image before the fix)."""
TARGET = "<img src=x>Kurs"
EXTRA = "Hoch & <u>Tief</u>"
MEMO = "<i>Memo</i> &amp; more"
"""A text column, ignored with a note that names it; ``&amp;`` must stay five characters."""
SYMBOLS = ("<b>ACME</b>", "Z&amp;Co")
PAIRS_NAME = "<s>Strike &amp; pairs"
"""A pairs file's name (no closing tag: a file name cannot hold a /)."""
SCRIPT = "</svg><script>x</script>"
"""A pair's source (its alignment title read "→ >" before the fix)."""
BOLD_SOURCE = "<b>Yak</b>"
UNKNOWN_LINE = "<u>Zebra</u>"
"""A typed line of characters the pairs never had: left as typed, with a note that quotes it."""

LITERALS = {"BOLD": PRICES_NAME, "onerror": TEST_PRICES_NAME, "Kurs": TARGET, "Tief": EXTRA, "Memo": MEMO,
            "ACME": SYMBOLS[0], "Z&": SYMBOLS[1], "Strike": PAIRS_NAME, "svg": SCRIPT, "Yak": BOLD_SOURCE,
            "Zebra": UNKNOWN_LINE}
"""Each literal text keyed by a word inside it: a text that holds the word must show the literal as written."""

QUICK = TranslatorConfig(hidden_size=16, embedding_size=8, epochs=1, batch_size=64, valid_fraction=0.1)


def _price_file(path: Path, rows: int, start: str) -> Path:
    """A long-format price file of two symbols whose headers and symbols are markup."""
    dates = pd.bdate_range(start, periods=rows)
    walk = 100 + np.cumsum(np.random.default_rng(0).normal(0, 1, rows))
    frames = [pd.DataFrame({"Symbol": symbol, "Date": dates.strftime("%Y-%m-%d"), TARGET: walk + offset,
                            EXTRA: walk + offset + 1, MEMO: "ok"}) for offset, symbol in enumerate(SYMBOLS)]
    pd.concat(frames).to_csv(path, index=False)
    return path


def _pairs_file(path: Path) -> Path:
    """Reversal pairs over an alphabet of markup characters, with the two markup sources among them."""
    rng = np.random.default_rng(1)
    sources = {SCRIPT, BOLD_SOURCE}
    while len(sources) < 160:
        sources.add("".join(rng.choice(list("<>/&;ab"), size=rng.integers(3, 9))))
    lines = [f"{source}\t{source[::-1]}" for source in sorted(sources)]
    lines.append(f"{SCRIPT}\tanother target")  # a conflict: the task line quotes the source
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def window(loaded_window, monkeypatch, tmp_path):
    """The loaded main window with its settings (recent files) in a folder of its own, whose path looks like HTML
    (the About box names it); information boxes are recorded with the warnings."""
    from rnnlab.gui import settings as app_settings

    monkeypatch.setenv(app_settings.HOME_VARIABLE, str(tmp_path / "<b>home</b> & co"))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: loaded_window.messages.append(args[2]))
    return loaded_window


def _assert_shown_as_written(texts) -> None:
    wrong = misread(texts, LITERALS)
    assert not wrong, "\n".join(wrong)


def test_the_forecaster_shows_file_column_and_symbol_names_as_written(qtbot, window, tmp_path, monkeypatch):
    tab = window.find_tab("forecastTab")
    qtbot.waitUntil(lambda: not tab.loading, timeout=60_000)
    prices = _price_file(tmp_path / f"{PRICES_NAME}.csv", 200, "2020-01-01")
    test_prices = _price_file(tmp_path / f"{TEST_PRICES_NAME}.csv", 60, "2020-10-07")
    with qtbot.waitSignal(tab.shown, timeout=60_000):
        assert window.open_file(prices)
    with qtbot.waitSignal(tab.shown, timeout=60_000):
        assert tab.open_test_csv(test_prices)
    qtbot.waitUntil(lambda: not tab.runner.busy)
    columns = tab.findChild(QComboBox, "columnCombo")
    columns.setCurrentIndex(columns.findText(TARGET))
    tab.configure_for_self_test()
    with qtbot.waitSignal(tab.shown, timeout=120_000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy)
    model = tmp_path / f"{PRICES_NAME}.pt"
    dialogs = "rnnlab.gui.forecast.file_dialogs.QFileDialog"
    monkeypatch.setattr(f"{dialogs}.getSaveFileName", lambda *a, **k: (str(model), ""))
    monkeypatch.setattr(f"{dialogs}.getOpenFileName", lambda *a, **k: (str(model), ""))
    with qtbot.waitSignal(tab.shown, timeout=60_000):
        tab.findChild(QPushButton, "saveModelButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy)
    assert tab.run_controls.status_label.text() == f"Saved {PRICES_NAME}.pt."
    with qtbot.waitSignal(tab.shown, timeout=60_000):
        tab.findChild(QPushButton, "loadModelButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy)

    data_label = tab.findChild(QLabel, "dataLabel")
    assert rendered(data_label.text(), data_label.textFormat()).startswith(
        f"{PRICES_NAME}.csv + test file {TEST_PRICES_NAME}.csv (60 rows)\n")
    assert rendered(data_label.toolTip()) == str(prices)
    notes = tab.findChild(QLabel, "notesLabel")
    assert f"Ignored text column(s): '{MEMO}'." in rendered(notes.text(), notes.textFormat())
    assert f"showing {SYMBOLS[0]}." in rendered(notes.text(), notes.textFormat())
    assert tab.chart.getPlotItem().getAxis("left").label.toPlainText().strip() == TARGET
    verdict = tab.findChild(QLabel, "verdictLabel")
    assert rendered(verdict.text(), verdict.textFormat()).endswith(f"Model: loaded from {PRICES_NAME}.pt.")
    texts = shown_texts(window)
    for literal in (PRICES_NAME, TEST_PRICES_NAME, TARGET, EXTRA, SYMBOLS[0], SYMBOLS[1]):
        assert literal in "\n".join(text.shown for text in texts), f"{literal!r} is not on screen"
    _assert_shown_as_written(texts)
    _assert_shown_as_written(shown_texts(tab.results.preview_table) + shown_texts(tab.results.tabs))

    window.recent_menu.aboutToShow.emit()
    entries = [without_mnemonic(action.text()) for action in window.recent_menu.actions()]
    assert entries[:2] == [f"1 {TEST_PRICES_NAME}.csv", f"2 {PRICES_NAME}.csv"]
    _assert_shown_as_written(shown_texts(window))


def test_message_boxes_show_file_names_as_written(qtbot, window, tmp_path):
    tab = window.find_tab("forecastTab")
    qtbot.waitUntil(lambda: not tab.loading, timeout=60_000)
    unknown = tmp_path / f"{PRICES_NAME}.xyz"
    unknown.write_text("?")
    assert not window.open_file(unknown)
    empty = tmp_path / f"{PRICES_NAME} empty.csv"
    empty.write_text("Date,Open\n")
    assert window.open_file(empty)
    qtbot.waitUntil(lambda: not tab.runner.busy and len(window.messages) == 2, timeout=60_000)
    shown = [rendered(message) for message in window.messages]
    assert shown[0] == f"RNN Lab cannot open {PRICES_NAME}.xyz: no tab reads this kind of file."
    assert f"{PRICES_NAME} empty.csv" in shown[1]
    about = rendered(window.about_text())
    assert "<b>home</b> & co" in about and "RNN Lab" in about


def test_the_pad_shows_a_pairs_files_name_and_its_markup_sources_as_written(qtbot, window, tmp_path, monkeypatch):
    tab = window.find_tab("translationTab")
    window.show_tab(tab)
    qtbot.waitUntil(lambda: tab.session.has_models and not tab.busy_translating and not tab.model_runner.busy,
                    timeout=60_000)
    pairs = _pairs_file(tmp_path / f"{PAIRS_NAME}.tsv")
    monkeypatch.setattr("rnnlab.gui.translate.task_control.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(pairs), ""))
    picker = tab.findChild(QComboBox, "taskPicker")
    with qtbot.waitSignal(tab.task_control.task_runner.finished, timeout=30_000):
        picker.activated.emit(picker.findText(PAIRS_FILE_TITLE))
    tab.retrain_panel.params.set_config(QUICK)
    with qtbot.waitSignal(tab.runner.finished, timeout=120_000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.busy_translating, timeout=30_000)
    tab.pad.source_edit.setPlainText(f"{SCRIPT}\n{BOLD_SOURCE}\n{UNKNOWN_LINE}")
    qtbot.waitUntil(lambda: not tab.busy_translating and tab.pad.word_picker.count() == 2, timeout=30_000)

    assert picker.currentText() == f"{PAIRS_NAME} (pairs file)"
    assert rendered(picker.itemData(picker.currentIndex(), Qt.ItemDataRole.ToolTipRole)) == picker.currentText()
    info = tab.findChild(QLabel, "taskInfoLabel")
    assert rendered(info.text(), info.textFormat()).startswith(f"{PAIRS_NAME}.tsv: 160 pairs")
    assert f"e.g. line 161: {SCRIPT!r}" in rendered(info.text(), info.textFormat())
    assert tab.pad.word_picker.itemText(0).startswith(f"{SCRIPT}  →  ")
    assert tab.alignment_view.showing_plot
    assert tab.alignment_view.plot.titleLabel.item.toPlainText().startswith(f"{SCRIPT} → ")
    _assert_shown_as_written(shown_texts(window))
    tab.pad.word_picker.setCurrentIndex(1)
    assert tab.alignment_view.plot.titleLabel.item.toPlainText().startswith(f"{BOLD_SOURCE} → ")
    assert UNKNOWN_LINE in rendered(tab.pad.notes_label.text(), tab.pad.notes_label.textFormat())
    comparison = tab.pad.comparison_view.toPlainText()
    assert SCRIPT in comparison and BOLD_SOURCE in comparison
    _assert_shown_as_written(shown_texts(window))
    assert not window.messages
