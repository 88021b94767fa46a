"""Time from process start to RNN Lab's first painted window (and to engine ready), median of several runs.

Each run launches the app as a person would (``python main.py``, or a bundle's executable) with
``RNNLAB_STARTUP_PROBE=1``: the app prints the wall-clock time of its first paint, of the moment the tab on show can
train and of the moment every tab can (torch and each tab's engine modules loaded), and the longest its event loop
stalled in between (the other tabs, the sample and torch load then), then quits. The clock starts just before the
process is created, so interpreter start-up, imports and window construction are all counted. Settings go to a throwaway
folder.

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
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GOAL_S = 1.5


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


def main() -> int:
    """Run the launches and print each time, then the medians against the 1.5 s goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="launches to time (default 7)")
    parser.add_argument("--command", default=None,
                        help="what to launch (default: this Python running main.py), e.g. dist/rnnlab/rnnlab")
    args = parser.parse_args()
    command = shlex.split(args.command) if args.command else [sys.executable, str(PROJECT_ROOT / "main.py")]
    paints, shown, readies, stalls = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="rnnlab-startup-") as home:
        measure_once(command, home)  # warm the file cache; not counted
        for run in range(1, args.runs + 1):
            paint, tab_ready, ready, stall = measure_once(command, home)
            paints.append(paint)
            shown.append(tab_ready)
            readies.append(ready)
            stalls.append(stall)
            print(f"run {run}: first paint {paint:.2f} s, Train on the tab on show {tab_ready:.2f} s, engine ready "
                  f"{ready:.2f} s, longest stall in between {stall * 1000:.0f} ms")
    paint, tab_ready = statistics.median(paints), statistics.median(shown)
    ready, stall = statistics.median(readies), statistics.median(stalls)
    verdict = "within" if paint <= GOAL_S else "OVER"
    print(f"median of {args.runs}: first paint {paint:.2f} s ({verdict} the {GOAL_S} s goal), "
          f"Train on the tab on show {tab_ready:.2f} s, engine ready {ready:.2f} s, longest stall in between "
          f"{stall * 1000:.0f} ms  [{shlex.join(command)}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
