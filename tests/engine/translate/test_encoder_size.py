"""The encoder's own size (Encoder size): shapes, alignment rows, checkpoints of either size, files saved before the
setting existed, and the torch-free reader."""

import numpy as np
import pytest
import torch

from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.model import Seq2Seq, pad_batch
from rnnlab.engine.translate.numpy_translator import NumpyTranslator, expected_shapes
from rnnlab.engine.translate.pretrained import shipped_model_path
from rnnlab.engine.translate.task import PIG_LATIN, START
from rnnlab.engine.translate.translator import Translator

WORDS = ["a", "the", "strength", "psst", "conditioning"]


def _config(attention: str, encoder_size: int | None) -> TranslatorConfig:
    return TranslatorConfig(attention=attention, hidden_size=12, embedding_size=6, encoder_size=encoder_size)


def _model(config: TranslatorConfig) -> Seq2Seq:
    return Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(torch.Generator().manual_seed(5)).eval()


@pytest.mark.parametrize("attention", ["none", "additive", "dot"])
def test_the_encoder_has_its_own_size_and_the_attention_reads_both_directions_of_it(attention):
    model = _model(_config(attention, 5))
    source, lengths = pad_batch([PIG_LATIN.encode(w) for w in WORDS])
    memory, state = model.encoder(source, lengths)
    assert memory.shape == (len(WORDS), source.size(1), 10) and state.shape == (len(WORDS), 12)
    target, _ = pad_batch([[START] + PIG_LATIN.encode(w + "ay") for w in WORDS])
    assert model(source, lengths, target[:, :-1]).shape == (len(WORDS), target.size(1) - 1, PIG_LATIN.vocabulary_size)


@pytest.mark.parametrize("attention", ["additive", "dot"])
def test_alignment_rows_of_a_smaller_encoder_sum_to_one_over_the_real_positions(attention):
    source, lengths = pad_batch([PIG_LATIN.encode(w) for w in WORDS])
    _, alignment = _model(_config(attention, 5)).greedy(source, lengths, cap=12)
    torch.testing.assert_close(alignment.sum(-1), torch.ones(alignment.shape[:2]))
    for row, length in enumerate(lengths.tolist()):
        assert torch.all(alignment[row, :, length:] == 0)


def test_same_builds_the_model_of_an_encoder_as_large_as_the_decoder_draw_for_draw():
    same, explicit = _model(_config("additive", None)), _model(_config("additive", 12))
    assert all(torch.equal(a, b) for a, b in zip(same.state_dict().values(), explicit.state_dict().values(),
                                                 strict=True))


@pytest.mark.parametrize("encoder_size", [None, 5, 20])
def test_a_checkpoint_of_any_encoder_size_loads_as_it_was_built_in_torch_and_numpy(tmp_path, encoder_size):
    config = _config("additive", encoder_size)
    path = tmp_path / "model.pt"
    Translator(_model(config), config, PIG_LATIN).save(path)
    loaded, expected = Translator.load(path), Translator(_model(config), config, PIG_LATIN).translate_batch(WORDS)
    assert loaded.config.encoder_size == encoder_size
    assert [r.output for r in loaded.translate_batch(WORDS)] == [r.output for r in expected]
    numpy_outputs = NumpyTranslator.load(path).translate_batch(WORDS)
    assert [r.output for r in numpy_outputs] == [r.output for r in expected]
    for a, b in zip(expected, numpy_outputs, strict=True):
        np.testing.assert_allclose(b.attention, a.attention, atol=1e-5)


def test_the_numpy_reader_expects_the_torch_models_weights_for_a_smaller_encoder():
    state = Seq2Seq(_config("additive", 5), 17).state_dict()
    assert {k: tuple(v.shape) for k, v in state.items()} == expected_shapes("additive", 12, 6, 17, 5)


@pytest.mark.parametrize("attention", ["additive", "none"])
def test_a_checkpoint_saved_before_the_setting_existed_loads_with_an_encoder_as_large_as_the_decoder(
        tmp_path, attention):
    payload = torch.load(shipped_model_path(attention), weights_only=True)
    assert "encoder_size" not in payload["config"], "the shipped models predate Encoder size"
    old = Translator.load(shipped_model_path(attention))
    assert old.config.encoder_units() == old.config.hidden_size == 64
    assert NumpyTranslator.load(shipped_model_path(attention)).translate_batch(["the"])[0].output == "ethay"
