"""Every closed-form Jacobian of the gradient-flow engine against torch.autograd, in float64, to 1e-5 relative."""

import math
from functools import partial

import numpy as np
import pytest
import torch
from torch.autograd.functional import jacobian

from rnnlab.engine.gradflow import jacobians
from rnnlab.engine.gradflow.cells import activation_fn, init_params, unroll
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.diagnostics import compute_diagnostics, probe_weights
from rnnlab.engine.gradflow.tasks import task_loss, task_shape

T, H, D = 7, 5, 3
RTOL = 1e-5
CELL_ACTIVATIONS = [("rnn", "sigmoid"), ("rnn", "tanh"), ("rnn", "relu"), ("lstm", "tanh"), ("gru", "tanh")]
"""Every cell with every nonlinearity the lab offers it (the LSTM's and GRU's are fixed)."""


def random_weights(cell: str, seed: int = 0, inputs: int = D, outputs: int = 1) -> dict[str, torch.Tensor]:
    """float64 weights with every entry (biases included) random, so no term vanishes by accident."""
    config = GradflowConfig(cell=cell, hidden=H, rnn_bias=True)
    generator = torch.Generator().manual_seed(seed)
    params = init_params(config, inputs, outputs, generator)
    noisy = {name: torch.randn(value.shape, generator=generator) * 0.8 for name, value in params.items()}
    return probe_weights(cell, noisy)


def probe_input(seed: int = 1) -> torch.Tensor:
    return torch.randn(T, D, generator=torch.Generator().manual_seed(seed), dtype=torch.float64)


def trace(cell: str, weights, x, activation="tanh"):
    out = unroll(cell, weights, x.unsqueeze(0), activation, keep_gates=True)
    states = torch.stack(out.states, dim=1)[0]
    return states, {name: value[0] for name, value in out.gates.items()}


def assert_close(actual: torch.Tensor, expected: torch.Tensor) -> None:
    scale = expected.abs().max()
    assert scale > 0
    assert (actual - expected).abs().max() <= RTOL * scale


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_rnn_step_jacobians_match_autograd(activation):
    weights, x = random_weights("rnn"), probe_input()
    states, _ = trace("rnn", weights, x, activation)
    closed = jacobians.rnn_step_jacobians(weights["W_rec"], states, activation)
    act = activation_fn(activation)
    for t in range(1, T):
        def step(c, x_t=x[t]):
            return act(weights["W_rec"] @ c + weights["W_in"] @ x_t + weights["b"])

        assert_close(closed[t - 1], jacobian(step, states[t - 1]))


def lstm_step(weights, x_t, h_prev, c_prev):
    """One LSTM step written independently of the engine's fused code."""
    z = torch.cat([h_prev, x_t])
    f = torch.sigmoid(weights["W_f"] @ z + weights["b_f"])
    i = torch.sigmoid(weights["W_i"] @ z + weights["b_i"])
    o = torch.sigmoid(weights["W_o"] @ z + weights["b_o"])
    cand = torch.tanh(weights["W_c"] @ z + weights["b_c"])
    c = c_prev * f + cand * i
    return o * torch.tanh(c), c


def test_lstm_terms_sum_to_the_cell_jacobian_with_o_fixed():
    weights, x = random_weights("lstm"), probe_input()
    states, gates = trace("lstm", weights, x)
    terms = jacobians.lstm_cell_terms(weights, states, gates)
    total = terms["A"] + terms["B"] + terms["C"] + terms["D"]
    fused = jacobians.lstm_cell_jacobians(weights, states, gates)
    for t in range(1, T):
        def step(c_prev, x_t=x[t], o_prev=gates["o"][t - 1]):
            return lstm_step(weights, x_t, o_prev * torch.tanh(c_prev), c_prev)[1]

        expected = jacobian(step, states[t - 1])
        assert_close(total[t - 1], expected)
        assert_close(fused[t - 1], expected)
    assert torch.equal(terms["B"][0], torch.diag(gates["f"][1]))


def test_lstm_each_term_is_its_own_path():
    """A, C and D are the Jacobian through f, i and c~ alone: freeze the other two gates and compare."""
    weights, x = random_weights("lstm"), probe_input()
    states, gates = trace("lstm", weights, x)
    terms = jacobians.lstm_cell_terms(weights, states, gates)
    t = 3
    o_prev, h_prev = gates["o"][t - 1], gates["o"][t - 1] * torch.tanh(states[t - 1])
    z_fixed = torch.cat([h_prev, x[t]])
    fixed = {name: g(weights[f"W_{name}"] @ z_fixed + weights[f"b_{name}"])
             for name, g in (("f", torch.sigmoid), ("i", torch.sigmoid), ("c", torch.tanh))}
    c_prev0 = states[t - 1]

    def through(gate):
        def step(c_prev):
            z = torch.cat([o_prev * torch.tanh(c_prev), x[t]])
            act = torch.tanh if gate == "c" else torch.sigmoid
            values = dict(fixed, **{gate: act(weights[f"W_{gate}"] @ z + weights[f"b_{gate}"])})
            return c_prev0 * values["f"] + values["c"] * values["i"]
        return step

    assert_close(terms["A"][t - 1], jacobian(through("f"), c_prev0))
    assert_close(terms["C"][t - 1], jacobian(through("i"), c_prev0))
    assert_close(terms["D"][t - 1], jacobian(through("c"), c_prev0))


def test_lstm_full_state_jacobians_match_autograd():
    weights, x = random_weights("lstm"), probe_input()
    states, gates = trace("lstm", weights, x)
    h = gates["o"] * torch.tanh(states)
    full = jacobians.lstm_state_jacobians(weights, states, gates)
    for t in range(1, T):
        def step(s, x_t=x[t]):
            return torch.cat(lstm_step(weights, x_t, s[:H], s[H:]))

        assert_close(full[t - 1], jacobian(step, torch.cat([h[t - 1], states[t - 1]])))


def test_lstm_exact_product_matches_autograd_end_to_end():
    """||dc_{T-1}/dc_k|| with h_k = o_k tanh(c_k) moving with c_k, through every later path (output gate included)."""
    weights, x = random_weights("lstm"), probe_input()
    states, gates = trace("lstm", weights, x)
    diag = compute_diagnostics("lstm", "tanh", "adding", weights, x, torch.tensor([1.0], dtype=torch.float64))
    for k in range(T):
        def forward(c_k, k=k):
            h, c = gates["o"][k] * torch.tanh(c_k), c_k
            for t in range(k + 1, T):
                h, c = lstm_step(weights, x[t], h, c)
            return c
        expected = torch.linalg.matrix_norm(jacobian(forward, states[k]), ord=2)
        assert math.isclose(10 ** diag.log_product[k], float(expected), rel_tol=RTOL)
    assert diag.log_product[-1] == pytest.approx(0.0, abs=1e-12)
    assert not np.allclose(diag.log_product, diag.log_product_cpath, rtol=1e-3), "output-gate path should matter"


def test_gru_step_jacobians_match_torch_gru_cell():
    weights, x = random_weights("gru"), probe_input()
    states, gates = trace("gru", weights, x)
    closed = jacobians.gru_step_jacobians(weights, states, gates)
    torch_cell = torch.nn.GRUCell(D, H).double()
    with torch.no_grad():
        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):
            getattr(torch_cell, name.replace("W_", "weight_").replace("b_", "bias_")).copy_(weights[name])
    assert torch.allclose(torch_cell(x[1:2], states[0:1])[0], states[1], rtol=1e-12, atol=1e-12)
    for t in range(1, T):
        def step(h_prev, x_t=x[t:t + 1]):
            return torch_cell(x_t, h_prev.unsqueeze(0))[0]

        assert_close(closed[t - 1], jacobian(step, states[t - 1]))


@pytest.mark.parametrize(("cell", "activation"), [pair for pair in CELL_ACTIVATIONS if pair[0] != "lstm"])
def test_local_and_product_norms_match_autograd_end_to_end(cell, activation):
    """The plotted ||dc_{k+1}/dc_k|| and ||dc_{T-1}/dc_k|| against the spectral norms of autograd's Jacobians of a
    replay from c_k (the LSTM's: test_lstm_exact_product_matches_autograd_end_to_end)."""
    weights, x = random_weights(cell), probe_input()
    states, _ = trace(cell, weights, x, activation)
    diag = compute_diagnostics(cell, activation, "adding", weights, x, torch.tensor([1.0], dtype=torch.float64))
    for k in range(T - 1):
        def forward(c_k, k=k, stop=T):
            rest = unroll(cell, weights, x[k + 1:stop].unsqueeze(0), activation, initial=c_k.unsqueeze(0))
            return rest.states[-1][0]
        one_step = torch.linalg.matrix_norm(jacobian(partial(forward, stop=k + 2), states[k]), ord=2)
        assert math.isclose(10 ** diag.log_local[k], float(one_step), rel_tol=RTOL)
        expected = torch.linalg.matrix_norm(jacobian(forward, states[k]), ord=2)
        assert math.isclose(10 ** diag.log_product[k], float(expected), rel_tol=RTOL)


def test_grad_norms_agree_with_the_closed_form_chain_rule():
    """||dE/dc_k|| from autograd equals ||g_{T-1}^T J_{T-1} ... J_{k+1}|| built from the closed-form steps."""
    weights, x = random_weights("rnn"), probe_input()
    target = torch.tensor([1.5], dtype=torch.float64)
    diag = compute_diagnostics("rnn", "tanh", "adding", weights, x, target)
    states, _ = trace("rnn", weights, x)
    steps = jacobians.rnn_step_jacobians(weights["W_rec"], states, "tanh")
    prediction = weights["W_out"] @ states[-1] + weights["b_out"]
    g = (2 * (prediction - target)) @ weights["W_out"]
    for k in range(T - 1, -1, -1):
        assert math.isclose(10 ** diag.log_grad[k], float(g.norm()), rel_tol=RTOL)
        if k:
            g = g @ steps[k - 1]


def autograd_grad_norms(cell, activation, task, weights, x, y):
    """||dE/dc_t|| for every t by autograd on a replay of the probe (every path, the LSTM's output gate included)."""
    with torch.enable_grad():
        out = unroll(cell, weights, x.clone().requires_grad_(True).unsqueeze(0), activation)
        grads = torch.autograd.grad(task_loss(task, out.prediction, y.unsqueeze(0)), out.states)
    return torch.stack([g[0].norm() for g in grads])


@pytest.mark.parametrize("task", ["adding", "first_symbol"])
@pytest.mark.parametrize(("cell", "activation"), CELL_ACTIVATIONS)
def test_grad_norms_match_autograd_on_the_replay(cell, activation, task):
    """The chain rule run backwards through the closed-form step Jacobians gives autograd's ||dE/dc_t||, every path."""
    shape = task_shape(task)
    weights = random_weights(cell, inputs=shape.input_size, outputs=shape.output_size)
    x = torch.randn(T, shape.input_size, generator=torch.Generator().manual_seed(2), dtype=torch.float64)
    y = torch.tensor([1.5], dtype=torch.float64) if task == "adding" else torch.tensor(3)
    diag = compute_diagnostics(cell, activation, task, weights, x, y)
    expected = autograd_grad_norms(cell, activation, task, weights, x, y)
    assert np.all(expected.numpy() > 0)
    assert np.allclose(10 ** diag.log_grad, expected.numpy(), rtol=RTOL, atol=0)


def test_the_gradient_rides_the_product_walk_past_a_product_that_vanishes():
    """The c rows of the product become exactly 0 at one step, the gradient (on the h rows) does not: the walk stops
    multiplying the product there but carries the gradient on to t = 0, as a walk of its own gives it."""
    steps = torch.eye(4, dtype=torch.float64).repeat(20, 1, 1) * 0.9
    steps[12] = torch.diag(torch.tensor([0.5, 0.5, 0.0, 0.0], dtype=torch.float64))
    last = torch.tensor([1.0, 2.0, 0.0, 0.0], dtype=torch.float64)
    walked, alone = [last], [last]
    logs = jacobians.log10_product_norms(steps, rows=slice(2, 4), gradient=walked)
    jacobians.backpropagate(steps, alone, 20)
    assert len(walked) == 21 and torch.equal(torch.stack(walked), torch.stack(alone))
    assert np.isneginf(logs[:13].numpy()).all() and np.isfinite(logs[13:].numpy()).all()
    k = np.arange(21)
    decay = np.where(k >= 13, (20 - k) * np.log10(0.9), np.log10(0.5) + (19 - k) * np.log10(0.9))
    expected = np.log10(np.sqrt(5.0)) + decay
    np.testing.assert_allclose(jacobians.log10_gradient_norms(walked).numpy(), expected, rtol=0, atol=1e-12)


def test_products_carry_their_scale_far_below_float64():
    """Thirty steps of 1e-30 * orthogonal matrices: the product's norm is 1e-900, kept exactly as a log."""
    generator = torch.Generator().manual_seed(3)
    q = torch.stack([torch.linalg.qr(torch.randn(6, 6, generator=generator, dtype=torch.float64))[0]
                     for _ in range(30)])
    logs = jacobians.log10_product_norms(q * 1e-30)
    assert np.allclose(logs.numpy(), -30.0 * np.arange(30, -1, -1), rtol=0, atol=1e-9)


def test_windowed_lstm_diagnostics_equal_the_whole_stack_over_several_windows():
    """At T=150 the LSTM norms are built in windows of 64 steps; they must equal the one-stack computation."""
    weights = random_weights("lstm")
    x = torch.randn(150, D, generator=torch.Generator().manual_seed(5), dtype=torch.float64)
    states, gates = trace("lstm", weights, x)
    diag = compute_diagnostics("lstm", "tanh", "adding", weights, x, torch.tensor([1.0], dtype=torch.float64))
    terms = jacobians.lstm_cell_terms(weights, states, gates)
    total = terms["A"] + terms["B"] + terms["C"] + terms["D"]
    full = jacobians.lstm_state_jacobians(weights, states, gates)
    exact = jacobians.log10_product_norms(full, rows=slice(H, 2 * H), entry=jacobians.lstm_h_from_c(states, gates))
    assert np.allclose(diag.log_terms["A"], jacobians.log10_spectral_norms(terms["A"]).numpy(), atol=1e-9)
    assert np.allclose(diag.log_local, jacobians.log10_spectral_norms(total).numpy(), atol=1e-9)
    assert np.allclose(diag.log_product, exact.numpy(), atol=1e-9)
    assert np.allclose(diag.log_product_cpath, jacobians.log10_product_norms(total).numpy(), atol=1e-9)
