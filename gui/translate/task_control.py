"""Which task the pad is in, and switching it: the task picker's requests, the question before unsaved models are
replaced, the pairs file read in the background, and what the pad shows about its task.

A switch goes: request (the picker, or a model file of another task) -> refused while a retraining runs (its model
would belong to the task the pad left) -> "discard the unsaved model?" when one would be replaced -> a background
job on the control's own ``task_runner`` (the shipped models, the date example, or a pairs file, which may be
refused with the reason: then nothing changes) -> entered into the session on the GUI thread
(``engine.translate.tasks.PadTasks``), and ``task_changed`` emitted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rnnlab.engine.jobs import Job
from rnnlab.engine.translate.session import SLOTS, TranslationSession
from rnnlab.engine.translate.tasks import (
    CUSTOM_KEY,
    PIG_LATIN_KEY,
    ModelFile,
    PadTasks,
    TaskChange,
    dates_example_job,
    pairs_file_job,
    pig_latin_task,
)
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import filled, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.translate.pad import PIG_LATIN_WORDING, PadView, TaskWording
from rnnlab.gui.widgets.user_text import auto_literal

_FRACTION_FIELD = "valid_fraction"
PAIRS_FILE_FILTER = translatable("translate.task_control", "Pairs files (*.tsv *.txt *.csv);;All files (*)")


class TaskControl(QObject):
    """Keeps the pad's picker, wording, task notes and held-out-share control in step with the session's task, for
    ``tab`` (whose ``runner`` retrains and whose ``params`` hold the held-out share). Signal: ``task_changed`` (the
    session is in a new task; the tab translates the example text)."""

    task_changed = Signal()

    def __init__(self, tab: LabTab, session: TranslationSession, pad: PadView) -> None:
        super().__init__(tab)
        self._tab = tab
        self.session = session
        self.pad = pad
        self.tasks = PadTasks(session)
        self.task_runner = JobRunner(self)
        self.info_label = pad.task_info_label
        self._folder = ""
        self._fraction = tab.params.number_box(_FRACTION_FIELD)
        self._fraction_tooltip = self._fraction.toolTip()
        self.pad.task_picker.task_requested.connect(self._on_task_picker_task_requested)
        self.pad.task_picker.pairs_file_requested.connect(self._on_task_picker_pairs_file_requested)
        self.task_runner.failed.connect(self._on_task_runner_failed)
        tab.params.changed.connect(self.show_task_info)
        self._show_task()

    @property
    def busy(self) -> bool:
        """True while a task is being read in the background."""
        return self.task_runner.busy

    # ----- asking first
    def may_replace(self, slots: tuple[str, ...] | set[str], new_task: bool) -> bool:
        """True if the models in ``slots`` may be replaced now: never while a retraining runs and the task changes
        (its model would belong to the task the pad left); after a yes when one of them is trained and unsaved."""
        if new_task and self._tab.runner.busy:
            QMessageBox.information(self._tab, translate("translate.task_control", "A retraining is running"),
                                    translate("translate.task_control", "The pad cannot change its task while a "
                                                                        "retraining runs: its model would belong to "
                                                                        "the task the pad left. Wait for it to "
                                                                        "finish, or Cancel it, and try again."))
            return False
        unsaved = sorted(set(slots) & self.session.unsaved)
        if not unsaved:
            return True
        answer = QMessageBox.question(
            self._tab, translate("translate.task_control", "Replace an unsaved model?"),
            filled(translate("translate.task_control", "The retrained {join} model {value} not saved and would be "
                                                       "lost.\n\nSave it first with File -> Save translator model. "
                                                       "Discard it and go on?"), join=' and '.join(unsaved),
                   value='is' if len(unsaved) == 1 else 'are'),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # ----- switching
    def _on_task_picker_task_requested(self, key: str) -> None:
        if not self.may_replace(SLOTS, new_task=True):
            return
        job = pig_latin_task if key == PIG_LATIN_KEY else dates_example_job(self.held_out_fraction())
        self._start(job)

    def _on_task_picker_pairs_file_requested(self) -> None:
        if not self.may_replace((), new_task=True):
            return
        path, _ = QFileDialog.getOpenFileName(self._tab, translate("translate.task_control", "Open a pairs file"),
                                              self._folder,
                                              translate("translate.task_control", PAIRS_FILE_FILTER))
        if path:
            self._folder = str(Path(path).parent)
            self.open_pairs_file(Path(path))

    @property
    def pairs_file(self) -> Path | None:
        """The person's pairs file of the pad's task (None for a built-in task): an input the tab's saves refuse."""
        return self.tasks.pairs_file

    def open_pairs_file(self, path: Path) -> bool:
        """Read ``path`` in the background and, if it is a usable pairs file, put the pad in its task (asking first
        if that would replace an unsaved model); False if another task is still being read."""
        return self._start(pairs_file_job(path, self.held_out_fraction()))

    def _start(self, job: Job) -> bool:
        if self.task_runner.start(job, self._enter):
            return True
        QMessageBox.information(self._tab, translate("translate.task_control", "Still opening a task"),
                                translate("translate.task_control",
                                          "The pad is still opening the task picked before; try again in a moment."))
        return False

    def _enter(self, change: TaskChange) -> None:
        same_task = change.task == self.session.task
        if change.key == CUSTOM_KEY and not self.may_replace(() if same_task else SLOTS, new_task=not same_task):
            return  # a pairs file's task is known only now; a built-in task was asked about before it was loaded
        self.tasks.enter(change)
        self._show_task()
        self.pad.source_edit.setPlainText(change.example)
        self.task_changed.emit()

    def _on_task_runner_failed(self, message: str) -> None:
        QMessageBox.warning(self._tab, translate("translate.task_control", "Could not open the task"),
                            auto_literal(message))

    def enter_task_of(self, model_file: ModelFile) -> None:
        """Put the session in the task of the model read from a file (with its pairs if the pad has read them or
        they are the bundled date pairs, and then their example text) before the model goes in; nothing happens
        for the pad's own task."""
        example = self.tasks.enter_task_of(model_file, self._form_fraction())
        if example is None:
            return
        self._show_task()
        self.pad.source_edit.setPlainText(example)  # the old task's text is not this task's input

    # ----- showing the task
    def wording(self) -> TaskWording:
        """How the pad speaks of the session's task."""
        return PIG_LATIN_WORDING if self.session.task.is_pig_latin else TaskWording(self.tasks.title())

    def _show_task(self) -> None:
        key = self.tasks.key()
        self.pad.task_picker.show_task(key, self.session.task.title if key == CUSTOM_KEY else "")
        self.pad.set_wording(self.wording())
        self._fraction.setEnabled(not self.session.task.is_pig_latin)
        self.show_task_info()

    def show_task_info(self) -> None:
        """Say under the picker where the task's pairs come from, how many are held out (never trained on by the
        models in the pad nor by the next retraining) and what reading them skipped."""
        if self.session.task.is_pig_latin:
            self.info_label.setVisible(False)
            self._fraction.setToolTip(translate("translate.task_control", "Pig Latin has its own held-out words "
                                                                          "(resources/piglatin/valid_words.txt), "
                                                                          "never trained on; this share applies to "
                                                                          "a task of pairs."))
            return
        self._fraction.setToolTip(self._fraction_tooltip)
        self.info_label.setText(self.tasks.info(self._form_fraction()))
        self.info_label.setVisible(True)

    def held_out_fraction(self) -> float:
        """The held-out share no model in the pad was trained on (``never_trained_share`` of the form's share)."""
        return self.tasks.held_out_fraction(self._form_fraction())

    def _form_fraction(self) -> float:
        return float(self._fraction.value())
