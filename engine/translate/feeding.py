"""What the decoder is fed while it trains, position by position: the true previous character (teacher forcing) or
the model's own prediction of it.

Teacher forcing trains the decoder on the true previous character at every position, while translating feeds it
its own; scheduled sampling (Bengio, Vinyals, Jaitly & Shazeer 2015) feeds its own prediction with a probability
that grows over training. A policy here decides, for each training step, which positions of the batch get the
model's own prediction; the model makes the prediction (its most likely character at the previous position, no
gradient through it or through the choice) and the training job draws the policy's random numbers from its one
generator, so a run stays reproducible from its seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np


class DecoderFeeding(Protocol):
    """A policy for what the decoder is fed during training."""

    def own_predictions(self, step: int, shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray | None:
        """For the training step ``step`` (0 for the first) of a batch of ``shape`` = (pairs, decoder positions):
        a boolean array of that shape, True where a position is fed the model's own prediction of the previous
        character instead of the true one (position 0 always gets the start token: its column is not read), or None
        when every position gets the true one. Random draws come from ``rng``, the job's generator."""
        ...


@dataclass(frozen=True)
class TeacherForcing:
    """Feed the true previous character at every position, at every step."""

    def own_predictions(self, step: int, shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray | None:
        """None: no position gets the model's own prediction."""
        return None
