"""Coverage of the forecaster's default 90% band, adaptive against split, on synthetic daily prices and the Google
file.

Each series is written as a CSV, loaded by the app's loader and run through the real training job with small fast
settings (the band is what is measured, not the network); the test period is the last 20% of the rows. Series:
geometric random walks at 0.8%, 1.5% and 3% daily volatility, GARCH(1,1) volatility clustering, walks whose
volatility doubles where the test period starts, and walks whose trend changes there; plus the Google training file
(``resources/stock``, the bundled sample) split the same way. ``scripts/readme_figures.py --table
interval-coverage`` writes its table into docs/stock-forecaster.md.

    python benchmarks/interval_coverage.py --workers 2
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.forecast.config import ForecastConfig  # noqa: E402
from rnnlab.engine.forecast.loader import load_price_csv  # noqa: E402
from rnnlab.engine.forecast.training import ForecastTraining, one_step_band  # noqa: E402
from rnnlab.engine.forecast.windows import split_series  # noqa: E402
from rnnlab.engine.jobs import CancelToken, ignore_progress  # noqa: E402

GOOGLE = ROOT / "resources" / "stock" / "Google_Stock_Price_Train.csv"
ROWS = 1000
TEST_FRACTION = 0.2
FAST = ForecastConfig(window=10, layers=1, units=8, epochs=3, batch_size=64, horizon=0, test_fraction=TEST_FRACTION,
                      validation_fraction=0.1)


def walk(returns: np.ndarray, start: float = 100.0) -> np.ndarray:
    """Prices of a geometric walk with these daily log returns."""
    return start * np.exp(np.cumsum(returns))


def garch_returns(rng: np.random.Generator, n: int, omega: float, a: float, b: float) -> np.ndarray:
    """GARCH(1,1) returns: sigma2_t = omega + a r_{t-1}^2 + b sigma2_{t-1}, Gaussian shocks."""
    out, var = np.empty(n), omega / (1 - a - b)
    for t in range(n):
        out[t] = rng.normal(0, np.sqrt(var))
        var = omega + a * out[t] ** 2 + b * var
    return out


def synthetic_series(n: int = ROWS) -> dict[str, np.ndarray]:
    """At least 20 named price series of n days, each from its own seed."""
    cut = int(round(n * (1 - TEST_FRACTION)))
    series: dict[str, np.ndarray] = {}
    for vol in (0.008, 0.015, 0.03):
        for seed in range(3):
            rng = np.random.default_rng(100 * seed + int(vol * 1000))
            series[f"gbm {vol:.1%} s{seed}"] = walk(rng.normal(0.0003, vol, n))
    for seed, (omega, a, b) in enumerate([(2e-6, 0.08, 0.9), (5e-6, 0.1, 0.85), (1e-6, 0.05, 0.94),
                                          (4e-6, 0.12, 0.86)]):
        rng = np.random.default_rng(500 + seed)
        series[f"garch s{seed}"] = walk(garch_returns(rng, n, omega, a, b))
    for seed, vol in enumerate((0.008, 0.015, 0.01, 0.02)):
        rng = np.random.default_rng(700 + seed)
        scale = np.where(np.arange(n) < cut, vol, 2 * vol)
        series[f"vol x2 {vol:.1%} s{seed}"] = walk(rng.normal(0, 1, n) * scale)
    for seed, (before, after) in enumerate([(0.002, -0.002), (-0.001, 0.003), (0.0, 0.004)]):
        rng = np.random.default_rng(900 + seed)
        drift = np.where(np.arange(n) < cut, before, after)
        series[f"trend {before:+.1%}>{after:+.1%}"] = walk(drift + rng.normal(0, 0.012, n))
    return series


def write_csv(folder: Path, name: str, prices: np.ndarray) -> Path:
    """A daily price file as users load them (Date, Open, Close)."""
    path = folder / (name.replace(" ", "_").replace("%", "pct").replace(">", "_to_") + ".csv")
    frame = pd.DataFrame({"Date": pd.bdate_range("2015-01-02", periods=len(prices)).strftime("%Y-%m-%d"),
                          "Open": np.round(prices, 4), "Close": np.round(prices, 4)})
    frame.to_csv(path, index=False)
    return path


def coverage(path: str, config: ForecastConfig) -> tuple[float, float]:
    """The test-period coverage of the band by the adaptive and the split method, from one trained model."""
    import torch

    torch.set_num_threads(1)
    split = split_series(load_price_csv(path).frame, config)
    result = ForecastTraining(split, config)(ignore_progress, CancelToken())
    test = result.test
    out = []
    for method in ("adaptive", "split"):
        result.forecaster.config = dataclasses.replace(config, interval_method=method)
        band = one_step_band(result.forecaster, test.predicted, test.actual)
        out.append(float(np.mean((test.actual >= band.lower) & (test.actual <= band.upper))))
    return out[0], out[1]


def coverage_table(workers: int = 2, config: ForecastConfig = FAST) -> dict[str, tuple[float, float]]:
    """Each series' (adaptive, split) coverage of the test period, the synthetic series first, then Google's."""
    with tempfile.TemporaryDirectory() as folder:
        paths = {name: str(write_csv(Path(folder), name, prices)) for name, prices in synthetic_series().items()}
        paths["google (bundled train file)"] = str(GOOGLE)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            shares = pool.map(coverage, paths.values(), [config] * len(paths))
            return dict(zip(paths, shares, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--aci-step", type=float, default=ForecastConfig().aci_step)
    parser.add_argument("--epochs", type=int, default=FAST.epochs)
    args = parser.parse_args()
    config = dataclasses.replace(FAST, aci_step=args.aci_step, epochs=args.epochs)
    results = coverage_table(args.workers, config)
    print(f"90% band coverage of the test period (last {TEST_FRACTION:.0%}), aci_step {config.aci_step}, "
          f"{config.epochs} epochs, load average {os.getloadavg()[0]:.2f}")
    print(f"{'series':<28} {'adaptive':>9} {'split':>9}")
    for name, (adaptive, split) in results.items():
        print(f"{name:<28} {adaptive:>9.1%} {split:>9.1%}")
    for label, pick in (("mean", statistics.mean), ("min", min)):
        print(f"{label:<28} {pick(r[0] for r in results.values()):>9.1%} {pick(r[1] for r in results.values()):>9.1%}")


if __name__ == "__main__":
    main()
