"""The three recurrent cells, written out step by step so every state c_t of a sequence is available.

PyTorch's fused ``nn.RNN``/``nn.LSTM`` return only the last state; the diagnostics need all of them, so each
cell is a loop over t. Parameters live in a plain dict of tensors, so the same code trains in float32 and
replays the probe in float64. The state called ``c_t`` in the plots is the RNN's state, the LSTM's cell state,
and the GRU's hidden state.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import torch

from rnnlab.engine.gradflow.config import GradflowConfig, init_for

Params = dict[str, torch.Tensor]


@dataclass
class Unroll:
    """Every per-step quantity of one pass over a batch: (batch, T, H) tensors, plus the prediction."""

    states: list[torch.Tensor]
    prediction: torch.Tensor
    gates: dict[str, torch.Tensor] = field(default_factory=dict)


def activation_fn(name: str) -> Callable[[torch.Tensor], torch.Tensor]:
    """The plain RNN's nonlinearity by name."""
    return {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu}[name]


def recurrent_matrix(init: str, size: int, scale: float, generator: torch.Generator) -> torch.Tensor:
    """One H x H recurrent block: ``scale`` times N(0, 1/H) entries, a random orthogonal matrix (Haar, from the QR
    of a Gaussian matrix with R's diagonal made positive), or the identity."""
    if init == "identity":
        return torch.eye(size) * scale
    gaussian = torch.randn(size, size, generator=generator)
    if init == "orthogonal":
        q: torch.Tensor
        r: torch.Tensor
        q, r = torch.linalg.qr(gaussian)
        return q * torch.sign(torch.diagonal(r)).unsqueeze(0) * scale
    return gaussian * (scale / math.sqrt(size))


def chrono_biases(hidden: int, length: int, generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """Tallec & Ollivier's chrono initialisation for dependencies up to ``length`` steps: forget-gate biases
    log(U(1, T-1)) and input-gate biases their negatives (returned as (b_f, b_i))."""
    uniform = 1.0 + torch.rand(hidden, generator=generator) * max(length - 2, 0)
    forget = torch.log(uniform)
    return forget, -forget


def init_params(config: GradflowConfig, input_size: int, output_size: int, generator: torch.Generator) -> Params:
    """Fresh float32 weights: recurrent ones by ``config.init`` (:func:`recurrent_matrix`, or normal where that
    init does not apply to the cell), input ones N(0, 1/D), readout N(0, 1/H).

    The LSTM's forget-gate bias starts at ``forget_bias`` (chrono: see :func:`chrono_biases`); every other bias at zero.
    """
    h, d = config.hidden, input_size
    init = init_for(config, config.cell)

    def normal(rows: int, cols: int, std: float) -> torch.Tensor:
        return torch.randn(rows, cols, generator=generator) * std

    def recurrent() -> torch.Tensor:
        kind = init if init in ("orthogonal", "identity") else "normal"
        return recurrent_matrix(kind, h, config.init_scale, generator)

    in_std = 1.0 / math.sqrt(d)
    params: Params = {}
    if config.cell == "rnn":
        params["W_rec"] = recurrent()
        params["W_in"] = normal(h, d, in_std)
        if config.rnn_bias:
            params["b"] = torch.zeros(h)
    elif config.cell == "lstm":
        params["W_gates"] = torch.cat([torch.cat([recurrent(), normal(h, d, in_std)], dim=1) for _ in range(4)])
        bias = torch.zeros(4 * h)
        if init == "chrono":
            bias[:h], bias[h:2 * h] = chrono_biases(h, config.length, generator)
        else:
            bias[:h] = config.forget_bias
        params["b_gates"] = bias
    else:
        params["W_ih"] = normal(3 * h, d, in_std)
        params["W_hh"] = torch.cat([recurrent() for _ in range(3)])
        params["b_ih"] = torch.zeros(3 * h)
        params["b_hh"] = torch.zeros(3 * h)
    params["W_out"] = normal(output_size, h, 1.0 / math.sqrt(h))
    params["b_out"] = torch.zeros(output_size)
    return {name: value.requires_grad_(True) for name, value in params.items()}


def unroll(cell: str, params: Params, x: torch.Tensor, activation: str = "tanh", keep_gates: bool = False,
           initial: torch.Tensor | None = None) -> Unroll:
    """Run ``cell`` over ``x`` (batch, T, D); the readout sees the final h (the state c for the RNN).

    States start at zero, or (RNN and GRU) at ``initial`` (batch, H), used to replay a sequence's tail.
    """
    if cell == "rnn":
        return _unroll_rnn(params, x, activation_fn(activation), initial)
    if cell == "lstm":
        return _unroll_lstm(params, x, keep_gates)
    return _unroll_gru(params, x, keep_gates, initial)


def _readout(params: Params, h: torch.Tensor) -> torch.Tensor:
    return h @ params["W_out"].T + params["b_out"]


def _unroll_rnn(params: Params, x: torch.Tensor, act: Callable[[torch.Tensor], torch.Tensor],
                initial: torch.Tensor | None) -> Unroll:
    """Vanilla RNN: c_t = act(W_rec c_{t-1} + W_in x_t (+ b)), c_{-1} = 0."""
    drive = x @ params["W_in"].T
    if "b" in params:
        drive = drive + params["b"]
    c = x.new_zeros(x.shape[0], params["W_rec"].shape[0]) if initial is None else initial
    states = []
    for t in range(x.shape[1]):
        c = act(c @ params["W_rec"].T + drive[:, t])
        states.append(c)
    return Unroll(states=states, prediction=_readout(params, c))


def lstm_gate_weights(params: Params) -> dict[str, torch.Tensor]:
    """Split the fused LSTM weights into W_f, W_i, W_c, W_o (each H x (H+D), on [h_{t-1}, x_t]) and b_*."""
    w, b = params["W_gates"], params["b_gates"]
    h = w.shape[0] // 4
    out = {}
    for k, name in enumerate("fico"):
        out[f"W_{name}"] = w[k * h:(k + 1) * h]
        out[f"b_{name}"] = b[k * h:(k + 1) * h]
    return out


def _unroll_lstm(params: Params, x: torch.Tensor, keep_gates: bool) -> Unroll:
    """LSTM with gates from [h_{t-1}, x_t]:
    f_t = sig(W_f [h_{t-1}, x_t] + b_f), i_t = sig(W_i [..] + b_i), o_t = sig(W_o [..] + b_o),
    c~_t = tanh(W_c [..] + b_c), c_t = c_{t-1} * f_t + c~_t * i_t, h_t = o_t * tanh(c_t).
    """
    w, b = params["W_gates"], params["b_gates"]
    hidden = w.shape[0] // 4
    w_h, w_x = w[:, :hidden], w[:, hidden:]
    drive = x @ w_x.T + b
    h = x.new_zeros(x.shape[0], hidden)
    c = x.new_zeros(x.shape[0], hidden)
    states: list[torch.Tensor] = []
    gates: dict[str, list[torch.Tensor]] = {name: [] for name in "fico"}
    for t in range(x.shape[1]):
        pre = h @ w_h.T + drive[:, t]
        f, i = torch.sigmoid(pre[:, :hidden]), torch.sigmoid(pre[:, hidden:2 * hidden])
        o = torch.sigmoid(pre[:, 3 * hidden:])
        candidate = torch.tanh(pre[:, 2 * hidden:3 * hidden])
        c = c * f + candidate * i
        h = o * torch.tanh(c)
        states.append(c)
        if keep_gates:
            for name, value in zip("fico", (f, i, candidate, o), strict=True):
                gates[name].append(value)
    stacked = {name: torch.stack(values, dim=1) for name, values in gates.items()} if keep_gates else {}
    return Unroll(states=states, prediction=_readout(params, h), gates=stacked)


def _unroll_gru(params: Params, x: torch.Tensor, keep_gates: bool, initial: torch.Tensor | None) -> Unroll:
    """GRU as PyTorch defines it: r_t = sig(W_ir x_t + b_ir + W_hr h_{t-1} + b_hr), z_t likewise,
    n_t = tanh(W_in x_t + b_in + r_t * (W_hn h_{t-1} + b_hn)), h_t = (1 - z_t) * n_t + z_t * h_{t-1}.
    """
    hidden = params["W_hh"].shape[1]
    drive = x @ params["W_ih"].T + params["b_ih"]
    h = x.new_zeros(x.shape[0], hidden) if initial is None else initial
    states: list[torch.Tensor] = []
    gates: dict[str, list[torch.Tensor]] = {name: [] for name in "rzn"}
    for t in range(x.shape[1]):
        rec = h @ params["W_hh"].T + params["b_hh"]
        r = torch.sigmoid(drive[:, t, :hidden] + rec[:, :hidden])
        z = torch.sigmoid(drive[:, t, hidden:2 * hidden] + rec[:, hidden:2 * hidden])
        n = torch.tanh(drive[:, t, 2 * hidden:] + r * rec[:, 2 * hidden:])
        h = (1 - z) * n + z * h
        states.append(h)
        if keep_gates:
            for name, value in zip("rzn", (r, z, n), strict=True):
                gates[name].append(value)
    stacked = {name: torch.stack(values, dim=1) for name, values in gates.items()} if keep_gates else {}
    return Unroll(states=states, prediction=_readout(params, h), gates=stacked)
