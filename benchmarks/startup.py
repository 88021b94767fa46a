"""Time from process start to RNN Lab's first painted window (and to engine ready), median of several runs.

Each run launches the app as a person would (``python main.py``, or a bundle's executable) with
``RNNLAB_STARTUP_PROBE=1``: the app prints the wall-clock time of its first paint, of the moment the tab on show can
train and of the moment every tab can (torch and each tab's engine modules loaded), and the longest its event loop
stalled in between (the other tabs, the sample and torch load then), then quits. The clock starts just before the
process is created, so interpreter start-up, imports and window construction are all counted. Settings go to a throwaway
folder. Beside each launch it times a bare PySide6 window (a label in a QMainWindow of the same size) from process
creation to its first paint, the floor no Qt app goes below on the same machine at the same moment.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py --runs 7
    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py --runs 7 --command dist/rnnlab/rnnlab
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GOAL_S = 0.5
BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("RNN Lab"))
window.resize(1280, 860)
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first_paint {time.time():.4f}", flush=True)
            os._exit(0)
        return False
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def measure_once(command: list[str], home: str) -> tuple[float, float, float, float]:
    """Seconds from process creation to first paint, to the tab on show able to train and to engine ready (every
    tab), and the longest event-loop stall between first paint and engine ready, for one launch."""
    environment = dict(os.environ, RNNLAB_STARTUP_PROBE="1", RNNLAB_HOME=home)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    out = subprocess.run(command, cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        raise SystemExit(f"{shlex.join(command)} exited with {out.returncode}:\n{out.stderr[-2000:]}")
    marks = dict(line.split() for line in out.stdout.splitlines()
                 if line.startswith(("first_paint", "shown_tab_ready", "engine_ready", "longest_stall")))
    return (float(marks["first_paint"]) - started, float(marks["shown_tab_ready"]) - started,
            float(marks["engine_ready"]) - started, float(marks["longest_stall"]))


def bare_window_seconds() -> float:
    """Seconds from process creation to the first paint of a bare PySide6 window."""
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    out = subprocess.run([sys.executable, "-c", BARE_WINDOW], env=environment, capture_output=True, text=True,
                         timeout=120, check=True)
    return float(out.stdout.split()[1]) - started


@dataclass
class Startup:
    """One row per launch: RNN Lab's first paint, the tab on show ready, every tab ready, the longest stall, and the
    bare window's first paint timed just before it."""

    paints: list[float] = field(default_factory=list)
    shown: list[float] = field(default_factory=list)
    readies: list[float] = field(default_factory=list)
    stalls: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)


def measure(command: list[str], runs: int, verbose: bool = True) -> Startup:
    """``runs`` launches of ``command``, each after a bare window's, in a throwaway settings folder."""
    result = Startup()
    with tempfile.TemporaryDirectory(prefix="rnnlab-startup-") as home:
        measure_once(command, home)  # warm the file cache; not counted
        bare_window_seconds()
        for run in range(1, runs + 1):
            result.bare.append(bare_window_seconds())
            paint, tab_ready, ready, stall = measure_once(command, home)
            result.paints.append(paint)
            result.shown.append(tab_ready)
            result.readies.append(ready)
            result.stalls.append(stall)
            if verbose:
                print(f"run {run}: first paint {paint:.2f} s (bare window {result.bare[-1]:.2f} s), Train on the tab "
                      f"on show {tab_ready:.2f} s, engine ready {ready:.2f} s, longest stall in between "
                      f"{stall * 1000:.0f} ms", flush=True)
    return result


def main() -> int:
    """Run the launches and print each time, then the medians against the 1.5 s goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="launches to time (default 7)")
    parser.add_argument("--command", default=None,
                        help="what to launch (default: this Python running main.py), e.g. dist/rnnlab/rnnlab")
    args = parser.parse_args()
    command = shlex.split(args.command) if args.command else [sys.executable, str(PROJECT_ROOT / "main.py")]
    print(f"load average {os.getloadavg()[0]:.2f} before", flush=True)
    result = measure(command, args.runs)
    paint, tab_ready = statistics.median(result.paints), statistics.median(result.shown)
    ready, stall = statistics.median(result.readies), statistics.median(result.stalls)
    bare = statistics.median(result.bare)
    verdict = "within" if paint <= GOAL_S else "OVER"
    print(f"median of {args.runs}: first paint {paint:.2f} s ({verdict} the {GOAL_S} s goal), "
          f"Train on the tab on show {tab_ready:.2f} s, engine ready {ready:.2f} s, longest stall in between "
          f"{stall * 1000:.0f} ms  [{shlex.join(command)}]; a bare PySide6 window {bare:.2f} s; "
          f"load average {os.getloadavg()[0]:.2f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
