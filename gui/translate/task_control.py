"""Which task the pad is in, and switching it: the task picker's requests, the question before unsaved models are
replaced, the pairs file read in the background, and what the pad shows about its task.

A switch goes: request (the picker, or a model file of another task) -> refused while a retraining runs (its model
would belong to the task the pad left) -> "discard the unsaved model?" when one would be replaced -> a background
job on the control's own ``JobRunner`` (the shipped models, the date example, or a pairs file, which may be refused
with the reason: then nothing changes) -> applied to the session on the GUI thread, and ``task_changed`` emitted.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rnnlab.engine.jobs import Job
from rnnlab.engine.plural import plural
from rnnlab.engine.translate.pairs import PairsData
from rnnlab.engine.translate.session import SLOTS, TranslationSession
from rnnlab.engine.translate.task import PIG_LATIN, SequenceTask
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.translate.pad import PIG_LATIN_WORDING, PadView, TaskWording
from rnnlab.gui.translate.task_jobs import (
    ModelFile,
    TaskChange,
    dates_example_job,
    example_text,
    never_trained_share,
    pairs_file_job,
    pig_latin_task,
)
from rnnlab.gui.translate.task_picker import BUILT_IN_TITLES, CUSTOM, DATES, PIG_LATIN as PIG_LATIN_KEY
from rnnlab.gui.widgets.param_form import ParamForm
from rnnlab.gui.widgets.user_text import auto_literal

log = logging.getLogger("rnnlab")

DATES_TITLE = BUILT_IN_TITLES[DATES].removesuffix(" (example)")
_FRACTION_FIELD = "valid_fraction"
PAIRS_FILE_FILTER = "Pairs files (*.tsv *.txt *.csv);;All files (*)"


def file_stem(task: SequenceTask) -> str:
    """A file-name stem for a task's models: ``translator`` for Pig Latin, else the task's title in lower case."""
    if task.is_pig_latin:
        return "translator"
    return re.sub(r"[^a-z0-9]+", "_", task.title.lower()).strip("_")[:40] or "translator"


class TaskControl(QObject):
    """Keeps the pad's picker, wording, task notes and held-out-share control in step with the session's task.
    Signal: ``task_changed`` (the session is in a new task; the tab translates the example text)."""

    task_changed = Signal()

    def __init__(self, parent: QWidget, session: TranslationSession, pad: PadView, params: ParamForm,
                 training_runner: JobRunner) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session = session
        self.pad = pad
        self.params = params
        self.training_runner = training_runner
        self.runner = JobRunner(self)
        self.info_label = pad.task_info_label
        self._known_data: dict[SequenceTask, PairsData] = {}
        self._pairs_files: dict[SequenceTask, Path] = {}
        self._dates_task: SequenceTask | None = None
        self._folder = ""
        self._fraction_tooltip = params.controls[_FRACTION_FIELD].toolTip()
        self.pad.task_picker.task_requested.connect(self._on_task_picker_task_requested)
        self.pad.task_picker.pairs_file_requested.connect(self._on_task_picker_pairs_file_requested)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.params.changed.connect(self.show_task_info)
        self._show_task()

    @property
    def busy(self) -> bool:
        """True while a task is being read in the background."""
        return self.runner.busy

    # ----- asking first
    def may_replace(self, slots: tuple[str, ...] | set[str], new_task: bool) -> bool:
        """True if the models in ``slots`` may be replaced now: never while a retraining runs and the task changes
        (its model would belong to the task the pad left); after a yes when one of them is trained and unsaved."""
        if new_task and self.training_runner.busy:
            QMessageBox.information(self._parent, "A retraining is running",
                                    "The pad cannot change its task while a retraining runs: its model would belong "
                                    "to the task the pad left. Wait for it to finish, or Cancel it, and try again.")
            return False
        unsaved = sorted(set(slots) & self.session.unsaved)
        if not unsaved:
            return True
        answer = QMessageBox.question(
            self._parent, "Replace an unsaved model?",
            f"The retrained {' and '.join(unsaved)} model {'is' if len(unsaved) == 1 else 'are'} not saved and would "
            "be lost.\n\nSave it first with File -> Save translator model. Discard it and go on?",
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
        path, _ = QFileDialog.getOpenFileName(self._parent, "Open a pairs file", self._folder, PAIRS_FILE_FILTER)
        if path:
            self._folder = str(Path(path).parent)
            self.open_pairs_file(Path(path))

    @property
    def pairs_file(self) -> Path | None:
        """The person's pairs file of the pad's task (None for a built-in task): an input the tab's saves refuse."""
        return self._pairs_files.get(self.session.task)

    def open_pairs_file(self, path: Path) -> bool:
        """Read ``path`` in the background and, if it is a usable pairs file, put the pad in its task (asking first
        if that would replace an unsaved model); False if another task is still being read."""
        return self._start(pairs_file_job(path, self.held_out_fraction()))

    def _start(self, job: Job) -> bool:
        if self.runner.start(job):
            return True
        QMessageBox.information(self._parent, "Still opening a task", "The pad is still opening the task picked "
                                "before; try again in a moment.")
        return False

    def _on_runner_finished(self, change: TaskChange) -> None:
        data = change.data
        task = data.task if data is not None else PIG_LATIN
        same_task = task == self.session.task
        if change.key == CUSTOM and not self.may_replace(() if same_task else SLOTS, new_task=not same_task):
            return  # a pairs file's task is known only now; a built-in task was asked about before it was loaded
        if data is not None:
            self._known_data[task] = data
        if change.pairs_file is not None:
            self._pairs_files[task] = change.pairs_file
            for note in data.notes:
                log.info("%s: %s", data.source_name, note)
        if change.key == DATES:
            self._dates_task = task
        kept = self._models_in_pad() if same_task else []
        self.session.set_task(task, data)
        for model, origin, unsaved in kept:
            self.session.use(model, origin, unsaved)
        self.session.use_shipped(change.models)
        self._show_task()
        self.pad.source_edit.setPlainText(change.example)
        self.task_changed.emit()

    def _models_in_pad(self) -> list[tuple[object, str, bool]]:
        """(model, origin, unsaved) of each model in the pad: they stay when the pairs of their own task arrive
        (a model file loaded first, then its pairs file)."""
        return [(self.session.models[slot], self.session.origins[slot], slot in self.session.unsaved)
                for slot in SLOTS if self.session.models[slot] is not None]

    def _on_runner_failed(self, message: str) -> None:
        QMessageBox.warning(self._parent, "Could not open the task", auto_literal(message))

    def enter_task_of(self, model_file: ModelFile) -> None:
        """Put the session in the task of the model read from a file (with its pairs if the pad has read them or
        they are the bundled date pairs, and then their example text) before the model goes in; nothing happens
        for the pad's own task."""
        task = model_file.loaded.translator.task
        if model_file.dates is not None:
            self._dates_task = task
            self._known_data.setdefault(task, model_file.dates)
        if task == self.session.task:
            return
        data = self._known_data.get(task)
        self.session.set_task(task, data)
        self._show_task()
        example = model_file.example or example_text(data, self.held_out_fraction()) if data is not None else ""
        self.pad.source_edit.setPlainText(example)  # the old task's text is not this task's input

    # ----- showing the task
    def wording(self) -> TaskWording:
        """How the pad speaks of the session's task."""
        task = self.session.task
        if task.is_pig_latin:
            return PIG_LATIN_WORDING
        title = DATES_TITLE if task == self._dates_task else task.title
        return TaskWording(title)

    def _show_task(self) -> None:
        task = self.session.task
        if task.is_pig_latin:
            self.pad.task_picker.show_task(PIG_LATIN_KEY)
        elif task == self._dates_task:
            self.pad.task_picker.show_task(DATES)
        else:
            self.pad.task_picker.show_task(CUSTOM, task.title)
        self.pad.set_wording(self.wording())
        fraction = self.params.controls[_FRACTION_FIELD]
        fraction.setEnabled(not task.is_pig_latin)
        self.show_task_info()

    def show_task_info(self) -> None:
        """Say under the picker where the task's pairs come from, how many are held out (never trained on by the
        models in the pad nor by the next retraining) and what reading them skipped."""
        task, data = self.session.task, self.session.data
        fraction = self.params.controls[_FRACTION_FIELD]
        if task.is_pig_latin:
            self.info_label.setVisible(False)
            fraction.setToolTip("Pig Latin has its own held-out words (resources/piglatin/valid_words.txt), never "
                                "trained on; this share applies to a task of pairs.")
            return
        fraction.setToolTip(self._fraction_tooltip)
        if data is None:
            text = (f"“{task.title}” comes from a model file: its pairs are not known, so no output can be checked "
                    "and Retrain has nothing to learn from. Open its pairs file (From a pairs file…) for both.")
        else:
            held = data.held_out_count(self.held_out_fraction())
            text = (f"{data.source_name}: {plural(len(data.pairs), 'pair')}, {held:,} held out and never trained on, "
                    f"{plural(len(task.characters), 'character')}, sources of up to {task.max_source_length}. "
                    + " ".join(data.notes))
        self.info_label.setText(text.strip())
        self.info_label.setVisible(True)

    def held_out_fraction(self) -> float:
        """The held-out share no model in the pad was trained on (``never_trained_share`` of the form's share)."""
        models = [model for model in self.session.models.values() if model is not None]
        return never_trained_share(float(self.params.controls[_FRACTION_FIELD].value()), models)
