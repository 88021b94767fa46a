"""The command line's torch-free translator: the same words and alignments as the torch model, the same refusals."""

import subprocess
import sys

import numpy as np
import pytest
import torch

from rnnlab.engine.errors import ModelFileError
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.model import Seq2Seq
from rnnlab.engine.translate.numpy_translator import NumpyTranslator, expected_keys, expected_shapes
from rnnlab.engine.translate.pretrained import shipped_model_path
from rnnlab.engine.translate.task import PIG_LATIN
from rnnlab.engine.translate.translator import Translator
from rnnlab.engine.translate.words import validation_branch_words, validation_words
from tests.conftest import PROJECT_ROOT

WORDS = list(validation_words()[:300]) + list(validation_branch_words()[::10])


def _same(torch_model, numpy_model, words):
    expected, got = torch_model.translate_batch(words), numpy_model.translate_batch(words)
    assert [r.output for r in got] == [r.output for r in expected]
    for a, b in zip(expected, got, strict=True):
        if a.attention is None:
            assert b.attention is None
        else:
            np.testing.assert_allclose(b.attention, a.attention, atol=1e-5)


@pytest.mark.parametrize("attention", ["additive", "none"])
def test_the_shipped_models_translate_exactly_as_with_torch(attention):
    path = shipped_model_path(attention)
    _same(Translator.load(path), NumpyTranslator.load(path), WORDS)


def test_a_dot_product_model_translates_exactly_as_with_torch(tmp_path):
    config = TranslatorConfig(attention="dot", hidden_size=16, embedding_size=8)
    path = tmp_path / "dot.pt"
    model = Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(torch.Generator().manual_seed(3))
    Translator(model, config, PIG_LATIN).save(path)
    _same(Translator.load(path), NumpyTranslator.load(path), WORDS[:100])


@pytest.mark.parametrize("attention", ["none", "additive", "dot"])
def test_the_numpy_reader_expects_exactly_the_torch_models_weights(attention):
    config = TranslatorConfig(attention=attention, hidden_size=12, embedding_size=6)
    state = Seq2Seq(config, 17).state_dict()
    assert set(state) == expected_keys(attention), "model.py changed: update numpy_translator.py to match"
    assert {k: tuple(v.shape) for k, v in state.items()} == expected_shapes(attention, 12, 6, 17)


def test_reading_a_model_does_not_import_torch():
    code = ("import sys; from rnnlab.engine.translate.numpy_translator import NumpyTranslator; "
            "from rnnlab.engine.translate.pretrained import shipped_model_path; "
            "NumpyTranslator.load(shipped_model_path('additive')).translate_batch(['the']); "
            "assert 'torch' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, check=True)


def _edited(tmp_path, change):
    path = tmp_path / "edited.pt"
    config = TranslatorConfig(attention="dot", hidden_size=8, embedding_size=4)
    Translator(Seq2Seq(config, PIG_LATIN.vocabulary_size), config, PIG_LATIN).save(path)
    payload = torch.load(path, weights_only=True)
    change(payload)
    torch.save(payload, path)
    return path


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: p.update(kind="forecaster"), "forecaster model, not a translator"),
    (lambda p: p.update(format_version=99), "newer RNN Lab"),
    (lambda p: (p["extra"].pop("task"), p["extra"].update(vocabulary=["x"])), "different set of characters"),
    (lambda p: p["extra"].update(vocabulary=["x"]), "vocabulary does not match its task"),
    (lambda p: p["extra"]["task"].update(splitting="sentences"), "task this version cannot use"),
    (lambda p: p["config"].update(attention="telepathy"), "cannot use"),
    (lambda p: p["state"].pop("decoder.output.weight"), "do not match"),
    (lambda p: p["state"].update({"encoder.gru.weight_ih_l1": torch.zeros(24, 8)}), "do not match"),
    (lambda p: p["state"].update({"decoder.norm.weight": torch.ones(8)}), "do not match"),
    (lambda p: p["state"].update({"encoder.bridge.bias": torch.zeros(9)}), "do not match"),
    (lambda p: p["config"].update(hidden_size=16), "do not match"),
    (lambda p: p.update(state={k: v.half() for k, v in p["state"].items()}), "half-precision"),
    (lambda p: p["extra"].update(evaluation={"x": torch.nn.Linear}), "could run code"),
])
def test_bad_files_are_refused_as_the_torch_reader_refuses_them(tmp_path, change, message):
    if message == "could run code":
        path = tmp_path / "evil.pt"
        payload = torch.load(_edited(tmp_path, lambda p: None), weights_only=True)
        payload["extra"]["evaluation"] = {"x": torch.nn.Linear}
        torch.save(payload, path)
    else:
        path = _edited(tmp_path, change)
    with pytest.raises(ModelFileError, match=message):
        NumpyTranslator.load(path)
    if message == "do not match":
        with pytest.raises(ModelFileError, match=message):
            Translator.load(path)


def test_truncated_and_missing_files_are_refused(tmp_path):
    path = _edited(tmp_path, lambda p: None)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(ModelFileError, match="truncated or corrupt"):
        NumpyTranslator.load(path)
    with pytest.raises(ModelFileError, match="not found"):
        NumpyTranslator.load(tmp_path / "nope.pt")


def test_a_text_file_given_as_a_model_is_called_a_text_file(tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("3 march 1998\t1998-03-03\n", encoding="utf-8")
    for reader in (NumpyTranslator.load, Translator.load):
        with pytest.raises(ModelFileError, match="pairs.tsv is a text file, not a model file"):
            reader(pairs)
