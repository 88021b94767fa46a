"""The Translation pad tab: any character task as you type (English -> Pig Latin word by word, the date example
or a person's pairs line by line), with and without attention, and its alignments.

The tab wires its widgets to a Qt-free ``TranslationSession`` (the task, the two models, their origins, the
unsaved ones, the latest translation); ``TaskControl`` switches the task. Nothing slow runs in the GUI thread:
after each typing pause the text goes to a background translation job (the newest request wins: a running one
is cancelled and a stale result is dropped), tasks are read, models load and files (models, alignment PNGs)
are written in background jobs, and retraining runs in a job process (``engine.job_process``), which
keeps its Python work off the window's interpreter lock. Torch is imported only after the engine is ready.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.errors import EngineError
from rnnlab.engine.job_process import InJobProcess, prestart
from rnnlab.engine.jobs import FileWritten, Job
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.lab import TRANSLATOR, TranslatorRun
from rnnlab.engine.translate.session import (
    ATTENTION,
    SLOTS,
    LoadedModels,
    PadTranslation,
    TranslationSession,
    slot_for,
)
from rnnlab.engine.translate.tasks import PIG_LATIN_EXAMPLE, ModelFile, file_stem, model_file_job
from rnnlab.engine.translations import Message, translatable
from rnnlab.gui.i18n import engine_text, filled, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab, SelfTestCheck
from rnnlab.gui.translate.alignment_panel import AlignmentPanel
from rnnlab.gui.translate.diagnosing import Diagnosing
from rnnlab.gui.translate.pad import PadView
from rnnlab.gui.translate.retrain_panel import RetrainPanel
from rnnlab.gui.translate.rule_help import RuleHelpDialog
from rnnlab.gui.translate.task_control import TaskControl
from rnnlab.gui.widgets.report_export import ReportExport
from rnnlab.gui.widgets.run_controls import format_duration
from rnnlab.gui.widgets.save_dialog import ask_save_path
from rnnlab.gui.widgets.user_text import auto_literal

if TYPE_CHECKING:
    from rnnlab.engine.translate.pairs import PairsData
    from rnnlab.engine.translate.training import TranslatorResult

log = logging.getLogger("rnnlab")

TYPING_PAUSE_MS = 150


class TranslationTab(LabTab):
    """The translation pad: the pad, the side-by-side comparison, the alignment heatmap and retraining (``params``:
    the retraining's settings)."""

    engine_modules = ("rnnlab.engine.translate.pretrained", "rnnlab.engine.translate.text",
                      "rnnlab.engine.translate.training", "rnnlab.engine.translate.translator")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationTab")
        self.session = TranslationSession()
        self.runner = JobRunner(self)
        self.pad_runner = JobRunner(self)
        self.model_runner = JobRunner(self)
        self.file_runner = JobRunner(self)
        self._translation_wanted = False
        self._engine_ready = False
        self._shipped_requested = False
        self.pad = PadView()
        self.alignment_panel = AlignmentPanel()
        self.alignment_view, self.export_button = self.alignment_panel.view, self.alignment_panel.export_button
        self.retrain_panel = RetrainPanel(self.runner)
        self.params = self.retrain_panel.params
        self.run_controls = self.retrain_panel.run_controls
        self.rule_help = RuleHelpDialog(self)
        self.task_control = TaskControl(self, self.session, self.pad)
        self.diagnosing = Diagnosing(self, self.session, self.task_control)
        self._layout_columns()
        self._build_actions()
        self._typing_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing_timer.timeout.connect(self.request_translation)
        self.pad.source_edit.textChanged.connect(self._typing_timer.start)
        self.pad.attention_toggle.toggled.connect(self._on_attention_toggle_toggled)
        self.pad.decoding.changed.connect(self.request_translation)
        self.pad.word_picker.currentIndexChanged.connect(self._on_word_picker_current_index_changed)
        self.pad.rule_button.clicked.connect(self.rule_help.show)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.pad_runner.failed.connect(self._on_pad_runner_failed)
        self.pad_runner.idle.connect(self._on_pad_runner_idle)
        self.model_runner.failed.connect(self._on_model_runner_failed)
        self.file_runner.failed.connect(self._on_file_runner_failed)
        self.runner.started.connect(self._on_runner_started)
        self.runner.progress.connect(self.retrain_panel.add_events)
        self.runner.failed.connect(self._on_runner_failed)
        self.task_control.task_changed.connect(self._on_task_control_task_changed)
        self.run_controls.train_button.clicked.connect(self._on_train_button_clicked)
        self.pad.source_edit.setPlainText(PIG_LATIN_EXAMPLE)
        self.pad.show_status(translate("translate.tab", "Loading the models…"))

    def _layout_columns(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.alignment_panel)
        lower = QTabWidget(objectName="translatorLowerTabs")
        lower.addTab(self.retrain_panel, translate("translate.tab", "Retrain"))
        lower.addTab(self.diagnosing.scroll_area(), translate("translate.tab", "Diagnose"))
        self.lower_tabs = lower
        right.addWidget(lower)
        right.setSizes([320, 480])
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(self.pad)
        columns.addWidget(right)
        columns.setStretchFactor(0, 5)
        columns.setStretchFactor(1, 6)
        columns.setSizes([600, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(columns)

    def _build_actions(self) -> None:
        self.save_action = QAction(translate("translate.tab", "Save translator model…"), self,
                                   objectName="saveTranslatorAction")
        self.save_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.save_action.setToolTip(translate("translate.tab", "Save the model the Attention toggle selects to a "
                                                               "file."))
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.load_action = QAction(translate("translate.tab", "Load translator model…"), self,
                                   objectName="loadTranslatorAction")
        self.load_action.setShortcut(QKeySequence("Ctrl+Alt+O"))
        self.load_action.setToolTip(translate("translate.tab", "Load a translator model saved by RNN Lab; it "
                                                               "replaces the pad's model of its kind."))
        self.load_action.triggered.connect(self._on_load_action_triggered)
        self.export_action = QAction(translate("translate.tab", "Export alignment PNG…"), self,
                                     objectName="exportAlignmentAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Alt+E"))
        self.export_action.triggered.connect(self._on_export_button_clicked)
        for action in (self.save_action, self.load_action):
            action.setEnabled(False)
        self.report_export = ReportExport(self, "exportTranslatorReportAction",
                                          self.retrain_panel.run_controls.status_label, "translator")

    # ----- tab contract
    def menu_actions(self) -> list[QAction]:
        """Save and load translator models, export the alignment: the tab's entries of the File menu."""
        return [self.save_action, self.load_action, self.export_action, self.report_export.action,
                self.diagnosing.export.action]

    def on_engine_ready(self) -> None:
        """Enable training, and load the shipped models in the background as soon as the pad is on show."""
        self.retrain_panel.run_controls.set_engine_ready()
        self._engine_ready = True
        self._load_shipped_models_when_shown()

    def _load_shipped_models_when_shown(self) -> None:
        """Load the shipped models once, and only while the pad is on show: loading (and the first model build's
        one-off imports) stalls the event loop now and then, which must not happen while another tab trains."""
        from rnnlab.engine.translate.session import load_shipped_models

        if self._engine_ready and not self._shipped_requested and self.isVisible():
            self._shipped_requested = True
            self.model_runner.start(load_shipped_models, self._show_shipped_models)

    def has_unsaved_work(self) -> bool:
        """True while a model trained here has not been saved."""
        return self.session.has_unsaved_work()

    def configure_for_self_test(self) -> None:
        """The smallest useful retraining (about a second): few words, a tiny network, one epoch."""
        self.params.set_config(TranslatorConfig(
            attention="additive", hidden_size=16, embedding_size=8, epochs=1, batch_size=64, train_words=500,
            held_out_words=100))

    def self_test_checks(self) -> list[SelfTestCheck]:
        """Before its tiny training replaces the attention model: the shipped model translates the test sentence."""
        from rnnlab.gui.translate.self_check import check_translation

        return [("translate test sentence", lambda: check_translation(self))]

    @property
    def busy_translating(self) -> bool:
        """True while a translation is running or waiting to run (typing pause, newer text queued; a hidden pad
        waits until it is shown)."""
        return self._typing_timer.isActive() or self.pad_runner.busy or self._translation_wanted

    # ----- translating
    def request_translation(self) -> None:
        """Translate the pad's text in the background; a translation still running is cancelled (newest wins)."""
        self._typing_timer.stop()
        if not self.session.has_models:
            return
        self._translation_wanted = True
        if self.pad_runner.busy:
            self.pad_runner.cancel()
            return
        self._start_wanted_translation_soon()

    def _start_wanted_translation_soon(self) -> None:
        """Start the wanted translation once control is back in the event loop: a request that arrives while the
        window closes (a job ending inside its shutdown) must not start a new job behind it."""
        QTimer.singleShot(0, self, self._start_wanted_translation)

    def _start_wanted_translation(self) -> None:
        if self._translation_wanted and not self.pad_runner.busy and self.isVisible():
            self._translation_wanted = False
            self.pad_runner.start(self.session.translation_job(self.pad.source_edit.toPlainText(),
                                                               self.pad.beam_width), self._show_translation)

    def showEvent(self, event: QShowEvent) -> None:
        """Load the shipped models on the first show after the engine is ready; translate what changed while hidden."""
        super().showEvent(event)
        self._load_shipped_models_when_shown()
        self._start_wanted_translation_soon()

    def _on_pad_runner_idle(self) -> None:
        self._start_wanted_translation_soon()

    def _show_translation(self, result: PadTranslation) -> None:
        if self.session.accept(result):
            self._show_session()

    def _on_pad_runner_failed(self, message: str) -> None:
        self.pad.show_status(filled(translate("translate.tab", "Could not translate: {message}"), message=message))

    def _show_session(self) -> None:
        self.pad.show_session(self.session)
        self._refresh_alignment()

    def _refresh_alignment(self) -> None:
        translation = self.session.shown(self.pad.current_slot)
        index = self.pad.picked_word()
        unit = self.pad.wording.unit
        if translation is None or index is None:
            self.alignment_view.show_message(filled(translate("translate.tab", "Type a {unit} to see where the "
                                                                               "attention looks."),
                                                    unit=translate("Plural", unit)))
            return
        word = translation.words[index]
        if word.attention is None:
            self.alignment_view.show_message(
                filled(translate("translate.tab", "No alignment to show: the model without attention reads the "
                                                  "whole {unit} into one state vector and writes from it, so no "
                                                  "output character looks at any particular source character. Turn "
                                                  "Attention on to see the alignment."), unit=translate("Plural",
                                                                                                        unit)))
            return
        # Pig Latin's output had its capitals restored to the word as typed; the model wrote it in lower case
        output = word.output.lower() if self.session.task.is_pig_latin else word.output
        self.alignment_view.show_alignment(word.source, output, word.attention)

    def _on_attention_toggle_toggled(self, _checked: bool) -> None:
        self._show_session()

    def _on_word_picker_current_index_changed(self, _index: int) -> None:
        self._refresh_alignment()

    def _show_new_model(self, slot: str) -> None:
        self.retrain_panel.show_task(self.session.task.is_pig_latin)
        self.pad.attention_toggle.setChecked(slot == ATTENTION)
        self.pad.model_label.setText(self.session.summary())
        self.task_control.show_task_info()
        self.request_translation()

    def _on_task_control_task_changed(self) -> None:
        """The session is in a new task: clear the old task's outputs, then translate the example text, or say that
        the task has no model yet."""
        self.retrain_panel.show_task(self.session.task.is_pig_latin)
        self.diagnosing.clear()
        if self.session.has_models:
            self.pad.show_status(translate("translate.tab", "Translating…"))
            self.request_translation()
        else:
            self._typing_timer.stop()
            self.pad.show_status(translate("translate.tab", "No model for this task yet: Retrain (on the right) "
                                                            "trains one on its pairs."))
        self.pad.attention_toggle.setChecked(self.session.models[ATTENTION] is not None
                                             or not self.session.has_models)
        self._show_session()

    # ----- loading models
    def _show_shipped_models(self, loaded: LoadedModels) -> None:
        for slot, problem in loaded.problems.items():
            log.warning("Shipped translator for %s could not be loaded: %s", slot, problem)
        self.session.use_shipped(loaded)
        self.save_action.setEnabled(True)
        self.load_action.setEnabled(True)
        self.pad.model_label.setText(self.session.summary())
        self.request_translation()
        QTimer.singleShot(0, self, self._warm_up_training)

    def _warm_up_training(self) -> None:
        """Have a job process warmed up for a retraining, unless the window has closed meanwhile."""
        from rnnlab.engine.translate.training import warm_up

        if self.window().isVisible():
            prestart(warm_up)

    def _on_model_runner_failed(self, message: str) -> None:
        QMessageBox.warning(self, translate("translate.tab", "Could not load the model"), auto_literal(message))

    def _accept_loaded(self, model_file: ModelFile) -> None:
        """Put a model read from a file into the pad, in its task (asking first if unsaved models would go)."""
        translator = model_file.loaded.translator
        new_task = translator.task != self.session.task
        replaced = SLOTS if new_task else (slot_for(translator.attention),)
        if not self.task_control.may_replace(replaced, new_task):
            return
        self.task_control.enter_task_of(model_file)
        self._show_new_model(self.session.accept_loaded(model_file.loaded))

    def load_model(self, path: Path) -> bool:
        """Load a translator file in the background into the slot of its kind, putting the pad in the model's task;
        a bad file gets a dialog and changes nothing. False if another model is still loading."""
        return self.model_runner.start(model_file_job(self.session.load_job(path),
                                                      self.task_control.held_out_fraction()), self._accept_loaded)

    # ----- retraining
    def current_run(self) -> TranslatorRun | None:
        """Retraining's run: the form's settings on the pad's task (its pairs file, or Pig Latin's shipped words);
        None for a task that came from a model file without its pairs."""
        if not self.session.task.is_pig_latin and self.session.data is None:
            return None
        return TranslatorRun.on(self.params.config(), self.session.data)

    def _on_train_button_clicked(self) -> None:
        from rnnlab.engine.params import validate

        if self.task_control.busy:
            QMessageBox.information(self, translate("translate.tab", "Opening a task"), translate("translate.tab",
                                                                                                  "The pad is "
                                                                                                  "opening a task; "
                                                                                                  "Retrain once it "
                                                                                                  "is open."))
            return
        run = self.current_run()
        if run is None:
            QMessageBox.information(self, translate("translate.tab", "No pairs to learn from"),
                                    translate("translate.tab",
                                              "This task came from a model file, which does not hold its pairs. "
                                              "Open its pairs file (Task: From a pairs file…) to retrain."))
            return
        data = self.session.data
        try:
            validate(run.config)
            job = TRANSLATOR.job(run, data)
        except EngineError as exc:
            QMessageBox.warning(self, translate("translate.tab", "Cannot start training"),
                                auto_literal(engine_text(exc.message)))
            return
        if self.task_control.may_replace((slot_for(run.config.attention),), new_task=False):
            self.runner.start(InJobProcess(job), partial(self._show_retrained, run, data))

    def _on_runner_started(self) -> None:
        self.report_export.set_run(None)
        self.retrain_panel.start_run(self.params.config(), self.session.task.is_pig_latin)

    def _show_retrained(self, run: TranslatorRun, data: PairsData | None, result: TranslatorResult) -> None:
        retrained = Message(translatable("Engine", "retrained"))
        self._show_new_model(self.session.use(result.translator, retrained, unsaved=True))
        self.run_controls.status_label.setText(filled(translate("translate.tab", "Done in {format_duration} · "
                                                                                 "{stopped}"),
                                                      format_duration=format_duration(result.seconds),
                                                      stopped=engine_text(result.stopped)),
                                               detail=filled(translate("translate.tab", "{stopped}; kept {kept}."),
                                                             stopped=engine_text(result.stopped),
                                                             kept=engine_text(result.kept)))
        self.report_export.set_run(partial(TRANSLATOR.report, run, data, result),
                                   f"{file_stem(result.translator.task)}-{result.translator.attention}-report")

    def _on_runner_failed(self, message: str) -> None:
        QMessageBox.warning(self, translate("translate.tab", "Training stopped"), auto_literal(message))

    # ----- files
    def open_inputs(self) -> dict[str, Path]:
        """The pairs file of the pad's task, if it came from one (saves and exports refuse it)."""
        pairs = self.task_control.pairs_file
        return {"pairs file": pairs} if pairs is not None else {}

    def _on_save_action_triggered(self) -> None:
        slot = self.pad.current_slot
        model = self.session.models[slot]
        if model is None:
            QMessageBox.information(self, translate("translate.tab", "Nothing to save"),
                                    translate("translate.tab", "There is no model to save yet."))
            return
        from rnnlab.gui.settings import models_folder

        path = ask_save_path(self, translate("translate.tab", "Save translator model"),
                             str(models_folder() / f"{file_stem(model.task)}_{model.attention}.pt"),
                             translate("translate.tab", "RNN Lab models (*.pt)"))
        if not path:
            return
        self._write_in_background(self.session.save_job(slot, path), self._show_model_saved)

    def _write_in_background(self, job: Job, on_written: Callable[[FileWritten], None]) -> None:
        if not self.file_runner.start(job, on_written):
            QMessageBox.information(self, translate("translate.tab", "Still saving"),
                                    translate("translate.tab", "The previous file is still being written; try again "
                                                               "in a moment."))

    def _show_model_saved(self, written: FileWritten) -> None:
        self.session.accept_saved(written)
        self.pad.model_label.setText(self.session.summary())

    @staticmethod
    def _log_alignment_exported(written: FileWritten) -> None:
        log.info("Alignment exported to %s", written.path)

    def _on_file_runner_failed(self, message: str) -> None:
        QMessageBox.warning(self, translate("translate.tab", "Could not save"), auto_literal(message))

    def _on_load_action_triggered(self) -> None:
        from rnnlab.gui.settings import models_folder

        path, _ = QFileDialog.getOpenFileName(self, translate("translate.tab", "Load translator model"),
                                              str(models_folder()),
                                              translate("translate.tab", "RNN Lab models (*.pt);;All files (*)"))
        if path:
            self.load_model(Path(path))

    def _on_export_button_clicked(self) -> None:
        if not self.alignment_view.showing_plot:
            QMessageBox.information(self, translate("translate.tab", "Nothing to export"),
                                    translate("translate.tab", "There is no alignment matrix on screen to export."))
            return
        path = ask_save_path(self, translate("translate.tab", "Export alignment"), "alignment.png",
                             translate("translate.tab", "PNG images (*.png)"))
        if not path:
            return
        self._write_in_background(self.alignment_view.png_job(path), self._log_alignment_exported)
