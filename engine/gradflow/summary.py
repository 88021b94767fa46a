"""What a finished gradient-flow run is summed up in: the lines the CLI prints and the lab report quotes, and the
metrics ``--metrics`` writes."""

from __future__ import annotations

import math

import numpy as np

from rnnlab.engine.gradflow.training import GradflowResult, decades_of_decay
from rnnlab.engine.plural import plural


def summary_lines(result: GradflowResult) -> list[str]:
    """The task line, then one line per cell: final loss (and the tail loss, the mean of the last 10% of the steps
    run) and how the product norm ||dc_{T-1}/dc_t|| changes from t = T-1 back to t = 0 at the last probe. A run that
    diverged has an infinite or NaN final loss, and a last line saying at which step (``divergence_line``)."""
    config = result.config
    lines = [f"task {config.task}, T={config.length}, H={config.hidden}, {plural(config.steps, 'step')}; "
             f"chance loss {result.chance_loss:.3f}"]
    for cell in result.cells:
        losses = result.losses[cell]
        line = (f"{cell.upper():5s} final loss {losses[-1]:.4f} (mean of the last {tail_steps(len(losses))} steps "
                f"{tail_loss(losses):.4f})   ")
        snapshot = result.snapshots.get(cell)
        if snapshot is None:
            lines.append(line + "no probe before the run stopped")
            continue
        diag = snapshot.diagnostics
        line += f"||dc_{{T-1}}/dc_t|| {product_change(diag.log_product)} over {config.length - 1} steps"
        if diag.log_product_cpath is not None:
            line += f" (c-path product: {product_change(diag.log_product_cpath)})"
        lines.append(line)
    divergence = divergence_line(result)
    return lines + ([divergence] if divergence else [])


TAIL_FRACTION = 0.1
"""The tail loss is the mean of the last tenth of the steps run (at least one): one step's batch loss is noisy."""
SOLVED_FRACTION = 0.1
"""A cell has solved its task when its tail loss is below this share of the chance loss."""


def tail_steps(steps_run: int) -> int:
    """How many of the last steps the tail loss averages: 10% of ``steps_run``, rounded up."""
    return max(1, math.ceil(TAIL_FRACTION * steps_run))


def tail_loss(losses: list[float]) -> float:
    """The mean loss of the last ``tail_steps`` steps (NaN before the first step)."""
    if not losses:
        return math.nan
    tail = losses[-tail_steps(len(losses)):]
    return sum(tail) / len(tail)


Metrics = dict[str, float | int | str | list[str] | None]


def metrics(result: GradflowResult) -> dict[str, float | int | str | list[str] | Metrics | None]:
    """The ``--metrics`` JSON of a run (``cell_metrics``): of the one cell flat, in compare mode under each cell's
    name, with the cells and the first step at which any loss stopped being finite (null when none) on top."""
    if len(result.cells) == 1:
        return dict(cell_metrics(result, result.cells[0]))
    steps = [diverged_step(result.losses[cell]) for cell in result.cells]
    out: dict[str, float | int | str | list[str] | Metrics | None] = {
        "diverged_at_step": min((s for s in steps if s is not None), default=None), "cells": list(result.cells)}
    out.update({cell: cell_metrics(result, cell) for cell in result.cells})
    return out


def cell_metrics(result: GradflowResult, cell: str) -> Metrics:
    """One cell's figures, numbers first: the chance loss, the final and tail loss (``tail_loss``), ``solved`` (1 when
    the tail loss is below a tenth of the chance loss, else 0), ``product_decades`` (powers of ten
    ||dc_{T-1}/dc_t|| loses from t = T-1 back to 0 at the last probe; negative: it rises), the steps run, the
    seconds the job took and the step the loss stopped being finite (null when it did not); a value that is not
    finite is null, and ``product_change`` says the product's change in words, as the summary prints it."""
    losses = result.losses[cell]
    snapshot = result.snapshots.get(cell)
    decades = decades_of_decay(snapshot.diagnostics.log_product) if snapshot is not None else math.nan
    tail = tail_loss(losses)
    solved = math.isfinite(tail) and tail < SOLVED_FRACTION * result.chance_loss
    return {"chance_loss": result.chance_loss, "final_loss": _finite(losses[-1] if losses else math.nan),
            "tail_loss": _finite(tail), "solved": int(solved),
            "product_decades": _finite(decades), "steps_run": len(losses),
            "train_seconds": round(result.train_seconds, 3), "diverged_at_step": diverged_step(losses),
            "product_change": (product_change(snapshot.diagnostics.log_product) if snapshot is not None
                               else "no probe before the run stopped")}


def loss_curves(result: GradflowResult) -> dict[str, np.ndarray]:
    """The loss per training step of each cell, as (step, loss) rows: ``loss`` for one cell, ``<cell>_loss`` for
    each in compare mode."""
    def curve(losses: list[float]) -> np.ndarray:
        return np.column_stack([np.arange(1, len(losses) + 1, dtype=np.float64), np.asarray(losses, np.float64)])

    if len(result.cells) == 1:
        return {"loss": curve(result.losses[result.cells[0]])}
    return {f"{cell}_loss": curve(result.losses[cell]) for cell in result.cells}


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def diverged_step(losses: list[float]) -> int | None:
    """The training step (from 1) whose loss was first infinite or NaN, or None if every loss was finite."""
    return next((step for step, loss in enumerate(losses, start=1) if not math.isfinite(loss)), None)


def divergence_line(result: GradflowResult) -> str:
    """Where a run blew up: "RNN loss became infinite at step 43 of 1,000: training stopped there; the figures
    are the last probe's (step 40)"; empty for a run whose losses all stayed finite."""
    for cell in result.cells:
        step = diverged_step(result.losses[cell])
        if step is not None:
            kind = "NaN" if math.isnan(result.losses[cell][step - 1]) else "infinite"
            probe = result.snapshots[cell].step if cell in result.snapshots else 0
            return (f"{cell.upper()} loss became {kind} at step {step:,} of {result.config.steps:,}: training "
                    f"stopped there; the figures are the last probe's (step {probe:,})")
    return ""


def product_change(log_product: np.ndarray) -> str:
    """How the product norm changes back to t = 0, in words: "falls 12.4 decades", "rises 3.2 decades", or
    "reaches exactly 0 (float64 underflow)" when its log10 at t = 0 is -inf."""
    decay = decades_of_decay(log_product)
    if math.isnan(decay):
        return "is not a number (NaN)"
    if decay == math.inf:
        return "reaches exactly 0 (float64 underflow)"
    if decay == -math.inf:
        return "overflows float64"
    if decay < 0:
        return f"rises {-decay:.1f} decades"
    return f"falls {decay:.1f} decades"
