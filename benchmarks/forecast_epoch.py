"""Stock forecaster benchmarks on the Google fixture (../shared/data/google_stock).

1. Seconds per epoch of the exercise's architecture (window 60, 4 x RNN(50) + dropout 0.2, batch 32, Adam, MSE,
   predicting the scaled Open) in RNN Lab, and side by side in Keras when tensorflow is importable (alternating,
   in the same process, so both see the same machine load). ``--commands N``: also as whole commands, the issue's
   way: ``(t(7 epochs) - t(1 epoch)) / 6`` of ``rnnlab forecast`` with the exercise's settings (no validation, band
   or projection) against the median of Keras' epochs 2-7, alternating, N rounds.
2. Skill against the naive forecast of the default configuration (target "change") over several seeds, and
   optionally of the exercise's preset.

    python benchmarks/forecast_epoch.py --epochs 3 --repeats 2 --seeds 5
    python benchmarks/forecast_epoch.py --epochs 7 --repeats 3 --commands 3 --seeds 0 --device cpu

On a machine with CUDA it first times an epoch on the CPU and on the GPU (the speed-up); ``--device cpu`` skips that.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.forecast.config import ForecastConfig, exercise_preset  # noqa: E402
from rnnlab.engine.forecast.events import ForecastProgress  # noqa: E402
from rnnlab.engine.forecast.loader import load_price_csv  # noqa: E402
from rnnlab.engine.forecast.training import ForecastTraining  # noqa: E402
from rnnlab.engine.forecast.windows import build_split, fit_scaler, make_windows  # noqa: E402
from rnnlab.engine.jobs import CancelToken, ignore_progress  # noqa: E402
from rnnlab.engine.runtime import configure_torch  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "google_stock"


def load_split(config: ForecastConfig, data: Path):
    """The exercise's two-file split of the Google data."""
    train = load_price_csv(data / "Google_Stock_Price_Train.csv")
    test = load_price_csv(data / "Google_Stock_Price_Test.csv")
    return build_split(train.frame, test.frame, config)


def ours_seconds_per_epoch(split, config: ForecastConfig, epochs: int) -> float:
    """RNN Lab's training job on the exercise's recipe; seconds per epoch (after the first, like Keras')."""
    config = dataclasses.replace(config, epochs=epochs, horizon=0)
    times = []
    stamps = []

    def progress(event):
        if isinstance(event, ForecastProgress) and event.train_loss is not None:
            stamps.append(time.perf_counter())

    start = time.perf_counter()
    ForecastTraining(split, config)(progress, CancelToken())
    marks = [start, *stamps]
    times = [b - a for a, b in itertools.pairwise(marks)]
    return statistics.median(times[1:] if len(times) > 1 else times)


def keras_seconds_per_epoch(split, config: ForecastConfig, epochs: int) -> float | None:
    """The same model in Keras (SimpleRNN(50, return_sequences) + Dropout(0.2) x 4, Dense(1)); None without TF."""
    try:
        import tensorflow as tf
    except ImportError:
        return None
    scaled = fit_scaler(split.train_values).transform(split.values)
    windows = make_windows(scaled, config.window, "value", 0, split.n_train)
    model = tf.keras.Sequential([tf.keras.Input(shape=windows.x.shape[1:])])
    for layer in range(config.layers):
        model.add(tf.keras.layers.SimpleRNN(config.units, return_sequences=layer < config.layers - 1))
        model.add(tf.keras.layers.Dropout(config.dropout))
    model.add(tf.keras.layers.Dense(1))
    model.compile(optimizer="adam", loss="mean_squared_error")
    stamps = []
    callback = tf.keras.callbacks.LambdaCallback(on_epoch_end=lambda *_: stamps.append(time.perf_counter()))
    start = time.perf_counter()
    model.fit(windows.x, windows.y, epochs=epochs, batch_size=config.batch_size, verbose=0, callbacks=[callback])
    marks = [start, *stamps]
    times = [b - a for a, b in itertools.pairwise(marks)]
    return statistics.median(times[1:] if len(times) > 1 else times)


EXERCISE_FLAGS = ("--target", "value", "--validation-fraction", "0", "--interval", "0", "--horizon", "0",
                  "--device", "cpu", "--quiet")
"""``rnnlab forecast`` flags for the exercise's recipe (the other settings are the defaults) without validation, band
or projection."""


def command_seconds(data: Path, epochs: int) -> float:
    """Wall seconds of ``rnnlab forecast`` on the Google files with the exercise's recipe for ``epochs`` epochs."""
    argv = [sys.executable, str(ROOT / "main.py"), "forecast", str(data / "Google_Stock_Price_Train.csv"),
            "--test-csv", str(data / "Google_Stock_Price_Test.csv"), "--epochs", str(epochs), *EXERCISE_FLAGS]
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - started


def command_seconds_per_epoch(data: Path, epochs: int = 7) -> float:
    """(t(epochs) - t(1 epoch)) / (epochs - 1) of the whole command: start-up, loading and testing cancel out."""
    one = command_seconds(data, 1)
    return (command_seconds(data, epochs) - one) / (epochs - 1)


@dataclasses.dataclass
class EpochTimes:
    """Seconds per epoch of each round, RNN Lab's beside Keras' (empty without tensorflow)."""

    ours: list[float]
    keras: list[float]

    def ratio(self) -> float | None:
        """Median of RNN Lab's over median of Keras'; None without Keras."""
        return statistics.median(self.ours) / statistics.median(self.keras) if self.keras else None

    def line(self, label: str) -> str:
        """The figures as the benchmark prints them."""
        runs = ", ".join(f"{t:.3f}" for t in self.ours)
        text = f"  {label}: RNN Lab {statistics.median(self.ours):.3f} s/epoch (runs {runs})"
        if not self.keras:
            return text + "; Keras: tensorflow is not importable here"
        runs = ", ".join(f"{t:.3f}" for t in self.keras)
        return text + f", Keras {statistics.median(self.keras):.3f} (runs {runs}): ratio {self.ratio():.2f}"


def in_process(split, config: ForecastConfig, epochs: int, repeats: int) -> EpochTimes:
    """RNN Lab's training job and Keras' fit in this process, alternating, ``repeats`` rounds."""
    times = EpochTimes([], [])
    for _ in range(repeats):
        times.ours.append(ours_seconds_per_epoch(split, config, epochs))
        if (seconds := keras_seconds_per_epoch(split, config, epochs)) is not None:
            times.keras.append(seconds)
    return times


def whole_commands(split, config: ForecastConfig, data: Path, rounds: int) -> EpochTimes:
    """``rnnlab forecast`` as whole commands against Keras' epochs 2-7 in this process, alternating."""
    times = EpochTimes([], [])
    for _ in range(rounds):
        times.ours.append(command_seconds_per_epoch(data))
        if (seconds := keras_seconds_per_epoch(split, config, 7)) is not None:
            times.keras.append(seconds)
    return times


def skill_over_seeds(split, config: ForecastConfig, seeds: int) -> list[dict]:
    """Train with seeds 0..seeds-1 and collect each run's metrics."""
    rows = []
    for seed in range(seeds):
        training = ForecastTraining(split, dataclasses.replace(config, seed=seed, horizon=0))
        result = training(ignore_progress, CancelToken())
        rows.append({"seed": seed, **result.metrics()})
        m = rows[-1]
        baselines = "  ".join(f"{name} {b['mae']:.3f}" for name, b in m["baselines"].items() if name != "naive")
        band = f"  coverage {m['coverage']:.2f} of {m['band_level']:.2f}" if m["coverage"] is not None else ""
        print(f"  seed {seed}: MAE {m['mae']:.3f}  naive {m['naive_mae']:.3f}  {baselines}  skill {m['skill']:+.4f}"
              f"{band}  best epoch {m['best_epoch']}/{m['epochs_run']}  {m['train_seconds']:.1f} s", flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder holding the two Google CSV files")
    parser.add_argument("--epochs", type=int, default=3, help="epochs per timing run (the first is not counted)")
    parser.add_argument("--repeats", type=int, default=2, help="timing runs per framework, alternating")
    parser.add_argument("--commands", type=int, default=0, help="rounds of whole `rnnlab forecast` commands")
    parser.add_argument("--seeds", type=int, default=5, help="seeds for the skill of the default configuration")
    parser.add_argument("--device", default="auto", help="auto: also time an epoch on CUDA when one is present")
    parser.add_argument("--exercise-seeds", type=int, default=0, help="seeds for the skill of the exercise's preset")
    args = parser.parse_args()
    configure_torch()

    exercise = exercise_preset()
    split = load_split(exercise, args.data)
    print(f"Epoch time, exercise architecture ({exercise.layers} x {exercise.cell.upper()}({exercise.units}), "
          f"window {exercise.window}, batch {exercise.batch_size}):", flush=True)
    if args.device != "cpu":
        import torch

        if torch.cuda.is_available():
            cpu = ours_seconds_per_epoch(split, dataclasses.replace(exercise, device="cpu"), args.epochs)
            gpu = ours_seconds_per_epoch(split, dataclasses.replace(exercise, device="cuda"), args.epochs)
            print(f"  CPU {cpu:.3f} s/epoch, CUDA {gpu:.3f} s/epoch: speed-up {cpu / gpu:.2f}x", flush=True)
        else:
            print("  no CUDA device here: CPU only", flush=True)
    exercise = dataclasses.replace(exercise, device="cpu")
    print(f"  load average {os.getloadavg()[0]:.2f} before", flush=True)
    print(in_process(split, exercise, args.epochs, args.repeats).line("in-process"), flush=True)
    if args.commands:
        print(whole_commands(split, exercise, args.data, args.commands).line("whole commands"), flush=True)
    print(f"  load average {os.getloadavg()[0]:.2f} after", flush=True)

    if args.seeds:
        config = ForecastConfig()
        print(f"Skill of the default configuration (target {config.target}, {config.epochs} epochs, "
              f"validation {config.validation_fraction}) on the Google test month:", flush=True)
        rows = skill_over_seeds(load_split(config, args.data), config, args.seeds)
        skills = [r["skill"] for r in rows]
        print(f"  skill min {min(skills):+.4f}  mean {statistics.mean(skills):+.4f}  max {max(skills):+.4f}; "
              f"{sum(s >= 0 for s in skills)}/{len(skills)} seeds >= 0")
    if args.exercise_seeds:
        print("Skill of the exercise's preset (target value, 100 epochs, no validation):", flush=True)
        rows = skill_over_seeds(split, exercise, args.exercise_seeds)
        skills = [r["skill"] for r in rows]
        print(f"  skill min {min(skills):+.4f}  mean {statistics.mean(skills):+.4f}  max {max(skills):+.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
