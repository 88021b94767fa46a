"""Closed-form, batched step Jacobians of the three cells and the long-range products built from them.

All functions take one probe sequence's per-step tensors, shaped (T, H), in float64, and return a stack of T-1 matrices
whose entry k is the Jacobian from state k to state k+1 (states indexed 0..T-1, each after its input). Building them is
O(H^2) per step and batches over every t; per-step autograd is far slower (benchmarks/gradflow_jacobians.py measures
both; the README quotes it). Norms of products over hundreds of steps fall to 1e-160 and below, so the products are kept
renormalised and carry the log of their scale.
"""

from __future__ import annotations

import math
from typing import Callable

import torch

Check = Callable[[], None]


def no_check() -> None:
    """The default ``check``: never interrupts (jobs pass ``CancelToken.raise_if_cancelled``)."""

LN10 = math.log(10.0)
_WINDOW = 64
"""Steps per window: at most this many matrices per eigensolver call, and per block of step Jacobians held at once."""
_RENORMALISE_EVERY = 8  # eight steps cannot leave float64's range unless a step scales by 1e-38 or less


def rnn_step_jacobians(w_rec: torch.Tensor, states: torch.Tensor, activation: str) -> torch.Tensor:
    """dc_t/dc_{t-1} = diag(act'(W_rec c_{t-1} + W_in x_t)) W_rec, with act' read off c_t = act(z_t)."""
    return rnn_slopes(states, activation)[1:].unsqueeze(2) * w_rec.unsqueeze(0)


def rnn_slopes(states: torch.Tensor, activation: str) -> torch.Tensor:
    """act'(z_t) for every state c_t = act(z_t) (T, H): c(1-c) for the sigmoid, 1-c^2 for tanh, [c > 0] for relu."""
    if activation == "sigmoid":
        return states * (1 - states)
    if activation == "relu":
        return (states > 0).to(states.dtype)
    return 1 - states * states


def rnn_local_bounds(w_rec: torch.Tensor, states: torch.Tensor, activation: str) -> torch.Tensor:
    """The bound ||dc_t/dc_{t-1}||_2 <= gamma_t ||W_rec||_2 with gamma_t = max_i act'(z_{t,i}), for t = 1..T-1
    (Pascanu, Mikolov & Bengio 2013): ||diag(s) W|| <= max|s| ||W||."""
    gamma = rnn_slopes(states, activation)[1:].amax(dim=1)
    norm: torch.Tensor = torch.linalg.matrix_norm(w_rec, ord=2)
    return gamma * norm


def _split_lstm(weights: dict[str, torch.Tensor], hidden: int) -> dict[str, torch.Tensor]:
    return {name: weights[f"W_{name}"][:, :hidden] for name in "fico"}


def _lstm_factors(weights: dict[str, torch.Tensor], states: torch.Tensor, gates: dict[str, torch.Tensor]
                  ) -> tuple[torch.Tensor, torch.Tensor, dict[str, torch.Tensor]]:
    """Per-step row factors of dc_t/dh_{t-1} for the f, i and c~ paths, and the stacked h-columns they scale."""
    hidden = states.shape[1]
    w = _split_lstm(weights, hidden)
    c_prev = states[:-1]
    f, i, cand = gates["f"][1:], gates["i"][1:], gates["c"][1:]
    rows = torch.stack([c_prev * f * (1 - f), cand * i * (1 - i), i * (1 - cand * cand)], dim=1)
    return rows, torch.stack([w["f"], w["i"], w["c"]]), w


def _lstm_d_h(states: torch.Tensor, gates: dict[str, torch.Tensor]) -> torch.Tensor:
    """D_h = diag(o_{t-1} * tanh'(c_{t-1})) as a (T-1, 1, H) column scale."""
    return (gates["o"][:-1] * (1 - torch.tanh(states[:-1]) ** 2)).unsqueeze(1)


def lstm_cell_terms(weights: dict[str, torch.Tensor], states: torch.Tensor,
                    gates: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The four additive terms of the cell-state Jacobian dc_t/dc_{t-1}, with o_{t-1} held fixed.

    With D_h = diag(o_{t-1} * tanh'(c_{t-1})) and W_*h the h-columns of each gate matrix:
    A_t = diag(c_{t-1} * f_t(1-f_t)) W_fh D_h,  B_t = diag(f_t),
    C_t = diag(c~_t * i_t(1-i_t)) W_ih D_h,     D_t = diag(i_t * (1 - c~_t^2)) W_ch D_h.
    Their sum A_t + B_t + C_t + D_t is autograd's one-step dc_t/dc_{t-1} with o_{t-1} fixed
    (:func:`lstm_cell_jacobians` builds the sum without the terms).
    """
    rows, stacked, _ = _lstm_factors(weights, states, gates)
    d_h = _lstm_d_h(states, gates)
    terms = {}
    for k, name in enumerate(("A", "C", "D")):
        term = stacked[k] * d_h
        term.mul_(rows[:, k].unsqueeze(2))
        terms[name] = term
    terms["B"] = torch.diag_embed(gates["f"][1:])
    return terms


def lstm_cell_jacobians(weights: dict[str, torch.Tensor], states: torch.Tensor,
                        gates: dict[str, torch.Tensor]) -> torch.Tensor:
    """A_t + B_t + C_t + D_t for every t in one batched contraction (the terms never materialised)."""
    rows, stacked, _ = _lstm_factors(weights, states, gates)
    total = torch.einsum("tkr,krc->trc", rows, stacked)
    total.mul_(_lstm_d_h(states, gates))
    total.diagonal(dim1=1, dim2=2).add_(gates["f"][1:])
    return total


def lstm_state_jacobians(weights: dict[str, torch.Tensor], states: torch.Tensor,
                         gates: dict[str, torch.Tensor]) -> torch.Tensor:
    """The full 2H x 2H Jacobian d(h_t, c_t)/d(h_{t-1}, c_{t-1}) of the LSTM state, every path included.

    dc_t/dh_{t-1} = M_t = diag(c_{t-1} f_t(1-f_t)) W_fh + diag(c~_t i_t(1-i_t)) W_ih + diag(i_t(1-c~_t^2)) W_ch,
    dc_t/dc_{t-1} = diag(f_t), dh_t/dh_{t-1} = diag(tanh(c_t) o_t(1-o_t)) W_oh + diag(o_t tanh'(c_t)) M_t,
    dh_t/dc_{t-1} = diag(o_t tanh'(c_t) f_t). The W_oh term is the output-gate path the A..D sum leaves out.
    """
    rows, stacked, w = _lstm_factors(weights, states, gates)
    hidden = states.shape[1]
    steps = states.shape[0] - 1
    f, o = gates["f"][1:], gates["o"][1:]
    tanh_c = torch.tanh(states[1:])
    out_slope = o * (1 - tanh_c ** 2)
    full = states.new_zeros(steps, 2 * hidden, 2 * hidden)
    m = full[:, hidden:, :hidden]
    m.copy_(torch.einsum("tkr,krc->trc", rows, stacked))
    dh_dh = full[:, :hidden, :hidden]
    torch.mul(m, out_slope.unsqueeze(2), out=dh_dh)
    dh_dh.addcmul_((tanh_c * o * (1 - o)).unsqueeze(2), w["o"])
    full[:, :hidden, hidden:].diagonal(dim1=1, dim2=2).copy_(out_slope * f)
    full[:, hidden:, hidden:].diagonal(dim1=1, dim2=2).copy_(f)
    return full


def lstm_h_from_c(states: torch.Tensor, gates: dict[str, torch.Tensor]) -> torch.Tensor:
    """dh_k/dc_k = o_k * tanh'(c_k) per step (T, H): how perturbing c_k moves h_k with o_k fixed."""
    return gates["o"] * (1 - torch.tanh(states) ** 2)


def gru_step_jacobians(params: dict[str, torch.Tensor], states: torch.Tensor,
                       gates: dict[str, torch.Tensor]) -> torch.Tensor:
    """dh_t/dh_{t-1} of PyTorch's GRU: diag(z_t) + diag(h_{t-1} - n_t) diag(z_t(1-z_t)) W_hz
    + diag((1-z_t)(1-n_t^2)) [diag(r_t) W_hn + diag(W_hn h_{t-1} + b_hn) diag(r_t(1-r_t)) W_hr].
    """
    hidden = states.shape[1]
    w_hr, w_hz, w_hn = params["W_hh"][:hidden], params["W_hh"][hidden:2 * hidden], params["W_hh"][2 * hidden:]
    b_hn = params["b_hh"][2 * hidden:]
    h_prev = states[:-1]
    r, z, n = gates["r"][1:], gates["z"][1:], gates["n"][1:]
    rec_n = h_prev @ w_hn.T + b_hn
    dr = (r * (1 - r)).unsqueeze(2) * w_hr
    dn = (1 - n * n).unsqueeze(2) * (r.unsqueeze(2) * w_hn + rec_n.unsqueeze(2) * dr)
    dz = (z * (1 - z)).unsqueeze(2) * w_hz
    return torch.diag_embed(z) + (h_prev - n).unsqueeze(2) * dz + (1 - z).unsqueeze(2) * dn


def spectral_norms(matrices: torch.Tensor, check: Check = no_check) -> torch.Tensor:
    """Largest singular value of each matrix in a (N, m, n) stack, as sqrt(largest eigenvalue of M^T M).

    The symmetric eigensolver is faster than an SVD and as exact for the largest value;
    the stack is processed in chunks to bound memory, calling ``check`` between chunks (it may raise to stop).
    """
    if matrices.shape[0] == 0:
        return matrices.new_zeros(0)
    out = []
    for chunk in torch.split(matrices, _chunk_size(matrices.shape[-1])):
        check()
        gram = chunk.mT @ chunk if chunk.shape[1] >= chunk.shape[2] else chunk @ chunk.mT
        out.append(torch.linalg.eigvalsh(gram)[:, -1].clamp_min(0.0).sqrt())
    return torch.cat(out)


def _chunk_size(size: int) -> int:
    """Matrices per eigensolver call: 64 small ones, fewer large ones, so cancel checks stay frequent at any size."""
    return max(4, min(_WINDOW, 8 * (128 // max(size, 1)) ** 2))


def log10_spectral_norms(matrices: torch.Tensor, check: Check = no_check) -> torch.Tensor:
    """log10 of each matrix's spectral norm (-inf for an exact zero)."""
    return torch.log10(spectral_norms(matrices, check))


class StepBlocks:
    """The step Jacobians of a long sequence, built a window of steps at a time when first asked for.

    ``make(a, b)`` returns the Jacobians of steps a..b-1 (any of the ``*_step_jacobians`` functions applied
    to states a..b). Products walk t backwards, so each window is built once and at most one is held:
    at T=1000, H=256 the full LSTM stack would be 2 GB, one window of 64 steps is 130 MB.
    """

    def __init__(self, make: Callable[[int, int], torch.Tensor], count: int, size: int, dtype: torch.dtype) -> None:
        self._make = make
        self.shape = (count, size, size)
        self.dtype = dtype
        self._start = -1
        self._block: torch.Tensor | None = None

    def __getitem__(self, k: int) -> torch.Tensor:
        if self._block is None or not self._start <= k < self._start + self._block.shape[0]:
            self._start = (k // _WINDOW) * _WINDOW
            self._block = self._make(self._start, min(self._start + _WINDOW, self.shape[0]))
        return self._block[k - self._start]


def windows(count: int) -> list[tuple[int, int]]:
    """``(a, b)`` step windows of at most one chunk covering 0..count-1."""
    return [(a, min(a + _WINDOW, count)) for a in range(0, count, _WINDOW)]


def log10_product_norms(step_jacobians: torch.Tensor | StepBlocks, rows: slice | None = None,
                        entry: torch.Tensor | None = None, check: Check = no_check,
                        gradient: list[torch.Tensor] | None = None) -> torch.Tensor:
    """log10 ||ds_{T-1}/ds_k||_2 for k = 0..T-1 from the T-1 step Jacobians ds_{k+1}/ds_k (last entry 0).

    ``rows`` picks the output block (the LSTM's c rows of its (h, c) state); ``entry`` (T, H) is dh_k/dc_k, turning the
    derivative with respect to the full state into one with respect to c_k alone (h_k moves with c_k). The running
    product R_k = R_{k+1} J_{k+1} is divided by its largest entry every few steps (a sum of squares would itself
    underflow) and the log of that scale is carried, so norms of 1e-300 and below neither underflow nor lose precision.

    ``gradient``, when given, holds one row g_{T-1} = dE/ds_{T-1}; the same walk appends g_k = g_{k+1} J_{k+1} for
    k = T-2..0 (see :func:`log10_gradient_norms`), so the step Jacobians are built once for both (the LSTM's a window
    at a time, :class:`StepBlocks`).
    """
    steps, size = step_jacobians.shape[0], step_jacobians.shape[1]
    eye = torch.eye(size, dtype=step_jacobians.dtype)
    running = eye[rows] if rows is not None else eye
    log_norms = torch.full((steps + 1,), -math.inf, dtype=step_jacobians.dtype)
    pending: list[torch.Tensor] = []
    pending_scale: list[float] = []
    scale = 0.0
    chunk = _chunk_size(entry.shape[1] if entry is not None else size)
    for k in range(steps, -1, -1):
        pending.append(running)
        pending_scale.append(scale)
        if len(pending) == chunk or k == 0:
            _store_chunk(log_norms, k, pending, pending_scale, entry, check)
        if k == 0:
            break
        jacobian = step_jacobians[k - 1]
        if gradient is not None:
            gradient.append(gradient[-1] @ jacobian)
        running = running @ jacobian
        if k % _RENORMALISE_EVERY:
            continue
        check()
        norm = float(running.abs().max())
        if norm == 0.0 or not math.isfinite(norm):
            _store_chunk(log_norms, k, pending, pending_scale, entry, check)
            log_norms[:k] = -math.inf if norm == 0.0 else math.inf
            if gradient is not None:
                backpropagate(step_jacobians, gradient, k - 1, check)
            break
        running = running / norm
        scale += math.log(norm)
    return log_norms


def backpropagate(step_jacobians: torch.Tensor | StepBlocks, gradient: list[torch.Tensor], below: int,
                  check: Check = no_check) -> None:
    """Append g_k = g_{k+1} J_{k+1} to ``gradient`` (its last row g_below) for k = below-1 down to 0: the
    vector-Jacobian products autograd would take, not renormalised."""
    for k in range(below, 0, -1):
        gradient.append(gradient[-1] @ step_jacobians[k - 1])
        if k % _RENORMALISE_EVERY == 0:
            check()


def log10_gradient_norms(gradient: list[torch.Tensor], entry: torch.Tensor | None = None) -> torch.Tensor:
    """log10 ||dE/dc_k|| for k = 0..T-1 from the rows g_{T-1}, g_{T-2}, .., g_0 of the chain rule run backwards
    (:func:`backpropagate`, or the walk of :func:`log10_product_norms`).

    ``entry`` (T, H) is dh_k/dc_k (the LSTM's (h, c) state): the derivative with respect to c_k alone is then
    g^h_k * dh_k/dc_k + g^c_k, as autograd gives it for the cell state. Like autograd's, the rows are not
    renormalised: a gradient below float64's range is exactly 0 (-inf).
    """
    gradients = torch.stack(gradient[::-1])
    if entry is not None:
        gradients = _restrict(gradients.unsqueeze(1), entry)[:, 0]
    return torch.log10(torch.linalg.vector_norm(gradients, dim=1))


def _store_chunk(log_norms: torch.Tensor, last_k: int, pending: list[torch.Tensor], scales: list[float],
                 entry: torch.Tensor | None, check: Check) -> None:
    """Write the log10 norms of the pending products (for k = last_k + len - 1 down to last_k), restricted to c_k by
    ``entry`` where given, and empty the buffer."""
    if not pending:
        return
    count = len(pending)
    products = torch.stack(pending[::-1])
    if entry is not None:
        products = _restrict(products, entry[last_k:last_k + count])
    largest = products.abs().amax(dim=(1, 2)).clamp_min(torch.finfo(products.dtype).tiny)
    scale = torch.tensor(scales[::-1], dtype=log_norms.dtype) / LN10 + torch.log10(largest)
    log_norms[last_k:last_k + count] = log10_spectral_norms(products / largest[:, None, None], check) + scale
    pending.clear()
    scales.clear()


def _restrict(running: torch.Tensor, dh_dc: torch.Tensor) -> torch.Tensor:
    """R_k [dh_k/dc_k; I] for a (N, r, 2H) stack of R_k and (N, H) of dh_k/dc_k: the derivative with respect to c_k
    when R_k is with respect to the (h_k, c_k) state."""
    hidden = dh_dc.shape[1]
    return running[..., :hidden] * dh_dc.unsqueeze(-2) + running[..., hidden:]
