"""The line a finished forecast is summed up in: the CLI prints it and the lab report quotes it."""

from __future__ import annotations

from rnnlab.engine.forecast.config import ForecastConfig


def summary_line(metrics: dict, config: ForecastConfig) -> str:
    """Errors against the naive forecast, skill and a verdict, from the metrics JSON (``ForecastResult.metrics_dict``)."""
    verdict = "beats" if metrics["skill"] > 0 else "does NOT beat"
    return (f"target {config.target} of {config.column}: MAE {metrics['mae']:.4g} (naive {metrics['naive_mae']:.4g}), "
            f"RMSE {metrics['rmse']:.4g}, MAPE {100 * metrics['mape']:.3g}%, MASE {metrics['mase']:.3g}, "
            f"skill {metrics['skill']:+.4f}: the model {verdict} the naive forecast "
            f"({metrics['n_rows']} rows, {metrics['n_test']} test rows, {metrics['epochs_run']} epochs, "
            f"{metrics['train_seconds']:.1f} s on {metrics['device']})")
