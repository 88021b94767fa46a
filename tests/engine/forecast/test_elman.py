"""The hand-written Elman layer the forecaster trains with on the CPU: the same outputs and gradients as ``nn.RNN``
to float32 rounding (the stated tolerance: 1e-5 of the largest value), the same training to 1e-4, and used only
where it is meant to be."""

import dataclasses

import pytest
import torch
from torch import nn

from rnnlab.engine.forecast.config import exercise_preset
from rnnlab.engine.forecast.elman import elman_tanh
from rnnlab.engine.forecast.model import StackedForecaster
from rnnlab.engine.runtime import job_generator


def _relative_error(expected: torch.Tensor, got: torch.Tensor) -> float:
    return float((expected - got).detach().abs().max() / expected.detach().abs().max())


@pytest.mark.parametrize("inputs", [1, 50])
def test_outputs_and_gradients_match_nn_rnn(inputs):
    generator = torch.Generator().manual_seed(inputs)
    layer = nn.RNN(inputs, 50, batch_first=True)
    with torch.no_grad():
        for parameter in layer.parameters():
            parameter.uniform_(-0.3, 0.3, generator=generator)
    x = torch.randn(32, 60, inputs, generator=generator, requires_grad=True)
    upstream = torch.randn(32, 60, 50, generator=generator)
    expected, _ = layer(x)
    (expected * upstream).sum().backward()
    expected_grads = [p.grad.clone() for p in (*layer.parameters(), x)]
    layer.zero_grad()
    x.grad = None
    got = elman_tanh(x, layer)
    (got * upstream).sum().backward()
    assert got.shape == expected.shape
    assert _relative_error(expected, got) < 1e-5
    for want, have in zip(expected_grads, (*layer.parameters(), x), strict=True):
        assert _relative_error(want, have.grad) < 1e-5


def _train_losses(use_elman: bool, steps: int = 8) -> list[float]:
    """A few Adam steps of the exercise's model on fixed random windows, through the Elman layer or nn.RNN."""
    config = dataclasses.replace(exercise_preset(), window=20)
    model = StackedForecaster(1, config)
    model.reset_weights(job_generator(0))
    model.use_generator(job_generator(1))
    model._elman = use_elman
    data = torch.Generator().manual_seed(2)
    x, y = torch.rand(64, 20, 1, generator=data), torch.rand(64, generator=data)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    losses = []
    model.train()
    for step in range(steps):
        batch = slice(step % 2 * 32, step % 2 * 32 + 32)
        optimiser.zero_grad()
        loss = torch.mean((model(x[batch]) - y[batch]) ** 2)
        loss.backward()
        optimiser.step()
        losses.append(loss.item())
    return losses


def test_training_through_it_follows_nn_rnn_and_repeats_exactly():
    elman = _train_losses(True)
    assert elman == pytest.approx(_train_losses(False), rel=1e-4)
    assert _train_losses(True) == elman


def test_only_training_an_elman_rnn_goes_through_it(monkeypatch):
    calls = []
    monkeypatch.setattr("rnnlab.engine.forecast.model.elman_tanh", lambda x, layer: calls.append(1) or layer(x)[0])
    for cell, grad, expected in (("rnn", True, 4), ("rnn", False, 0), ("gru", True, 0)):
        calls.clear()
        model = StackedForecaster(1, dataclasses.replace(exercise_preset(), cell=cell, window=5))
        model.reset_weights(job_generator(0))
        model.use_generator(job_generator(1))
        with torch.set_grad_enabled(grad):
            model(torch.rand(2, 5, 1))
        assert len(calls) == expected
