"""Every probe of a gradient-flow run as heatmap rows: log10 ||dE/dc_t|| of each cell per probe and timestep, the
one history the tab's heatmap and the lab report's heatmaps are drawn from.

Importing this module imports no torch (the GUI's session holds one before the engine has loaded).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping

import numpy as np

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.jobs import Progress, ProgressFn

if TYPE_CHECKING:
    from rnnlab.engine.gradflow.training import CellSnapshot

MAX_HEATMAP_ROWS = 400
"""Rows of a heatmap at most: longer runs share a row between neighbouring probes (the latest wins)."""


@dataclass
class ProbeHistory:
    """log10 ||dE/dc_t|| of every cell at every probe: ``images[cell][row, t]``, the value as computed (-inf where
    the gradient is exactly 0, +inf or NaN where it overflowed), and ``probe_steps[cell][row]`` the training step
    of the row's probe (-1 while the row has none).

    The probe of step s goes to row ceil(s / steps_per_row) (every probe its own row, the last step's included) or,
    for runs of more than ``MAX_HEATMAP_ROWS`` probes, the nearest of that many evenly spaced rows, where a later
    probe replaces an earlier one. Drawn, the rows are spread evenly from step 0 to the last step (``row_height``
    steps each).
    """

    rows: int
    steps_per_row: float
    steps: int
    one_per_probe: bool
    images: dict[str, np.ndarray]
    probe_steps: dict[str, np.ndarray]
    filled: int = 0

    @classmethod
    def for_run(cls, config: GradflowConfig, cells: tuple[str, ...]) -> "ProbeHistory":
        """An empty history of ``cells`` with a row per probe of ``config`` (step 0 and the last step included), or
        ``MAX_HEATMAP_ROWS`` evenly spaced rows for long runs."""
        probes = math.ceil(config.steps / config.probe_every) + 1
        rows = min(MAX_HEATMAP_ROWS, probes)
        spacing = config.probe_every if probes <= MAX_HEATMAP_ROWS else config.steps / (rows - 1)
        return cls(rows=rows, steps_per_row=spacing, steps=config.steps, one_per_probe=probes <= MAX_HEATMAP_ROWS,
                   images={cell: np.full((rows, config.length), np.nan) for cell in cells},
                   probe_steps={cell: np.full(rows, -1, dtype=np.int64) for cell in cells})

    @property
    def row_height(self) -> float:
        """Training steps per drawn row: the rows span step 0 to the last step."""
        return self.steps / max(1, self.rows - 1)

    def add(self, step: int, snapshots: Mapping[str, "CellSnapshot"]) -> None:
        """Put the probes of training step ``step`` (one per cell) in the row of that step."""
        position = step / self.steps_per_row
        row = min(self.rows - 1, math.ceil(position) if self.one_per_probe else round(position))
        for cell, snapshot in snapshots.items():
            self.images[cell][row] = snapshot.diagnostics.log_grad
            self.probe_steps[cell][row] = step
            self.filled = max(self.filled, row + 1)

    def recording(self, progress: ProgressFn) -> ProgressFn:
        """A progress callback that adds each training event's probes, then passes the event on to ``progress``."""
        from rnnlab.engine.gradflow.training import GradflowProgress

        def record(event: Progress) -> None:
            if isinstance(event, GradflowProgress) and event.snapshots:
                self.add(event.step, event.snapshots)
            progress(event)

        return record

    def probed(self, cell: str) -> tuple[np.ndarray, int, int]:
        """The rows of ``cell`` that hold a probe, in step order, with the first and last step probed (an empty
        image and 0, 0 when there is none)."""
        steps = self.probe_steps.get(cell)
        rows = np.flatnonzero(steps >= 0) if steps is not None else np.empty(0, dtype=np.int64)
        if steps is None or rows.size == 0:
            return np.zeros((0, 0)), 0, 0
        return self.images[cell][rows], int(steps[rows[0]]), int(steps[rows[-1]])
