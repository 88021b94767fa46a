"""The horizon rule an experiment may declare (the memory-horizon preset does): which 0/1 metric decides success,
over which varied setting the horizon is read, and how many seeds must succeed. Stored with the experiment's
definition; ``horizon.py`` applies it to the stored runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rnnlab.engine.plural import plural


@dataclass(frozen=True)
class HorizonRule:
    """The largest value of the setting ``axis`` at which at least ``min_successes`` seeds of a configuration give
    ``metric`` = 1 (a 0/1 success metric; its mean over seeds is the share that succeeded)."""

    metric: str
    axis: str
    min_successes: int

    def definition(self) -> dict[str, Any]:
        """The rule as JSON (stored in the experiment's definition)."""
        return {"metric": self.metric, "axis": self.axis, "min_successes": self.min_successes}

    def text(self, seeds: int) -> str:
        """The rule in words: ``the largest length at which at least 2 of 3 seeds give solved = 1``."""
        return (f"the largest {self.axis} at which at least {self.min_successes} of {plural(seeds, 'seed')} give "
                f"{self.metric} = 1")


def rule_of(definition: dict[str, Any] | None) -> HorizonRule | None:
    """The rule a stored definition holds (None: the experiment has none)."""
    return None if definition is None else HorizonRule(**definition)


