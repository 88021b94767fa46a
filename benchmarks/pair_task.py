"""Held-out accuracy against time while a translator learns a task of pairs with the default settings.

    python benchmarks/pair_task.py                                   # the bundled date task (20,000 pairs)
    python benchmarks/pair_task.py --task roman-to-arabic            # a task of scripts/make_pair_tasks.py
    python benchmarks/pair_task.py --task all                        # the dates, then every one of those tasks
    python scripts/make_reversal_pairs.py --out /tmp/reversal.tsv    # any pairs file, e.g. string reversal
    python benchmarks/pair_task.py --pairs /tmp/reversal.tsv
    python benchmarks/pair_task.py --epochs 8 --hidden-size 96       # the flags of train-translator

Trains as ``main.py train-translator --pairs FILE`` does (same settings, same held-out share drawn with the fixed
split seed, one torch thread) and prints every held-out measurement the training job reports (exact-line accuracy
on all held-out pairs, every couple of seconds and at each epoch's end; measuring time counts), then when the
accuracy first reached 90%, 95% and 98%, the final figure and why the run stopped. The tasks run one after
another, never at once, and each ends with a row of the table in docs/translation-pad.md (task, pairs, held-out
share, time to 95%, final held-out, epochs run, why it stopped, load average at the start and the end, the
command): other work on the same CPU slows a run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.cli.args import add_param_flags, config_from_args  # noqa: E402
from rnnlab.engine.jobs import CancelToken  # noqa: E402
from rnnlab.engine.resources import resource_path  # noqa: E402
from rnnlab.engine.runtime import configure_torch  # noqa: E402
from rnnlab.engine.translate.config import TranslatorConfig  # noqa: E402
from rnnlab.engine.translate.pairs import PairsData, pairs_data, read_pairs  # noqa: E402
from rnnlab.engine.translate.training import TranslatorProgress, TranslatorTraining  # noqa: E402
from scripts.make_pair_tasks import TASKS  # noqa: E402

TARGETS = (0.90, 0.95, 0.98)
DATES = "dates"
TABLE_HEADER = ("| task | pairs | held out (share) | 95% at | final held-out | run | epochs run | why it stopped "
                "| load average | command |\n|---|---|---|---|---|---|---|---|---|---|")


def _load() -> str:
    """The one-minute load average (Windows has none)."""
    return "n/a" if sys.platform == "win32" else f"{os.getloadavg()[0]:.1f}"


@dataclass
class Row:
    """One run's line of the table in docs/translation-pad.md."""

    task: str
    pairs: int
    held_out: int
    reached: dict[float, float]
    final: float
    seconds: float
    epochs: float
    stopped: str
    load: str
    command: str

    def markdown(self) -> str:
        at_95 = f"{self.reached[0.95]:.0f} s" if 0.95 in self.reached else "not reached"
        return (f"| {self.task} | {self.pairs:,} | {self.held_out:,} ({self.held_out / self.pairs:.0%}) | {at_95} "
                f"| {self.final:.2%} | {self.seconds:.0f} s | {self.epochs:g} "
                f"| {self.stopped.removeprefix('stopped: ')} | {self.load} | `{self.command}` |")


def train(task: str, data: PairsData, config: TranslatorConfig, command: str) -> Row:
    """Train ``config`` on ``data``, printing each held-out measurement; the run's row of the table."""
    training_pairs, held_out = data.split(config.valid_fraction)
    load_before = _load()
    batch = config.planned_batch_size(data.task.is_pig_latin)
    print(f"{task}: {len(data.pairs):,} pairs ({len(training_pairs):,} trained, {len(held_out):,} held out), "
          f"{len(data.task.characters)} characters; {config.attention} attention, hidden {config.hidden_size}, "
          f"epochs {config.epochs or 'auto'}, batch {batch}, seed {config.seed}; load average "
          f"{load_before} on {os.cpu_count()} cores", flush=True)
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
    seconds = time.monotonic() - started
    crossings = ", ".join(f"{t:.0%} at {reached[t]:.1f} s" if t in reached else f"{t:.0%} not reached" for t in TARGETS)
    print(f"final held-out exact {result.evaluation.accuracy:.2%} after {seconds:.1f} s ({result.kept}); {crossings}; "
          f"{result.stopped}; load average {_load()} on {os.cpu_count()} cores", flush=True)
    return Row(task, len(data.pairs), len(held_out), reached, result.evaluation.accuracy, seconds,
               result.accuracy_curve[-1][0], result.stopped, f"{load_before}-{_load()}", command)


def task_data(name: str) -> PairsData:
    """The pairs of a named task: the bundled dates, or a task of ``scripts/make_pair_tasks.py`` with its default
    count and seed (the pairs its ``--out`` file holds)."""
    if name == DATES:
        return read_pairs(resource_path("dates", "date_pairs.tsv"), "Human dates -> ISO 8601")
    rows = [(number, source, target) for number, (source, target) in enumerate(TASKS[name].pairs(), start=1)]
    return pairs_data(rows, name, f"{name}.tsv")


def _flags_but_the_task(argv: list[str]) -> str:
    """The command line's flags without ``--task NAME``: what each task's command in the table repeats."""
    kept, skip = [], False
    for arg in argv:
        if not skip and arg != "--task" and not arg.startswith("--task="):
            kept.append(arg)
        skip = arg == "--task"
    return " ".join(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--pairs", metavar="FILE", type=Path, help="the pairs file to learn (default: the dates)")
    source.add_argument("--task", choices=[DATES, *TASKS, "all"],
                        help="a named task (scripts/make_pair_tasks.py), or all of them one after another")
    add_param_flags(parser, TranslatorConfig)
    args = parser.parse_args()
    configure_torch()
    config = config_from_args(args, TranslatorConfig)
    flags = _flags_but_the_task(sys.argv[1:])
    if args.pairs is not None:
        rows = [train(args.pairs.name, read_pairs(args.pairs), config, "python benchmarks/pair_task.py " + flags)]
    else:
        names = [DATES, *TASKS] if args.task == "all" else [args.task or DATES]
        rows = [train(name, task_data(name), config, f"python benchmarks/pair_task.py --task {name} {flags}".strip())
                for name in names]
    print("\n" + TABLE_HEADER)
    for row in rows:
        print(row.markdown())


if __name__ == "__main__":
    main()
