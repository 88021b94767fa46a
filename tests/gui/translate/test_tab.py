"""The Translation pad driven like a person would: type, paste, toggle attention, pick a word, export, retrain,
cancel; and the event loop keeps answering while it translates and retrains."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QPushButton, QWidget

from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.gui.heartbeat import Heartbeat
from rnnlab.gui.translate.retrain_panel import LOSS_DECADES

LOOSE_STALL_S = 0.3

def _settle(qtbot, tab):
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    return tab.findChild(QPlainTextEdit, "translationView").toPlainText()


def _type(qtbot, tab, text):
    edit = tab.findChild(QPlainTextEdit, "sourceEdit")
    edit.clear()
    qtbot.keyClicks(edit, text)
    return _settle(qtbot, tab)


def test_typing_translates_as_you_type(qtbot, tab):
    assert _type(qtbot, tab, "The air conditioning is working.") == "Ethay airway onditioningcay isway orkingway."
    assert "Ethay" in tab.pad.comparison_view.toPlainText()
    assert _type(qtbot, tab, "") == ""


def test_the_rule_branches_and_case_patterns_come_out_as_the_rule_says(qtbot, tab):
    text = "Mr Ms 3rd mp3 dr st hmm brr TV DVD NYC psst shh McDonald iPhone yellow quiet won't by-and-by"
    expected = ("Mray Msay 3rday mpay3 dray stay hmmay brray TVAY DVDAY YCNAY psstay shhay onaldMcDay "
                "iPhoneway yelloway ietquay onway'tay ybay-andway-ybay")
    tab.pad.source_edit.setPlainText(text)
    assert _settle(qtbot, tab) == expected


def test_attention_toggle_switches_model_and_alignment_message(qtbot, tab):
    _type(qtbot, tab, "strength")
    toggle = tab.findChild(QCheckBox, "attentionToggle")
    assert tab.alignment_view.showing_plot
    toggle.click()
    assert not toggle.isChecked()
    assert not tab.alignment_view.showing_plot
    assert "No alignment to show" in tab.alignment_view.message.text()
    assert tab.pad.translation_view.toPlainText() == tab.session.latest.translations["plain"].text
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
    with qtbot.waitSignal(tab.file_runner.finished, timeout=10000):
        tab.findChild(QPushButton, "exportAlignmentButton").click()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(tmp_path.glob("*.part"))


def test_odd_text_gets_notes_not_errors(qtbot, tab):
    tab.pad.source_edit.clear()
    tab.pad.source_edit.insertPlainText("café 😀 مرحبا the")  # pasted: QTest cannot type characters beyond the BMP
    _settle(qtbot, tab)
    assert "outside a-z" in tab.pad.notes_label.text()
    assert tab.pad.translation_view.toPlainText().endswith("ethay")
    tab.pad.source_edit.setPlainText("x\x00y " * 2500)
    _settle(qtbot, tab)
    assert "control characters removed" in tab.pad.notes_label.text()


def test_only_the_newest_text_is_shown_when_requests_overtake_each_other(qtbot, tab):
    for text in ("the", "the air", "the air is"):
        tab.pad.source_edit.setPlainText(text)
        tab.request_translation()
    assert _settle(qtbot, tab) == "ethay airway isway"
    stale = tab.session.translation_job("old text")
    tab.session.translation_job("the newest")
    token = type("Token", (), {"raise_if_cancelled": lambda s: None})()
    assert not tab.session.accept(stale(lambda event: None, token))


PARAGRAPH = ("It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of "
             "foolishness, it was the epoch of belief, it was the epoch of incredulity. ")


def test_pasting_three_thousand_words_keeps_the_window_answering(qtbot, tab):
    words = PARAGRAPH.split()
    text = " ".join(words[i % len(words)] for i in range(3000))
    beat = Heartbeat(10)
    beat.start()
    tab.pad.source_edit.setPlainText(text)
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=60000)
    report = beat.stop()
    assert len(tab.session.latest.translations["attention"].words) == 3000
    assert report.longest <= LOOSE_STALL_S, report.line()


def _start(qtbot, tab, config):
    tab.retrain_panel.params.set_config(config)
    tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: len(tab.retrain_panel.loss_points) >= 3, timeout=60000)


def test_retraining_can_be_cancelled_and_keeps_the_model_and_the_curve(qtbot, tab):
    model_before = tab.session.models["attention"]
    _start(qtbot, tab, TranslatorConfig(hidden_size=16, embedding_size=8, epochs=100, train_words=500,
                                        held_out_words=50))
    assert tab.findChild(QPushButton, "cancelButton").isEnabled()
    with qtbot.waitSignal(tab.runner.cancelled, timeout=10000):
        tab.findChild(QPushButton, "cancelButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=10000)
    assert tab.session.models["attention"] is model_before
    assert not tab.has_unsaved_work()
    xs, ys = tab.retrain_panel.loss_curve.getData()
    assert len(xs) >= 3 and all(10.0 ** LOSS_DECADES[0] <= y <= 10.0 for y in ys)
    assert "training on CPU" in tab.retrain_panel.title()


def test_retraining_keeps_the_window_answering_and_the_axes_still(qtbot, tab):
    _start(qtbot, tab, TranslatorConfig(epochs=100, held_out_words=200))
    ranges = [tab.retrain_panel.loss_plot.getViewBox().viewRange()]
    beat = Heartbeat(10)
    beat.start()
    qtbot.waitUntil(lambda: len(tab.retrain_panel.accuracy_points) >= 2, timeout=60000)
    report = beat.stop()
    ranges.append(tab.retrain_panel.loss_plot.getViewBox().viewRange())
    with qtbot.waitSignal(tab.runner.idle, timeout=10000):
        tab.runner.cancel()
    assert report.longest <= LOOSE_STALL_S, report.line()
    assert ranges[0] == ranges[1], "the loss plot's range moved during the run"
    ticks = [label for _, label in tab.retrain_panel.loss_plot.getAxis("left")._tickLevels[0]]
    assert ticks == ["0.001", "0.01", "0.1", "1", "10"]


def test_retraining_replaces_the_model_until_saved(qtbot, tab, tmp_path, monkeypatch):
    tab.configure_for_self_test()
    with qtbot.waitSignal(tab.runner.finished, timeout=120000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=10000)
    assert tab.session.origins["attention"] == "retrained" and tab.has_unsaved_work()
    assert len(tab.retrain_panel.accuracy_curve.getData()[0]) >= 1
    assert "(unsaved)" in tab.pad.model_label.text()
    target = tmp_path / "mine.pt"
    monkeypatch.setattr("rnnlab.gui.translate.tab.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(tab.file_runner.finished, timeout=10000):
        tab.save_action.trigger()
    assert target.is_file() and not tab.has_unsaved_work()
    assert "(unsaved)" not in tab.pad.model_label.text()
    _settle(qtbot, tab)


def test_a_saved_model_loads_back_into_its_slot(qtbot, tab, tmp_path):
    target = tmp_path / "plain.pt"
    tab.session.save("plain", target)
    with qtbot.waitSignal(tab.model_runner.finished, timeout=30000):
        assert tab.load_model(target)
    assert tab.session.origins["plain"] == "loaded from plain.pt,"
    assert not tab.findChild(QCheckBox, "attentionToggle").isChecked()
    _settle(qtbot, tab)


def test_a_bad_model_file_is_refused_with_a_message(qtbot, tab, tmp_path):
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"\x80\x02junk")
    before = dict(tab.session.models)
    with qtbot.waitSignal(tab.model_runner.idle, timeout=30000):
        tab.load_model(bad)
    assert tab.session.models == before and "not a readable model file" in tab.warnings[-1]


def test_the_rule_help_explains_y_and_qu(qtbot, tab):
    tab.findChild(QPushButton, "ruleHelpButton").click()
    assert tab.rule_help.isVisible()
    text = tab.rule_help.findChild(QWidget, "ruleHelpText").toPlainText()
    assert "yellow → yelloway" in text and "ellowyay" in text and "quiet → ietquay" in text
    tab.rule_help.close()


def test_numeric_controls_have_the_configuration_bounds(tab):
    hidden = tab.findChild(QWidget, "translatorParams").controls["hidden_size"]
    hidden.setValue(0)
    assert hidden.value() == 4 and hidden.minimum() == 4
    assert tab.retrain_panel.params.controls["epochs"].maximum() == 200


def test_the_tab_is_in_the_main_window_with_file_actions(qtbot, no_leaked_jobs):
    from PySide6.QtGui import QAction

    from rnnlab.gui.app import create_window

    window = create_window()
    qtbot.addWidget(window)
    assert window.find_tab("translationTab") is not None
    names = {a.objectName() for a in window.file_menu.actions()}
    assert {"saveTranslatorAction", "loadTranslatorAction", "exportAlignmentAction"} <= names
    assert window.findChild(QAction, "saveTranslatorAction") is not None


def test_changing_the_beam_width_translates_again_with_it(qtbot, tab, monkeypatch):
    _type(qtbot, tab, "strength")
    widths = []
    job = tab.session.translation_job
    monkeypatch.setattr(tab.session, "translation_job", lambda text, beam_width=1: widths.append(beam_width)
                        or job(text, beam_width))
    beam = tab.findChild(QWidget, "decodingParams").controls["beam_width"]
    assert beam.objectName() == "beamWidth" and beam.value() == 1 and beam.maximum() == 16
    beam.setValue(4)
    assert _settle(qtbot, tab) == "engthstray"
    assert widths == [4]
    assert tab.session.latest.translations["attention"].words[0].output == "engthstray"
