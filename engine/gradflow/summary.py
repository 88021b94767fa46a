"""The lines a finished gradient-flow run is summed up in: the CLI prints them and the lab report quotes them."""

from __future__ import annotations

from rnnlab.engine.gradflow.training import GradflowResult, decades_of_decay
from rnnlab.engine.plural import plural


def summary_lines(result: GradflowResult) -> list[str]:
    """The task line, then one line per cell: final loss (and the mean of the last 100 steps) and how many decades
    the product norm falls."""
    config = result.config
    lines = [f"task {config.task}, T={config.length}, H={config.hidden}, {plural(config.steps, 'step')}; "
             f"chance loss {result.chance_loss:.3f}"]
    for cell in result.cells:
        diag = result.snapshots[cell].diagnostics
        tail = result.losses[cell][-100:]
        line = (f"{cell.upper():5s} final loss {result.losses[cell][-1]:.4f} (mean of the last {len(tail)} steps "
                f"{sum(tail) / len(tail):.4f})   "
                f"||dc_T/dc_t|| falls {decades_of_decay(diag.log_product):.1f} decades over {config.length - 1} steps")
        if diag.log_product_cpath is not None:
            line += f" (c-path product: {decades_of_decay(diag.log_product_cpath):.1f})"
        lines.append(line)
    return lines
