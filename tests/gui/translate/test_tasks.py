"""The pad in any task: a pairs file picked, read in the background (or refused with the reason, changing nothing),
trained with Retrain, translated line by line with expected outputs where known; unsaved models asked about before a
switch; a model file puts the pad in its task; the window keeps answering while a 20,000-pair file is read."""

import random
import string

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.task import PIG_LATIN
from rnnlab.engine.translate.tasks import PIG_LATIN_KEY, TASK_TITLES
from rnnlab.gui.heartbeat import Heartbeat
from rnnlab.gui.translate.task_picker import PAIRS_FILE_TITLE

LOOSE_STALL_S = 0.3
QUICK = TranslatorConfig(hidden_size=16, embedding_size=8, epochs=1, batch_size=64, valid_fraction=0.1)
"""The quickest retraining through the pad's controls (its model may write nothing yet)."""
TRAINED = TranslatorConfig(hidden_size=24, embedding_size=16, epochs=3, batch_size=32, learning_rate=0.01,
                           valid_fraction=0.1)
"""Trained once per module: enough for a model that writes something, to look at its alignments."""


def _reversal_lines(count, seed=3):
    rng = random.Random(seed)
    sources = set()
    while len(sources) < count:
        sources.add("".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 8))))
    return [f"{source}\t{source[::-1]}" for source in sorted(sources)]


@pytest.fixture(scope="module")
def reversal_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("pairs") / "reverse.tsv"
    lines = _reversal_lines(300)
    lines.insert(5, lines[5].split("\t")[0] + "\tsomething else")  # the same source again: the first target is kept
    lines.append("x" * 250 + "\tlong")  # over 200 characters: skipped with a count
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reversal_model(reversal_file):
    """A model of the reversal file's task, trained by the engine and saved as a file a person could load."""
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.translate.pairs import read_pairs
    from rnnlab.engine.translate.training import TranslatorTraining

    result = TranslatorTraining(TRAINED, read_pairs(reversal_file))(lambda event: None, CancelToken())
    path = reversal_file.parent / "reverse_additive.pt"
    result.translator.save(path)
    return path


def _pick(tab, title):
    picker = tab.findChild(QComboBox, "taskPicker")
    index = picker.findText(title)
    assert index >= 0, title
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def _open_pairs(qtbot, tab, monkeypatch, path, signal="finished"):
    monkeypatch.setattr("rnnlab.gui.translate.task_control.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(getattr(tab.task_control.task_runner, signal), timeout=30000):
        _pick(tab, PAIRS_FILE_TITLE)
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)


def _pad_texts(tab):
    """Every text the pad shows or explains itself with (placeholders and tooltips included)."""
    texts = []
    for widget in tab.pad.findChildren(QWidget):
        if not widget.isVisibleTo(tab):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QPlainTextEdit):
            texts += [widget.placeholderText(), widget.toPlainText()]
        elif isinstance(widget, (QLabel, QPushButton)):
            texts.append(widget.text())
    texts.append(tab.pad.comparison_view.toPlainText())
    return "\n".join(texts)


def _train(qtbot, tab, config=QUICK):
    tab.retrain_panel.params.set_config(config)
    with qtbot.waitSignal(tab.runner.finished, timeout=120000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.busy_translating, timeout=30000)


def test_a_pairs_file_puts_the_pad_in_its_line_task_with_the_reads_notes(qtbot, tab, monkeypatch, reversal_file):
    tab.retrain_panel.params.set_config(QUICK)
    _open_pairs(qtbot, tab, monkeypatch, reversal_file)
    picker = tab.findChild(QComboBox, "taskPicker")
    assert picker.currentText() == "reverse (pairs file)" and tab.session.task.splitting == "lines"
    info = tab.findChild(QLabel, "taskInfoLabel")
    assert info.isVisible()
    assert "reverse.tsv: 300 pairs, 30 held out" in info.text()
    assert "1 line over 200 characters skipped" in info.text() and "first target was kept" in info.text()
    assert tab.findChild(QLabel, "pickerLabel").text() == "Line:"
    assert not tab.findChild(QPushButton, "ruleHelpButton").isVisible()
    assert tab.retrain_panel.params.controls["valid_fraction"].isEnabled()
    held_out = {source for source, _target in tab.session.data.split(0.1)[1]}
    example = tab.pad.source_edit.toPlainText().splitlines()
    assert example and set(example) <= held_out
    assert tab.session.models == {"attention": None, "plain": None}
    assert "No model for this task yet" in tab.pad.translation_view.placeholderText()
    assert tab.pad.translation_view.toPlainText() == "" and not tab.alignment_view.showing_plot
    texts = _pad_texts(tab)
    assert "Pig Latin" not in texts and "English" not in texts and "rule" not in texts.lower()


def test_retrain_learns_the_file_and_saves_it_under_the_tasks_name(qtbot, tab, monkeypatch, reversal_file, tmp_path):
    _open_pairs(qtbot, tab, monkeypatch, reversal_file)
    _train(qtbot, tab)
    model = tab.session.models["attention"]
    assert model.task == tab.session.task and tab.has_unsaved_work()
    assert tab.retrain_panel.accuracy_points and "(unsaved)" in tab.pad.model_label.text()
    target = tmp_path / "mine.pt"
    suggested = []
    monkeypatch.setattr("rnnlab.gui.translate.tab.QFileDialog.getSaveFileName",
                        lambda parent, title, name, *a: suggested.append(name) or (str(target), ""))
    with qtbot.waitSignal(tab.file_runner.finished, timeout=10000):
        tab.save_action.trigger()
    assert target.is_file() and not tab.has_unsaved_work()
    assert suggested[0].endswith("reverse_pairs_file_additive.pt")
    report = tmp_path / "report.html"
    with qtbot.waitSignal(tab.report_export.runner.finished, timeout=30000):
        assert tab.report_export.export_to(report)
    html = report.read_text(encoding="utf-8")
    assert "Translator: reverse (pairs file), additive attention" in html and "Pig Latin" not in html


def test_each_line_is_one_sequence_with_its_expected_output_where_known(qtbot, tab, monkeypatch, reversal_file,
                                                                       reversal_model):
    _open_pairs(qtbot, tab, monkeypatch, reversal_file)
    with qtbot.waitSignal(tab.model_runner.finished, timeout=30000):
        assert tab.load_model(reversal_model)
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    assert tab.session.data is not None and tab.session.models["attention"] is not None
    known, _target = tab.session.data.split(0.1)[1][0]
    tab.pad.source_edit.setPlainText(f"{known}\nzzzqqq")
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    rows = tab.session.comparison_rows("attention")
    assert [(row[0], row[3]) for row in rows] == [(known, known[::-1]), ("zzzqqq", None)]
    table = tab.pad.comparison_view.toPlainText()
    assert table.splitlines()[0].split()[0] == "source" and "(no reference)" in table
    assert "1 of 2 lines is not a pair of this task's data" in table
    picker = tab.findChild(QComboBox, "wordPicker")
    assert picker.count() == 2 and picker.itemText(1).startswith("zzzqqq  →  ")
    picker.setCurrentIndex(1)
    output = tab.session.latest.translations["attention"].words[1].output
    assert output and tab.alignment_view.image.image.shape == (len(output), len("zzzqqq") + 1)
    assert tab.alignment_view.columns == list("zzzqqq") + ["</s>"] and tab.alignment_view.rows == list(output)


def test_a_bad_pairs_file_gets_the_reason_and_changes_nothing(qtbot, tab, monkeypatch, tmp_path):
    bad = tmp_path / "nopairs.tsv"
    bad.write_text("just a line\nand another\n", encoding="utf-8")
    models, text = dict(tab.session.models), tab.pad.source_edit.toPlainText()
    _open_pairs(qtbot, tab, monkeypatch, bad, signal="failed")
    assert "nopairs.tsv, line 1: no tab" in tab.warnings[-1]
    assert tab.session.task == PIG_LATIN and tab.session.models == models
    assert tab.findChild(QComboBox, "taskPicker").currentText() == TASK_TITLES[PIG_LATIN_KEY]
    assert tab.pad.source_edit.toPlainText() == text and tab.findChild(QPushButton, "ruleHelpButton").isVisible()
    assert not tab.retrain_panel.params.controls["valid_fraction"].isEnabled()


def test_switching_task_asks_before_an_unsaved_model_goes(qtbot, tab, monkeypatch, reversal_file):
    _open_pairs(qtbot, tab, monkeypatch, reversal_file)
    _train(qtbot, tab)
    questions = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: questions.append(args[2]) or answer[0])
    _pick(tab, TASK_TITLES[PIG_LATIN_KEY])
    assert "not saved" in questions[-1] and not tab.task_control.busy
    assert tab.session.task.splitting == "lines" and tab.has_unsaved_work()
    assert tab.findChild(QComboBox, "taskPicker").currentText() == "reverse (pairs file)"
    answer[0] = QMessageBox.StandardButton.Discard
    with qtbot.waitSignal(tab.task_control.task_runner.finished, timeout=30000):
        _pick(tab, TASK_TITLES[PIG_LATIN_KEY])
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    assert tab.session.task == PIG_LATIN and not tab.has_unsaved_work()
    assert tab.session.origins == {"attention": "shipped", "plain": "shipped"}
    assert tab.pad.translation_view.toPlainText() == "Ethay airway onditioningcay isway orkingway."
    assert tab.findChild(QPushButton, "ruleHelpButton").isVisible()
    assert not tab.findChild(QLabel, "taskInfoLabel").isVisible()
    _train(qtbot, tab, TranslatorConfig(hidden_size=16, embedding_size=8, epochs=1, train_words=500,
                                        held_out_words=50))
    answer[0] = QMessageBox.StandardButton.Cancel
    _open_pairs(qtbot, tab, monkeypatch, reversal_file)  # read first, then asked: its task would replace the model
    assert "not saved" in questions[-1] and len(questions) == 3
    assert tab.session.task == PIG_LATIN and tab.has_unsaved_work()


def test_the_task_cannot_change_while_a_retraining_runs(qtbot, tab, monkeypatch):
    tab.retrain_panel.params.set_config(TranslatorConfig(hidden_size=16, embedding_size=8, epochs=100,
                                                         train_words=500, held_out_words=50))
    tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: len(tab.retrain_panel.loss_points) > 0, timeout=60000)
    _pick(tab, TASK_TITLES["dates"])
    assert "while a retraining runs" in tab.warnings[-1] and not tab.task_control.busy
    assert tab.session.task == PIG_LATIN
    with qtbot.waitSignal(tab.runner.idle, timeout=10000):
        tab.runner.cancel()


def test_a_model_file_puts_the_pad_in_its_task(qtbot, tab, monkeypatch, reversal_file, reversal_model):
    with qtbot.waitSignal(tab.model_runner.finished, timeout=30000):
        assert tab.load_model(reversal_model)
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    assert tab.session.task.title == "reverse (pairs file)" and tab.session.data is None
    assert tab.session.models["plain"] is None
    assert tab.session.origins["attention"] == "loaded from reverse_additive.pt,"
    assert "comes from a model file" in tab.findChild(QLabel, "taskInfoLabel").text()
    tab.findChild(QPushButton, "trainButton").click()
    assert "Open its pairs file" in tab.warnings[-1] and not tab.runner.busy
    assert tab.findChild(QComboBox, "taskPicker").currentText() == "reverse (pairs file)"
    assert tab.findChild(QLabel, "pickerLabel").text() == "Line:"
    assert "Pig Latin" not in _pad_texts(tab)
    model = tab.session.models["attention"]
    _open_pairs(qtbot, tab, monkeypatch, reversal_file)  # its pairs arrive: the model stays, now with references
    assert tab.session.data is not None and tab.session.models["attention"] is model
    assert tab.session.origins["attention"] == "loaded from reverse_additive.pt,"
    assert tab.session.latest.translations["attention"].words[0].reference is not None
    with qtbot.waitSignal(tab.task_control.task_runner.finished, timeout=30000):
        _pick(tab, TASK_TITLES[PIG_LATIN_KEY])
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    with qtbot.waitSignal(tab.model_runner.finished, timeout=30000):
        assert tab.load_model(reversal_model)
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    assert tab.session.data is not None, "a model of a task whose pairs the pad has read comes with its pairs"


def test_saving_over_the_pairs_file_the_pad_has_open_is_refused(qtbot, tab, monkeypatch, reversal_file,
                                                               reversal_model):
    from PySide6.QtWidgets import QFileDialog

    _open_pairs(qtbot, tab, monkeypatch, reversal_file)
    with qtbot.waitSignal(tab.model_runner.finished, timeout=30000):
        assert tab.load_model(reversal_model)
    qtbot.waitUntil(lambda: not tab.busy_translating and tab.alignment_view.showing_plot, timeout=30000)
    before = reversal_file.read_bytes()
    for action in ("saveTranslatorAction", "exportAlignmentAction"):
        answers = iter([str(reversal_file), ""])  # the pairs file, then Cancel in the dialog opened again
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, answers=answers, **k: (next(answers), ""))
        tab.warnings.clear()
        next(a for a in tab.menu_actions() if a.objectName() == action).trigger()
        assert tab.warnings == [f"reverse.tsv is the pairs file this tab has open ({reversal_file}): saving there "
                                "would replace it. Choose another file name."]
        assert not tab.file_runner.busy
    assert reversal_file.read_bytes() == before


def test_reading_twenty_thousand_pairs_keeps_the_window_answering(qtbot, tab, monkeypatch, tmp_path):
    big = tmp_path / "big.tsv"
    big.write_text("\n".join(_reversal_lines(20_000, seed=5)) + "\n", encoding="utf-8")
    beat = Heartbeat(10)
    beat.start()
    _open_pairs(qtbot, tab, monkeypatch, big)
    report = beat.stop()
    assert len(tab.session.data.pairs) == 20_000
    assert report.longest <= LOOSE_STALL_S, report.line()


def test_the_date_example_opens_with_held_out_dates_and_whole_line_alignments(qtbot, tab):
    with qtbot.waitSignal(tab.task_control.task_runner.finished, timeout=60000):
        _pick(tab, TASK_TITLES["dates"])
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    assert tab.findChild(QComboBox, "taskPicker").currentText() == TASK_TITLES["dates"]
    data = tab.session.data
    assert data.source_name == "date_pairs.tsv" and len(data.pairs) == 20_000
    assert tab.session.models["attention"].task == data.task and tab.session.models["plain"] is None
    held_out = dict(data.split(0.05)[1])
    lines = tab.pad.source_edit.toPlainText().splitlines()
    assert len(lines) == 5 and set(lines) <= set(held_out)
    words = tab.session.latest.translations["attention"].words
    assert [(w.typed, w.output, w.reference) for w in words] == [(s, held_out[s], held_out[s]) for s in lines]
    assert tab.findChild(QLabel, "pickerLabel").text() == "Line:"
    assert tab.alignment_view.image.image.shape == (10, len(lines[0]) + 1)
    assert "Human dates -> ISO 8601" in tab.pad.source_edit.placeholderText()
    texts = _pad_texts(tab)
    assert "Pig Latin" not in texts and "English" not in texts and "The rule" not in texts
    assert "1,000 held out" in tab.findChild(QLabel, "taskInfoLabel").text()
    tab.retrain_panel.params.set_config(TranslatorConfig(valid_fraction=0.1))
    info = tab.findChild(QLabel, "taskInfoLabel").text()
    assert "1,000 held out and never trained on" in info, "the shipped model trained on the rest of a 10% share"


def test_a_model_does_not_stay_for_other_pairs_with_the_same_characters(qtbot, tab, monkeypatch, reversal_file,
                                                                        reversal_model, tmp_path):
    copy = tmp_path / "copy.tsv"
    sources = [line.split("\t")[0] for line in reversal_file.read_text(encoding="utf-8").splitlines()]
    copy.write_text("".join(f"{s}\t{s}\n" for s in dict.fromkeys(sources) if len(s) < 200), encoding="utf-8")
    with qtbot.waitSignal(tab.model_runner.finished, timeout=30000):
        assert tab.load_model(reversal_model)
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    _open_pairs(qtbot, tab, monkeypatch, copy)
    assert tab.session.task.title == "copy (pairs file)" and not tab.session.has_models


def test_retrain_asks_before_it_replaces_an_unsaved_model(qtbot, tab, monkeypatch):
    small = TranslatorConfig(hidden_size=16, embedding_size=8, epochs=1, train_words=500, held_out_words=50)
    _train(qtbot, tab, small)
    first = tab.session.models["attention"]
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.Cancel)
    tab.findChild(QPushButton, "trainButton").click()
    assert "not saved" in questions[-1] and not tab.runner.busy and tab.session.models["attention"] is first


def test_a_date_model_file_comes_back_as_the_date_example_with_its_pairs(qtbot, tab):
    from rnnlab.engine.resources import resource_path

    with qtbot.waitSignal(tab.model_runner.finished, timeout=30000):
        assert tab.load_model(resource_path("dates", "translator_attention.pt"))
    qtbot.waitUntil(lambda: not tab.busy_translating, timeout=30000)
    assert tab.findChild(QComboBox, "taskPicker").currentText() == TASK_TITLES["dates"]
    assert tab.session.data is not None and tab.session.data.source_name == "date_pairs.tsv"
    lines = tab.pad.source_edit.toPlainText().splitlines()
    assert len(lines) == 5 and all(w.reference for w in tab.session.latest.translations["attention"].words)
