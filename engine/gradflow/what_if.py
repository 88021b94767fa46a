"""What if, without training: the probe of a network at initialisation, with the plain RNN's bound beside it.

The network is built by the code a training run builds it with (``training.initial_params``, the same seed) and
probed by the function every training probe uses (``training.probe_snapshot``, on the run's probe sequence), so a
what-if's arrays are exactly those of a run's first probe (step 0) with the same settings and seed.

The bound (Pascanu, Mikolov & Bengio 2013), plain RNN only: with gamma the largest slope of the activation
(1/4 sigmoid, 1 tanh and relu), ||dc_k/dc_{k-1}|| = ||diag(act'(z_k)) W_rec||_2 <= gamma ||W_rec||_2, so
||dc_{T-1}/dc_t||_2 <= (gamma ||W_rec||_2)^(T-1-t). Below 1 the bound falls going back in time and forces the
product to vanish (a sufficient condition for vanishing); at or above 1 it promises nothing either way: the product
may still vanish, and the bound is no condition for exploding. The LSTM's and GRU's step Jacobians add gate terms
(diag(f_t), diag(z_t)) to products of their recurrent blocks, so this bound does not apply to them and none is given.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from rnnlab.engine.gradflow.config import MAX_SLOPE, GradflowConfig, check_cells
from rnnlab.engine.gradflow.jacobians import Check, no_check
from rnnlab.engine.gradflow.summary import product_change
from rnnlab.engine.gradflow.training import CellSnapshot, initial_params, probe_sequence, probe_snapshot
from rnnlab.engine.params import validate

BOUND_CELLS = ("rnn",)
"""The cells the bound (gamma ||W_rec||_2)^(T-1-t) holds for: the plain RNN only."""


@dataclass(frozen=True)
class WhatIf:
    """One cell probed at initialisation: its ``snapshot`` (step 0, as a run's first probe) and the seconds the
    probe took to build and compute."""

    config: GradflowConfig
    snapshot: CellSnapshot
    seconds: float

    @property
    def gamma(self) -> float | None:
        """The largest slope of the plain RNN's activation (None for a gated cell: the bound is not theirs)."""
        return MAX_SLOPE[self.snapshot.activation] if self.snapshot.cell in BOUND_CELLS else None

    @property
    def gamma_norm(self) -> float | None:
        """gamma ||W_rec||_2, the factor of the bound per step back in time (None for a gated cell)."""
        norm = self.snapshot.diagnostics.w_rec_norm
        return None if self.gamma is None or norm is None else self.gamma * norm

    def log_product_bound(self) -> np.ndarray | None:
        """log10 (gamma ||W_rec||_2)^(T-1-t) for t = 0..T-1, the bound on log10 ||dc_{T-1}/dc_t|| (the product
        norm's own indexing: the last entry 0); None for a gated cell."""
        factor = self.gamma_norm
        if factor is None:
            return None
        steps_back = np.arange(self.config.length - 1, -1, -1, dtype=np.float64)
        return steps_back * (math.log10(factor) if factor > 0 else -math.inf)


def what_if(config: GradflowConfig, check: Check = no_check) -> WhatIf:
    """Build ``config.cell`` as a run with these settings and seed starts, and probe it at step 0; the settings are
    validated first (an InputError names a bad one). ``check`` may raise to stop (a newer request)."""
    started = time.perf_counter()
    config = validate(config)
    check_cells(config, (config.cell,))
    x, y = probe_sequence(config)
    snapshot = probe_snapshot(config, initial_params(config), 0, x, y, check)
    return WhatIf(config=config, snapshot=snapshot, seconds=time.perf_counter() - started)


def what_if_lines(result: WhatIf) -> list[str]:
    """What ``gradflow --what-if`` prints: the settings, the spectral norm and radius of W_rec, gamma ||W_rec||_2
    and its bound (RNN), and how the product and the gradient change back to t = 0."""
    config, diag = result.config, result.snapshot.diagnostics
    lines = [f"what if (no training): {config.cell.upper()}"
             + (f" {config.activation}" if config.cell == "rnn" else "")
             + f", init {config.init}, scale {config.init_scale:g}, T={config.length}, H={config.hidden}, "
               f"seed {config.seed}; probe at initialisation ({result.seconds * 1000:.0f} ms)"]
    factor = result.gamma_norm
    if factor is None or diag.w_rec_norm is None or diag.spectral_radius is None:
        lines.append(f"bound: (gamma ||W_rec||_2)^t is the plain RNN's; the {config.cell.upper()}'s step Jacobian "
                     f"adds gate terms to its recurrent blocks, so no such bound is given for it")
    else:
        lines.append(f"||W_rec||_2 {diag.w_rec_norm:.4g}, spectral radius {diag.spectral_radius:.4g}, "
                     f"gamma {result.gamma:g}, gamma*||W_rec||_2 {factor:.4g}")
        lines.append(f"bound (gamma*||W_rec||_2)^(T-1-t) {bound_change(factor, config.length - 1)}: "
                     + bound_promise(factor))
    lines.append(f"||dc_{{T-1}}/dc_t|| {product_change(diag.log_product)} over {config.length - 1} steps")
    lines.append(f"||dE/dc_t|| {product_change(diag.log_grad)} from t = T-1 back to t = 0")
    return lines


def bound_change(factor: float, steps: int) -> str:
    """How the bound changes over ``steps`` steps back: "falls 30.2 decades", "stays at 1", "rises 4.1 decades"."""
    if factor == 1.0:
        return "stays at 1"
    if factor <= 0.0:
        return "is exactly 0"
    decades = steps * math.log10(factor)
    return f"rises {decades:.1f} decades" if decades > 0 else f"falls {-decades:.1f} decades"


def bound_promise(factor: float) -> str:
    """What the bound promises for ``factor`` = gamma ||W_rec||_2, in one sentence."""
    if factor < 1.0:
        return "below 1, so the product is forced to vanish (a sufficient condition for vanishing)"
    return ("not below 1, so it promises nothing: the product may still vanish, and the bound is no condition "
            "for exploding")
