"""The lines a finished gradient-flow run is summed up in: the CLI prints them and the lab report quotes them."""

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
        tail = result.losses[cell][-100:]
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
