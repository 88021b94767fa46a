"""The pad's Qt-free session: both models translate, the newest request wins, unsaved models are tracked."""

import copy

import pytest

from rnnlab.engine.errors import EngineError, JobCancelled
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.session import (
    ATTENTION,
    MAX_TEXT_CHARACTERS,
    PLAIN,
    TranslationSession,
    load_shipped_models,
)


@pytest.fixture(scope="module")
def shipped():
    return load_shipped_models()


@pytest.fixture
def session(shipped):
    session = TranslationSession()
    session.use_shipped(shipped)
    return session


def test_both_shipped_models_fill_their_slots(shipped, session):
    assert not shipped.problems
    assert session.models[ATTENTION].attention == "additive" and session.models[PLAIN].attention == "none"
    assert session.origins == {ATTENTION: "shipped", PLAIN: "shipped"} and not session.has_unsaved_work()
    assert session.summary().startswith("With attention: shipped additive attention, 99.")


def test_translate_keeps_both_models_translations_and_the_comparison(session):
    result = session.translate("The air, café")
    assert session.latest is result
    assert result.translations[ATTENTION].text == "Ethay airway, café"
    rows = session.comparison_rows(ATTENTION)
    assert [row[0] for row in rows] == ["The", "air"] and rows[0][2] == rows[0][3] == "Ethay"
    assert any("outside a-z" in note for note in session.notes(ATTENTION))


def test_a_stale_result_is_dropped_and_the_newest_kept(session):
    older, newer = session.translation_job("the"), session.translation_job("air")
    newer_result = newer(ignore_progress, CancelToken())
    older_result = older(ignore_progress, CancelToken())
    assert session.accept(newer_result) and not session.accept(older_result)
    assert session.latest.text == "air"


def test_a_translation_started_before_a_task_switch_is_stale(session):
    from rnnlab.engine.translate.pairs import pairs_data

    running = session.translation_job("the")
    data = pairs_data([(n, f"s{n}", f"t{n}") for n in range(120)], "numbers", "numbers.tsv")
    session.set_task(data.task, data)
    assert not session.accept(running(ignore_progress, CancelToken())) and session.latest is None


def test_a_cancelled_translation_stops(session):
    token = CancelToken()
    token.cancel()
    with pytest.raises(JobCancelled):
        session.translation_job("the air")(ignore_progress, token)


def test_long_text_is_clipped_with_a_note(session):
    session.translate("the " * (MAX_TEXT_CHARACTERS // 3))
    assert session.latest.clipped
    assert session.notes(ATTENTION)[0].startswith("Only the first 20,000 characters")


def test_a_missing_model_is_said_and_the_other_shown(shipped):
    session = TranslationSession()
    session.use(shipped.models[PLAIN], "shipped")
    session.translate("the")
    assert session.shown(ATTENTION).text == "ethay"
    assert session.notes(ATTENTION)[0].startswith("The attention model is not available")
    assert session.comparison_rows(ATTENTION) == [("the", "ethay", None, "ethay")]


def test_a_retrained_model_is_unsaved_until_saved(session, tmp_path):
    session.use(session.models[PLAIN], "retrained", unsaved=True)
    assert session.has_unsaved_work() and "(unsaved)" in session.summary()
    session.save(PLAIN, tmp_path / "plain.pt")
    assert not session.has_unsaved_work()
    loaded = session.load_job(tmp_path / "plain.pt")(ignore_progress, CancelToken())
    assert session.origins[PLAIN] == "retrained", "a load job changes nothing until its model is accepted"
    assert session.accept_loaded(loaded) == PLAIN
    assert session.origins[PLAIN] == "loaded from plain.pt,"


def test_saving_an_empty_slot_or_to_a_missing_folder_is_refused(shipped, tmp_path):
    session = TranslationSession()
    with pytest.raises(EngineError, match="no model"):
        session.save(PLAIN, tmp_path / "x.pt")
    session.use(shipped.models[PLAIN], "shipped")
    with pytest.raises(EngineError, match="folder does not exist"):
        session.save(PLAIN, tmp_path / "missing" / "x.pt")


def test_a_save_finishing_after_the_model_was_replaced_leaves_the_new_one_unsaved(session, tmp_path):
    session.use(session.models[PLAIN], "retrained", unsaved=True)
    job = session.save_job(PLAIN, tmp_path / "old.pt")
    session.use(copy.copy(session.models[PLAIN]), "retrained again", unsaved=True)
    session.accept_saved(job(ignore_progress, CancelToken()))
    assert session.has_unsaved_work(), "the file holds the older model, not the one in the slot now"
