"""Weight averaging (Polyak): the held-out measurements, early stopping's kept model and the run's final model are a
running average of the weights, updated after every optimiser step; off, the run trains and keeps exactly the weights
it trained; either way the training itself (its losses) is the same, and the checkpoint holds only the model."""

import pytest
import torch
from torch.optim.optimizer import register_optimizer_step_post_hook

from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.config import WEIGHT_AVERAGE, TranslatorConfig
from rnnlab.engine.translate.pairs import pairs_data
from rnnlab.engine.translate.training import TranslatorResult, TranslatorTraining
from rnnlab.engine.translate.translator import Translator

WORDS = [f"{a}{b}{c}" for a in "abcdefg" for b in "hijklmn" for c in "opqrs"]
REVERSAL = pairs_data([(n, w, w[::-1]) for n, w in enumerate(WORDS, start=1)], "reversal", "reversal.tsv")
pytestmark = pytest.mark.usefixtures("app_torch_settings")
NEVER = 1e9
"""An interval for the timed measurements inside an epoch that never comes: only the epochs' ends are measured."""


def _tiny(**overrides) -> TranslatorConfig:
    values = dict(hidden_size=8, embedding_size=4, batch_size=16, valid_fraction=0.3, seed=1, learning_rate=0.05)
    values.update(overrides)
    return TranslatorConfig(**values)


def _train_recording_weights(config: TranslatorConfig) -> tuple[TranslatorResult, list[list[torch.Tensor]]]:
    """Train ``config`` on the reversal pairs; the result and the trained (raw) weights after every optimiser step,
    read by torch's own optimiser-step hook."""
    steps: list[list[torch.Tensor]] = []

    def record(optimiser: torch.optim.Optimizer, _args, _kwargs) -> None:
        steps.append([p.detach().clone() for group in optimiser.param_groups for p in group["params"]])

    hook = register_optimizer_step_post_hook(record)
    try:
        result = TranslatorTraining(config, REVERSAL, eval_interval_s=NEVER)(ignore_progress, CancelToken())
    finally:
        hook.remove()
    return result, steps


def _hand_ema(steps: list[list[torch.Tensor]], decay: float) -> list[torch.Tensor]:
    """The running average the way the docs write it: the first step's weights, then decay * average + (1 - decay) *
    weights after each later step."""
    average = [w.clone() for w in steps[0]]
    for weights in steps[1:]:
        average = [decay * a + (1 - decay) * w for a, w in zip(average, weights, strict=True)]
    return average


def _weights(result: TranslatorResult) -> list[torch.Tensor]:
    return [p.detach() for p in result.translator.model.parameters()]


def test_the_default_averages_and_off_is_none():
    assert TranslatorConfig().weight_average == WEIGHT_AVERAGE == 0.95
    assert _tiny(weight_average=None).weight_average is None


def test_off_keeps_the_trained_weights_bit_for_bit_and_averaging_does_not_change_the_training():
    off, steps = _train_recording_weights(_tiny(epochs=2, weight_average=None))
    on, _steps = _train_recording_weights(_tiny(epochs=2, weight_average=0.5))
    assert len(steps) == 2 * 11
    assert all(torch.equal(kept, trained) for kept, trained in zip(_weights(off), steps[-1], strict=True))
    assert [loss for _e, loss in off.loss_curve] == [loss for _e, loss in on.loss_curve]
    assert not all(torch.equal(a, b) for a, b in zip(_weights(off), _weights(on), strict=True))


def test_the_final_model_and_its_measurement_are_the_running_average_of_the_weights():
    result, steps = _train_recording_weights(_tiny(epochs=2, weight_average=0.5))
    for kept, expected in zip(_weights(result), _hand_ema(steps, 0.5), strict=True):
        torch.testing.assert_close(kept, expected, rtol=1e-5, atol=1e-6)
    held_out = result.held_out
    assert result.translator.evaluate(held_out).accuracy == result.evaluation.accuracy
    assert result.accuracy_curve[-1] == (2.0, result.evaluation.accuracy)


def test_early_stopping_keeps_the_running_average_of_the_best_measurement():
    result, steps = _train_recording_weights(_tiny(epochs=None, patience=2, learning_rate=0.2, grad_clip=None,
                                                   weight_average=0.7))
    assert result.kept == "the best model, of epoch 4 (step 44)" and len(steps) == 66, "a best before the last step"
    best_step = 44
    for kept, expected in zip(_weights(result), _hand_ema(steps[:best_step], 0.7), strict=True):
        torch.testing.assert_close(kept, expected, rtol=1e-5, atol=1e-6)
    assert result.translator.evaluate(result.held_out).accuracy == result.evaluation.accuracy


def test_the_checkpoint_holds_the_averaged_model_in_the_one_format(tmp_path):
    result, _steps = _train_recording_weights(_tiny(epochs=1, weight_average=0.9))
    path = tmp_path / "averaged.pt"
    result.translator.save(path)
    payload = torch.load(path, weights_only=True)
    assert "n_averaged" not in payload["state"] and not any(k.startswith("module.") for k in payload["state"])
    loaded = Translator.load(path)
    assert loaded.config.weight_average == 0.9
    for a, b in zip(loaded.model.state_dict().values(), result.translator.model.state_dict().values(), strict=True):
        assert torch.equal(a, b)
    words = [source for source, _target in result.held_out]
    outputs = [output.output for output in result.translator.translate_batch(words)]
    assert [output.output for output in loaded.translate_batch(words)] == outputs
