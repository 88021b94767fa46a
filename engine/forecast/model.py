"""The network: stacked recurrent layers (Elman RNN, LSTM or GRU) with dropout, and a linear readout."""

from __future__ import annotations

import torch
from torch import nn

from rnnlab.engine.forecast.config import ForecastConfig

_CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}


class StackedForecaster(nn.Module):
    """``layers`` recurrent layers of ``units`` with dropout between them and before the readout.

    The same shape as the exercise's Keras model (SimpleRNN(50) + Dropout(0.2), four times, then Dense(1)):
    torch applies ``dropout`` to the outputs of every layer but the last, and ``self.dropout`` covers the last.
    """

    def __init__(self, n_inputs: int, config: ForecastConfig) -> None:
        super().__init__()
        self.rnn = _CELLS[config.cell](n_inputs, config.units, num_layers=config.layers, batch_first=True,
                                       dropout=config.dropout if config.layers > 1 else 0.0)
        self.dropout = nn.Dropout(config.dropout)
        self.readout = nn.Linear(config.units, 1)
        if config.target == "change":
            nn.init.zeros_(self.readout.weight)
            nn.init.zeros_(self.readout.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(batch, window, inputs) -> (batch,): one prediction per window from the last step's hidden state."""
        out, _ = self.rnn(x)
        return self.readout(self.dropout(out[:, -1])).squeeze(-1)
