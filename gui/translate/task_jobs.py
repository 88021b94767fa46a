"""The background jobs that put the pad in a task (they run no Qt code): the shipped Pig Latin models, the bundled date example
(its pairs and its model), a person's pairs file read as its author meant, or a model file (with the date pairs
when it is a model of the date task).

Each job returns a ``TaskChange`` and changes nothing itself: the tab applies it (after asking about unsaved models)
on the GUI thread. Reading and splitting 20,000 pairs, and loading a model, stay off the GUI thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rnnlab.engine.errors import EngineError
from rnnlab.engine.jobs import CancelToken, Job, ProgressFn
from rnnlab.engine.translate.pairs import PairsData
from rnnlab.engine.translate.session import ATTENTION, PLAIN, LoadedModel, LoadedModels, load_shipped_models
from rnnlab.engine.translate.task import SequenceTask
from rnnlab.gui.translate.task_picker import CUSTOM, DATES, PIG_LATIN

PIG_LATIN_EXAMPLE = "The air conditioning is working."
EXAMPLE_LINES = 5
DATES_FOLDER = "dates"
DATES_PAIRS = "date_pairs.tsv"
DATES_MODEL = "translator_attention.pt"
NOT_TRAINED = "none trained yet"


@dataclass
class TaskChange:
    """What switching the pad to a task needs: which picker entry, the task's pairs (None for Pig Latin), the models
    that come with it (and why the others do not), the example text for the pad, and the person's pairs file the
    pairs were read from (None for a built-in task)."""

    key: str
    data: PairsData | None
    models: LoadedModels = field(default_factory=LoadedModels)
    example: str = ""
    pairs_file: Path | None = None


def never_trained_share(valid_fraction: float, models: Iterable[object]) -> float:
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
    return TaskChange(PIG_LATIN, None, load_shipped_models(progress, cancel), PIG_LATIN_EXAMPLE)


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
        return TaskChange(DATES, data, models, example_text(data, share))

    return load


def pairs_file_job(path: str | os.PathLike, valid_fraction: float) -> Job:
    """A job reading a person's pairs file (InputError with the reason if it cannot be used as meant); the task
    comes without models until Retrain trains one."""
    path = Path(path)

    def read(progress: ProgressFn, cancel: CancelToken) -> TaskChange:
        from rnnlab.engine.translate.pairs import read_pairs

        data = read_pairs(path)
        models = LoadedModels(problems={ATTENTION: NOT_TRAINED, PLAIN: NOT_TRAINED})
        return TaskChange(CUSTOM, data, models, example_text(data, valid_fraction), pairs_file=path)

    return read


@dataclass
class ModelFile:
    """A model read from a file, and the bundled date pairs when the model is of the date task (else None)."""

    loaded: LoadedModel
    dates: PairsData | None = None
    example: str = ""


def model_file_job(load: Job, valid_fraction: float) -> Job:
    """A job running ``load`` (a session's ``load_job``) and, for a model of a line task, reading the bundled date
    pairs to see whether it is the date task (20,000 pairs: about 0.1 s), so that a saved date model comes back
    with its pairs: expected outputs, examples and Retrain."""

    def run(progress: ProgressFn, cancel: CancelToken) -> ModelFile:
        loaded = load(progress, cancel)
        dates = _date_pairs_of(loaded.translator.task)
        share = never_trained_share(valid_fraction, [loaded.translator])
        return ModelFile(loaded, dates, example_text(dates, share) if dates is not None else "")

    return run


def _date_pairs_of(task: SequenceTask) -> PairsData | None:
    if task.splitting != "lines":
        return None
    from rnnlab.engine.resources import resource_path
    from rnnlab.engine.translate.pairs import read_pairs

    try:
        data = read_pairs(resource_path(DATES_FOLDER, DATES_PAIRS), task.title)
    except EngineError:
        return None
    return data if data.task == task else None
