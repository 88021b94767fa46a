"""PyTorch's fused recurrent layers for fast training, with exact weight maps to the written-out cells.

Training runs through ``nn.LSTM`` / ``nn.GRU`` / ``nn.RNN`` (much faster than a Python loop over steps); the
diagnostics replay the probe with the written-out cells of ``engine.gradflow.cells``, fed by
:func:`written_out_params`. The maps are exact: the LSTM's second bias ``bias_hh`` is frozen at zero so
the layer has the derivation's single bias per gate; the GRU keeps both biases, as PyTorch defines it. A
sigmoid RNN has no fused layer and trains written out (``fused_layer`` returns None).
"""

from __future__ import annotations

import torch
from torch import nn

from rnnlab.engine.gradflow.cells import Params

FUSED_ACTIVATIONS = ("tanh", "relu")
"""The plain RNN's nonlinearities that ``nn.RNN`` has; a sigmoid RNN trains written out."""
_LSTM_TORCH_ORDER = (1, 0, 2, 3)  # torch stacks gates (i, f, g, o); ours are (f, i, c~, o)


def _reorder_lstm_rows(matrix: torch.Tensor, hidden: int) -> torch.Tensor:
    """Swap the first two gate blocks: (f, i, c, o) <-> (i, f, g, o); the map is its own inverse."""
    return torch.cat([matrix[k * hidden:(k + 1) * hidden] for k in _LSTM_TORCH_ORDER])


def fused_layer(cell: str, params: Params, activation: str, device: torch.device | str = "cpu") -> nn.Module | None:
    """A float32 ``nn.LSTM``/``nn.GRU``/``nn.RNN`` (batch_first) on ``device`` holding ``params``; None for a
    sigmoid RNN. The layer skips PyTorch's own initialisation, which would draw from the process-wide generator."""
    if cell == "rnn" and activation not in FUSED_ACTIVATIONS:
        return None
    hidden = params["W_out"].shape[1]
    with torch.no_grad():
        if cell == "lstm":
            inputs = params["W_gates"].shape[1] - hidden
            layer = _uninitialised(nn.LSTM(inputs, hidden, batch_first=True, device="meta"), device)
            w = _reorder_lstm_rows(params["W_gates"], hidden)
            layer.get_parameter("weight_hh_l0").copy_(w[:, :hidden])
            layer.get_parameter("weight_ih_l0").copy_(w[:, hidden:])
            layer.get_parameter("bias_ih_l0").copy_(_reorder_lstm_rows(params["b_gates"], hidden))
            layer.get_parameter("bias_hh_l0").zero_()
            layer.get_parameter("bias_hh_l0").requires_grad_(False)
        elif cell == "gru":
            layer = _uninitialised(nn.GRU(params["W_ih"].shape[1], hidden, batch_first=True, device="meta"), device)
            for name in ("W_ih", "W_hh", "b_ih", "b_hh"):
                layer.get_parameter(name.replace("W_", "weight_").replace("b_", "bias_") + "_l0").copy_(params[name])
        else:
            layer = _uninitialised(nn.RNN(params["W_in"].shape[1], hidden, batch_first=True, bias="b" in params,
                                          nonlinearity=activation, device="meta"), device)
            layer.get_parameter("weight_hh_l0").copy_(params["W_rec"])
            layer.get_parameter("weight_ih_l0").copy_(params["W_in"])
            if "b" in params:
                layer.get_parameter("bias_ih_l0").copy_(params["b"])
                layer.get_parameter("bias_hh_l0").zero_()
                layer.get_parameter("bias_hh_l0").requires_grad_(False)
    return layer


def _uninitialised(layer: nn.Module, device: torch.device | str) -> nn.Module:
    """A layer made on the meta device, given real but unfilled storage on ``device`` (no random draws)."""
    return layer.to_empty(device=device)


def written_out_params(cell: str, layer: nn.Module, readout: Params) -> Params:
    """The fused layer's current weights (detached) under the written-out cells' names, plus the readout."""
    hidden = readout["W_out"].shape[1]
    out = {name: value.detach() for name, value in readout.items()}
    parameter = layer.get_parameter
    if cell == "lstm":
        w = torch.cat([parameter("weight_hh_l0"), parameter("weight_ih_l0")], dim=1).detach()
        out["W_gates"] = _reorder_lstm_rows(w, hidden)
        out["b_gates"] = _reorder_lstm_rows((parameter("bias_ih_l0") + parameter("bias_hh_l0")).detach(), hidden)
    elif cell == "gru":
        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):
            out[name] = parameter(name.replace("W_", "weight_").replace("b_", "bias_") + "_l0").detach()
    else:
        out["W_rec"], out["W_in"] = parameter("weight_hh_l0").detach(), parameter("weight_ih_l0").detach()
        if layer.bias:
            out["b"] = (parameter("bias_ih_l0") + parameter("bias_hh_l0")).detach()
    return out


def fused_prediction(layer: nn.Module, readout: Params, x: torch.Tensor) -> torch.Tensor:
    """The readout of the last hidden state after running ``layer`` over ``x`` (batch, T, D)."""
    outputs: torch.Tensor = layer(x)[0]
    return outputs[:, -1] @ readout["W_out"].T + readout["b_out"]
