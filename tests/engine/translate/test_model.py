"""The translator's models: shapes, padding and masking, attention rows, training, divergence and cancel."""

import pytest
import torch

from rnnlab.engine.errors import InputError, JobCancelled, TrainingDiverged
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.metrics import edit_distance, evaluate
from rnnlab.engine.translate.model import Seq2Seq, pad_batch
from rnnlab.engine.translate.pairs import words_data
from rnnlab.engine.translate.task import END, PIG_LATIN, START
from rnnlab.engine.translate.training import TranslatorTraining
from rnnlab.engine.translate.translator import Translator
from rnnlab.engine.translate.words import training_words, validation_words

WORDS = ["a", "the", "strength", "psst", "conditioning"]


def _model(attention, seed=0, hidden=16):
    torch.manual_seed(seed)
    return Seq2Seq(TranslatorConfig(attention=attention, hidden_size=hidden, embedding_size=8),
                   PIG_LATIN.vocabulary_size).eval()


@pytest.mark.parametrize("attention", ["none", "additive", "dot"])
def test_teacher_forced_logits_have_one_row_per_target_step(attention):
    source, lengths = pad_batch([PIG_LATIN.encode(w) for w in WORDS])
    target, _ = pad_batch([[START] + PIG_LATIN.encode(w + "ay") for w in WORDS])
    logits = _model(attention)(source, lengths, target[:, :-1])
    assert logits.shape == (len(WORDS), target.size(1) - 1, PIG_LATIN.vocabulary_size)


@pytest.mark.parametrize("attention", ["additive", "dot"])
def test_attention_rows_sum_to_one_over_real_positions_and_ignore_padding(attention):
    source, lengths = pad_batch([PIG_LATIN.encode(w) for w in WORDS])
    _, alignment = _model(attention).greedy(source, lengths, cap=12)
    assert alignment.shape[0] == len(WORDS) and alignment.shape[2] == source.size(1)
    torch.testing.assert_close(alignment.sum(-1), torch.ones(alignment.shape[:2]))
    for row, length in enumerate(lengths.tolist()):
        assert torch.all(alignment[row, :, length:] == 0)


@pytest.mark.parametrize("attention", ["none", "additive", "dot"])
def test_a_word_translates_the_same_alone_and_beside_longer_words(attention):
    model = _model(attention)
    alone, alone_lengths = pad_batch([PIG_LATIN.encode("the")])
    batch, batch_lengths = pad_batch([PIG_LATIN.encode(w) for w in ("the", "conditioning", "a")])
    ids_alone, att_alone = model.greedy(alone, alone_lengths, cap=10)
    ids_batch, att_batch = model.greedy(batch, batch_lengths, cap=10)
    steps = ids_alone.size(1)
    assert torch.equal(ids_alone[0], ids_batch[0, :steps])
    if att_alone is not None:
        torch.testing.assert_close(att_alone[0], att_batch[0, :steps, : alone.size(1)])


def test_greedy_decoding_stops_at_the_cap():
    ids, _ = _model("additive").greedy(*pad_batch([PIG_LATIN.encode("word")]), cap=PIG_LATIN.generation_cap)
    assert ids.size(1) <= PIG_LATIN.generation_cap


def test_vocabulary_round_trip_and_special_tokens():
    assert PIG_LATIN.decode(PIG_LATIN.encode("by-and-by")) == "by-and-by"
    assert PIG_LATIN.encode("a")[-1] == END
    assert PIG_LATIN.decode([START, *PIG_LATIN.encode("ok")]) == "ok"


def test_translator_gives_one_attention_row_per_generated_character():
    config = TranslatorConfig(attention="additive", hidden_size=16, embedding_size=8)
    translator = Translator(_model("additive"), config, PIG_LATIN)
    for result in translator.translate_batch(WORDS):
        assert result.attention.shape == (len(result.output), len(result.source) + 1)
        if len(result.output):
            assert abs(result.attention.sum(axis=1) - 1).max() < 1e-5


def test_word_lists_are_disjoint_and_clean():
    train, valid = training_words(), validation_words()
    assert len(train) >= 40_000 and len(valid) >= 1_000
    assert not set(train) & set(valid)


def test_metrics_exact_accuracy_char_error_rate_and_by_length():
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
    result = evaluate(["ab", "cd", "efg"], ["abway", "dcay", "xfgeay"], ["abway", "dcay", "efgay"])
    assert result.accuracy == pytest.approx(2 / 3)
    assert result.char_error_rate == pytest.approx(2 / 14)
    assert result.by_length[2].correct == 2 and result.by_length[3].correct == 0


def _tiny(**overrides):
    values = dict(attention="additive", hidden_size=24, embedding_size=8, epochs=3, batch_size=32,
                  learning_rate=0.01, seed=1)
    values.update(overrides)
    return TranslatorConfig(**values)


def test_a_tiny_training_run_improves_held_out_accuracy():
    words, held_out = list(training_words()[:600]), list(validation_words()[:100])
    config = _tiny()
    torch.manual_seed(config.seed)
    data = words_data(words, held_out)
    before = Translator(Seq2Seq(config, PIG_LATIN.vocabulary_size), config, PIG_LATIN).evaluate(data.fixed_held_out)
    events = []
    result = TranslatorTraining(config, data)(events.append, CancelToken())
    assert result.evaluation.char_error_rate < before.char_error_rate - 0.1
    assert result.evaluation.accuracy >= before.accuracy
    losses = [e.loss for e in events if e.loss is not None]
    assert sum(losses[-5:]) / 5 < sum(losses[:5]) / 5
    assert [e.epoch for e in events if e.accuracy is not None][-1] == 3.0
    assert events[0].message == "training on CPU" and 0 <= events[0].fraction <= events[-1].fraction == 1.0


def test_a_loss_that_is_not_finite_stops_the_run(monkeypatch):
    class NanLoss(torch.nn.CrossEntropyLoss):
        def forward(self, logits, target):
            return super().forward(logits, target) * float("nan")

    monkeypatch.setattr("rnnlab.engine.translate.training.nn.CrossEntropyLoss", NanLoss)
    job = TranslatorTraining(_tiny(), words_data(training_words()[:64], validation_words()[:10]))
    with pytest.raises(TrainingDiverged, match="smaller learning rate"):
        job(ignore_progress, CancelToken())


def test_cancel_stops_between_batches():
    cancel = CancelToken()
    seen = []

    def progress(event):
        seen.append(event)
        if len(seen) == 3:
            cancel.cancel()

    job = TranslatorTraining(_tiny(epochs=50), words_data(training_words()[:640], validation_words()[:10]))
    with pytest.raises(JobCancelled):
        job(progress, cancel)
    assert len(seen) == 3


def test_training_refuses_overlapping_or_bad_words():
    with pytest.raises(InputError, match="also training sources"):
        TranslatorTraining(_tiny(), words_data(["abc", "def"], ["abc"]))(ignore_progress, CancelToken())
    with pytest.raises(InputError, match="a-z"):
        words_data(["Abc"], ["def"])
    with pytest.raises(InputError, match="Hidden size"):
        TranslatorTraining(_tiny(hidden_size=0))


def test_two_trainings_at_once_give_the_same_models_as_each_alone():
    import threading

    words, held_out = list(training_words()[:300]), list(validation_words()[:30])
    configs = [TranslatorConfig(hidden_size=8, embedding_size=4, epochs=1, batch_size=32, seed=seed) for seed in (1, 2)]

    def train(config):
        return TranslatorTraining(config, words_data(words, held_out))(ignore_progress, CancelToken())

    alone = [train(config).translator.model.state_dict() for config in configs]
    together: list = [None, None]
    threads = [threading.Thread(target=lambda i=i: together.__setitem__(i, train(configs[i]))) for i in range(2)]
    torch.manual_seed(12345)
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for state, result in zip(alone, together, strict=True):
        for name, tensor in result.translator.model.state_dict().items():
            assert torch.equal(tensor, state[name]), name
