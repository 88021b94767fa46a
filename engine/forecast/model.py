"""The network: stacked recurrent layers (Elman RNN, LSTM or GRU) with dropout, and a linear readout.

Every random number it uses comes from generators its job owns: the weights are drawn with ``reset_weights(g)``
and the dropout masks from ``use_generator(g)``, so two jobs training at once never change each other's results.
"""

from __future__ import annotations

import math
from typing import cast

import torch
from torch import nn

from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.elman import elman_tanh

_CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}


class SeededDropout(nn.Module):
    """Inverted dropout whose mask is drawn from the job's generator (``nn.Dropout`` draws from torch's global one),
    on the generator's device and then moved: MPS tensors get a CPU generator (``engine.runtime.job_generator``)."""

    def __init__(self, p: float) -> None:
        super().__init__()
        self.p = p
        self.generator: torch.Generator | None = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x unchanged in eval mode; else x * mask / (1 - p) with mask ~ Bernoulli(1 - p)."""
        if not self.training or self.p == 0.0:
            return x
        if self.generator is None:
            raise RuntimeError("SeededDropout needs use_generator() before training")
        mask = torch.empty_like(x, device=self.generator.device)
        mask.bernoulli_(1.0 - self.p, generator=self.generator).div_(1.0 - self.p)
        return x * mask.to(x.device)


class StackedForecaster(nn.Module):
    """``layers`` recurrent layers of ``units`` with dropout after each and a linear readout of the last step.

    The same shape as the exercise's Keras model (SimpleRNN(50) + Dropout(0.2), four times, then Dense(1)). The
    layers are built without values (on torch's ``meta`` device, so building draws nothing from torch's global
    generator); ``reset_weights`` or ``load_state_dict`` gives them theirs.
    """

    def __init__(self, n_inputs: int, config: ForecastConfig) -> None:
        super().__init__()
        cell = _CELLS[config.cell]
        self.layers = nn.ModuleList(cell(n_inputs if i == 0 else config.units, config.units, batch_first=True,
                                         device="meta") for i in range(config.layers))
        self.dropouts = nn.ModuleList(SeededDropout(config.dropout) for _ in range(config.layers))
        self.readout = nn.Linear(config.units, 1, device="meta")
        self._zero_readout = config.target == "change"
        self._elman = config.cell == "rnn"
        self.to_empty(device="cpu")

    def reset_weights(self, generator: torch.Generator) -> None:
        """Draw every weight from U(-1/sqrt(units), 1/sqrt(units)) (torch's default for these layers) with the job's
        generator; for the change target the readout starts at zero, so the untrained model is the naive forecast."""
        bound = 1.0 / math.sqrt(self.readout.in_features)
        with torch.no_grad():
            for parameter in self.parameters():
                parameter.uniform_(-bound, bound, generator=generator)
            if self._zero_readout:
                self.readout.weight.zero_()
                self.readout.bias.zero_()

    def use_generator(self, generator: torch.Generator) -> None:
        """Draw the dropout masks from ``generator`` (on the model's device)."""
        for dropout in self.dropouts:
            cast(SeededDropout, dropout).generator = generator

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(batch, window, inputs) -> (batch,): one prediction per window from the last step's hidden state.
        Training an Elman RNN on the CPU goes through :func:`elman_tanh` (the same equations, a faster backward)."""
        last = len(self.layers) - 1
        elman = self._elman and x.device.type == "cpu" and torch.is_grad_enabled()
        for index, (layer, dropout) in enumerate(zip(self.layers, self.dropouts, strict=True)):
            x = elman_tanh(x, cast(nn.RNN, layer)) if elman else layer(x)[0]
            x = dropout(x[:, -1] if index == last else x)
        out: torch.Tensor = self.readout(x)
        return out.squeeze(-1)


def upgrade_state(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Weights saved before the layers were separate modules (``rnn.weight_ih_l2``) under today's names
    (``layers.2.weight_ih_l0``), so older model files still load."""
    out = {}
    for name, tensor in state.items():
        if name.startswith("rnn."):
            stem, _, layer = name[len("rnn."):].rpartition("_l")
            name = f"layers.{layer}.{stem}_l0"
        out[name] = tensor
    return out
