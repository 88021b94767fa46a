"""What the gradient-flow probes cost: training steps per second with the probes on (every ``probe_every`` steps, the
default 25) against the same run with probing off, alternating in one process, and the probe's share of the time.

    python benchmarks/gradflow_probes.py --steps 200 --repeats 3
    python benchmarks/gradflow_probes.py --cell rnn --activation tanh --probe-every 5

"Off" is the same job with ``probe_every`` past the last step: it still probes at step 0 and at the last step, so
both runs are timed from the end of the first probed step (``probe_every``) to the end of the last one before the
last step, a whole number of probe intervals (the job's own progress events mark each step). The cost is
``rate_off / rate_on - 1``: the time the probes add, as a share of the training time; a probe's own time is
``probe_every * (1 / rate_on - 1 / rate_off)``.
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


def timed_span(steps: int, probe_every: int) -> tuple[int, int]:
    """The first and last step whose ends bound the timing: the first probed step and the last one before ``steps``,
    so the span holds whole probe intervals (refused when it would hold none)."""
    last = (steps - 1) // probe_every * probe_every
    if last <= probe_every:
        raise SystemExit(f"--steps {steps} holds no whole probe interval between two probes every {probe_every} "
                         f"steps: give at least {3 * probe_every + 1}")
    return probe_every, last


def steps_per_second(config: GradflowConfig, span: tuple[int, int]) -> float:
    """Steps a second between the ends of the steps ``span``."""
    stamps: dict[int, float] = {}

    def progress(event) -> None:
        stamps[event.step] = time.perf_counter()

    GradflowTraining(config)(progress, CancelToken())
    first, last = span
    return (last - first) / (stamps[last] - stamps[first])


@dataclasses.dataclass
class ProbeCost:
    """Steps a second with probing on and off, one pair per round."""

    on: list[float]
    off: list[float]
    probe_every: int

    @property
    def cost(self) -> float:
        """The time the probes add as a share of the training time: median off-rate over median on-rate, less 1."""
        return statistics.median(self.off) / statistics.median(self.on) - 1

    @property
    def probe_ms(self) -> float:
        """Milliseconds one probe adds: the extra time per step with probes on, times the steps between probes."""
        return 1000 * self.probe_every * (1 / statistics.median(self.on) - 1 / statistics.median(self.off))


def measure(config: GradflowConfig, repeats: int) -> ProbeCost:
    """``repeats`` rounds of the run with probes on, then off, alternating."""
    span = timed_span(config.steps, config.probe_every)
    off = dataclasses.replace(config, probe_every=1000)
    warm_up = dataclasses.replace(config, steps=3 * config.probe_every + 1)
    steps_per_second(warm_up, timed_span(warm_up.steps, config.probe_every))
    result = ProbeCost([], [], config.probe_every)
    for _ in range(repeats):
        result.on.append(steps_per_second(config, span))
        result.off.append(steps_per_second(off, span))
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
          f"the probes add {100 * result.cost:.0f}% to the training time (goal <= 25%): a probe takes about "
          f"{result.probe_ms:.0f} ms against {1000 * config.probe_every / statistics.median(result.off):.0f} ms for "
          f"the {config.probe_every} steps between two probes; load average {os.getloadavg()[0]:.2f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
