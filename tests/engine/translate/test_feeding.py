"""What the decoder is fed in training: the true previous character, or where a policy says so the model's own
prediction of it, chosen without gradient; a policy that depends on the step plugs into the training job."""

import numpy as np
import pytest
import torch

from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.config import TranslatorConfig
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
