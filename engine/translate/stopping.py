"""When a training run with *Epochs: auto* stops, and the model it keeps: early stopping on the held-out exact
accuracy measured at each epoch's end.

The run stops at the first of: 100% held-out; ``patience`` measurements in a row without a new best (a best is
strictly more accurate than every measurement before it, so of equal measurements the earliest is kept); the time
budget spent (checked after every step, measured once more where it ran out). The kept model is the best
measurement's weights, copied when they were measured and restored bit for bit at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import torch
from torch import nn

from rnnlab.engine.plural import plural
from rnnlab.engine.translate.metrics import Evaluation
from rnnlab.engine.translations import Message, translatable


@dataclass
class BestModel:
    """The best held-out measurement so far: when it was taken (epochs done, steps done) and the weights it graded."""

    evaluation: Evaluation
    epoch: float
    step: int
    state: dict[str, torch.Tensor]

    def where(self) -> str:
        """``epoch 6`` (``epoch 6.4`` for a measurement where the time budget ran out mid-epoch)."""
        return (Message(translatable("Engine", "epoch {epoch:g}"), epoch=self.epoch) if float(self.epoch).is_integer()
                else Message(translatable("Engine", "epoch {epoch:.1f}"), epoch=self.epoch))


def budget_text(minutes: float) -> str:
    """A time budget as a person writes it: ``10 min``, ``1.5 min``, ``30 s``."""
    return (Message(translatable("Engine", "{minutes:g} min"), minutes=minutes) if minutes >= 1
            else Message(translatable("Engine", "{seconds:.0f} s"), seconds=minutes * 60))


class EarlyStopping:
    """The bookkeeping of one auto run: ``measured`` after each held-out measurement, ``reason`` says whether (and
    why) to stop, ``out_of_time`` is checked after every step. ``clock`` is the run's clock (seconds; tests pass a
    fake one)."""

    def __init__(self, patience: int, budget_minutes: float, clock: Callable[[], float], started: float) -> None:
        self.patience = patience
        self.budget_minutes = budget_minutes
        self._clock = clock
        self._deadline = started + 60.0 * budget_minutes
        self.best: BestModel | None = None
        self.since_best = 0

    def out_of_time(self) -> bool:
        """True once the time budget is spent."""
        return self._clock() >= self._deadline

    def measured(self, evaluation: Evaluation, epoch: float, step: int, model: nn.Module) -> bool:
        """Record a measurement of ``model``'s weights; True (and a copy of the weights kept) if it is a new best."""
        if self.best is not None and evaluation.accuracy <= self.best.evaluation.accuracy:
            self.since_best += 1
            return False
        state = {name: value.detach().clone() for name, value in model.state_dict().items()}
        self.best = BestModel(evaluation, epoch, step, state)
        self.since_best = 0
        return True

    def reason(self) -> str:
        """Why the run stops now ("stopped: ..."), or "" to go on."""
        best = self.best
        if best is None:
            return ""
        if best.evaluation.accuracy >= 1.0:
            return Message(translatable("Engine", "stopped: 100% held-out at {where}"), where=best.where())
        if self.since_best >= self.patience:
            return Message(translatable("Engine", "stopped: no gain in held-out accuracy for {evaluations} (best "
                                                  "{accuracy:.1%} at {where})"),
                           evaluations=plural(self.since_best, "evaluation"), accuracy=best.evaluation.accuracy,
                           where=best.where())
        if self.out_of_time():
            return Message(translatable("Engine", "stopped: time budget of {budget} reached (best {accuracy:.1%} at "
                                                  "{where})"),
                           budget=budget_text(self.budget_minutes), accuracy=best.evaluation.accuracy,
                           where=best.where())
        return ""

    def restore_best(self, model: nn.Module) -> BestModel:
        """Put the best measurement's weights back into ``model`` (on its device) and return that measurement."""
        if self.best is None:
            raise RuntimeError("no held-out measurement was made")
        model.load_state_dict(self.best.state)
        return self.best
