"""The Gradient flow tab's state without Qt: the run's settings, every cell's loss history, the latest probe of
each cell and every probe's heatmap row (``ProbeHistory``, which the report draws too), fed by the training job's
progress events.

The tab shows a session and tests and scripts drive one directly. Each kind of data carries a version number
that grows when it changes, so a view redraws only what changed since it last drew, at most once per frame.
Importing this module imports no torch (the GUI makes a session before the engine has loaded).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import numpy as np

from rnnlab.engine.errors import InputError
from rnnlab.engine.gradflow.config import CHANCE_LOSS, GradflowConfig, check_cells
from rnnlab.engine.gradflow.lab import GRADFLOW, GradflowRun
from rnnlab.engine.gradflow.probe_history import ProbeHistory
from rnnlab.engine.jobs import CancelToken, FileWritten, Job, ProgressFn, ignore_progress
from rnnlab.engine.params import validate
from rnnlab.engine.recurrent import CELLS
from rnnlab.engine.translations import translatable

if TYPE_CHECKING:
    from rnnlab.engine.gradflow.training import CellSnapshot, GradflowProgress, GradflowResult


@dataclass
class LossHistory:
    """Each cell's loss per optimiser step, in arrays sized for the whole run (``count`` filled so far)."""

    steps: np.ndarray
    values: dict[str, np.ndarray]
    count: int = 0

    def append(self, step: int, losses: dict[str, float]) -> None:
        """Record the losses of optimiser step ``step`` (steps arrive in order, one event each)."""
        if self.count == self.steps.shape[0]:
            return
        self.steps[self.count] = step
        for cell, value in losses.items():
            self.values[cell][self.count] = value
        self.count += 1

    def of(self, cell: str) -> tuple[np.ndarray, np.ndarray]:
        """Steps and losses of ``cell`` recorded so far (views, not copies)."""
        return self.steps[:self.count], self.values[cell][:self.count]


@dataclass
class GradflowSession:
    """One gradient-flow run as the tab shows it; :meth:`start` begins a new one and returns the job to run."""

    config: GradflowConfig = field(default_factory=GradflowConfig)
    cells: tuple[str, ...] = ()
    losses: LossHistory | None = None
    probes: ProbeHistory | None = None
    snapshots: dict[str, "CellSnapshot"] = field(default_factory=dict)
    device: str = ""
    last_step: int = 0
    probes_received: int = 0
    loss_version: int = 0
    probe_version: int = 0

    @property
    def focus_cell(self) -> str:
        """The cell whose heatmap is drawn and which Export writes: the Cell picked in the settings."""
        return self.config.cell

    @property
    def chance_loss(self) -> float:
        """The loss of the best constant guess for the run's task."""
        return CHANCE_LOSS[self.config.task]

    def start(self, run: GradflowRun) -> Job:
        """Validate ``run``, forget the previous one and return the gradient-flow lab's job that trains it."""
        self.reset(run.config, run.compare)
        return GRADFLOW.job(run)

    def reset(self, config: GradflowConfig, compare: bool) -> None:
        """Validate ``config`` and hold an empty run of it (what :meth:`start` does before it makes the job)."""
        cells = CELLS if compare else (config.cell,)
        check_cells(validate(config), cells)
        self.config, self.cells = config, cells
        self.losses = LossHistory(steps=np.zeros(config.steps, dtype=np.int64),
                                  values={cell: np.full(config.steps, np.nan) for cell in self.cells})
        self.probes = ProbeHistory.for_run(config, cells)
        self.snapshots = {}
        self.device = ""
        self.last_step = 0
        self.probes_received = 0
        self.loss_version += 1
        self.probe_version += 1

    def histories(self) -> tuple[LossHistory, ProbeHistory]:
        """The run's loss and probe histories; an InputError before any run has started."""
        if self.losses is None or self.probes is None:
            raise InputError(translatable("Engine", "Train first: no run has started."))
        return self.losses, self.probes

    def apply(self, events: Iterable["GradflowProgress"]) -> None:
        """Take in a batch of the job's progress events, in order."""
        for event in events:
            losses, probes = self.histories()
            if event.losses:
                losses.append(event.step, event.losses)
                self.loss_version += 1
            if event.snapshots:
                self.snapshots.update(event.snapshots)
                self.probes_received += 1
                self.probe_version += 1
                probes.add(event.step, event.snapshots)
            self.last_step = event.step
            self.device = event.device or self.device

    @property
    def can_export(self) -> bool:
        """True once the focus cell has been probed."""
        return self.focus_cell in self.snapshots

    @property
    def can_report(self) -> bool:
        """True once the cells have been probed and trained a step: the run so far can be reported, whether it
        finished, diverged or failed (``run_so_far``)."""
        return self.can_export and self.losses is not None and self.losses.count > 0

    def export_job(self, path: str | os.PathLike[str]) -> Job:
        """The job writing the focus cell's latest probe and its losses so far to ``path`` (NPZ, atomically); it
        returns a :class:`FileWritten` whose detail names the cell and training step of the probe. Probe and losses
        are taken now, so a run going on meanwhile does not change what is written."""
        snapshot = self.snapshots[self.focus_cell]
        losses = self.histories()[0].of(self.focus_cell)[1].tolist()
        target = Path(path)

        def export(progress: ProgressFn, cancel: CancelToken) -> FileWritten:
            from rnnlab.engine.gradflow.export import export_npz

            export_npz(snapshot, target, losses)
            return FileWritten("arrays", target, detail=f"{snapshot.cell.upper()} (step {snapshot.step})")

        return export

    def export(self, path: str | os.PathLike[str]) -> FileWritten:
        """Run :meth:`export_job` in place (the CLI and tests)."""
        written: FileWritten = self.export_job(path)(ignore_progress, CancelToken())
        return written

    def run_so_far(self) -> "GradflowResult":
        """The run as far as it went, as the job's result would hold it: what the report of a run that diverged
        (or stopped) is made of. Needs ``can_report``."""
        from rnnlab.engine.gradflow.training import GradflowResult

        losses, probes = self.histories()
        return GradflowResult(config=self.config, cells=self.cells, chance_loss=self.chance_loss,
                              snapshots=dict(self.snapshots),
                              losses={cell: losses.of(cell)[1].tolist() for cell in self.cells},
                              device=self.device, probes=probes)
