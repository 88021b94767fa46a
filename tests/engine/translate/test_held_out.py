"""The training job's held-out measurement: the translations Translator.translate_batch gives, in the given order."""

import torch

from rnnlab.engine.translate import held_out
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.held_out import HeldOutSources
from rnnlab.engine.translate.model import Seq2Seq
from rnnlab.engine.translate.task import PIG_LATIN
from rnnlab.engine.translate.translator import Translator
from rnnlab.engine.translate.words import validation_words


def test_sorted_chunks_translate_each_source_as_translate_batch_does_in_the_given_order(monkeypatch):
    monkeypatch.setattr(held_out, "CHUNK", 64)
    config = TranslatorConfig(hidden_size=16, embedding_size=8)
    model = Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(torch.Generator().manual_seed(1)).eval()
    sources = list(validation_words()[:300])
    checks = []
    outputs = HeldOutSources(PIG_LATIN, sources).outputs(model, lambda: checks.append(1))
    assert outputs == [r.output for r in Translator(model, config, PIG_LATIN).translate_batch(sources)]
    assert len(checks) == 5, "cancel is checked before each chunk of 64"
    assert len({len(s) for s in sources}) > 5, "the sources have many lengths, so sorting reorders them"
