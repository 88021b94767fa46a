"""The gradient-flow lab (``engine.labs``): a run is a configuration, compare mode and the preset it came from.

Torch-free: the job imports the training when it runs.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rnnlab.engine.errors import TrainingDiverged
from rnnlab.engine.gradflow.config import GradflowConfig, check_cells
from rnnlab.engine.jobs import CancelToken, ProgressFn
from rnnlab.engine.params import validate
from rnnlab.engine.recurrent import CELLS

if TYPE_CHECKING:
    from rnnlab.engine.gradflow.training import GradflowResult
    from rnnlab.engine.report.document import Report


@dataclass(frozen=True)
class GradflowRun:
    """One gradient-flow run: the settings, whether RNN, LSTM and GRU train side by side on the same data
    (``compare``), and the preset the settings started from (its name, for the report; None: the defaults)."""

    config: GradflowConfig
    compare: bool = False
    preset: str | None = None

    @property
    def cells(self) -> tuple[str, ...]:
        """The cells the run trains: all three in compare mode, else the configured one."""
        return CELLS if self.compare else (self.config.cell,)


@dataclass(frozen=True)
class GradflowJob:
    """The job of a run: trains it, recording every probe for the report and the seconds it took (also on the
    ``partial`` result of a run that diverged)."""

    run: GradflowRun

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> GradflowResult:
        from rnnlab.engine.gradflow.probe_history import ProbeHistory
        from rnnlab.engine.gradflow.training import GradflowTraining, diverged_run

        history = ProbeHistory.for_run(self.run.config, self.run.cells)
        started = time.monotonic()
        try:
            result = GradflowTraining(self.run.config, self.run.cells)(history.recording(progress), cancel)
        except TrainingDiverged as exc:
            partial = diverged_run(exc)
            if partial is not None:
                exc.partial = dataclasses.replace(partial, probes=history,
                                                  train_seconds=time.monotonic() - started)
            raise
        return dataclasses.replace(result, probes=history, train_seconds=time.monotonic() - started)


class GradflowLab:
    """Gradient flow: train a cell (or all three) on a long-range task and watch its gradient over time."""

    name = "gradflow"
    settings = GradflowConfig
    run_type = GradflowRun
    checkpoint_kind = None
    headline_metric = "tail_loss"
    metric_names = ("tail_loss", "chance_loss", "final_loss", "solved", "product_decades", "steps_run",
                    "train_seconds")

    def load(self, run: GradflowRun, cancel: CancelToken | None = None) -> None:
        """No input files: the task's data is generated from the seed."""
        return None

    def job(self, run: GradflowRun, inputs: None = None) -> GradflowJob:
        """The run's job; its settings and cells are checked now."""
        check_cells(validate(run.config), run.cells)
        return GradflowJob(run)

    def report(self, run: GradflowRun, inputs: None, result: GradflowResult) -> Report:
        """The lab report, with the heatmaps of the probes the job recorded."""
        from rnnlab.engine.report.gradflow_report import gradflow_report

        return gradflow_report(result, result.probes, run.preset)


GRADFLOW = GradflowLab()
