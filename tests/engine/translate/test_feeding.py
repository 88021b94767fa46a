"""What the decoder is fed in training: the true previous character, or where a policy says so the model's own
prediction of it, chosen without gradient; a policy that depends on the step plugs into the training job."""

import math

import numpy as np
import pytest
import torch

from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.feeding import ScheduledSampling, TeacherForcing, feeding_of
from rnnlab.engine.translate.model import Seq2Seq, pad_batch
from rnnlab.engine.translate.pairs import pairs_data
from rnnlab.engine.translate.task import PIG_LATIN, START
from rnnlab.engine.translate.training import TranslatorTraining

pytestmark = pytest.mark.usefixtures("app_torch_settings")

WORDS = ["a", "the", "strength", "psst", "conditioning"]


def _batch() -> tuple[Seq2Seq, torch.Tensor, torch.Tensor, torch.Tensor]:
    torch.manual_seed(0)
    model = Seq2Seq(TranslatorConfig(attention="additive", hidden_size=16, embedding_size=8), PIG_LATIN.vocabulary_size)
    source, lengths = pad_batch([PIG_LATIN.encode(w) for w in WORDS])
    target, _ = pad_batch([[START] + PIG_LATIN.encode(w + "ay") for w in WORDS])
    return model, source, lengths, target[:, :-1]


def _loss_and_gradients(model: Seq2Seq, logits: torch.Tensor) -> tuple[float, list[torch.Tensor]]:
    model.zero_grad()
    loss = logits.log_softmax(-1)[..., 0].sum()
    loss.backward()
    return loss.item(), [p.grad.clone() for p in model.parameters()]


def test_a_mask_that_feeds_no_own_prediction_is_teacher_forcing():
    model, source, lengths, target_in = _batch()
    none = torch.zeros(target_in.shape, dtype=torch.bool)
    assert torch.equal(model(source, lengths, target_in, none), model(source, lengths, target_in))


def test_fed_its_own_predictions_the_decoder_trains_as_if_they_were_the_targets_with_no_gradient_through_them():
    """Every position fed the model's most likely previous character: the logits, the loss and every gradient are
    those of teacher forcing on the characters it chose, so nothing of the choice is differentiated."""
    model, source, lengths, target_in = _batch()
    own = model(source, lengths, target_in, torch.ones(target_in.shape, dtype=torch.bool))
    chosen = torch.cat([target_in[:, :1], own.argmax(-1)[:, :-1]], dim=1)
    assert not torch.equal(chosen, target_in)
    forced = model(source, lengths, chosen)
    assert torch.equal(own, forced)
    own_loss, own_gradients = _loss_and_gradients(model, own)
    forced_loss, forced_gradients = _loss_and_gradients(model, model(source, lengths, chosen))
    assert own_loss == forced_loss
    for own_gradient, forced_gradient in zip(own_gradients, forced_gradients, strict=True):
        assert torch.equal(own_gradient, forced_gradient)


class LinearDecay:
    """Scheduled sampling's linear decay (Bengio et al. 2015): the true character with probability
    ``max(0, 1 - step / steps)``, else the model's own prediction; remembers what it was asked."""

    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.asked: list[tuple[int, tuple[int, int]]] = []

    def own_predictions(self, step: int, shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
        self.asked.append((step, shape))
        return rng.random(shape) >= max(0.0, 1.0 - step / self.steps)


def test_a_policy_that_depends_on_the_step_plugs_into_training_and_a_run_stays_reproducible_from_its_seed():
    words = [f"{a}{b}{c}" for a in "abcdefg" for b in "hijklmn" for c in "opqrs"]
    reversal = pairs_data([(n, w, w[::-1]) for n, w in enumerate(words, start=1)], "reversal", "reversal.tsv")
    config = TranslatorConfig(hidden_size=8, embedding_size=4, batch_size=16, valid_fraction=0.3, epochs=1, seed=2)

    def losses(feeding=None) -> list[float]:
        run = TranslatorTraining(config, reversal, eval_interval_s=1e9, feeding=feeding)(ignore_progress, CancelToken())
        return [loss for _epoch, loss in run.loss_curve]

    teacher_forced = losses()
    policy = LinearDecay(steps=4)
    sampled = losses(policy)
    assert [step for step, _shape in policy.asked] == list(range(len(teacher_forced)))
    assert sum(pairs for _step, (pairs, _positions) in policy.asked) == len(reversal.split(0.3)[0])
    assert {positions for _step, (_pairs, positions) in policy.asked} == {4}, "the start token and three characters"
    assert sampled[0] == teacher_forced[0], "step 0 feeds the true characters everywhere"
    assert sampled[2:] != teacher_forced[2:]
    assert losses(LinearDecay(steps=4)) == sampled


def test_scheduled_sampling_s_decays_are_bengio_et_al_s():
    linear = ScheduledSampling("linear", 100)
    assert [linear.teacher_forcing_probability(i) for i in (0, 50, 100, 150)] == [1.0, 0.5, 0.0, 0.0]
    inverse = ScheduledSampling("inverse-sigmoid", 100)
    assert inverse.teacher_forcing_probability(0) == pytest.approx(100 / 101)
    assert inverse.teacher_forcing_probability(int(100 * np.log(100))) == pytest.approx(0.5, abs=0.01)
    assert inverse.teacher_forcing_probability(10**9) == 0.0
    assert isinstance(feeding_of("off", 100), TeacherForcing)
    assert feeding_of("linear", 7) == ScheduledSampling("linear", 7)
    with pytest.raises(ValueError, match="at least 1"):
        ScheduledSampling("inverse-sigmoid", 0.5)


def test_scheduled_sampling_feeds_its_own_predictions_as_often_as_its_schedule_says():
    policy = ScheduledSampling("linear", 4)
    own = policy.own_predictions(3, (200, 50), np.random.default_rng(0))
    assert own.shape == (200, 50) and own.mean() == pytest.approx(0.75, abs=0.01)


def test_scheduled_sampling_with_probability_0_draws_nothing_and_trains_bit_for_bit_as_teacher_forcing():
    """Probability 0 of feeding its own prediction (linear decay over an infinite number of steps): no random number
    is drawn (the batch order of the second epoch would change otherwise), and the losses and every weight are
    exactly those of teacher forcing with the same seed."""
    never = ScheduledSampling("linear", math.inf)
    rng = np.random.default_rng(5)
    state = rng.bit_generator.state
    assert never.own_predictions(12, (16, 4), rng) is None and rng.bit_generator.state == state
    words = [f"{a}{b}{c}" for a in "abcdefg" for b in "hijklmn" for c in "opqrs"]
    reversal = pairs_data([(n, w, w[::-1]) for n, w in enumerate(words, start=1)], "reversal", "reversal.tsv")
    config = TranslatorConfig(hidden_size=8, embedding_size=4, batch_size=16, valid_fraction=0.3, epochs=2, seed=3)
    forced = TranslatorTraining(config, reversal, eval_interval_s=1e9)(ignore_progress, CancelToken())
    sampled = TranslatorTraining(config, reversal, eval_interval_s=1e9, feeding=never)(ignore_progress, CancelToken())
    assert sampled.loss_curve == forced.loss_curve
    for name, weight in forced.translator.model.state_dict().items():
        assert torch.equal(sampled.translator.model.state_dict()[name], weight), name


def test_the_configuration_s_scheduled_sampling_is_what_the_training_feeds():
    config = TranslatorConfig(scheduled_sampling="inverse-sigmoid", sampling_decay=40)
    assert TranslatorTraining(config).feeding == ScheduledSampling("inverse-sigmoid", 40)
    assert isinstance(TranslatorTraining(TranslatorConfig()).feeding, TeacherForcing)
