"""Long-range dependency tasks: the adding problem and remember-the-first-symbol, with their chance losses.

Adding problem (Hochreiter & Schmidhuber 1997, in the Le et al. / Arjovsky et al. form): each step carries a
number in [0, 1] and a marker; exactly two steps are marked, one in each half, and the target is the sum of
the two marked numbers. Predicting the mean (1.0) gives MSE 1/6 = 0.167. First symbol: each step carries a
one-hot symbol out of ``NUM_SYMBOLS``; the target is the first one. Guessing gives cross-entropy ln k.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F  # noqa: N812 - torch's own convention

from rnnlab.engine.gradflow.config import CHANCE_LOSS, NUM_SYMBOLS


@dataclass(frozen=True)
class TaskShape:
    """Sizes a model needs for a task: inputs per step, outputs, and the loss of the best constant guess."""

    input_size: int
    output_size: int
    chance_loss: float


def task_shape(task: str) -> TaskShape:
    """Input/output sizes and chance loss of ``task``."""
    if task == "adding":
        return TaskShape(input_size=2, output_size=1, chance_loss=CHANCE_LOSS[task])
    return TaskShape(input_size=NUM_SYMBOLS, output_size=NUM_SYMBOLS, chance_loss=CHANCE_LOSS[task])


def make_batch(task: str, length: int, batch_size: int,
               generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """A fresh batch ``(x, y)``: ``x`` is (batch, T, D) float32; ``y`` is (batch, 1) sums or (batch,) symbol ids."""
    if task == "adding":
        values = torch.rand(batch_size, length, generator=generator)
        half = length // 2
        first = torch.randint(0, half, (batch_size,), generator=generator)
        second = torch.randint(half, length, (batch_size,), generator=generator)
        markers = torch.zeros(batch_size, length)
        rows = torch.arange(batch_size)
        markers[rows, first] = 1.0
        markers[rows, second] = 1.0
        x = torch.stack([values, markers], dim=-1)
        y = (values[rows, first] + values[rows, second]).unsqueeze(1)
        return x, y
    symbols = torch.randint(0, NUM_SYMBOLS, (batch_size, length), generator=generator)
    x = F.one_hot(symbols, NUM_SYMBOLS).to(torch.float32)
    return x, symbols[:, 0].clone()


def task_loss(task: str, prediction: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Mean squared error for the adding problem, cross-entropy for the first symbol."""
    if task == "adding":
        return F.mse_loss(prediction, target.to(prediction.dtype))
    return F.cross_entropy(prediction, target)
