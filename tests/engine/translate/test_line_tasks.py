"""A task of pairs end to end: training on a file's pairs, translating line by line, saving and loading the task
(torch and the command line's numpy reader), and the pad's session following a model's task."""

import dataclasses

import numpy as np
import pytest

from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.lines import translate_document, translate_lines
from rnnlab.engine.translate.numpy_translator import NumpyTranslator
from rnnlab.engine.translate.pairs import read_pairs
from rnnlab.engine.translate.session import TranslationSession
from rnnlab.engine.translate.task import PIG_LATIN
from rnnlab.engine.translate.training import TranslatorTraining
from rnnlab.engine.translate.translator import Translator

WORDS = [f"{a}{b}{c}" for a in "abcdefg" for b in "hijklmn" for c in "opqrs"]


@pytest.fixture(scope="module")
def reversal(tmp_path_factory):
    """A tiny reversal task trained for a few seconds, saved: (pairs data, training result, model path). The weights
    as trained are kept: the default running average (about the last 50 steps) lags a run of only 84 steps."""
    folder = tmp_path_factory.mktemp("reversal")
    path = folder / "reverse.tsv"
    path.write_text("".join(f"{w}\t{w[::-1]}\n" for w in WORDS), encoding="utf-8")
    data = read_pairs(path)
    config = TranslatorConfig(hidden_size=32, embedding_size=8, epochs=6, batch_size=16, learning_rate=0.01,
                              valid_fraction=0.1, seed=3, weight_average=None)
    result = TranslatorTraining(config, data, eval_interval_s=60)(ignore_progress, CancelToken())
    model_path = folder / "reverse.pt"
    result.translator.save(model_path)
    return data, result, model_path


def test_training_on_pairs_learns_the_task_and_is_graded_on_held_out_pairs(reversal):
    data, result, _path = reversal
    _train, held_out = data.split(0.1)
    assert result.held_out == held_out and result.evaluation.words == len(held_out) == 24
    assert result.evaluation.accuracy >= 0.8
    assert result.translator.task == data.task


def test_a_saved_model_loads_with_its_task_in_torch_and_in_numpy(reversal):
    data, result, path = reversal
    sources = [s for s, _t in data.pairs[:40]]
    loaded, fast = Translator.load(path), NumpyTranslator.load(path)
    assert loaded.task == fast.task == data.task
    expected = result.translator.translate_batch(sources)
    for got in (loaded.translate_batch(sources), fast.translate_batch(sources)):
        assert [r.output for r in got] == [r.output for r in expected]
        for a, b in zip(expected, got, strict=True):
            np.testing.assert_allclose(b.attention, a.attention, atol=1e-5)


def test_each_line_is_one_sequence_with_notes_for_lines_the_model_cannot_read(reversal):
    data, result, _path = reversal
    translator = result.translator
    text = "  ahq \n\nunknown!\n" + "a" * 40 + "\nbio"
    translation = translate_lines(text, translator, data.task, data.references)
    lines = translation.text.split("\n")
    assert lines[0].startswith("  ") and lines[0].endswith(" ") and lines[1] == "" and lines[2] == "unknown!"
    assert [w.typed for w in translation.words] == ["ahq", "unknown!", "a" * 40, "bio"]
    assert translation.words[0].reference == "qha" and translation.words[3].reference == "oib"
    assert translation.words[0].attention.shape == (len(translation.words[0].output), 4)
    notes = " ".join(translation.notes)
    assert "characters the model never saw ('u', 'w', '!')" in notes
    assert "longer than the task's 3-character limit" in notes
    assert translate_document(text, translator, data.references).text == translation.text


def test_a_task_is_the_same_task_whatever_its_title(reversal):
    data, _result, _path = reversal
    renamed = dataclasses.replace(data.task, title="Reverse three letters")
    assert renamed == data.task and hash(renamed) == hash(data.task)
    assert dataclasses.replace(data.task, max_source_length=4) != data.task
    assert dataclasses.replace(data.task, pairs_fingerprint="other pairs") != data.task


def test_a_line_unknown_to_the_task_s_pairs_has_no_expected_output(reversal):
    data, result, _path = reversal
    translation = translate_lines("ggg", result.translator, data.task, data.references)
    assert translation.words[0].reference is None and not translation.words[0].correct


def test_the_session_follows_a_model_into_its_task_and_back(reversal):
    data, result, path = reversal
    session = TranslationSession()
    assert session.task == PIG_LATIN
    session.set_task(data.task, data)
    session.use(result.translator, "retrained", unsaved=True)
    translated = session.translate("ahq\nbio")
    assert [w.reference for w in translated.translations["attention"].words] == ["qha", "oib"]
    assert session.has_unsaved_work()
    pig = TranslationSession()
    pig.accept_loaded(pig.load_job(path)(ignore_progress, CancelToken()))
    assert pig.task == data.task and pig.data is None and pig.models["attention"] is not None
