"""The Translation pad tab: English -> Pig Latin as you type, with and without attention, and its alignments.

The pad translates with two models, one without attention and one with it (the shipped ones until the user
retrains or loads another), shows both beside the rule's answer, and draws the alignment matrix of the word
picked. Retraining from scratch runs in the background with live loss and held-out accuracy curves; the new
model replaces the pad's model of its kind when it finishes. Torch is imported only after the engine is ready.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.errors import EngineError
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.widgets.param_form import ParamForm
from rnnlab.gui.widgets.report_export import ReportExport
from rnnlab.gui.widgets.run_controls import RunControls
from rnnlab.gui.translate.alignment import AlignmentView
from rnnlab.gui.translate.compare import ComparisonView
from rnnlab.gui.lab_tab import LabTab

log = logging.getLogger("rnnlab")

EXAMPLE_TEXT = "The air conditioning is working."
TYPING_PAUSE_MS = 150
MAX_TEXT_CHARACTERS = 20_000
ATTENTION, PLAIN = "attention", "plain"


class TranslationTab(LabTab):
    """Tab 3: the pad, the side-by-side comparison, the alignment heatmap and retraining."""

    engine_modules = ("rnnlab.engine.translate.pretrained", "rnnlab.engine.translate.text", "rnnlab.engine.translate.training",
                      "rnnlab.engine.translate.translator")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationTab")
        self.runner = JobRunner(self)
        self.models: dict[str, object | None] = {ATTENTION: None, PLAIN: None}
        self.model_origins: dict[str, str] = {ATTENTION: "", PLAIN: ""}
        self.unsaved: set[str] = set()
        self.translations: dict[str, object | None] = {ATTENTION: None, PLAIN: None}
        self._shipped_attention = None
        self._build_pad()
        self._build_training()
        self._build_actions()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._alignment_panel)
        right.addWidget(self._training_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(self._pad)
        columns.addWidget(right)
        columns.setStretchFactor(0, 5)
        columns.setStretchFactor(1, 6)
        columns.setSizes([600, 680])
        right.setSizes([400, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(columns)
        self._typing_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing_timer.timeout.connect(self.retranslate)
        self.source_edit.textChanged.connect(self._typing_timer.start)
        self.attention_toggle.toggled.connect(self._on_attention_toggle_toggled)
        self.word_picker.currentIndexChanged.connect(self._on_word_picker_current_index_changed)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.runner.started.connect(self._on_runner_started)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.run_controls.train_button.clicked.connect(self._on_train_button_clicked)
        self.source_edit.setPlainText(EXAMPLE_TEXT)
        self._show_status("Loading the models…")

    # ----- building
    def _build_pad(self) -> None:
        self.source_edit = QPlainTextEdit(objectName="sourceEdit")
        self.source_edit.setPlaceholderText("Type English here; the Pig Latin appears as you type.")
        self.source_edit.setToolTip("English text to translate. Capitals, punctuation and digits are kept in place.")
        self.source_edit.setMaximumHeight(90)
        self.attention_toggle = QCheckBox("Attention", objectName="attentionToggle", checked=True)
        self.attention_toggle.setToolTip("Translate with the model that has attention (on) or the one without (off). "
                                         "Both always appear in the comparison below.")
        self.word_picker = QComboBox(objectName="wordPicker")
        self.word_picker.setToolTip("The word whose alignment matrix is drawn on the right.")
        self.word_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.word_picker.setMinimumWidth(160)
        self.model_label = QLabel(objectName="modelLabel", wordWrap=True)
        self.model_label.setToolTip("The models the pad translates with and their held-out exact-word accuracy.")
        controls = QHBoxLayout()
        controls.addWidget(self.attention_toggle)
        controls.addSpacing(12)
        controls.addWidget(QLabel("Word:"))
        controls.addWidget(self.word_picker)
        controls.addStretch(1)
        self.translation_view = QPlainTextEdit(objectName="translationView", readOnly=True)
        self.translation_view.setToolTip("The translation by the model chosen with the Attention toggle.")
        font = QFont(self.translation_view.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.translation_view.setFont(font)
        self.translation_view.setMaximumHeight(110)
        self.notes_label = QLabel(objectName="notesLabel", wordWrap=True)
        self.notes_label.setStyleSheet("color: #b35900")
        self.notes_label.setToolTip("Words the models were not given, and why.")
        self.comparison_view = ComparisonView()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.source_edit)
        left_layout.addLayout(controls)
        left_layout.addWidget(self.model_label)
        left_layout.addWidget(self.translation_view)
        left_layout.addWidget(self.notes_label)
        left_layout.addWidget(self.comparison_view, 1)
        self.alignment_view = AlignmentView()
        self.alignment_view.setToolTip("Attention weights: each row is a generated character, each column a "
                                       "source character; brighter means the model looked there.")
        self.export_button = QPushButton("Export PNG…", objectName="exportAlignmentButton")
        self.export_button.setToolTip("Save the alignment matrix on screen as a PNG image.")
        self._alignment_panel = QWidget()
        right_layout = QVBoxLayout(self._alignment_panel)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.alignment_view, 1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        right_layout.addLayout(export_row)
        self._pad = left

    def _build_training(self) -> None:
        self.params = ParamForm(TranslatorConfig)
        self.params.setObjectName("translatorParams")
        self.run_controls = RunControls(self.runner, train_text="Retrain")
        self.loss_plot = pg.PlotWidget(objectName="lossPlot")
        self.loss_plot.setLabel("bottom", "epoch")
        self.loss_plot.setLabel("left", "training loss")
        self.loss_plot.setLogMode(y=True)
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen("#d62728", width=1.5))
        self.accuracy_plot = pg.PlotWidget(objectName="accuracyPlot")
        self.accuracy_plot.setLabel("bottom", "epoch")
        self.accuracy_plot.setLabel("left", "held-out exact words (%)")
        self.accuracy_plot.setYRange(0, 100)
        self.accuracy_plot.showGrid(x=True, y=True, alpha=0.2)
        self.accuracy_curve = self.accuracy_plot.plot(pen=pg.mkPen("#1f77b4", width=2), symbol="o", symbolSize=5,
                                                      symbolBrush="#1f77b4")
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.loss_points: list[tuple[float, float]] = []
        self.accuracy_points: list[tuple[float, float]] = []
        curves = QVBoxLayout()
        curves.addWidget(self.loss_plot)
        curves.addWidget(self.accuracy_plot)
        right = QVBoxLayout()
        right.addWidget(self.run_controls)
        right.addLayout(curves, 1)
        self._training_box = QGroupBox("Retrain from scratch")
        self._training_box.setToolTip("Train a new model in the background; when it finishes it replaces the "
                                      "pad's model of its kind (with or without attention).")
        box_layout = QHBoxLayout(self._training_box)
        box_layout.addWidget(self.params)
        box_layout.addLayout(right, 1)

    def _build_actions(self) -> None:
        self.save_action = QAction("Save translator model…", self, objectName="saveTranslatorAction")
        self.save_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.save_action.setToolTip("Save the model the Attention toggle selects to a file.")
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.load_action = QAction("Load translator model…", self, objectName="loadTranslatorAction")
        self.load_action.setShortcut(QKeySequence("Ctrl+Alt+O"))
        self.load_action.setToolTip("Load a translator model saved by RNN Lab; it replaces the pad's model of its kind.")
        self.load_action.triggered.connect(self._on_load_action_triggered)
        self.export_action = QAction("Export alignment PNG…", self, objectName="exportAlignmentAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Alt+E"))
        self.export_action.triggered.connect(self._on_export_button_clicked)
        for action in (self.save_action, self.load_action):
            action.setEnabled(False)
        self.report_export = ReportExport(self, "exportTranslatorReportAction", self.run_controls.status_label,
                                          "translator")

    # ----- tab contract
    def menu_actions(self) -> list[QAction]:
        """Save and load translator models, export the alignment: the tab's entries of the File menu."""
        return [self.save_action, self.load_action, self.export_action, self.report_export.action]

    def on_engine_ready(self) -> None:
        """Load the shipped models (torch is now imported), enable training and translate what is typed."""
        from rnnlab.engine.translate.pretrained import load_shipped

        for slot, attention in ((ATTENTION, "additive"), (PLAIN, "none")):
            if self.models[slot] is not None:
                continue
            try:
                self.models[slot] = load_shipped(attention)
                self.model_origins[slot] = "shipped"
            except EngineError as exc:
                log.warning("Shipped translator %s could not be loaded: %s", attention, exc)
                self.model_origins[slot] = f"missing ({exc})"
        self.run_controls.set_engine_ready()
        self.save_action.setEnabled(True)
        self.load_action.setEnabled(True)
        self._update_model_label()
        self.retranslate()

    def has_unsaved_work(self) -> bool:
        """True while a model trained here has not been saved."""
        return bool(self.unsaved)

    def configure_for_self_test(self) -> None:
        """The smallest useful retraining (about a second): few words, a tiny network, one epoch."""
        self.params.set_config(TranslatorConfig(attention="additive", hidden_size=16, embedding_size=8, epochs=1,
                                                batch_size=64, train_words=500, held_out_words=100))

    def translate_with_shipped_model(self, text: str) -> str:
        """Translate ``text`` with the shipped attention model, whatever the pad currently uses (self-test)."""
        from rnnlab.engine.translate.pretrained import load_shipped
        from rnnlab.engine.translate.text import translate_text

        if self._shipped_attention is None:
            self._shipped_attention = load_shipped("additive")
        return translate_text(text, self._shipped_attention).text

    # ----- translating
    @property
    def current_slot(self) -> str:
        """The model the pad shows: attention or plain."""
        return ATTENTION if self.attention_toggle.isChecked() else PLAIN

    def retranslate(self) -> None:
        """Translate the text with both models and refresh every view."""
        from rnnlab.engine.translate.text import translate_text

        self._typing_timer.stop()
        if all(m is None for m in self.models.values()):
            return
        text = self.source_edit.toPlainText()
        clipped = len(text) > MAX_TEXT_CHARACTERS
        text = text[:MAX_TEXT_CHARACTERS]
        for slot, model in self.models.items():
            self.translations[slot] = translate_text(text, model) if model is not None else None
        shown = self.translations[self.current_slot] or self.translations[ATTENTION] or self.translations[PLAIN]
        notes = list(shown.notes)
        if clipped:
            notes.insert(0, f"Only the first {MAX_TEXT_CHARACTERS:,} characters are translated.")
        if self.translations[self.current_slot] is None:
            notes.insert(0, f"The {self.current_slot} model is not available: {self.model_origins[self.current_slot]}.")
        self.translation_view.setPlainText(shown.text)
        self.notes_label.setText(" ".join(notes[:6]) + (f" (+{len(notes) - 6} more)" if len(notes) > 6 else ""))
        self.notes_label.setVisible(bool(notes))
        self._refresh_comparison(shown)
        self._refresh_word_picker(shown)

    def _refresh_comparison(self, shown) -> None:
        plain, attention = self.translations[PLAIN], self.translations[ATTENTION]
        rows = []
        for index, word in enumerate(shown.words):
            if word.note:
                continue
            rows.append((word.typed,
                         plain.words[index].output if plain is not None else None,
                         attention.words[index].output if attention is not None else None,
                         word.reference))
        self.comparison_view.show_words(rows, "Type some English above.")

    def _refresh_word_picker(self, shown) -> None:
        previous = self.word_picker.currentData()
        self.word_picker.blockSignals(True)
        self.word_picker.clear()
        for index, word in enumerate(shown.words):
            if not word.note:
                self.word_picker.addItem(f"{word.typed}  →  {word.output}", index)
        position = self.word_picker.findData(previous)
        self.word_picker.setCurrentIndex(position if position >= 0 else 0)
        self.word_picker.blockSignals(False)
        self._refresh_alignment()

    def _refresh_alignment(self) -> None:
        translation = self.translations[self.current_slot]
        index = self.word_picker.currentData()
        if translation is None or index is None:
            self.alignment_view.show_message("Type a word to see where the attention looks.")
            return
        word = translation.words[index]
        if word.attention is None:
            self.alignment_view.show_message(
                "No alignment to show: the model without attention reads the whole word into one state "
                "vector and writes from it, so no output character looks at any particular source character. "
                "Turn Attention on to see the alignment.")
            return
        self.alignment_view.show_alignment(word.source, word.output.lower(), word.attention)

    def _on_attention_toggle_toggled(self, _checked: bool) -> None:
        self.retranslate()

    def _on_word_picker_current_index_changed(self, _index: int) -> None:
        self._refresh_alignment()

    def _update_model_label(self) -> None:
        parts = []
        for slot, title in ((ATTENTION, "With attention"), (PLAIN, "Without")):
            model = self.models[slot]
            if model is None:
                parts.append(f"{title}: {self.model_origins[slot] or 'not loaded'}")
                continue
            accuracy = model.evaluation.get("accuracy")
            figure = f", {accuracy:.1%} held-out" if isinstance(accuracy, float) else ""
            unsaved = " (unsaved)" if slot in self.unsaved else ""
            parts.append(f"{title}: {self.model_origins[slot]} {model.attention}{figure}{unsaved}")
        self.model_label.setText(" · ".join(parts))

    def _show_status(self, text: str) -> None:
        self.translation_view.setPlainText("")
        self.translation_view.setPlaceholderText(text)

    # ----- retraining
    def _on_train_button_clicked(self) -> None:
        from rnnlab.engine.params import validate
        from rnnlab.engine.translate.training import TranslatorTraining

        try:
            job = TranslatorTraining(validate(self.params.config()))
        except EngineError as exc:
            QMessageBox.warning(self, "Cannot start training", str(exc))
            return
        self.runner.start(job)

    def _on_runner_started(self) -> None:
        self.report_export.set_run(None)
        self.loss_points.clear()
        self.accuracy_points.clear()
        self.loss_curve.setData([], [])
        self.accuracy_curve.setData([], [])

    def _on_runner_progress(self, events: list) -> None:
        for event in events:
            if getattr(event, "loss", None) is not None:
                self.loss_points.append((event.epoch, max(event.loss, 1e-6)))
            if getattr(event, "accuracy", None) is not None:
                self.accuracy_points.append((event.epoch, 100.0 * event.accuracy))
        if self.loss_points:
            xs, ys = zip(*self.loss_points)
            self.loss_curve.setData(xs, ys)
        if self.accuracy_points:
            xs, ys = zip(*self.accuracy_points)
            self.accuracy_curve.setData(xs, ys)

    def _on_runner_finished(self, result) -> None:
        from rnnlab.engine.report.translate_report import translator_report

        slot = PLAIN if result.translator.attention == "none" else ATTENTION
        self.models[slot] = result.translator
        self.model_origins[slot] = "retrained"
        self.unsaved.add(slot)
        self.report_export.set_run(partial(translator_report, result), f"translator-{result.translator.attention}-report")
        self.attention_toggle.setChecked(slot == ATTENTION)
        self._update_model_label()
        self.retranslate()

    def _on_runner_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Training stopped", message)

    # ----- files
    def _on_save_action_triggered(self) -> None:
        slot = self.current_slot
        model = self.models[slot]
        if model is None:
            QMessageBox.information(self, "Nothing to save", "There is no model to save yet.")
            return
        from rnnlab.gui.settings import models_folder

        path, _ = QFileDialog.getSaveFileName(self, "Save translator model",
                                              str(models_folder() / f"translator_{model.attention}.pt"),
                                              "RNN Lab models (*.pt)")
        if not path:
            return
        try:
            model.save(path)
        except (OSError, EngineError) as exc:
            QMessageBox.warning(self, "Could not save the model", f"{Path(path).name}: {exc}")
            return
        self.unsaved.discard(slot)
        self._update_model_label()

    def _on_load_action_triggered(self) -> None:
        from rnnlab.gui.settings import models_folder

        path, _ = QFileDialog.getOpenFileName(self, "Load translator model", str(models_folder()),
                                              "RNN Lab models (*.pt);;All files (*)")
        if path:
            self.load_model(Path(path))

    def load_model(self, path: Path) -> bool:
        """Load a translator file into the slot of its kind; a bad file gets a dialog and changes nothing."""
        from rnnlab.engine.translate.translator import Translator

        try:
            model = Translator.load(path)
        except EngineError as exc:
            QMessageBox.warning(self, "Could not load the model", str(exc))
            return False
        slot = PLAIN if model.attention == "none" else ATTENTION
        self.models[slot] = model
        self.model_origins[slot] = f"loaded from {path.name},"
        self.unsaved.discard(slot)
        self.attention_toggle.setChecked(slot == ATTENTION)
        self._update_model_label()
        self.retranslate()
        return True

    def _on_export_button_clicked(self) -> None:
        if not self.alignment_view.showing_plot:
            QMessageBox.information(self, "Nothing to export", "There is no alignment matrix on screen to export.")
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export alignment", "alignment.png", "PNG images (*.png)")
        if not path:
            return
        try:
            self.alignment_view.export_png(path)
        except (OSError, EngineError) as exc:
            QMessageBox.warning(self, "Could not export", str(exc))
