"""The derivation on screen: the local-norm bound, the spectrum of W_rec, and each initialisation at step 0."""

import numpy as np
import pytest
import torch

from rnnlab.engine.errors import InputError
from rnnlab.engine.gradflow.cells import init_params
from rnnlab.engine.gradflow.config import MAX_SLOPE, GradflowConfig
from rnnlab.engine.gradflow.export import export_npz
from rnnlab.engine.gradflow.training import GradflowTraining
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.runtime import job_generator

T, H = 40, 12


def export_of(tmp_path, **changes) -> dict:
    config = GradflowConfig(cell="rnn", length=T, hidden=H, steps=3, batch_size=4, **changes)
    result = GradflowTraining(config)(ignore_progress, CancelToken())
    export_npz(result.snapshots["rnn"], tmp_path / "x.npz", result.losses["rnn"])
    return dict(np.load(tmp_path / "x.npz"))


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
@pytest.mark.parametrize("init", ["normal", "orthogonal", "identity"])
def test_the_bound_holds_over_every_exported_local_norm(tmp_path, activation, init):
    data = export_of(tmp_path, activation=activation, init=init, init_scale=1.5)
    local, bound = data["local_norm"], data["local_bound"]
    assert bound.shape == local.shape == (T - 1,)
    assert np.all(local <= bound * (1 + 1e-9) + 1e-300)
    w_norm = np.linalg.norm(data["W_rec"], 2)
    assert np.all(bound <= MAX_SLOPE[activation] * w_norm * (1 + 1e-12))


def test_the_bound_is_recomputed_from_the_exported_weights(tmp_path):
    data = export_of(tmp_path, activation="tanh")
    c = np.zeros(H)
    slopes = []
    for x_t in data["x"]:
        c = np.tanh(data["W_rec"] @ c + data["W_in"] @ x_t + data["b"])
        slopes.append(1 - c * c)
    expected = np.max(np.array(slopes)[1:], axis=1) * np.linalg.norm(data["W_rec"], 2)
    np.testing.assert_allclose(data["local_bound"], expected, rtol=1e-10)


def test_eigenvalues_equal_numpys(tmp_path):
    data = export_of(tmp_path, activation="tanh")
    ours = np.sort_complex(data["eig_W_rec"])
    np.testing.assert_allclose(ours, np.sort_complex(np.linalg.eigvals(data["W_rec"])), atol=1e-10)
    assert data["eig_W_rec"].dtype == np.complex128 and ours.shape == (H,)


def initial(cell: str, **changes) -> dict:
    config = GradflowConfig(cell=cell, length=50, **{"hidden": H, **changes})
    return {k: v.detach().numpy() for k, v in init_params(config, 2, 1, job_generator(0)).items()}


def test_each_initialisation_is_what_it_claims_at_step_0():
    identity = initial("rnn", init="identity", activation="relu")["W_rec"]
    np.testing.assert_array_equal(identity, np.eye(H))
    orthogonal = initial("rnn", init="orthogonal", init_scale=0.5)["W_rec"]
    np.testing.assert_allclose(orthogonal @ orthogonal.T, 0.25 * np.eye(H), atol=1e-5)
    blocks = initial("lstm", init="orthogonal")["W_gates"][:, :H].reshape(4, H, H)
    for block in blocks:
        np.testing.assert_allclose(block @ block.T, np.eye(H), atol=1e-5)
    normal = initial("rnn", init="normal", hidden=256, init_scale=2.0)["W_rec"]
    assert normal.std() == pytest.approx(2.0 / np.sqrt(256), rel=0.02)
    chrono = initial("lstm", init="chrono")["b_gates"]
    forget, gate_in = chrono[:H], chrono[H:2 * H]
    assert np.all(forget >= 0) and np.all(forget <= np.log(49)) and forget.std() > 0.3
    np.testing.assert_array_equal(gate_in, -forget)
    assert initial("lstm", forget_bias=2.0)["b_gates"][:H].tolist() == [2.0] * H


def test_an_initialisation_for_another_cell_is_refused_unless_comparing():
    config = GradflowConfig(cell="gru", init="chrono", length=10, hidden=4, steps=1, batch_size=2)
    with pytest.raises(InputError, match="chrono initialisation is for the LSTM"):
        GradflowTraining(config)(ignore_progress, CancelToken())
    result = GradflowTraining(config, ("rnn", "lstm", "gru"))(ignore_progress, CancelToken())
    assert set(result.snapshots) == {"rnn", "lstm", "gru"}


def test_relu_rnn_trains_fused_and_matches_its_written_out_replay():
    result = GradflowTraining(GradflowConfig(cell="rnn", activation="relu", init="identity", length=20, hidden=8,
                                             steps=2, batch_size=4))(ignore_progress, CancelToken())
    diag = result.snapshots["rnn"].diagnostics
    assert np.isfinite(diag.log_grad).all() and diag.spectral_radius == pytest.approx(np.abs(diag.eig_w_rec).max())
    assert torch.get_num_threads() >= 1
