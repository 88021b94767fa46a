"""Every speed figure of issue 30 in one table: the forecaster's epoch beside Keras' (in-process and as whole
commands), the gradient-flow probes' cost, the sweep's runs a minute with 1 and 2 workers, the first paint beside a
bare window's, the bundle's size and the translator trained from scratch, with the machine, its load average and the
versions.

    python benchmarks/run_all.py            # 3 rounds each (about 10 minutes on 2 cores)
    python benchmarks/run_all.py --quick    # one short round each, CI-sized (about 3 minutes)

Each row runs the benchmark named in it (``benchmarks/*.py``); ratios are of figures measured side by side
(alternating, at the same load). ``scripts/readme_figures.py --table performance`` writes the table into
docs/performance.md. Keras rows need ``tensorflow-cpu`` importable (it is no dependency of RNN Lab); the bundle's row
needs ``scripts/build_bundle.sh`` run first. Where a CUDA device is present, the forecaster's epoch is also timed on it.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import statistics
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUNDLE = ROOT / "dist" / "rnnlab"


@dataclass(frozen=True)
class Figure:
    """One row of the table: what was measured, its figure, the goal and how it was measured."""

    name: str
    value: str
    goal: str
    how: str

    def cells(self) -> list[str]:
        """The row's cells."""
        return [self.name, self.value, self.goal, self.how]


HEADER = ("figure", "measured", "goal", "how (benchmark, rounds)")


def forecaster_figures(quick: bool) -> list[Figure]:
    """The exercise's model: RNN Lab's epoch against Keras', in this process and as whole commands."""
    import dataclasses

    from benchmarks import forecast_epoch
    from rnnlab.engine.forecast.config import exercise_preset

    config = dataclasses.replace(exercise_preset(), device="cpu")
    split = forecast_epoch.load_split(config, forecast_epoch.DATA)
    rounds = 1 if quick else 3
    in_process = forecast_epoch.in_process(split, config, 3 if quick else 7, rounds)
    commands = forecast_epoch.whole_commands(split, config, forecast_epoch.DATA, rounds)
    rows = []
    for label, times, how in (
            ("in-process", in_process, f"forecast_epoch.py, epochs 2-{3 if quick else 7}, median of {rounds}"),
            ("whole commands", commands, f"forecast_epoch.py --commands {rounds}: (t(7)-t(1))/6")):
        ours = statistics.median(times.ours)
        ratio = times.ratio()
        value = f"{ours:.3f} s/epoch" + (f", Keras {statistics.median(times.keras):.3f}: ratio {ratio:.2f}"
                                          if ratio is not None else " (Keras not importable)")
        rows.append(Figure(f"forecaster epoch, {label}", value, "ratio <= 0.5", how))
    return rows


def gradflow_figures(quick: bool) -> list[Figure]:
    """Steps a second with the probes on and off at the defaults."""
    from benchmarks import gradflow_probes
    from rnnlab.engine.gradflow.config import GradflowConfig

    rounds = 1 if quick else 3
    every = GradflowConfig.probe_every
    config = GradflowConfig(steps=(3 if quick else 10) * every + 1, device="cpu")
    cost = gradflow_probes.measure(config, rounds)
    value = (f"on {statistics.median(cost.on):.0f} steps/s, off {statistics.median(cost.off):.0f}: "
             f"+{100 * cost.cost:.0f}% (CPU time +{100 * cost.cpu_cost:.0f}%)")
    return [Figure("gradient-flow probes' cost (defaults)", value, "<= 25%",
                   f"gradflow_probes.py --steps {config.steps}, median of {rounds}")]


def sweep_figures(quick: bool) -> list[Figure]:
    """The 8-run forecaster sweep with 1 and 2 workers."""
    from benchmarks import sweep

    times, _ = sweep.measure(sweep.tasks(), 1 if quick else 2)
    value = (f"{times.runs_per_minute(1):.1f} runs/min (1 worker), {times.runs_per_minute(2):.1f} (2): "
             f"efficiency {times.efficiency:.2f}")
    return [Figure("8-run forecaster sweep", value, "2 workers <= 0.6x the time of 1",
                   f"sweep.py, median of {len(times.one)}")]


def startup_figures(quick: bool) -> list[Figure]:
    """The median first paint beside a bare PySide6 window's."""
    from benchmarks import startup

    runs = 3 if quick else 7
    result = startup.measure([sys.executable, str(ROOT / "main.py")], runs, verbose=False)
    value = (f"{statistics.median(result.paints):.2f} s (bare window {statistics.median(result.bare):.2f} s); "
             f"the tab on show can train at {statistics.median(result.shown):.2f} s")
    return [Figure("first paint", value, "<= 0.5 s", f"startup.py --runs {runs}, median")]


def bundle_figures() -> list[Figure]:
    """The size of the Linux bundle in dist/, if one was built."""
    if not BUNDLE.is_dir():
        return [Figure("bundle size", "not built here", "<= 600 MB", "scripts/build_bundle.sh")]
    size = sum(path.lstat().st_blocks * 512 for path in [BUNDLE, *BUNDLE.rglob("*")])
    return [Figure("bundle size", f"{math.ceil(size / 2**20)} MB", "<= 600 MB",
                   "scripts/build_bundle.sh, then the disk space of dist/rnnlab (du -sm)")]


def translator_figures() -> list[Figure]:
    """Seconds to 95% and 98% held-out from scratch with the pad's defaults."""
    from benchmarks import translate_from_scratch

    reached, accuracy = translate_from_scratch.seconds_to_targets()
    value = ", ".join(f"{t:.0%} at {reached[t]:.1f} s" if t in reached else f"{t:.0%} not reached"
                      for t in translate_from_scratch.TARGETS) + f" (final {accuracy:.1%})"
    return [Figure("translator from scratch", value, "98% <= 15 s", "translate_from_scratch.py")]


def machine() -> str:
    """The CPU, its cores, the versions the figures come from."""
    from scripts.readme_figures import cpu_model

    versions = f"torch {metadata.version('torch')}, Python {platform.python_version()}"
    try:
        versions += f", tensorflow {metadata.version('tensorflow-cpu')}"
    except metadata.PackageNotFoundError:
        pass
    return f"CPU {cpu_model()} ({os.cpu_count()} cores), {versions}, {platform.system()}"


def figures(quick: bool, translator: bool) -> list[Figure]:
    """Every row, in the order of the issue's list."""
    from rnnlab.engine.runtime import configure_torch

    configure_torch()
    rows = [*forecaster_figures(quick), *gradflow_figures(quick), *sweep_figures(quick), *startup_figures(quick),
            *bundle_figures()]
    if translator:
        rows += translator_figures()
    return rows


def markdown(rows: list[Figure]) -> str:
    """The rows as a markdown table."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one short round of each (CI-sized)")
    parser.add_argument("--no-translator", action="store_true", help="leave out the translator (about 30 s)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    before = os.getloadavg()[0]
    rows = figures(args.quick, not args.no_translator)
    print(f"{machine()}; load average {before:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
