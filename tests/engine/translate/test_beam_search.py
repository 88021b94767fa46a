"""Beam search: width 1 is greedy exactly, torch and numpy choose alike, and a beam finds what greedy misses."""

import itertools

import numpy as np
import pytest
import torch

from rnnlab.engine.errors import InputError
from rnnlab.engine.params import param_specs, validate
from rnnlab.engine.translate.config import DecodingConfig, TranslatorConfig
from rnnlab.engine.translate.decoding import BeamSearch, log_softmax
from rnnlab.engine.translate.model import Seq2Seq, pad_batch
from rnnlab.engine.translate.numpy_translator import NumpyTranslator
from rnnlab.engine.translate.pretrained import shipped_model_path
from rnnlab.engine.translate.task import END, PAD, PIG_LATIN, START
from rnnlab.engine.translate.text import translate_text
from rnnlab.engine.translate.translator import Translator
from rnnlab.engine.translate.words import validation_branch_words, validation_words

WORDS = list(validation_words()[:300]) + list(validation_branch_words()[::10])


def _assert_same_decoding(greedy, beam):
    """Equal ids, and equal attention on every step up to and including each row's END (after it, greedy keeps
    attending with PAD fed in and beam search writes zeros; nobody reads either)."""
    (greedy_ids, greedy_attention), (beam_ids, beam_attention) = greedy, beam
    assert torch.equal(greedy_ids, beam_ids)
    assert (greedy_attention is None) == (beam_attention is None)
    if greedy_attention is None:
        return
    for row in range(greedy_ids.size(0)):
        ends = (greedy_ids[row] == END).nonzero()
        steps = int(ends[0]) + 1 if len(ends) else greedy_ids.size(1)
        assert torch.equal(greedy_attention[row, :steps], beam_attention[row, :steps])


@pytest.mark.parametrize("attention", ["additive", "none"])
def test_beam_width_1_is_greedy_exactly_with_the_shipped_models(attention):
    model = Translator.load(shipped_model_path(attention)).model
    source, lengths = pad_batch([PIG_LATIN.encode(w) for w in WORDS])
    cap = PIG_LATIN.generation_cap
    _assert_same_decoding(model.greedy(source, lengths, cap), model.beam_search(source, lengths, 1, cap))


@pytest.mark.parametrize("attention", ["none", "dot"])
def test_beam_width_1_is_greedy_exactly_for_an_untrained_model_that_rambles_to_the_cap(attention):
    config = TranslatorConfig(attention=attention, hidden_size=16, embedding_size=8)
    model = Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(torch.Generator().manual_seed(5)).eval()
    source, lengths = pad_batch([PIG_LATIN.encode(w) for w in WORDS[:100]])
    greedy = model.greedy(source, lengths, cap=15)
    assert bool((greedy[0] != END).all(dim=1).any()), "some rows should hit the cap unfinished"
    _assert_same_decoding(greedy, model.beam_search(source, lengths, 1, cap=15))


def test_numpy_beam_search_chooses_what_torch_beam_search_chooses():
    path = shipped_model_path("additive")
    expected = Translator.load(path).translate_batch(WORDS, beam_width=3)
    got = NumpyTranslator.load(path).translate_batch(WORDS, beam_width=3)
    assert [r.output for r in got] == [r.output for r in expected]
    for a, b in zip(expected, got, strict=True):
        np.testing.assert_allclose(b.attention, a.attention, atol=1e-5)


def test_a_wider_beam_keeps_the_shipped_model_right():
    translator = NumpyTranslator.load(shipped_model_path("additive"))
    greedy = [r.output for r in translator.translate_batch(WORDS)]
    wide = [r.output for r in translator.translate_batch(WORDS, beam_width=4)]
    assert sum(a == b for a, b in zip(greedy, wide, strict=True)) >= 0.99 * len(WORDS)


# A decoder with set probabilities, where the likeliest first character leads to the less likely output:
# greedy says "ac" (0.55 * 0.6 * 0.4 = 0.132), a beam of 2 finds "bc" (0.45 * 0.55 * 0.95 = 0.235).
# The third step's probabilities depend on the character before the previous one, which the mock reads from the
# state, so a beam that carried the wrong hypothesis's state on would score "bc" as 0.099 and answer "ac".
A, B, C, D, E = (PIG_LATIN.tokens.index(ch) for ch in "abcde")
_TABLE = {(None, START): {A: 0.55, B: 0.45}, (START, A): {C: 0.6, D: 0.4}, (START, B): {C: 0.55, D: 0.45},
          (A, C): {END: 0.4, E: 0.3, D: 0.3}, (A, D): {END: 0.3, E: 0.7}, (B, C): {END: 0.95, E: 0.05},
          (B, D): {END: 0.95, E: 0.05}}
HIDDEN = 32


def _logits(before: int | None, previous: int) -> np.ndarray:
    probabilities = np.full(PIG_LATIN.vocabulary_size, 1e-6)
    for token, p in _TABLE.get((before, previous), {END: 1.0}).items():
        probabilities[token] = p
    return np.log(probabilities).astype(np.float32)


def _numpy_step(previous, state, memory, keys, mask):
    """The set decoder: logits from (the character before, the previous one); the new state remembers the previous."""
    before = [None if s[HIDDEN - 1] == 0 else int(s[: PIG_LATIN.vocabulary_size].argmax()) for s in state]
    logits = np.stack([_logits(b, int(p)) for b, p in zip(before, previous, strict=True)])
    new_state = np.zeros_like(state)
    new_state[np.arange(len(previous)), previous] = 1.0
    new_state[:, HIDDEN - 1] = 1.0
    return logits, new_state, None


def _torch_step(previous, state, memory, keys, mask):
    logits, new_state, _ = _numpy_step(previous.numpy(), state.numpy(), None, None, None)
    return torch.from_numpy(logits), torch.from_numpy(new_state), None


def _zero_state_encoder(module, inputs, output):
    memory, state = output
    return memory, torch.zeros_like(state)


def _set_translator(monkeypatch):
    """A torch Translator whose decoder is the set one (and whose encoder hands it a blank state)."""
    config = TranslatorConfig(attention="none", hidden_size=HIDDEN, embedding_size=4)
    model = Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(torch.Generator().manual_seed(0)).eval()
    model.encoder.register_forward_hook(_zero_state_encoder)
    monkeypatch.setattr(model.decoder, "step", _torch_step)
    return Translator(model, config, PIG_LATIN)


def test_a_beam_finds_the_likelier_output_that_greedy_misses_in_torch(monkeypatch):
    translator = _set_translator(monkeypatch)
    assert [r.output for r in translator.translate_batch(["the", "a"])] == ["ac", "ac"]
    assert [r.output for r in translator.translate_batch(["the", "a"], beam_width=2)] == ["bc", "bc"]
    assert [r.output for r in translator.translate_batch(["the"], beam_width=1)] == ["ac"]


def test_a_beam_finds_the_likelier_output_that_greedy_misses_in_numpy(tmp_path, monkeypatch):
    config = TranslatorConfig(attention="none", hidden_size=HIDDEN, embedding_size=4)
    model = Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(torch.Generator().manual_seed(0))
    Translator(model, config, PIG_LATIN).save(tmp_path / "m.pt")
    translator = NumpyTranslator.load(tmp_path / "m.pt")
    monkeypatch.setattr(translator, "_step", _numpy_step)
    monkeypatch.setattr(translator, "_encode", lambda words: (np.zeros((len(words), 1, 2 * HIDDEN), np.float32),
                                                              np.zeros((len(words), HIDDEN), np.float32),
                                                              np.ones((len(words), 1), bool)))
    assert [r.output for r in translator.translate_batch(["the", "a"])] == ["ac", "ac"]
    assert [r.output for r in translator.translate_batch(["the", "a"], beam_width=2)] == ["bc", "bc"]


def test_the_cache_and_the_text_translation_keep_each_beam_width_apart(monkeypatch):
    translator = _set_translator(monkeypatch)
    assert translator.translate_words(["the"])[0].output == "ac"
    assert translator.translate_words(["the"], beam_width=2)[0].output == "bc"
    assert translator.translate_words(["the"])[0].output == "ac"
    assert translate_text("The cat", translator, beam_width=2).text == "Bc bc"


def _run(beam: BeamSearch, logits_of, cap: int) -> tuple[np.ndarray, np.ndarray | None]:
    """Drive ``beam`` as a decoder does, with logits that depend on each slot's whole history."""
    histories = [()] * (beam.batch * beam.width)
    for _ in range(cap):
        logits = np.stack([logits_of(i // beam.width, h) for i, h in enumerate(histories)])
        rows, tokens = beam.advance(logits, None)
        if beam.finished:
            break
        histories = [histories[r] + (int(t),) for r, t in zip(rows, tokens, strict=True)]
    return beam.result()


def _random_logits(row: int, history: tuple) -> np.ndarray:
    return np.random.default_rng([row, len(history), *history]).normal(0, 2, size=4).astype(np.float32)


def _score(row: int, output: tuple) -> float:
    return sum(float(log_softmax(_random_logits(row, output[:i]))[t]) for i, t in enumerate(output))


def test_a_beam_wide_enough_to_keep_everything_finds_the_likeliest_output():
    cap, batch = 4, 6
    beam = BeamSearch(batch, width=64)
    ids, attention = _run(beam, _random_logits, cap)
    assert attention is None
    others = [t for t in range(4) if t != END]
    for row in range(batch):
        outputs = [prefix + (END,) for n in range(cap) for prefix in itertools.product(others, repeat=n)]
        best = max(outputs, key=lambda o: _score(row, o))
        got = tuple(int(t) for t in ids[row])
        assert got[: len(best)] == best and all(t == PAD for t in got[len(best):])
        assert beam.best_score[row] == pytest.approx(_score(row, best), abs=1e-9)


def test_width_1_of_the_bookkeeping_is_greedy_on_random_logits():
    cap, batch = 6, 8
    ids, _ = _run(BeamSearch(batch, 1), _random_logits, cap)
    for row in range(batch):
        greedy: tuple = ()
        while len(greedy) < cap and (not greedy or greedy[-1] != END):
            greedy += (int(np.argmax(_random_logits(row, greedy))),)
        assert tuple(int(t) for t in ids[row][: len(greedy)]) == greedy
        assert all(t == PAD for t in ids[row][len(greedy):])


def test_the_beam_width_setting_is_declared_once_with_its_bounds():
    spec = {s.name: s for s in param_specs(DecodingConfig)}["beam_width"]
    assert (spec.default, spec.low, spec.high) == (1, 1, 16)
    with pytest.raises(InputError, match="Beam width must be at most 16"):
        validate(DecodingConfig(beam_width=17))
    with pytest.raises(ValueError, match="at least 1"):
        BeamSearch(1, 0)
