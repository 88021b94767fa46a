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

import math
from dataclasses import dataclass
from typing import Protocol

import numpy as np

SCHEDULES = ("off", "linear", "inverse-sigmoid")
"""Scheduled sampling's decays (``TranslatorConfig.scheduled_sampling``): off is teacher forcing throughout."""


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


@dataclass(frozen=True)
class ScheduledSampling:
    """Scheduled sampling (Bengio, Vinyals, Jaitly & Shazeer 2015): at training step ``i`` each position is fed the
    true previous character with probability ``eps_i``, else the model's own prediction, ``eps_i`` decaying with
    ``decay`` = k (in training steps):

    - ``linear``: ``eps_i = max(0, 1 - i / k)``; from step k on the decoder is fed only its own predictions;
    - ``inverse-sigmoid``: ``eps_i = k / (k + exp(i / k))`` (k >= 1); one half at step ``k ln k``.

    A step whose own-prediction probability ``1 - eps_i`` is 0 draws no random number and feeds the true characters
    (teacher forcing exactly, for the same seed)."""

    schedule: str
    decay: float

    def __post_init__(self) -> None:
        if self.schedule not in SCHEDULES[1:]:
            raise ValueError(f"schedule must be one of {SCHEDULES[1:]}, not {self.schedule!r}")
        if not self.decay >= 1:
            raise ValueError(f"the decay k must be at least 1, got {self.decay}")

    def teacher_forcing_probability(self, step: int) -> float:
        """``eps_i``: the probability that a position of step ``step`` is fed the true previous character."""
        k = self.decay
        if self.schedule == "linear":
            return max(0.0, 1.0 - step / k)
        exponent = step / k
        return 0.0 if exponent > 700 else k / (k + math.exp(exponent))

    def own_predictions(self, step: int, shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray | None:
        """True where a uniform draw from ``rng`` falls at or above ``eps_i``; None (nothing drawn) while
        ``eps_i`` is 1."""
        own_probability = 1.0 - self.teacher_forcing_probability(step)
        if own_probability <= 0.0:
            return None
        return rng.random(shape) < own_probability


def feeding_of(schedule: str, decay: float) -> DecoderFeeding:
    """The policy a configuration names: teacher forcing for ``off``, else scheduled sampling with that decay."""
    return TeacherForcing() if schedule == "off" else ScheduledSampling(schedule, decay)
