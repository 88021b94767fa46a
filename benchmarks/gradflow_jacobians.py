"""Speed of the closed-form LSTM step Jacobians against per-step ``torch.autograd.functional.jacobian``.

For T=500, H=128 (float64, one probe sequence) both paths produce every one-step cell-state Jacobian
dc_t/dc_{t-1} (o_{t-1} held fixed); the closed form also builds its four terms A, B, C, D on the way. Both run
in this process with the same thread count, so the ratio holds on a busy machine too. Not a test: run

    python benchmarks/gradflow_jacobians.py [--length 500] [--hidden 128]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch
from torch.autograd.functional import jacobian

from rnnlab.engine.gradflow import jacobians
from rnnlab.engine.gradflow.cells import init_params, unroll
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.diagnostics import probe_weights
from rnnlab.engine.gradflow.tasks import make_batch


def closed_form(weights, states, gates) -> torch.Tensor:
    """Every dc_t/dc_{t-1} = A+B+C+D in one batched contraction (what the local-norm plot uses)."""
    return jacobians.lstm_cell_jacobians(weights, states, gates)


def closed_form_with_terms(weights, states, gates) -> torch.Tensor:
    """The four terms A, B, C, D for every t (what the terms plot uses) and their sum."""
    terms = jacobians.lstm_cell_terms(weights, states, gates)
    return terms["A"] + terms["B"] + terms["C"] + terms["D"]


def per_step_autograd(weights, states, gates, x) -> torch.Tensor:
    """Every dc_t/dc_{t-1} by one autograd.functional.jacobian call per step (o_{t-1} held fixed)."""
    hidden = states.shape[1]
    w, b = weights["W_gates"], weights["b_gates"]
    out = []
    for t in range(1, states.shape[0]):
        o_prev = gates["o"][t - 1]

        def step(c_prev, t=t, o_prev=o_prev):
            pre = w @ torch.cat([o_prev * torch.tanh(c_prev), x[t]]) + b
            f, i = torch.sigmoid(pre[:hidden]), torch.sigmoid(pre[hidden:2 * hidden])
            return c_prev * f + torch.tanh(pre[2 * hidden:3 * hidden]) * i

        out.append(jacobian(step, states[t - 1]))
    return torch.stack(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=500)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=5, help="closed-form repeats (median reported)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    config = GradflowConfig(cell="lstm", length=args.length, hidden=args.hidden)
    params = init_params(config, 2, 1, torch.Generator().manual_seed(0))
    weights = probe_weights("lstm", params)
    x = make_batch("adding", args.length, 1, torch.Generator().manual_seed(1))[0][0].double()
    with torch.no_grad():
        trace = unroll("lstm", weights, x.unsqueeze(0), keep_gates=True)
    states = torch.stack(trace.states, dim=1)[0]
    gates = {name: value[0] for name, value in trace.gates.items()}

    fast, fast_s = _median_time(closed_form, (weights, states, gates), args.repeats)
    with_terms, terms_s = _median_time(closed_form_with_terms, (weights, states, gates), args.repeats)
    start = time.perf_counter()
    slow = per_step_autograd(weights, states, gates, x)
    slow_s = time.perf_counter() - start
    error = max(float((ours - slow).abs().max() / slow.abs().max()) for ours in (fast, with_terms))
    print(f"LSTM T={args.length} H={args.hidden}, float64, {torch.get_num_threads()} thread(s), "
          f"all {args.length - 1} step Jacobians")
    print(f"autograd.functional.jacobian per step: {slow_s * 1000:9.1f} ms")
    print(f"closed form, batched:                  {fast_s * 1000:9.1f} ms  -> speed ratio {slow_s / fast_s:.0f}x")
    print(f"closed form with A, B, C, D terms:     {terms_s * 1000:9.1f} ms  -> speed ratio {slow_s / terms_s:.0f}x")
    print(f"max relative difference to autograd: {error:.1e} (medians of {args.repeats} closed-form runs)")
    return 0


def _median_time(fn, fn_args, repeats: int):
    """The last result of ``fn(*fn_args)`` and its median wall time over ``repeats`` runs after a warm-up."""
    result = fn(*fn_args)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn(*fn_args)
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
