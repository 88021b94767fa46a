"""Everything the plots show about one cell on the fixed probe sequence, computed in float64.

The closed-form Jacobians come from ``engine.gradflow.jacobians``; the end-to-end ||dE/dc_t|| is the chain rule run
backwards through the same step Jacobians (the LSTM's full (h, c) ones), so it includes every path, as autograd on the
replay would give it, at a fraction of the cost. Results are numpy arrays, small and picklable, ready to travel in a
progress event or into an export.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from rnnlab.engine.gradflow import jacobians
from rnnlab.engine.gradflow.cells import Params, Unroll, lstm_gate_weights, unroll
from rnnlab.engine.gradflow.tasks import task_loss

FORGET_BINS = np.linspace(0.0, 1.0, 26)


@dataclass
class Diagnostics:
    """Per-timestep norms on the probe, as log10 values (-inf for an exact zero).

    ``log_local[k]`` is log10 ||dc_{k+1}/dc_k||_2 (T-1 entries); ``log_product[k]`` is log10 ||dc_{T-1}/dc_k||_2
    (T entries, the last 0), exact for every cell; ``log_product_cpath`` (LSTM) multiplies the A+B+C+D sums
    instead, leaving out the output-gate path; ``log_terms`` (LSTM) holds ||A_t||..||D_t|| and their ``sum``;
    ``log_grad[k]`` is log10 ||dE/dc_k|| of the probe's loss E; ``forget_counts`` is the histogram of the
    probe's forget-gate values over ``FORGET_BINS``. RNN: ``log_bound[k]`` = log10(gamma_{k+1} ||W_rec||_2), the
    bound on ``log_local[k]``; ``eig_w_rec`` the eigenvalues of W_rec (complex) and ``w_rec_norm`` its ||.||_2.
    """

    cell: str
    log_local: np.ndarray
    log_product: np.ndarray
    log_grad: np.ndarray
    probe_loss: float
    log_product_cpath: np.ndarray | None = None
    log_terms: dict[str, np.ndarray] = field(default_factory=dict)
    forget_counts: np.ndarray | None = None
    forget_mean: float | None = None
    log_bound: np.ndarray | None = None
    eig_w_rec: np.ndarray | None = None
    w_rec_norm: float | None = None

    @property
    def spectral_radius(self) -> float | None:
        """max |lambda| over the eigenvalues of W_rec (RNN)."""
        return None if self.eig_w_rec is None else float(np.abs(self.eig_w_rec).max())


def probe_weights(cell: str, params: Params) -> dict[str, torch.Tensor]:
    """The cell's weights as float64 copies on the CPU (wherever it trains), detached from training, named as the
    export names them; row-major whatever their layout (an orthogonal init's QR factor is column-major, a fused
    layer's copy is not), so a probe's numbers never depend on how the weights happen to lie in memory."""
    weights = {name: value.detach().to("cpu", torch.float64).clone(memory_format=torch.contiguous_format)
               for name, value in params.items()}
    if cell == "lstm":
        weights.update(lstm_gate_weights(weights))
    return weights


def compute_diagnostics(cell: str, activation: str, task: str, weights: dict[str, torch.Tensor],
                        x: torch.Tensor, y: torch.Tensor, check: jacobians.Check = jacobians.no_check) -> Diagnostics:
    """All plotted norms for one probe sequence ``x`` (T, D) with target ``y``; weights from :func:`probe_weights`.

    ``check`` is called often during the long loops and may raise (the job passes its cancel check).
    """
    trace, last, probe_loss = _replay(cell, activation, task, weights, x, y)
    states = torch.stack(trace.states, dim=1)[0]
    gates = {name: value[0] for name, value in trace.gates.items()}
    if cell == "lstm":
        return _lstm_diagnostics(weights, states, gates, last, probe_loss, check)
    if cell == "rnn":
        w_rec = weights["W_rec"]
        steps = jacobians.rnn_step_jacobians(w_rec, states, activation)
        gradient = [last]
        log_product = _np(jacobians.log10_product_norms(steps, check=check, gradient=gradient))
        return Diagnostics(cell=cell, log_local=_np(jacobians.log10_spectral_norms(steps, check)),
                           log_product=log_product, log_grad=_np(jacobians.log10_gradient_norms(gradient)),
                           probe_loss=probe_loss,
                           log_bound=_np(torch.log10(jacobians.rnn_local_bounds(w_rec, states, activation))),
                           eig_w_rec=torch.linalg.eigvals(w_rec).numpy().astype(np.complex128),
                           w_rec_norm=float(torch.linalg.matrix_norm(w_rec, ord=2)))
    steps = jacobians.gru_step_jacobians(weights, states, gates)
    gradient = [last]
    log_product = _np(jacobians.log10_product_norms(steps, check=check, gradient=gradient))
    return Diagnostics(cell=cell, log_local=_np(jacobians.log10_spectral_norms(steps, check)), log_product=log_product,
                       log_grad=_np(jacobians.log10_gradient_norms(gradient)), probe_loss=probe_loss)


def _lstm_diagnostics(weights: dict[str, torch.Tensor], states: torch.Tensor, gates: dict[str, torch.Tensor],
                      last: torch.Tensor, probe_loss: float, check: jacobians.Check) -> Diagnostics:
    """The LSTM's norms, built a window of steps at a time so T=1000, H=256 stays within a few hundred MB."""
    hidden, count = states.shape[1], states.shape[0] - 1

    def window(a: int, b: int) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
        return states[a:b + 1], {name: value[a:b + 1] for name, value in gates.items()}

    log_terms: dict[str, list[np.ndarray]] = {name: [] for name in ("A", "C", "D", "sum")}
    for a, b in jacobians.windows(count):
        terms = jacobians.lstm_cell_terms(weights, *window(a, b))
        terms["sum"] = jacobians.lstm_cell_jacobians(weights, *window(a, b))
        norms = jacobians.log10_spectral_norms(torch.cat([terms[name] for name in log_terms]), check)
        for name, part in zip(log_terms, norms.split(b - a), strict=True):
            log_terms[name].append(_np(part))
    joined = {name: np.concatenate(parts) if parts else np.zeros(0) for name, parts in log_terms.items()}
    joined["B"] = _np(torch.log10(gates["f"][1:].abs().max(dim=1).values))
    cell_sums = jacobians.StepBlocks(lambda a, b: jacobians.lstm_cell_jacobians(weights, *window(a, b)),
                                     count, hidden, states.dtype)
    full = jacobians.StepBlocks(lambda a, b: jacobians.lstm_state_jacobians(weights, *window(a, b)),
                                count, 2 * hidden, states.dtype)
    h_from_c = jacobians.lstm_h_from_c(states, gates)
    gradient = [torch.cat([last, torch.zeros_like(last)])]
    exact = jacobians.log10_product_norms(full, rows=slice(hidden, 2 * hidden), entry=h_from_c, check=check,
                                          gradient=gradient)
    log_grad = _np(jacobians.log10_gradient_norms(gradient, h_from_c))
    forget = gates["f"].numpy().ravel()
    counts, _ = np.histogram(forget, bins=FORGET_BINS)
    cpath = jacobians.log10_product_norms(cell_sums, check=check)
    return Diagnostics(cell="lstm", log_local=joined["sum"], log_product=_np(exact), log_grad=log_grad,
                       probe_loss=probe_loss, log_product_cpath=_np(cpath),
                       log_terms=joined, forget_counts=counts, forget_mean=float(forget.mean()))


def _replay(cell: str, activation: str, task: str, weights: dict[str, torch.Tensor], x: torch.Tensor,
            y: torch.Tensor) -> tuple[Unroll, torch.Tensor, float]:
    """Replay the probe in float64 keeping every state and gate (no autograd graph), and return the trace, dE/dh_{T-1}
    of the probe's loss E (the readout's input: the RNN's c, the LSTM's and GRU's h) and E."""
    with torch.no_grad():
        trace = unroll(cell, weights, x.unsqueeze(0), activation, keep_gates=True)
    prediction = trace.prediction.detach().requires_grad_(True)
    with torch.enable_grad():
        loss = task_loss(task, prediction, y.unsqueeze(0))
        (d_prediction,) = torch.autograd.grad(loss, prediction)
    return trace, (d_prediction @ weights["W_out"])[0], float(loss.detach())


def _np(values: torch.Tensor) -> np.ndarray:
    return values.detach().numpy().astype(np.float64, copy=True)
