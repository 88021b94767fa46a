"""The memory-horizon experiment as a user runs it: ``rnnlab sweep gradflow --preset memory-horizon`` with the default
workers, timed from the command's start to its end (job processes' start-up included), with each cell's horizon and
the load average before and after.

    python benchmarks/memory_horizon.py --store /tmp/horizon.sqlite3

The goal (issue 26): the whole preset finishes in <= 20 minutes on this 2-core CPU. A GPU machine was not lent for
this measurement; the runs train on the CPU.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.experiments.horizon import horizons  # noqa: E402
from rnnlab.engine.experiments.results import ExperimentResults  # noqa: E402
from rnnlab.engine.experiments.store import RunStore  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="a new run store to fill (refused if it exists)")
    args = parser.parse_args()
    if args.store.exists():
        raise SystemExit(f"{args.store} exists: give a new file, so the sweep runs every run.")
    print(f"load average before {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} CPUs; device cpu "
          "(no GPU lent)", flush=True)
    command = [sys.executable, str(ROOT / "main.py"), "sweep", "gradflow", "--preset", "memory-horizon",
               "--store", str(args.store), "--quiet"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    print(f"load average after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return done.returncode
    store = RunStore(args.store)
    stored = store.experiments()[-1].stored
    results = ExperimentResults(stored, store.runs(stored.id))
    print(f"{' '.join(command[2:])}: {results.total} runs in {seconds / 60:.1f} min ({seconds:.0f} s wall)")
    for horizon in horizons(results):
        shares = ", ".join(f"{horizon.axis.text_of(v)}: {c}/{horizon.seeds}"
                           for v, c in zip(horizon.axis.values, horizon.successes, strict=True))
        print(f"{horizon.label}: horizon {horizon.text} ({shares})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
