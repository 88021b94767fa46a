"""Training the translator from scratch: seconds until the held-out exact-word accuracy first reaches 95% and 98%.

    python benchmarks/translate_from_scratch.py [--attention additive] [--epochs 4] [--seed 0] [--weight-average off]

Trains with the pad's default settings (the Retrain button's) on one thread; held-out accuracy is measured on
all 2,000 validation words every 2 s and at each epoch's end, and that measuring time counts. The clock starts where
the pad's does when Retrain is pressed: the job process has already paid the one-off costs (``training.warm_up``:
torch's first optimizer imports torch._dynamo, the shipped words are read and encoded) while the pad was idle, so
they are paid here first and printed apart. The load average is printed because other work on the same CPU slows
the run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from rnnlab.engine.jobs import CancelToken, ignore_progress  # noqa: E402
from rnnlab.engine.plural import plural  # noqa: E402
from rnnlab.engine.translate.config import PIG_LATIN_EPOCHS, WEIGHT_AVERAGE, TranslatorConfig  # noqa: E402
from rnnlab.engine.translate.training import TranslatorTraining, warm_up  # noqa: E402

TARGETS = (0.95, 0.98)


def seconds_to_targets(attention: str = "additive", epochs: int = PIG_LATIN_EPOCHS, seed: int = 0,
                       verbose: bool = False, weight_average: float | None = WEIGHT_AVERAGE
                       ) -> tuple[dict[float, float], float]:
    """Train from scratch with the pad's defaults: seconds until each target held-out accuracy was first reached,
    and the final held-out accuracy."""
    torch.set_num_threads(1)
    warming = time.monotonic()
    warm_up(ignore_progress, CancelToken())
    if verbose:
        print(f"one-off warm-up (paid by the pad while idle, not counted) {time.monotonic() - warming:.1f} s",
              flush=True)
    config = TranslatorConfig(attention=attention, epochs=epochs, seed=seed, weight_average=weight_average)
    reached: dict[float, float] = {}
    started = time.monotonic()

    def progress(event) -> None:
        if event.accuracy is None:
            return
        for target in TARGETS:
            if event.accuracy >= target and target not in reached:
                reached[target] = time.monotonic() - started
                if verbose:
                    print(f"{target:.0%} held-out after {reached[target]:.1f} s (epoch {event.epoch:.2f})", flush=True)

    result = TranslatorTraining(config)(progress, CancelToken())
    return reached, result.evaluation.accuracy


def _decay_or_off(text: str) -> float | None:
    """``--weight-average``'s value: a decay, or None for off."""
    return None if text == "off" else float(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attention", default="additive", choices=("none", "additive", "dot"))
    parser.add_argument("--epochs", type=int, default=PIG_LATIN_EPOCHS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--weight-average", type=_decay_or_off, default=WEIGHT_AVERAGE,
                        help=f"the decay of the weights' running average, or off (default {WEIGHT_AVERAGE})")
    args = parser.parse_args()
    started = time.monotonic()
    reached, accuracy = seconds_to_targets(args.attention, args.epochs, args.seed, verbose=True,
                                           weight_average=args.weight_average)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{args.attention} attention, {plural(args.epochs, 'epoch')}: final held-out {accuracy:.2%} "
          f"in {time.monotonic() - started:.1f} s; " + ", ".join(
              f"{t:.0%} at {reached[t]:.1f} s" if t in reached else f"{t:.0%} not reached" for t in TARGETS)
          + f"; weight averaging {args.weight_average or 'off'}; load average {load:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
