"""What a finished gradient-flow run is summed up in: the lines the CLI prints and the lab report quotes, and the
metrics ``--metrics`` writes."""

from __future__ import annotations

import math

import numpy as np

from rnnlab.engine.gradflow.training import GradflowResult, decades_of_decay
from rnnlab.engine.plural import plural


def summary_lines(result: GradflowResult) -> list[str]:
    """The task line, then one line per cell: final loss (and the mean of the last 100 steps) and how the product
    norm ||dc_{T-1}/dc_t|| changes from t = T-1 back to t = 0 at the last probe. A run that diverged has an
    infinite or NaN final loss, and a last line saying at which step (``divergence_line``)."""
    config = result.config
    lines = [f"task {config.task}, T={config.length}, H={config.hidden}, {plural(config.steps, 'step')}; "
             f"chance loss {result.chance_loss:.3f}"]
    for cell in result.cells:
        tail = result.losses[cell][-TAIL_STEPS:]
        line = (f"{cell.upper():5s} final loss {result.losses[cell][-1]:.4f} (mean of the last {len(tail)} steps "
                f"{sum(tail) / len(tail):.4f})   ")
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


TAIL_STEPS = 100
"""The tail loss is the mean of the last this many steps' losses (one step's batch loss is noisy)."""


def metrics(result: GradflowResult) -> dict[str, float | int | str | list[str] | None]:
    """The ``--metrics`` JSON of a run, numbers first: the chance loss, steps run and the step a loss stopped being
    finite (null when none), then per cell ``<cell>_final_loss``, ``<cell>_tail_loss`` (mean of the last 100 steps)
    and ``<cell>_product_decades`` (powers of ten ||dc_{T-1}/dc_t|| loses from t = T-1 back to 0 at the last
    probe; negative: it rises); a value that is not finite is null, and ``<cell>_product_change`` says it in words."""
    config = result.config
    steps_run = max(len(result.losses[cell]) for cell in result.cells)
    out: dict[str, float | int | str | list[str] | None] = {
        "chance_loss": result.chance_loss, "steps_run": steps_run,
        "diverged_at_step": min((s for s in map(diverged_step, result.losses.values()) if s is not None), default=None)}
    for cell in result.cells:
        losses = result.losses[cell]
        tail = losses[-TAIL_STEPS:]
        snapshot = result.snapshots.get(cell)
        decades = decades_of_decay(snapshot.diagnostics.log_product) if snapshot is not None else math.nan
        out.update({f"{cell}_final_loss": _finite(losses[-1]), f"{cell}_tail_loss": _finite(sum(tail) / len(tail)),
                    f"{cell}_product_decades": _finite(decades)})
    out.update(task=config.task, length=config.length, hidden=config.hidden, steps=config.steps,
               cells=list(result.cells))
    for cell in result.cells:
        snapshot = result.snapshots.get(cell)
        out[f"{cell}_product_change"] = (product_change(snapshot.diagnostics.log_product) if snapshot is not None
                                         else "no probe before the run stopped")
    return out


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
