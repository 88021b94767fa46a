"""What the gradient-flow probes cost: training steps per second with the probes on (every ``probe_every`` steps, the
default 40) against the same run with probing off, alternating in one process, and the probe's share of the time.

    python benchmarks/gradflow_probes.py --repeats 3
    python benchmarks/gradflow_probes.py --cell rnn --activation tanh --probe-every 5

"Off" is the same job with ``probe_every`` past the last step: it still probes at step 0 and at the last step, so
both runs are timed from the end of the first probed step (``probe_every``) to the end of the last one before the
last step, a whole number of probe intervals (the job's own progress events mark each step). The cost is
``rate_off / rate_on - 1``: the time the probes add, as a share of the training time, printed also by the process's CPU
time (steadier on a busy machine); a probe's own time is ``probe_every * (1 / rate_on - 1 / rate_off)``.
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
                         f"steps: give at least {2 * probe_every + 1}")
    return probe_every, last


def steps_per_second(config: GradflowConfig, span: tuple[int, int]) -> tuple[float, float]:
    """Steps a second between the ends of the steps ``span``, by the wall clock and by the process's CPU time (the
    job runs on one thread; its CPU time moves far less than the wall clock with the machine's other load)."""
    stamps: dict[int, tuple[float, float]] = {}

    def progress(event) -> None:
        stamps[event.step] = (time.perf_counter(), time.process_time())

    GradflowTraining(config)(progress, CancelToken())
    first, last = span
    wall, cpu = ((last - first) / (stamps[last][clock] - stamps[first][clock]) for clock in (0, 1))
    return wall, cpu


@dataclasses.dataclass
class ProbeCost:
    """Steps a second with probing on and off, one pair per round, by the wall clock and by CPU time."""

    probe_every: int
    on: list[float] = dataclasses.field(default_factory=list)
    off: list[float] = dataclasses.field(default_factory=list)
    on_cpu: list[float] = dataclasses.field(default_factory=list)
    off_cpu: list[float] = dataclasses.field(default_factory=list)

    @property
    def cost(self) -> float:
        """The time the probes add as a share of the training time: median off-rate over median on-rate, less 1."""
        return statistics.median(self.off) / statistics.median(self.on) - 1

    @property
    def cpu_cost(self) -> float:
        """The same share of CPU time."""
        return statistics.median(self.off_cpu) / statistics.median(self.on_cpu) - 1

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
    result = ProbeCost(config.probe_every)
    for _ in range(repeats):
        for run, wall, cpu in ((config, result.on, result.on_cpu), (off, result.off, result.off_cpu)):
            wall_rate, cpu_rate = steps_per_second(run, span)
            wall.append(wall_rate)
            cpu.append(cpu_rate)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, help="steps per timed run (default: ten probe intervals and one)")
    parser.add_argument("--repeats", type=int, default=3, help="rounds of on, then off (default 3)")
    parser.add_argument("--cell", default=GradflowConfig.cell, help="cell (default: the default, lstm)")
    parser.add_argument("--activation", default=GradflowConfig.activation, help="the RNN's nonlinearity")
    parser.add_argument("--probe-every", type=int, default=GradflowConfig.probe_every, help="probe interval")
    args = parser.parse_args()
    configure_torch()
    config = GradflowConfig(cell=args.cell, activation=args.activation,
                            steps=args.steps or 10 * args.probe_every + 1, probe_every=args.probe_every, device="cpu")
    print(f"gradient flow, {config.cell} T={config.length} H={config.hidden} batch {config.batch_size}, probe every "
          f"{config.probe_every} steps; load average {os.getloadavg()[0]:.2f} before", flush=True)
    result = measure(config, args.repeats)
    for on, off, on_cpu, off_cpu in zip(result.on, result.off, result.on_cpu, result.off_cpu, strict=True):
        print(f"  probes on {on:.1f} steps/s, off {off:.1f} steps/s (by CPU time {on_cpu:.1f}, {off_cpu:.1f})")
    print(f"probes on {statistics.median(result.on):.1f} steps/s, off {statistics.median(result.off):.1f} steps/s: "
          f"the probes add {100 * result.cost:.0f}% to the training time (goal <= 25%), {100 * result.cpu_cost:.0f}% "
          f"to its CPU time; a probe takes about {result.probe_ms:.0f} ms against "
          f"{1000 * config.probe_every / statistics.median(result.off):.0f} ms for the {config.probe_every} steps "
          f"between two probes; load average {os.getloadavg()[0]:.2f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
