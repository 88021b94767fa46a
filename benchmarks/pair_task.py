"""Held-out accuracy against time while a translator learns a task of pairs with the default settings.

    python benchmarks/pair_task.py                                   # the bundled date task (20,000 pairs)
    python scripts/make_reversal_pairs.py --out /tmp/reversal.tsv    # any pairs file, e.g. string reversal
    python benchmarks/pair_task.py --pairs /tmp/reversal.tsv
    python benchmarks/pair_task.py --epochs 8 --hidden-size 96       # the flags of train-translator

Trains as ``main.py train-translator --pairs FILE`` does (same settings, same held-out share drawn with the fixed
split seed, one torch thread) and prints every held-out measurement the training job reports (exact-line accuracy
on all held-out pairs, every couple of seconds and at each epoch's end; measuring time counts), then when the
accuracy first reached 90%, 95% and 98% and the final figure. The load average is printed at the start and the
end because other work on the same CPU slows the run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.cli.args import add_param_flags, config_from_args  # noqa: E402
from rnnlab.engine.jobs import CancelToken  # noqa: E402
from rnnlab.engine.resources import resource_path  # noqa: E402
from rnnlab.engine.runtime import configure_torch  # noqa: E402
from rnnlab.engine.translate.config import TranslatorConfig  # noqa: E402
from rnnlab.engine.translate.pairs import read_pairs  # noqa: E402
from rnnlab.engine.translate.training import TranslatorProgress, TranslatorTraining  # noqa: E402

TARGETS = (0.90, 0.95, 0.98)


def _load() -> str:
    """The one-minute load average (Windows has none)."""
    return "n/a" if sys.platform == "win32" else f"{os.getloadavg()[0]:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", metavar="FILE", type=Path, default=resource_path("dates", "date_pairs.tsv"),
                        help="the pairs file to learn (default: the bundled date task)")
    add_param_flags(parser, TranslatorConfig)
    args = parser.parse_args()
    configure_torch()
    config = config_from_args(args, TranslatorConfig)
    data = read_pairs(args.pairs)
    training_pairs, held_out = data.split(config.valid_fraction)
    print(f"{args.pairs.name}: {len(data.pairs):,} pairs ({len(training_pairs):,} trained, {len(held_out):,} held "
          f"out), {len(data.task.characters)} characters; {config.attention} attention, hidden {config.hidden_size}, "
          f"{config.epochs} epochs, batch {config.batch_size}, seed {config.seed}; load average {_load()} on "
          f"{os.cpu_count()} cores", flush=True)
    reached: dict[float, float] = {}
    started = time.monotonic()

    def progress(event: TranslatorProgress) -> None:
        if event.accuracy is None:
            return
        seconds = time.monotonic() - started
        print(f"{seconds:7.1f} s  epoch {event.epoch:5.2f}  held-out exact {event.accuracy:7.2%}  "
              f"CER {event.char_error_rate:.4f}", flush=True)
        for target in TARGETS:
            if event.accuracy >= target and target not in reached:
                reached[target] = seconds

    result = TranslatorTraining(config, data)(progress, CancelToken())
    print(f"final held-out exact {result.evaluation.accuracy:.2%} after {time.monotonic() - started:.1f} s; "
          + ", ".join(f"{t:.0%} at {reached[t]:.1f} s" if t in reached else f"{t:.0%} not reached" for t in TARGETS)
          + f"; load average {_load()} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
