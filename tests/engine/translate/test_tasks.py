"""The pad's tasks without Qt: the jobs that bring a task, and how ``PadTasks`` enters one into the session."""

from __future__ import annotations

import pytest

from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.session import ATTENTION, PLAIN, LoadedModels, TranslationSession, load_shipped_models
from rnnlab.engine.translate.task import PIG_LATIN
from rnnlab.engine.translate.tasks import (
    CUSTOM_KEY,
    DATES_KEY,
    NOT_TRAINED,
    PIG_LATIN_KEY,
    PadTasks,
    TaskChange,
    dates_example_job,
    file_stem,
    pairs_file_job,
)


@pytest.fixture
def reversal(tmp_path):
    path = tmp_path / "Reverse words.tsv"
    path.write_text("".join(f"w{n:03d}x\tx{n:03d}w\n" for n in range(200)), encoding="utf-8")
    return path


def test_a_pairs_file_brings_its_task_with_no_model_and_a_held_out_example(reversal):
    change = pairs_file_job(reversal, 0.1)(ignore_progress, CancelToken())
    assert change.key == CUSTOM_KEY and change.pairs_file == reversal and change.task == change.data.task
    assert change.models.problems == {ATTENTION: NOT_TRAINED, PLAIN: NOT_TRAINED}
    _train, held_out = change.data.split(0.1)
    assert change.example.splitlines() == [source for source, _ in held_out[:5]]


def test_entering_a_task_of_pairs_then_pig_latin_again(reversal):
    session = TranslationSession()
    tasks = PadTasks(session)
    assert (tasks.key(), tasks.info(0.05), tasks.pairs_file) == (PIG_LATIN_KEY, "", None)
    tasks.enter(pairs_file_job(reversal, 0.1)(ignore_progress, CancelToken()))
    assert session.data.task == session.task and tasks.key() == CUSTOM_KEY and tasks.pairs_file == reversal
    assert tasks.title() == "Reverse words (pairs file)" and file_stem(session.task) == "reverse_words_pairs_file"
    assert tasks.info(0.1).startswith("Reverse words.tsv: 200 pairs, 20 held out and never trained on, ")
    tasks.enter(TaskChange(PIG_LATIN_KEY, None, LoadedModels()))
    assert session.task == PIG_LATIN and tasks.pairs_file is None and file_stem(PIG_LATIN) == "translator"


def test_the_pairs_of_the_pad_s_own_task_keep_its_models(reversal):
    shipped = load_shipped_models()
    session = TranslationSession()
    tasks = PadTasks(session)
    session.use(shipped.models[PLAIN], "retrained", unsaved=True)
    tasks.enter(TaskChange(PIG_LATIN_KEY, None, shipped))
    assert session.origins[PLAIN] == "retrained" and session.unsaved == {PLAIN}, "the model in the pad stays"
    assert session.origins[ATTENTION] == "shipped", "an empty slot is filled"


def test_the_date_example_is_named_as_the_example_and_held_out_share_is_the_smallest():
    change = dates_example_job(0.5)(ignore_progress, CancelToken())
    session = TranslationSession()
    tasks = PadTasks(session)
    tasks.enter(change)
    model = session.models[ATTENTION]
    assert tasks.key() == DATES_KEY and tasks.title() == "Human dates -> ISO 8601"
    assert tasks.held_out_fraction(0.5) == model.config.valid_fraction < 0.5
