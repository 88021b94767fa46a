"""The fused PyTorch layers used for training compute exactly the written-out cells the diagnostics replay."""

import pytest
import torch

from rnnlab.engine.gradflow.cells import init_params, unroll
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.fused import fused_layer, fused_prediction, written_out_params


@pytest.mark.parametrize("cell, bias", [("lstm", False), ("gru", False), ("rnn", True), ("rnn", False)])
def test_fused_layer_matches_written_out_cell_and_maps_back(cell, bias):
    config = GradflowConfig(cell=cell, activation="tanh", hidden=5, rnn_bias=bias, forget_bias=1.0)
    generator = torch.Generator().manual_seed(0)
    params = init_params(config, 3, 2, generator)
    with torch.no_grad():
        for value in params.values():
            value.add_(torch.randn(value.shape, generator=generator) * 0.3)
    layer = fused_layer(cell, params, "tanh")
    x = torch.randn(4, 9, 3, generator=generator)
    expected = unroll(cell, params, x, "tanh").prediction
    assert torch.allclose(fused_prediction(layer, params, x), expected, atol=1e-5)
    back = written_out_params(cell, layer, {k: params[k] for k in ("W_out", "b_out")})
    assert set(back) == set(params)
    assert all(torch.allclose(back[name], params[name]) for name in params)


def test_sigmoid_rnn_has_no_fused_layer():
    config = GradflowConfig(cell="rnn", activation="sigmoid", hidden=4)
    assert fused_layer("rnn", init_params(config, 2, 1, torch.Generator().manual_seed(0)), "sigmoid") is None


def test_lstm_second_bias_stays_zero_so_the_cell_has_one_bias_per_gate():
    config = GradflowConfig(cell="lstm", hidden=4)
    layer = fused_layer("lstm", init_params(config, 2, 1, torch.Generator().manual_seed(0)), "tanh")
    assert not layer.bias_hh_l0.requires_grad and float(layer.bias_hh_l0.abs().sum()) == 0.0
