"""What the gradient-flow probes cost: training steps per second with the probes on (every ``probe_every`` steps, the
default 5) against the same run with probing off, alternating in one process, and the probe's share of the time.

    python benchmarks/gradflow_probes.py --steps 200 --repeats 3
    python benchmarks/gradflow_probes.py --cell rnn --activation tanh

"Off" is the same job with ``probe_every`` past the last step: it still probes at step 0 and at the last step, so
the rate is timed from the end of step 1 to the end of step ``steps - 1`` in both runs (the job's own progress events
mark each step). The cost is ``rate_off / rate_on - 1``: the time the probes add, as a share of the training time.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.gradflow.config import GradflowConfig  # noqa: E402
from rnnlab.engine.gradflow.training import GradflowTraining  # noqa: E402
from rnnlab.engine.jobs import CancelToken  # noqa: E402
from rnnlab.engine.runtime import configure_torch  # noqa: E402


def steps_per_second(config: GradflowConfig) -> float:
    """Steps a second between the end of step 1 and the end of step ``config.steps - 1``."""
    stamps: dict[int, float] = {}

    def progress(event) -> None:
        stamps[event.step] = time.perf_counter()

    GradflowTraining(config)(progress, CancelToken())
    last = config.steps - 1
    return (last - 1) / (stamps[last] - stamps[1])


@dataclasses.dataclass
class ProbeCost:
    """Steps a second with probing on and off, one pair per round."""

    on: list[float]
    off: list[float]

    @property
    def cost(self) -> float:
        """The time the probes add as a share of the training time: median off-rate over median on-rate, less 1."""
        return statistics.median(self.off) / statistics.median(self.on) - 1


def measure(config: GradflowConfig, repeats: int) -> ProbeCost:
    """``repeats`` rounds of the run with probes on, then off, alternating."""
    off = dataclasses.replace(config, probe_every=1000)
    steps_per_second(dataclasses.replace(config, steps=10))
    result = ProbeCost([], [])
    for _ in range(repeats):
        result.on.append(steps_per_second(config))
        result.off.append(steps_per_second(off))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200, help="steps per timed run (default 200)")
    parser.add_argument("--repeats", type=int, default=3, help="rounds of on, then off (default 3)")
    parser.add_argument("--cell", default=GradflowConfig.cell, help="cell (default: the default, lstm)")
    parser.add_argument("--activation", default=GradflowConfig.activation, help="the RNN's nonlinearity")
    parser.add_argument("--probe-every", type=int, default=GradflowConfig.probe_every, help="probe interval")
    args = parser.parse_args()
    configure_torch()
    config = GradflowConfig(cell=args.cell, activation=args.activation, steps=args.steps,
                            probe_every=args.probe_every, device="cpu")
    print(f"gradient flow, {config.cell} T={config.length} H={config.hidden} batch {config.batch_size}, probe every "
          f"{config.probe_every} steps; load average {os.getloadavg()[0]:.2f} before", flush=True)
    result = measure(config, args.repeats)
    for on, off in zip(result.on, result.off, strict=True):
        print(f"  probes on {on:.1f} steps/s, off {off:.1f} steps/s")
    print(f"probes on {statistics.median(result.on):.1f} steps/s, off {statistics.median(result.off):.1f} steps/s: "
          f"the probes add {100 * result.cost:.0f}% to the training time (goal <= 25%); "
          f"load average {os.getloadavg()[0]:.2f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
