"""How long ``python main.py translate TEXT`` takes end to end (aim: at most 1 s), beside what importing torch
alone would cost (the command runs the model in numpy and never imports torch).

    python benchmarks/translate_cli.py [--runs 5]

Each run is a fresh process (as a person runs the command); the commands alternate in one loop, so a busy
machine slows them alike. The load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "The air conditioning is working, isn't it?"
COMMANDS = {
    "translate": [sys.executable, "main.py", "translate", SENTENCE],
    "beam 5": [sys.executable, "main.py", "translate", SENTENCE, "--beam-width", "5"],
    "import torch": [sys.executable, "-c", "import torch"],
    "--help": [sys.executable, "main.py", "translate", "--help"],
}


def seconds(command: list[str]) -> float:
    """Wall time of one run of ``command`` from the project root."""
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():
            times[name].append(seconds(command))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name:>13}: median {medians[name]:.2f} s, best {min(values):.2f} s over {args.runs} runs")
    print(f"translate takes {medians['translate'] / medians['import torch']:.2f} x the time of importing torch; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
