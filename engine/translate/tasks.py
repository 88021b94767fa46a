"""The pad's tasks without Qt: the background jobs that put the pad in a task (the shipped Pig Latin models, the
bundled date example with its pairs and model, a person's pairs file read as its author meant, or a model file with
the date pairs when it is a model of the date task), and ``PadTasks``, what the pad remembers of the tasks it has
been in and how a new one enters the session.

Each job returns a ``TaskChange`` (or a ``ModelFile``) and changes nothing itself: the tab applies it (after asking
about unsaved models) on the GUI thread. Reading and splitting 20,000 pairs, and loading a model, stay off it.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from rnnlab.engine.errors import EngineError
from rnnlab.engine.jobs import CancelToken, Job, ProgressFn
from rnnlab.engine.plural import plural
from rnnlab.engine.translate.pairs import PairsData
from rnnlab.engine.translate.session import (
    ATTENTION,
    PLAIN,
    SLOTS,
    LoadedModel,
    LoadedModels,
    TranslationSession,
    load_shipped_models,
)
from rnnlab.engine.translate.task import PIG_LATIN, SequenceTask

if TYPE_CHECKING:
    from rnnlab.engine.translate.translator import Translator

log = logging.getLogger("rnnlab")

PIG_LATIN_KEY, DATES_KEY, CUSTOM_KEY = "piglatin", "dates", "custom"
"""The pad's kinds of task (the task picker's entries): Pig Latin, the date example, a task of the person's own."""
TASK_TITLES = {PIG_LATIN_KEY: "English -> Pig Latin (words)", DATES_KEY: "Human dates -> ISO 8601 (example)"}
DATES_TITLE = TASK_TITLES[DATES_KEY].removesuffix(" (example)")
PIG_LATIN_EXAMPLE = "The air conditioning is working."
EXAMPLE_LINES = 5
DATES_FOLDER = "dates"
DATES_PAIRS = "date_pairs.tsv"
DATES_MODEL = "translator_attention.pt"
NOT_TRAINED = "none trained yet"


@dataclass
class TaskChange:
    """What switching the pad to a task needs: its kind (``PIG_LATIN_KEY``...), the task's pairs (None for Pig Latin),
    the models that come with it (and why the others do not), the example text for the pad, and the person's pairs
    file the pairs were read from (None for a built-in task)."""

    key: str
    data: PairsData | None
    models: LoadedModels = field(default_factory=LoadedModels)
    example: str = ""
    pairs_file: Path | None = None

    @property
    def task(self) -> SequenceTask:
        """The task the pad switches to."""
        return self.data.task if self.data is not None else PIG_LATIN


@dataclass
class ModelFile:
    """A model read from a file, and the bundled date pairs when the model is of the date task (else None)."""

    loaded: LoadedModel
    dates: PairsData | None = None
    example: str = ""


def file_stem(task: SequenceTask) -> str:
    """A file-name stem for a task's models: ``translator`` for Pig Latin, else the task's title in lower case."""
    if task.is_pig_latin:
        return "translator"
    return re.sub(r"[^a-z0-9]+", "_", task.title.lower()).strip("_")[:40] or "translator"


def never_trained_share(valid_fraction: float, models: Iterable[Translator]) -> float:
    """The smallest of ``valid_fraction`` (the retraining form's) and the held-out shares ``models`` were trained
    with: a larger share holds out every pair a smaller one does, so the pairs it holds out were never trained on by
    any of them (nor by the next retraining)."""
    return min([valid_fraction, *(model.config.valid_fraction for model in models)])


def example_text(data: PairsData, valid_fraction: float, count: int = EXAMPLE_LINES) -> str:
    """A few held-out sources of ``data``, one a line: what the pad shows for a task of pairs (sources the
    models were never trained on, each with its expected output in the comparison)."""
    _train, held_out = data.split(valid_fraction)
    return "\n".join(source for source, _target in held_out[:count])


def pig_latin_task(progress: ProgressFn, cancel: CancelToken) -> TaskChange:
    """The job putting the pad back in English -> Pig Latin with the shipped models."""
    return TaskChange(PIG_LATIN_KEY, None, load_shipped_models(progress, cancel), PIG_LATIN_EXAMPLE)


def dates_example_job(valid_fraction: float) -> Job:
    """A job reading the bundled date pairs and the shipped date model (with attention only; a missing or
    mismatched model is reported, the pairs still come): the pad's second example."""

    def load(progress: ProgressFn, cancel: CancelToken) -> TaskChange:
        from rnnlab.engine.resources import resource_path
        from rnnlab.engine.translate.pairs import read_pairs
        from rnnlab.engine.translate.translator import Translator

        models = LoadedModels(problems={PLAIN: "none shipped for dates"})
        model = None
        try:
            model = Translator.load(resource_path(DATES_FOLDER, DATES_MODEL))
        except EngineError as exc:
            models.problems[ATTENTION] = str(exc)
        cancel.raise_if_cancelled()
        data = read_pairs(resource_path(DATES_FOLDER, DATES_PAIRS), model.task.title if model is not None else None)
        if model is not None and model.task != data.task:
            models.problems[ATTENTION] = "the shipped date model was trained on other pairs than the shipped ones"
        elif model is not None:
            models.models[ATTENTION] = model
        share = never_trained_share(valid_fraction, models.models.values())
        return TaskChange(DATES_KEY, data, models, example_text(data, share))

    return load


def pairs_file_job(path: str | os.PathLike[str], valid_fraction: float) -> Job:
    """A job reading a person's pairs file (InputError with the reason if it cannot be used as meant); the task
    comes without models until Retrain trains one."""
    path = Path(path)

    def read(progress: ProgressFn, cancel: CancelToken) -> TaskChange:
        from rnnlab.engine.translate.pairs import read_pairs

        data = read_pairs(path)
        models = LoadedModels(problems={ATTENTION: NOT_TRAINED, PLAIN: NOT_TRAINED})
        return TaskChange(CUSTOM_KEY, data, models, example_text(data, valid_fraction), pairs_file=path)

    return read


def model_file_job(load: Job, valid_fraction: float) -> Job:
    """A job running ``load`` (a session's ``load_job``) and, for a model of a line task, reading the bundled date
    pairs to see whether it is the date task (in the job, off the window's thread), so that a saved date model
    comes back with its pairs: expected outputs, examples and Retrain."""

    def run(progress: ProgressFn, cancel: CancelToken) -> ModelFile:
        loaded = load(progress, cancel)
        dates = date_pairs_of(loaded.translator.task)
        share = never_trained_share(valid_fraction, [loaded.translator])
        return ModelFile(loaded, dates, example_text(dates, share) if dates is not None else "")

    return run


def date_pairs_of(task: SequenceTask) -> PairsData | None:
    """The bundled date pairs when ``task`` is the date task (a model of it comes with no pairs of its own), else
    None."""
    if task.splitting != "lines":
        return None
    from rnnlab.engine.resources import resource_path
    from rnnlab.engine.translate.pairs import read_pairs

    try:
        data = read_pairs(resource_path(DATES_FOLDER, DATES_PAIRS), task.title)
    except EngineError:
        return None
    return data if data.task == task else None


class PadTasks:
    """What the pad remembers of the tasks it has been in (their pairs, the person's pairs file of each, which one
    is the date example) and how a task enters its ``session``."""

    def __init__(self, session: TranslationSession) -> None:
        self.session = session
        self._known_data: dict[SequenceTask, PairsData] = {}
        self._pairs_files: dict[SequenceTask, Path] = {}
        self._dates_task: SequenceTask | None = None

    @property
    def pairs_file(self) -> Path | None:
        """The person's pairs file of the pad's task (None for a built-in task): an input the tab's saves refuse."""
        return self._pairs_files.get(self.session.task)

    def key(self) -> str:
        """The kind of the pad's task: ``PIG_LATIN_KEY``, ``DATES_KEY`` or ``CUSTOM_KEY``."""
        task = self.session.task
        if task.is_pig_latin:
            return PIG_LATIN_KEY
        return DATES_KEY if task == self._dates_task else CUSTOM_KEY

    def title(self) -> str:
        """The pad's task as the pad names it."""
        return DATES_TITLE if self.key() == DATES_KEY else self.session.task.title

    def enter(self, change: TaskChange) -> None:
        """Put the session in the task of ``change`` with its pairs and models; the models already in the pad stay
        when the change brings the pairs of their own task (a model file loaded first, then its pairs file)."""
        task, data = change.task, change.data
        if data is not None:
            self._known_data[task] = data
            if change.pairs_file is not None:
                self._pairs_files[task] = change.pairs_file
                for note in data.notes:
                    log.info("%s: %s", data.source_name, note)
        if change.key == DATES_KEY:
            self._dates_task = task
        session = self.session
        kept = ([(model, session.origins[slot], slot in session.unsaved)
                 for slot in SLOTS if (model := session.models[slot]) is not None] if task == session.task else [])
        session.set_task(task, data)
        for model, origin, unsaved in kept:
            session.use(model, origin, unsaved)
        session.use_shipped(change.models)

    def enter_task_of(self, model_file: ModelFile, form_fraction: float) -> str | None:
        """Put the session in the task of a model read from a file (with its pairs if the pad has read them or they
        are the bundled date pairs) before the model goes in; returns the example text for the pad (empty without
        pairs), or None for the pad's own task (nothing changes)."""
        task = model_file.loaded.translator.task
        if model_file.dates is not None:
            self._dates_task = task
            self._known_data.setdefault(task, model_file.dates)
        if task == self.session.task:
            return None
        data = self._known_data.get(task)
        self.session.set_task(task, data)
        if data is None:
            return ""
        return model_file.example or example_text(data, self.held_out_fraction(form_fraction))

    def held_out_fraction(self, form_fraction: float) -> float:
        """The held-out share no model in the pad was trained on (``never_trained_share`` of the form's share)."""
        return never_trained_share(form_fraction, [m for m in self.session.models.values() if m is not None])

    def info(self, form_fraction: float) -> str:
        """Where the task's pairs come from, how many are held out (never trained on by the models in the pad nor by
        the next retraining) and what reading them skipped; empty for Pig Latin."""
        task, data = self.session.task, self.session.data
        if task.is_pig_latin:
            return ""
        if data is None:
            return (f"“{task.title}” comes from a model file: its pairs are not known, so no output can be checked "
                    "and Retrain has nothing to learn from. Open its pairs file (From a pairs file…) for both.")
        held = data.held_out_count(self.held_out_fraction(form_fraction))
        return (f"{data.source_name}: {plural(len(data.pairs), 'pair')}, {held:,} held out and never trained on, "
                f"{plural(len(task.characters), 'character')}, sources of up to {task.max_source_length}. "
                + " ".join(data.notes)).strip()
