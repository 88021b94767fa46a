"""The gradient-flow run's configuration: one dataclass whose bounds drive the form, the flags and validation.

Torch-free on purpose: the GUI imports it before the engine (torch) has loaded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rnnlab.engine.errors import InputError
from rnnlab.engine.params import param
from rnnlab.engine.recurrent import CELLS
from rnnlab.engine.runtime import device_param
from rnnlab.engine.translations import translatable

TASKS: tuple[str, ...] = ("adding", "first_symbol")
NUM_SYMBOLS = 8
CHANCE_LOSS: dict[str, float] = {"adding": 1.0 / 6.0, "first_symbol": math.log(NUM_SYMBOLS)}
"""Loss of the best constant guess: the adding problem's mean (MSE 1/6), or a uniform guess (ln k)."""
ACTIVATIONS: tuple[str, ...] = ("sigmoid", "tanh", "relu")
MAX_SLOPE: dict[str, float] = {"sigmoid": 0.25, "tanh": 1.0, "relu": 1.0}
"""gamma, the largest slope of each activation: ||W_rec||_2 < 1/gamma is enough for gradients to vanish."""
INITS: tuple[str, ...] = ("normal", "orthogonal", "identity", "chrono")
INIT_CELLS: dict[str, tuple[str, ...]] = {"normal": CELLS, "orthogonal": CELLS, "identity": ("rnn",),
                                          "chrono": ("lstm",)}
"""The cells each initialisation applies to; in compare mode the other cells start ``normal``."""


@dataclass
class GradflowConfig:
    """Everything one gradient-flow training run needs; compare mode runs several cells on the same data."""

    cell: str = param("lstm", label="Cell", choices=CELLS,
                      help="Recurrent cell: plain RNN c_t = act(W_rec c_{t-1} + W_in x_t), LSTM, or GRU "
                           "(PyTorch's definition).")
    activation: str = param("sigmoid", label="RNN activation", choices=ACTIVATIONS,
                            help="The plain RNN's nonlinearity: sigmoid's slope is at most 1/4, so its gradients "
                                 "vanish faster than tanh's (at most 1); relu with the identity init is the IRNN "
                                 "(Le et al. 2015).")
    task: str = param("adding", label="Task", choices=TASKS,
                      help="Adding problem: output the sum of the two marked numbers (chance MSE 0.167). "
                           "First symbol: name the sequence's first symbol out of 8 (chance loss ln 8 = 2.08).")
    length: int = param(100, label="Sequence length T", low=10, high=1000,
                        help="Timesteps per sequence: the distance the gradient has to travel back.")
    hidden: int = param(32, label="Hidden size H", low=4, high=256, help="Units in the recurrent state.")
    init: str = param("normal", label="Initialisation", choices=INITS,
                      help="Recurrent weights: normal N(0, scale^2/H); orthogonal (scale times a random orthogonal "
                           "matrix, every gate block); identity (scale times I, the RNN only: with relu the IRNN of "
                           "Le, Jaitly & Hinton 2015); chrono (the LSTM only, Tallec & Ollivier 2018: normal weights, "
                           "forget-gate biases log(U(1, T-1)), input-gate biases their negatives; replaces the "
                           "forget-gate bias). In compare mode the cells it does not apply to start normal.")
    init_scale: float = param(1.0, label="Recurrent init scale", low=0.05, high=5.0,
                              help="Scale of the recurrent weights at the start (see Initialisation): scale < 1 makes "
                                   "gradients vanish, scale > 1 can make them explode.")
    forget_bias: float = param(1.0, label="Forget-gate bias", low=-5.0, high=5.0,
                               help="Initial LSTM forget-gate bias: 0 starts forget gates near 0.5 (memory fades "
                                    "fast), 1 or more keeps the cell path open.")
    rnn_bias: bool = param(False, label="RNN bias",
                           help="Give the plain RNN a bias b in c_t = act(W_rec c_{t-1} + W_in x_t + b) "
                                "(off in the derivation).")
    optimizer: str = param("adam", label="Optimiser", choices=("sgd", "adam"),
                           help="Adam (the default: it solves the adding problem at T=100 within the default steps) "
                                "or plain gradient descent, as in the derivation.")
    learning_rate: float = param(0.01, label="Learning rate", low=1e-5, high=10.0, log_scale=True,
                                 help="Step size of the optimiser.")
    clip: float | None = param(1.0, label="Gradient clip", low=0.01, high=100.0, optional=True,
                               help="Rescale the gradient when its norm exceeds this (Pascanu et al. 2013).")
    steps: int = param(1000, label="Training steps", low=1, high=100000, help="Optimiser steps to run.")
    batch_size: int = param(32, label="Batch size", low=1, high=1024, help="Fresh sequences per optimiser step.")
    probe_every: int = param(40, label="Probe every (steps)", low=1, high=1000,
                             help="Recompute the Jacobians and gradient norms on the probe sequence every this many "
                                  "steps.")
    device: str = device_param()
    seed: int = param(0, label="Seed", low=0, high=2**31 - 1,
                      help="Seeds the weights, the training data and the probe sequence; compare mode uses the same "
                           "seed for every cell.")


def init_for(config: GradflowConfig, cell: str) -> str:
    """The initialisation ``cell`` starts with: ``config.init`` where it applies, else normal (compare mode)."""
    return config.init if cell in INIT_CELLS[config.init] else "normal"


def check_cells(config: GradflowConfig, cells: tuple[str, ...]) -> None:
    """Refuse an initialisation that applies to none of the cells to be trained, with the reason."""
    if not any(cell in INIT_CELLS[config.init] for cell in cells):
        names = " or ".join(c.upper() for c in INIT_CELLS[config.init])
        raise InputError(translatable("Engine", "The {init} initialisation is for "
                                                "the {names}; pick that cell, compare mode, or another "
                                                "initialisation."), init=config.init, names=names)
