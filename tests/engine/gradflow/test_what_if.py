"""What if, without training: the probe at initialisation is a run's first probe, exactly; an independent float64
recomputation in numpy confirms its local norms, product and bound; the bound's words say what it promises."""

import math

import numpy as np
import pytest

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.export import export_arrays
from rnnlab.engine.gradflow.training import GradflowProgress, GradflowTraining
from rnnlab.engine.gradflow.what_if import bound_change, bound_promise, what_if, what_if_lines
from rnnlab.engine.jobs import CancelToken

T, H = 24, 8


def first_probe(config):
    """The snapshot of step 0 of a real (short) training run of ``config``."""
    seen = {}

    def record(event):
        if isinstance(event, GradflowProgress) and event.step == 0:
            seen.update(event.snapshots)

    GradflowTraining(config)(record, CancelToken())
    return seen[config.cell]


@pytest.mark.parametrize("changes", [
    {"cell": "rnn"}, {"cell": "rnn", "activation": "tanh", "init": "orthogonal", "init_scale": 1.7, "rnn_bias": True},
    {"cell": "lstm", "forget_bias": 0.0}, {"cell": "lstm", "init": "chrono"}, {"cell": "gru", "init_scale": 0.3},
    {"cell": "rnn", "activation": "relu", "init": "identity", "task": "first_symbol"},
], ids=["rnn", "rnn-tanh-orthogonal", "lstm", "lstm-chrono", "gru", "irnn-first-symbol"])
def test_the_what_if_is_exactly_a_trained_run_s_first_probe(changes):
    config = GradflowConfig(length=T, hidden=H, steps=2, batch_size=4, seed=5, **changes)
    trained = export_arrays(first_probe(config), [])
    probed = export_arrays(what_if(config).snapshot, [])
    assert set(probed) == set(trained)
    for name, value in trained.items():
        assert probed[name].shape == value.shape and probed[name].dtype == value.dtype, name
        np.testing.assert_array_equal(probed[name], value, err_msg=name, strict=True)
    assert int(probed["probe_step"]) == 0 and probed["loss"].shape == (0,)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


@pytest.mark.parametrize("activation, scale", [("sigmoid", 1.0), ("sigmoid", 4.0), ("tanh", 0.3), ("tanh", 2.0)])
def test_an_independent_float64_recomputation_confirms_the_norms_the_product_and_the_bound(activation, scale):
    """numpy from the exported weights and inputs: the states, the slopes act'(z_t) from the pre-activations (not read
    back off the states as the engine does), each step's Jacobian, its norm and the running product's norm."""
    result = what_if(GradflowConfig(cell="rnn", activation=activation, init_scale=scale, length=T, hidden=H))
    data = export_arrays(result.snapshot, [])
    w_rec, w_in, b = data["W_rec"], data["W_in"], data["b"]
    c, slopes = np.zeros(H), []
    for x_t in data["x"]:
        z = w_rec @ c + w_in @ x_t + b
        if activation == "sigmoid":
            c = _sigmoid(z)
            slopes.append(_sigmoid(z) * (1 - _sigmoid(z)))
        else:
            c = np.tanh(z)
            slopes.append(1 / np.cosh(z) ** 2)
    steps = [np.diag(slopes[k + 1]) @ w_rec for k in range(T - 1)]
    assert np.allclose(data["local_norm"], [np.linalg.norm(j, 2) for j in steps], rtol=1e-9, atol=0)
    product, expected = np.eye(H), [1.0]
    for j in reversed(steps):
        product = product @ j
        expected.append(np.linalg.norm(product, 2))
    assert np.allclose(data["product_norm"], expected[::-1], rtol=1e-8, atol=0)
    gamma = 0.25 if activation == "sigmoid" else 1.0
    factor = gamma * np.linalg.norm(w_rec, 2)
    assert result.gamma == gamma and result.gamma_norm == pytest.approx(factor, rel=1e-12)
    assert result.snapshot.diagnostics.spectral_radius == pytest.approx(np.abs(np.linalg.eigvals(w_rec)).max(),
                                                                        rel=1e-12)
    bound = result.log_product_bound()
    assert np.allclose(bound, np.arange(T - 1, -1, -1) * np.log10(factor), rtol=1e-12, atol=1e-12)
    assert np.all(np.log10(expected[::-1]) <= bound + 1e-9), "the product never exceeds its bound"


def test_a_scaled_identity_has_norm_radius_and_bound_in_closed_form():
    """W_rec = a I: ||W_rec||_2 = rho = a, each local norm is a * max_i tanh'(z_t,i), the bound falls (T-1) log10 a."""
    result = what_if(GradflowConfig(cell="rnn", activation="tanh", init="identity", init_scale=0.5, length=T,
                                    hidden=H))
    diag = result.snapshot.diagnostics
    assert diag.w_rec_norm == 0.5 and diag.spectral_radius == 0.5 and result.gamma_norm == 0.5
    data = export_arrays(result.snapshot, [])
    c, states = np.zeros(H), []
    for x_t in data["x"]:
        c = np.tanh(0.5 * c + data["W_in"] @ x_t)
        states.append(c)
    local = [0.5 * np.max(1 - states[k + 1] ** 2) for k in range(T - 1)]
    assert np.allclose(data["local_norm"], local, rtol=1e-12, atol=0)
    bound = result.log_product_bound()
    assert bound[0] == pytest.approx((T - 1) * math.log10(0.5)) and bound[-1] == 0.0


def test_gated_cells_get_no_bound_and_say_why():
    for cell in ("lstm", "gru"):
        result = what_if(GradflowConfig(cell=cell, length=T, hidden=H))
        assert result.gamma is None and result.gamma_norm is None and result.log_product_bound() is None
        assert "plain RNN's" in what_if_lines(result)[1] and "no such bound" in what_if_lines(result)[1]


def test_the_bound_s_words_say_what_it_does_and_does_not_promise():
    assert bound_change(0.5, 10) == "falls 3.0 decades" and bound_change(1.0, 10) == "stays at 1"
    assert bound_change(2.0, 10) == "rises 3.0 decades"
    assert "sufficient condition for vanishing" in bound_promise(0.99)
    above = bound_promise(1.0)
    assert "promises nothing" in above and "may still vanish" in above and "no condition for exploding" in above
    lines = what_if_lines(what_if(GradflowConfig(cell="rnn", activation="tanh", init_scale=2.0, length=T, hidden=H)))
    assert any(line.startswith("bound (gamma*||W_rec||_2)^(T-1-t) rises") for line in lines)
