"""The Translation pad driven like a person would: type, toggle attention, pick a word, export, retrain, cancel."""


import pytest
import torch  # noqa: F401 - the engine is "ready" for the tab under test
from PySide6.QtWidgets import QCheckBox, QComboBox, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.gui.translate.compare import highlight_differences
from rnnlab.gui.translate.tab import TranslationTab


@pytest.fixture
def tab(qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: warnings.append(args[2]))
    widget = TranslationTab()
    widget.warnings = warnings
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.on_engine_ready()
    return widget


def _type(qtbot, tab, text):
    edit = tab.findChild(QPlainTextEdit, "sourceEdit")
    edit.clear()
    qtbot.keyClicks(edit, text)
    view = tab.findChild(QPlainTextEdit, "translationView")
    qtbot.waitUntil(lambda: not tab._typing_timer.isActive(), timeout=5000)
    return view.toPlainText()


def test_typing_translates_as_you_type(qtbot, tab):
    assert _type(qtbot, tab, "The air conditioning is working.") == "Ethay airway onditioningcay isway orkingway."
    assert "ethay" in tab.comparison_view.toPlainText() or "Ethay" in tab.comparison_view.toPlainText()
    assert _type(qtbot, tab, "") == ""


def test_attention_toggle_switches_model_and_alignment_message(qtbot, tab):
    _type(qtbot, tab, "strength")
    toggle = tab.findChild(QCheckBox, "attentionToggle")
    assert tab.alignment_view.showing_plot
    toggle.click()
    assert not toggle.isChecked()
    assert not tab.alignment_view.showing_plot
    assert "No alignment to show" in tab.alignment_view.message.text()
    plain_output = tab.translation_view.toPlainText()
    assert plain_output == tab.translations["plain"].text
    toggle.click()
    assert tab.alignment_view.showing_plot


def test_picking_a_word_changes_the_heatmap(qtbot, tab):
    _type(qtbot, tab, "the air conditioning")
    picker = tab.findChild(QComboBox, "wordPicker")
    assert picker.count() == 3
    first = tab.alignment_view.image.image.copy()
    assert first.shape == (5, 4)
    picker.setCurrentIndex(2)
    matrix = tab.alignment_view.image.image
    assert matrix.shape == (len("onditioningcay"), len("conditioning") + 1)
    assert abs(matrix.sum(axis=1) - 1).max() < 1e-4
    assert tab.alignment_view.columns[-1] == "</s>"
    assert "weight" in tab.alignment_view.weight_text(0.5, 0.5)
    assert tab.alignment_view.weight_text(-1, 0.5) == ""


def test_export_png_writes_an_image(qtbot, tab, tmp_path, monkeypatch):
    _type(qtbot, tab, "working")
    target = tmp_path / "alignment.png"
    monkeypatch.setattr("rnnlab.gui.translate.tab.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.findChild(QPushButton, "exportAlignmentButton").click()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(tmp_path.glob("*.part"))


def test_odd_text_gets_notes_not_errors(qtbot, tab):
    tab.source_edit.clear()
    tab.source_edit.insertPlainText("café 😀 مرحبا the")  # pasted: QTest cannot type characters beyond the BMP
    qtbot.waitUntil(lambda: not tab._typing_timer.isActive(), timeout=5000)
    assert "outside a-z" in tab.notes_label.text()
    assert tab.translation_view.toPlainText().endswith("ethay")
    tab.source_edit.setPlainText("x\x00y " * 2500)
    tab.retranslate()
    assert "control characters removed" in tab.notes_label.text()


def test_differences_are_highlighted():
    assert "span" not in highlight_differences("ethay", "ethay")
    marked = highlight_differences("etay", "ethay")
    assert "·" in marked and "span" in marked


def _start(qtbot, tab, config):
    tab.params.set_config(config)
    with qtbot.waitSignal(tab.runner.progress, timeout=60000):
        tab.findChild(QPushButton, "trainButton").click()


def test_retraining_can_be_cancelled_and_keeps_the_model(qtbot, tab, no_leaked_jobs):
    model_before = tab.models["attention"]
    _start(qtbot, tab, TranslatorConfig(hidden_size=16, embedding_size=8, epochs=100, train_words=500,
                                        held_out_words=50))
    assert tab.findChild(QPushButton, "cancelButton").isEnabled()
    with qtbot.waitSignal(tab.runner.cancelled, timeout=10000):
        tab.findChild(QPushButton, "cancelButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=10000)
    assert tab.models["attention"] is model_before
    assert not tab.has_unsaved_work()
    assert tab.loss_curve.getData()[0] is not None


def test_retraining_replaces_the_model_until_saved(qtbot, tab, no_leaked_jobs, tmp_path, monkeypatch):
    tab.configure_for_self_test()
    with qtbot.waitSignal(tab.runner.finished, timeout=120000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=10000)
    assert tab.model_origins["attention"] == "retrained" and tab.has_unsaved_work()
    assert len(tab.accuracy_curve.getData()[0]) >= 1
    target = tmp_path / "mine.pt"
    monkeypatch.setattr("rnnlab.gui.translate.tab.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.save_action.trigger()
    assert target.is_file() and not tab.has_unsaved_work()


def test_a_bad_model_file_is_refused_with_a_message(qtbot, tab, tmp_path):
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"\x80\x02junk")
    before = dict(tab.models)
    assert not tab.load_model(bad)
    assert tab.models == before and "not a readable model file" in tab.warnings[-1]


def test_numeric_controls_have_the_configuration_bounds(tab):
    hidden = tab.findChild(QWidget, "translatorParams").controls["hidden_size"]
    hidden.setValue(0)
    assert hidden.value() == 4 and hidden.minimum() == 4
    assert tab.params.controls["epochs"].maximum() == 200


def test_the_shipped_model_self_test_hook(tab):
    assert tab.translate_with_shipped_model("the air conditioning is working") == \
        "ethay airway onditioningcay isway orkingway"


def test_the_tab_is_in_the_main_window_with_file_actions(qtbot, no_leaked_jobs):
    from PySide6.QtGui import QAction

    from rnnlab.gui.app import create_window

    window = create_window()
    qtbot.addWidget(window)
    assert window.find_tab("translationTab") is not None
    names = {a.objectName() for a in window.file_menu.actions()}
    assert {"saveTranslatorAction", "loadTranslatorAction", "exportAlignmentAction"} <= names
    assert window.findChild(QAction, "saveTranslatorAction") is not None
