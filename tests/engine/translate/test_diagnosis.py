"""The diagnosis of a translator's mistakes: free running against teacher forced, the first error, the recovery after
it and accuracy by length; checked against a property every greedy decoder has and a model whose every prediction
is known by hand."""

import numpy as np
import pytest
import torch

from rnnlab.engine.errors import InputError, JobCancelled
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.diagnosis import DiagnosisJob, diagnose, held_out_of, length_buckets
from rnnlab.engine.translate.model import Seq2Seq
from rnnlab.engine.translate.pig_latin import pig_latin
from rnnlab.engine.translate.task import END, PIG_LATIN, START, SequenceTask
from rnnlab.engine.translate.translator import Translator

pytestmark = pytest.mark.usefixtures("app_torch_settings")

AB = SequenceTask(title="a and b", splitting="lines", characters="ab", max_source_length=10, generation_cap=8)
A, B = 3, 4


def _random_words(rng: np.random.Generator, count: int) -> list[str]:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    return ["".join(rng.choice(letters, rng.integers(1, 15))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(12))
def test_with_greedy_decoding_a_word_is_exact_free_running_exactly_when_it_is_teacher_forced(seed):
    """The first wrong character is always predicted on a correct prefix, where both decodings are in the same state:
    on random small models (every attention kind, random sizes, untrained and so often wrong), word by word."""
    rng = np.random.default_rng(seed)
    config = TranslatorConfig(attention=("none", "additive", "dot")[seed % 3], hidden_size=int(rng.integers(4, 24)),
                              embedding_size=int(rng.integers(2, 12)))
    generator = torch.Generator().manual_seed(seed)
    model = Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(generator)
    with torch.no_grad():  # a sharper output layer, so that some words come out right
        model.decoder.output.weight.mul_(float(rng.uniform(1, 20)))
    words = _random_words(rng, 300)
    targets = [pig_latin(w) if rng.random() < 0.5 else w for w in words]
    diagnosis = diagnose(Translator(model, config, PIG_LATIN), list(zip(words, targets, strict=True)))
    scores = diagnosis.scores
    assert np.array_equal(scores.exact_free, scores.exact_teacher_forced)
    assert diagnosis.exact_free() == diagnosis.exact_teacher_forced()
    assert diagnosis.pairs_used == 300


def _bigram_model() -> Translator:
    """A decoder whose next character depends only on the character fed: start -> a, a -> b, b -> end (the source
    is ignored), built by hand: the GRU's update gate shut (its state is only the fed character's) and an output
    layer that maps each fed character to its successor."""
    vocabulary = AB.vocabulary_size
    config = TranslatorConfig(attention="none", hidden_size=vocabulary, embedding_size=vocabulary)
    model = Seq2Seq(config, vocabulary)
    successor = {START: A, A: B, B: END, END: END}
    with torch.no_grad():
        for parameter in model.decoder.parameters():
            parameter.zero_()
        model.decoder.embedding.weight.copy_(3 * torch.eye(vocabulary))
        cell = model.decoder.cell
        cell.weight_ih[2 * vocabulary:].copy_(torch.eye(vocabulary))
        cell.bias_ih[vocabulary:2 * vocabulary] = -50.0
        for fed, following in successor.items():
            model.decoder.output.weight[following, fed] = 10.0
    return Translator(model, config, AB)


def test_the_figures_of_a_model_with_known_predictions_are_those_computed_by_hand():
    """The model writes "ab" whatever the source. Targets (positions include the end token $):
    ab$: all 3 right both ways. aa$: free a b $ (first error at 2; after it $ right), teacher forced a b b (after the
    first error 0 of 1). ba$: free a b $ (first error at 1; after it 1 of 2), teacher forced a $ b (0 of 2).
    abab$: free a b $ (an early end at 3; after it 0 of 2), teacher forced a b $ b $ (2 of 2)."""
    pairs = [("a", "ab"), ("bb", "aa"), ("ab", "ba"), ("abab", "abab")]
    diagnosis = diagnose(_bigram_model(), pairs)
    assert diagnosis.pairs_used == 4 and diagnosis.wrong_words == 3
    assert diagnosis.exact_free() == diagnosis.exact_teacher_forced() == 0.25
    assert diagnosis.char_accuracy_free() == pytest.approx((3 + 2 + 1 + 2) / 14)
    assert diagnosis.char_accuracy_teacher_forced() == pytest.approx((3 + 1 + 0 + 4) / 14)
    assert diagnosis.first_error_histogram() == [(1, 1), (2, 1), (3, 1)]
    relative = {(a, b): c for a, b, c in diagnosis.relative_first_error_histogram() if c}
    assert relative == {(0.0, 0.1): 1, (0.5, 0.6): 2}
    free, forced = diagnosis.recovery()
    assert free == pytest.approx((1 / 1 + 1 / 2 + 0 / 2) / 3)
    assert forced == pytest.approx((0 / 1 + 0 / 2 + 2 / 2) / 3)
    assert diagnosis.recovery_free_edit() == pytest.approx((1 + 0.5 + 0) / 3), "edits: none, one, two of two"
    assert diagnosis.error_shares() == (6, 3, 3, 0), "later: 0 + 1 + 2 wrong free running, 1 + 2 + 0 forced"
    assert "none is compounding" in diagnosis.verdict()
    metrics = diagnosis.metrics()
    assert metrics["recovery_gap"] == pytest.approx(forced - free)
    assert metrics["by_length"] == [
        {"min_length": 1, "max_length": 1, "count": 1, "exact_free": 1.0, "char_accuracy_free": 1.0},
        {"min_length": 2, "max_length": 2, "count": 2, "exact_free": 0.0, "char_accuracy_free": 0.5},
        {"min_length": 3, "max_length": 4, "count": 1, "exact_free": 0.0, "char_accuracy_free": 0.4}]


def test_length_buckets_are_pig_latin_s_fixed_ones_or_the_quartiles_of_a_task_of_pairs():
    assert length_buckets(PIG_LATIN, np.array([3])) == [(1, 5), (6, 8), (9, 11), (12, None)]
    assert length_buckets(AB, np.arange(1, 101)) == [(1, 25), (26, 50), (51, 75), (76, 100)]
    assert length_buckets(AB, np.array([10] * 50)) == [(10, 10)], "one length: one bucket"


def test_pig_latin_is_diagnosed_on_its_held_out_words_and_a_task_of_pairs_needs_its_pairs():
    held_out = held_out_of(PIG_LATIN, None, 0.05)
    assert len(held_out) == 2000 and all(target == pig_latin(source) for source, target in held_out)
    with pytest.raises(InputError, match="pairs are not at hand"):
        held_out_of(AB, None, 0.05)


def test_pairs_a_model_cannot_read_are_left_out_with_a_note_and_none_at_all_is_refused():
    diagnosis = diagnose(_bigram_model(), [("a", "ab"), ("c", "ab"), ("a", "ac")])
    assert diagnosis.pairs_used == 1 and "2 pairs left out" in diagnosis.notes[0]
    with pytest.raises(InputError, match="nothing to diagnose"):
        diagnose(_bigram_model(), [("c", "ab")])


def test_the_job_diagnoses_each_model_on_the_same_pairs_and_reports_how_far_it_is():
    events = []
    job = DiagnosisJob([("one", _bigram_model()), ("two", _bigram_model())], [("a", "ab"), ("bb", "aa")])
    first, second = job(events.append, CancelToken())
    assert (first.model, second.model) == ("one", "two") and first.pairs_used == second.pairs_used == 2
    assert [e.fraction for e in events] == [0.5, 1.0] and events[-1].message == "diagnosing two"
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(JobCancelled):
        job(ignore_progress, cancel)
