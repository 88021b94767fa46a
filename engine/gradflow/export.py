"""Write the arrays behind the plots, and what is needed to recompute them, to an NPZ file (atomically).

Keys (probe batch of one sequence, zero initial states): ``cell``, ``activation``, ``x`` (T x D);
rnn: ``W_rec``, ``W_in``, ``b``; lstm: ``W_f``, ``W_i``, ``W_c``, ``W_o`` (H x (H+D) on [h_{t-1}, x_t]) and
``b_f``, ``b_i``, ``b_c``, ``b_o``; gru: PyTorch's ``W_ih``, ``W_hh``, ``b_ih``, ``b_hh`` (gate order r, z, n);
``local_norm`` (T-1), ``product_norm`` (T, exact, last entry 1), lstm also ``product_norm_cpath`` and
``A_norm``..``D_norm`` (T-1); ``grad_norm`` (T); rnn also ``local_bound`` (T-1, entry k = gamma_{k+1} ||W_rec||_2,
gamma_t the activation's largest slope at step t) and ``eig_W_rec`` (H complex eigenvalues); ``probe_step`` (the
training step of the probe), ``loss`` (the cell's training loss per optimiser step, step 1 first) and
``diverged_step`` (the step whose loss became infinite or NaN, where the run stopped; 0 when every loss was
finite). Norms are float64; below about 1e-308 they read as 0.
"""

from __future__ import annotations

import os
from typing import Sequence

import numpy as np
from numpy.typing import NDArray

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.gradflow.summary import diverged_step
from rnnlab.engine.gradflow.training import CellSnapshot


def export_arrays(snapshot: CellSnapshot, losses: Sequence[float]) -> dict[str, np.ndarray]:
    """The export's key -> array mapping for one cell's snapshot and its ``losses`` per step so far."""
    diag = snapshot.diagnostics
    weights = snapshot.weights
    arrays: dict[str, np.ndarray] = {"cell": np.array(snapshot.cell), "activation": np.array(snapshot.activation),
                                     "x": snapshot.x.astype(np.float64)}
    if snapshot.cell == "rnn":
        hidden = weights["W_rec"].shape[0]
        arrays.update(W_rec=weights["W_rec"], W_in=weights["W_in"], b=weights.get("b", np.zeros(hidden)))
    elif snapshot.cell == "lstm":
        arrays.update({name: weights[name] for name in ("W_f", "W_i", "W_c", "W_o", "b_f", "b_i", "b_c", "b_o")})
    else:
        arrays.update({name: weights[name] for name in ("W_ih", "W_hh", "b_ih", "b_hh")})
    arrays["local_norm"] = _linear(diag.log_local)
    arrays["product_norm"] = _linear(diag.log_product)
    if diag.log_product_cpath is not None:  # the LSTM's
        arrays["product_norm_cpath"] = _linear(diag.log_product_cpath)
        for name in "ABCD":
            arrays[f"{name}_norm"] = _linear(diag.log_terms[name])
    arrays["grad_norm"] = _linear(diag.log_grad)
    if diag.log_bound is not None and diag.eig_w_rec is not None:  # the plain RNN's
        arrays["local_bound"] = _linear(diag.log_bound)
        arrays["eig_W_rec"] = diag.eig_w_rec.astype(np.complex128)
    arrays["probe_step"] = np.array(snapshot.step)
    arrays["loss"] = np.asarray(losses, dtype=np.float64)
    arrays["diverged_step"] = np.array(diverged_step(list(losses)) or 0)
    return arrays


def export_npz(snapshot: CellSnapshot, path: str | os.PathLike[str], losses: Sequence[float]) -> None:
    """Write :func:`export_arrays` of ``snapshot`` and ``losses`` to ``path`` as an uncompressed NPZ, all or
    nothing."""
    arrays = export_arrays(snapshot, losses)
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as handle:
            np.savez(handle, **arrays)  # type: ignore[arg-type]  # numpy's stub types **kwds as if allow_pickle


def _linear(log10_values: NDArray[np.float64]) -> NDArray[np.float64]:
    with np.errstate(over="ignore", under="ignore"):
        return np.power(10.0, log10_values).astype(np.float64)
