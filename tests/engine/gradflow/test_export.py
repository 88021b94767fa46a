"""The NPZ export: exactly the documented keys and shapes, values recomputable from the exported weights."""

import numpy as np
import pytest
import torch

from rnnlab.engine.errors import TrainingDiverged
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.diagnostics import compute_diagnostics
from rnnlab.engine.gradflow.export import export_npz
from rnnlab.engine.gradflow.training import GradflowTraining
from rnnlab.engine.jobs import CancelToken, ignore_progress

T, H = 12, 6
COMMON = {"cell", "activation", "x", "local_norm", "product_norm", "grad_norm", "probe_step", "loss", "diverged_step"}
KEYS = {
    "rnn": COMMON | {"W_rec", "W_in", "b", "local_bound", "eig_W_rec"},
    "lstm": COMMON | {"W_f", "W_i", "W_c", "W_o", "b_f", "b_i", "b_c", "b_o", "product_norm_cpath",
                      "A_norm", "B_norm", "C_norm", "D_norm"},
    "gru": COMMON | {"W_ih", "W_hh", "b_ih", "b_hh"},
}


def exported(cell, tmp_path, **changes):
    config = GradflowConfig(cell=cell, length=T, hidden=H, steps=2, batch_size=4, **changes)
    result = GradflowTraining(config)(ignore_progress, CancelToken())
    path = tmp_path / f"{cell}.npz"
    export_npz(result.snapshots[cell], path, result.losses[cell])
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]
    return dict(np.load(path))


@pytest.mark.parametrize("cell", ["rnn", "lstm", "gru"])
def test_keys_and_shapes(cell, tmp_path):
    data = exported(cell, tmp_path)
    assert set(data) == KEYS[cell]
    assert str(data["cell"]) == cell
    assert str(data["activation"]) == ("sigmoid" if cell == "rnn" else "tanh")
    assert data["x"].shape == (T, 2)
    assert data["local_norm"].shape == (T - 1,)
    assert data["product_norm"].shape == data["grad_norm"].shape == (T,)
    assert data["product_norm"][-1] == pytest.approx(1.0)
    assert int(data["probe_step"]) == 2 and data["loss"].shape == (2,) and int(data["diverged_step"]) == 0
    if cell == "lstm":
        assert all(data[name].shape == (H, H + 2) for name in ("W_f", "W_i", "W_c", "W_o"))
        assert all(data[f"{n}_norm"].shape == (T - 1,) for n in "ABCD")
        assert data["product_norm_cpath"].shape == (T,)


def test_rnn_values_recompute_from_the_exported_weights_in_numpy(tmp_path):
    data = exported("rnn", tmp_path, activation="tanh", rnn_bias=True)
    c, states = np.zeros(H), []
    for x_t in data["x"]:
        c = np.tanh(data["W_rec"] @ c + data["W_in"] @ x_t + data["b"])
        states.append(c)
    steps = [np.diag(1 - states[k + 1] ** 2) @ data["W_rec"] for k in range(T - 1)]
    assert np.allclose(data["local_norm"], [np.linalg.norm(j, 2) for j in steps], rtol=1e-9)
    product, expected = np.eye(H), [1.0]
    for j in reversed(steps):
        product = product @ j
        expected.append(np.linalg.norm(product, 2))
    assert np.allclose(data["product_norm"], expected[::-1], rtol=1e-9)


def test_lstm_values_recompute_from_the_exported_weights(tmp_path):
    data = exported("lstm", tmp_path)
    weights = {name: torch.from_numpy(data[name]) for name in data if name.startswith(("W_", "b_"))}
    weights["W_gates"] = torch.cat([weights[f"W_{n}"] for n in "fico"])
    weights["b_gates"] = torch.cat([weights[f"b_{n}"] for n in "fico"])
    weights["W_out"], weights["b_out"] = torch.zeros(1, H, dtype=torch.float64), torch.zeros(1, dtype=torch.float64)
    diag = compute_diagnostics("lstm", "tanh", "adding", weights, torch.from_numpy(data["x"]),
                               torch.ones(1, dtype=torch.float64))
    assert np.allclose(data["product_norm"], 10 ** diag.log_product, rtol=1e-9)
    assert np.allclose(data["product_norm_cpath"], 10 ** diag.log_product_cpath, rtol=1e-9)
    assert np.allclose(data["A_norm"], 10 ** diag.log_terms["A"], rtol=1e-9)
    assert np.allclose(data["local_norm"], 10 ** diag.log_terms["sum"], rtol=1e-9)


def test_the_export_of_a_run_that_diverged_says_where_it_blew_up(tmp_path):
    config = GradflowConfig(cell="rnn", activation="tanh", optimizer="sgd", learning_rate=10.0, clip=None,
                            init_scale=5.0, length=10, hidden=8, steps=60, probe_every=5)
    with pytest.raises(TrainingDiverged) as diverged:
        GradflowTraining(config)(ignore_progress, CancelToken())
    partial = diverged.value.partial
    export_npz(partial.snapshots["rnn"], tmp_path / "blown.npz", partial.losses["rnn"])
    data = np.load(tmp_path / "blown.npz")
    step = len(partial.losses["rnn"])
    assert int(data["diverged_step"]) == step and f"at step {step}." in str(diverged.value)
    assert data["loss"].shape == (step,) and np.isinf(data["loss"][-1]) and np.isfinite(data["loss"][:-1]).all()
    assert int(data["probe_step"]) == partial.snapshots["rnn"].step < step
