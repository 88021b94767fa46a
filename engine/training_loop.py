"""What every training loop tells the callbacks registered on it: a step ended, a measurement was taken, an epoch
ended. A sweep's per-step record or a new way of watching a run plugs in here instead of copying the loop (as in
minGPT's trainer, which knows nothing of who listens and reports through callbacks).

Each trainer (gradient flow, the forecaster, the translator) calls its callbacks at the same three points with the
same three records, so a callback written for one lab works on every lab. The records are small and flat: numbers
by name. The trainers' progress events, which the GUI and the CLI show, are made by the same loops and do not
change with what is registered. A callback runs where the job runs (in a job process for the GUI's jobs), so one
given to such a job must pickle: a module-level function or an instance of a module-level class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class StepEnd:
    """After an optimiser step: ``step`` steps done in the run (1 after the first), ``epoch`` the passes over the
    training data done (fractional; None where every step draws fresh data, as gradient flow does) and the step's
    training loss by name (``train``; gradient flow: one per cell)."""

    step: int
    epoch: float | None
    losses: dict[str, float]


@dataclass(frozen=True)
class EvaluationEnd:
    """After a measurement away from the training batches (held-out accuracy, validation loss, a gradient-flow
    probe), with ``step`` and ``epoch`` as in :class:`StepEnd` (step 0: before the first step) and the figures by
    name."""

    step: int
    epoch: float | None
    figures: dict[str, float]


@dataclass(frozen=True)
class EpochEnd:
    """After epoch ``epoch`` (1 for the first) ended at step ``step``, with the epoch's figures by name."""

    epoch: int
    step: int
    figures: dict[str, float]


@dataclass
class TrainingCallbacks:
    """The callbacks registered on one training job, each list called in the order it was filled:
    ``callbacks.on_step.append(record_loss)``."""

    on_step: list[Callable[[StepEnd], None]] = field(default_factory=list)
    on_evaluation: list[Callable[[EvaluationEnd], None]] = field(default_factory=list)
    on_epoch_end: list[Callable[[EpochEnd], None]] = field(default_factory=list)

    def step_ended(self, record: StepEnd) -> None:
        """Tell every ``on_step`` callback."""
        for callback in self.on_step:
            callback(record)

    def evaluated(self, record: EvaluationEnd) -> None:
        """Tell every ``on_evaluation`` callback."""
        for callback in self.on_evaluation:
            callback(record)

    def epoch_ended(self, record: EpochEnd) -> None:
        """Tell every ``on_epoch_end`` callback."""
        for callback in self.on_epoch_end:
            callback(record)
