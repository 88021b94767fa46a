"""The gradient-flow training job: train one cell (or several side by side on the same data) and report the
per-timestep diagnostics of a fixed probe sequence as it goes.

Every optimiser step emits a small ``GradflowProgress`` with each cell's loss; every ``probe_every`` steps
the event also carries each cell's ``CellSnapshot`` (diagnostics plus the float64 weights behind them), so
the GUI can plot and export the last good state even after a cancel or a diverged run.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

import numpy as np
import torch

from rnnlab.engine.errors import TrainingDiverged
from rnnlab.engine.gradflow.cells import Params, init_params, unroll
from rnnlab.engine.gradflow.config import GradflowConfig, check_cells
from rnnlab.engine.gradflow.diagnostics import Diagnostics, compute_diagnostics, probe_weights
from rnnlab.engine.gradflow.fused import fused_layer, fused_prediction, written_out_params
from rnnlab.engine.gradflow.tasks import make_batch, task_loss, task_shape
from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn
from rnnlab.engine.params import validate
from rnnlab.engine.recurrent import CELLS
from rnnlab.engine.runtime import describe_device, job_generator, resolve_device
from rnnlab.engine.training_loop import EvaluationEnd, StepEnd, TrainingCallbacks
from rnnlab.engine.translations import Message, translatable

if TYPE_CHECKING:
    from rnnlab.engine.gradflow.probe_history import ProbeHistory

DATA_SEED_OFFSET = 1
PROBE_SEED_OFFSET = 2


@dataclass
class CellSnapshot:
    """One cell's state at a probe: its diagnostics, the float64 weights and the probe that produced them."""

    cell: str
    step: int
    activation: str
    x: np.ndarray
    weights: dict[str, np.ndarray]
    diagnostics: Diagnostics


@dataclass(kw_only=True)
class GradflowProgress(Progress):
    """After each optimiser step: ``losses`` per cell; at probe steps also ``snapshots`` per cell; the device the
    run trains on (``CPU``), so that a run that stops early can still say where it ran."""

    step: int
    losses: dict[str, float]
    snapshots: dict[str, CellSnapshot] = field(default_factory=dict)
    device: str = ""


@dataclass
class GradflowResult:
    """What a run leaves: the last snapshot and the loss history of each cell (for a run that diverged, the
    ``partial`` of its TrainingDiverged, up to and including the step whose loss was not finite), and the device it
    trained on (``CPU``, ``CUDA (NVIDIA H200)``: what ``auto`` picked); the lab's job (``engine.gradflow.lab``) adds
    the seconds it took and every probe of the run (``probes``, for the report's heatmaps)."""

    config: GradflowConfig
    cells: tuple[str, ...]
    chance_loss: float
    snapshots: dict[str, CellSnapshot]
    losses: dict[str, list[float]]
    device: str = ""
    train_seconds: float = 0.0
    probes: ProbeHistory | None = None

    def metrics(self) -> dict[str, Any]:
        """What ``gradflow --metrics`` writes (``engine.gradflow.summary.metrics``)."""
        from rnnlab.engine.gradflow.summary import metrics

        return metrics(self)

    def curves(self) -> dict[str, np.ndarray]:
        """Each cell's loss per training step (``engine.gradflow.summary.loss_curves``)."""
        from rnnlab.engine.gradflow.summary import loss_curves

        return loss_curves(self)


def diverged_run(exc: TrainingDiverged) -> GradflowResult | None:
    """The run up to the step whose loss was not finite that a gradient-flow TrainingDiverged carries (None when
    it carries none)."""
    return exc.partial if isinstance(exc.partial, GradflowResult) else None


class _CellTrainer:
    """One cell's weights and optimiser; trains on batches it is given through PyTorch's fused layer where
    one exists (``engine.gradflow.fused``), and replays the probe with the written-out cell."""

    def __init__(self, config: GradflowConfig, device: torch.device) -> None:
        self.config = config
        params = {name: value.detach().to(device).requires_grad_(True)
                  for name, value in initial_params(config).items()}
        self.layer = fused_layer(config.cell, params, config.activation, device)
        if self.layer is None:
            self.params = params
        else:
            self.params = {name: params[name] for name in ("W_out", "b_out")}
        trainable = list(self.params.values())
        if self.layer is not None:
            trainable += [p for p in self.layer.parameters() if p.requires_grad]
        self.trainable = trainable
        self.optimizer: torch.optim.Optimizer
        if config.optimizer == "adam":
            self.optimizer = torch.optim.Adam(trainable, lr=config.learning_rate)
        else:
            self.optimizer = torch.optim.SGD(trainable, lr=config.learning_rate)

    def _predict(self, x: torch.Tensor) -> torch.Tensor:
        if self.layer is not None:
            return fused_prediction(self.layer, self.params, x)
        return unroll(self.config.cell, self.params, x, self.config.activation).prediction

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> float:
        """One optimiser step on ``(x, y)``; returns the loss before the step."""
        self.optimizer.zero_grad(set_to_none=True)
        loss = task_loss(self.config.task, self._predict(x), y)
        value = float(loss.detach())
        if not math.isfinite(value):
            return value
        loss.backward()
        if self.config.clip is not None:
            torch.nn.utils.clip_grad_norm_(self.trainable, self.config.clip)
        self.optimizer.step()
        return value

    def current_params(self) -> Params:
        """The weights now, under the written-out cells' names."""
        if self.layer is None:
            return self.params
        return written_out_params(self.config.cell, self.layer, self.params)

    def snapshot(self, step: int, x: torch.Tensor, y: torch.Tensor, cancel: CancelToken) -> CellSnapshot:
        """The diagnostics of the current weights on the probe ``(x, y)`` (float64); stops on ``cancel``."""
        return probe_snapshot(self.config, self.current_params(), step, x, y, cancel.raise_if_cancelled)


def initial_params(config: GradflowConfig) -> Params:
    """The weights ``config.cell`` starts training from: drawn from the run's seed exactly as a run draws them."""
    shape = task_shape(config.task)
    return init_params(config, shape.input_size, shape.output_size, job_generator(config.seed))


def probe_sequence(config: GradflowConfig) -> tuple[torch.Tensor, torch.Tensor]:
    """The run's fixed probe sequence ``(x, y)`` (x float64, T x D), drawn from its own seed: the same at every
    probe of a run, and the same for every cell of a compare run."""
    probe_x, probe_y = make_batch(config.task, config.length, 1, job_generator(config.seed + PROBE_SEED_OFFSET))
    x = probe_x[0].double()
    y = probe_y[0].double() if config.task == "adding" else probe_y[0]
    return x, y


def probe_snapshot(config: GradflowConfig, params: Params, step: int, x: torch.Tensor, y: torch.Tensor,
                   check: Callable[[], None]) -> CellSnapshot:
    """The snapshot of ``config.cell`` with weights ``params`` on the probe ``(x, y)``: every training probe's, and
    the what-if's (``engine.gradflow.what_if``), so the two hold identical arrays for identical weights."""
    weights = probe_weights(config.cell, params)
    diagnostics = compute_diagnostics(config.cell, config.activation, config.task, weights, x, y, check)
    activation = config.activation if config.cell == "rnn" else "tanh"
    return CellSnapshot(cell=config.cell, step=step, activation=activation, x=x.numpy().copy(),
                        weights={k: v.numpy().copy() for k, v in weights.items()}, diagnostics=diagnostics)


@dataclass
class GradflowTraining:
    """The job: ``GradflowTraining(config, cells)(progress, cancel) -> GradflowResult``.

    ``cells`` defaults to ``(config.cell,)``; compare mode passes several, which then train in lockstep on the
    same batches from the same seed, so their curves can be overlaid. ``callbacks`` hear of every step (each cell's
    loss) and every probe (each cell's probe loss and product decades), step 0's included.
    """

    config: GradflowConfig
    cells: tuple[str, ...] = ()
    callbacks: TrainingCallbacks = field(default_factory=TrainingCallbacks)

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> GradflowResult:
        """Train; every random number comes from generators seeded by ``config.seed`` and owned by this call,
        and no process-wide torch setting changes, so a run gives the same numbers whatever else trains."""
        config = validate(self.config)
        cells = self.cells or (config.cell,)
        check_cells(config, cells)
        device = resolve_device(config.device)
        trainers = {cell: _CellTrainer(dataclasses.replace(config, cell=cell), device) for cell in cells}
        data = job_generator(config.seed + DATA_SEED_OFFSET)
        where = describe_device(device)
        probe_x, probe_y = probe_sequence(config)
        losses: dict[str, list[float]] = {cell: [] for cell in cells}
        snapshots = {cell: trainer.snapshot(0, probe_x, probe_y, cancel) for cell, trainer in trainers.items()}
        self.callbacks.evaluated(_probe_record(0, snapshots))
        progress(GradflowProgress(fraction=0.0, message=Message(translatable("Engine", "Step 0 · {where}"),
                                                                where=where), step=0, losses={},
                                  snapshots=dict(snapshots), device=where))
        for step in range(1, config.steps + 1):
            cancel.raise_if_cancelled()
            x, y = make_batch(config.task, config.length, config.batch_size, data)
            x, y = x.to(device), y.to(device)
            step_losses = {cell: trainer.train_step(x, y) for cell, trainer in trainers.items()}
            for cell, loss in step_losses.items():
                losses[cell].append(loss)
            self.callbacks.step_ended(StepEnd(step=step, epoch=None, losses=dict(step_losses)))
            diverged = [cell for cell, loss in step_losses.items() if not math.isfinite(loss)]
            if diverged:
                progress(GradflowProgress(fraction=step / config.steps,
                                          message=Message(translatable("Engine", "Diverged at step {step}"), step=step),
                                          step=step,
                                          losses=step_losses, device=where))
                partial = GradflowResult(config=config, cells=tuple(cells),
                                         chance_loss=task_shape(config.task).chance_loss, snapshots=snapshots,
                                         losses=losses, device=where)
                raise TrainingDiverged(_diverged_message(diverged[0], step, step_losses[diverged[0]]), partial=partial)
            probed = {}
            if step % config.probe_every == 0 or step == config.steps:
                probed = {cell: trainer.snapshot(step, probe_x, probe_y, cancel) for cell, trainer in trainers.items()}
                snapshots.update(probed)
                self.callbacks.evaluated(_probe_record(step, probed))
            status = _status(step, config.steps, step_losses, where)
            progress(GradflowProgress(fraction=step / config.steps, message=status, step=step, losses=step_losses,
                                      snapshots=probed, device=where))
        return GradflowResult(config=config, cells=tuple(cells), chance_loss=task_shape(config.task).chance_loss,
                              snapshots=snapshots, losses=losses, device=where)


def warm_up_job() -> GradflowTraining:
    """Two steps of every cell at the smallest size, on the CPU: a new process's first run is slow (lazy imports,
    first kernels), so a job process runs this before the user's first Train (on the CPU, so a job process that only
    parses a CSV holds no GPU memory)."""
    return GradflowTraining(GradflowConfig(length=10, hidden=4, steps=2, batch_size=2, probe_every=1, device="cpu"),
                            CELLS)


def _probe_record(step: int, snapshots: dict[str, CellSnapshot]) -> EvaluationEnd:
    """What the callbacks hear of a probe: each cell's probe loss and the decades its product norm falls."""
    figures = {}
    for cell, snapshot in snapshots.items():
        figures[f"{cell}_probe_loss"] = float(snapshot.diagnostics.probe_loss)
        figures[f"{cell}_product_decades"] = decades_of_decay(snapshot.diagnostics.log_product)
    return EvaluationEnd(step=step, epoch=None, figures=figures)


def _status(step: int, steps: int, losses: dict[str, float], where: str) -> Message:
    parts = ", ".join(f"{cell.upper()} {loss:.4f}" for cell, loss in losses.items())
    return Message(translatable("Engine", "Step {step}/{steps} · loss {losses} · {where}"), step=step, steps=steps,
                   losses=parts, where=where)


def _diverged_message(cell: str, step: int, loss: float) -> Message:
    template = (translatable("Engine", "The {cell} loss became NaN at step {step}. Try a lower learning rate, turn on "
                                       "gradient clipping (e.g. 1.0), or a smaller recurrent init scale.")
                if math.isnan(loss) else
                translatable("Engine", "The {cell} loss became infinite at step {step}. Try a lower learning rate, "
                                       "turn on gradient clipping (e.g. 1.0), or a smaller recurrent init scale."))
    return Message(template, cell=cell.upper(), step=step)


def decades_of_decay(log_product: np.ndarray) -> float:
    """How many powers of ten ||dc_{T-1}/dc_t|| loses from t = T-1 back to t = 0."""
    return float(log_product[-1] - log_product[0])

