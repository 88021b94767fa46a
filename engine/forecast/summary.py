"""The line a finished forecast is summed up in: the CLI prints it and the lab report quotes it."""

from __future__ import annotations

from typing import Any

from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.verdict import verdict_of
from rnnlab.engine.plural import plural


def summary_line(metrics: dict[str, Any], config: ForecastConfig) -> str:
    """Errors against the naive forecast, the verdict of the Diebold-Mariano test with the skill, the best baseline
    and the band's coverage, from the metrics JSON (``ForecastResult.metrics``)."""
    best, errors = min(metrics["baselines"].items(), key=lambda item: item[1]["mae"])
    band = (f", {metrics['band_covered']} of {metrics['band_rows']} test rows ({100 * metrics['coverage']:.0f}%) "
            f"inside the {100 * metrics['band_level']:.0f}% {metrics['band_method']} band"
            if metrics["coverage"] is not None else "")
    return (f"target {config.target} of {config.column}: MAE {metrics['mae']:.4g} (naive {metrics['naive_mae']:.4g}), "
            f"RMSE {metrics['rmse']:.4g}, MAPE {100 * metrics['mape']:.3g}%, MASE {metrics['mase']:.3g}; "
            f"verdict: {verdict_of(metrics)}; best baseline {best} "
            f"(MAE {errors['mae']:.4g}){band} "
            f"({plural(metrics['n_rows'], 'row')}, {plural(metrics['n_test'], 'test row')}, "
            f"{plural(metrics['epochs_run'], 'epoch')}, {metrics['train_seconds']:.1f} s on {metrics['device_used']})")
