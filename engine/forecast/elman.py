"""A tanh Elman layer with a hand-written backward pass (BPTT), for training on the CPU.

``nn.RNN`` on the CPU records every time step in autograd: a 60-step window through 4 layers is ~1,000 graph nodes
a batch, and walking them, not the arithmetic, is what an epoch costs. Here the forward pass is one matrix product
for every step's input projection and then two in-place calls a step; the backward pass is two calls a step for the
recurrence and one matrix product for each weight's gradient over all steps at once. Same equations as ``nn.RNN``
(tanh, two biases); the sums run in another order, so results agree with it to float32 rounding (a test holds the
gradients to 1e-5 of ``nn.RNN``'s), not bit for bit.
"""

from __future__ import annotations

import itertools
from typing import Any, Callable

import torch


class _ElmanTanh(torch.autograd.Function):
    """h_t = tanh(x_t W_ih^T + b_ih + b_hh + h_{t-1} W_hh^T), h_0 = 0; inputs and outputs batch-first."""

    @staticmethod
    def forward(ctx: Any, x: torch.Tensor, w_ih: torch.Tensor, w_hh: torch.Tensor, b_ih: torch.Tensor,
                b_hh: torch.Tensor) -> torch.Tensor:
        batch, steps, inputs = x.shape
        x_steps = x.transpose(0, 1).reshape(steps * batch, inputs)
        hidden = torch.addmm(b_ih + b_hh, x_steps, w_ih.t()).view(steps, batch, -1)
        states = hidden.unbind(0)
        states[0].tanh_()
        w_hh_t = w_hh.t()
        for previous, state in itertools.pairwise(states):
            state.addmm_(previous, w_hh_t).tanh_()
        ctx.save_for_backward(x_steps, w_ih, w_hh, hidden)
        return hidden.transpose(0, 1)

    @staticmethod
    def backward(ctx: Any, grad_output: torch.Tensor) -> tuple[torch.Tensor | None, ...]:
        """dpre_t = (dL/dh_t + dpre_{t+1} W_hh) * (1 - h_t^2), from the last step back; then every gradient from
        the stack of dpre in one product each."""
        x_steps, w_ih, w_hh, hidden = ctx.saved_tensors
        steps, batch, units = hidden.shape
        grads = grad_output.transpose(0, 1)
        slopes = (1 - hidden * hidden).unbind(0)
        dpre = grads.clone(memory_format=torch.contiguous_format)
        dpres = dpre.unbind(0)
        dpres[-1].mul_(slopes[-1])
        for t in range(steps - 2, -1, -1):
            dpres[t].addmm_(dpres[t + 1], w_hh).mul_(slopes[t])
        flat = dpre.view(steps * batch, units)
        grad_x = None
        if ctx.needs_input_grad[0]:
            grad_x = (flat @ w_ih).view(steps, batch, -1).transpose(0, 1)
        grad_w_ih = flat.t() @ x_steps
        grad_w_hh = dpre[1:].reshape(-1, units).t() @ hidden[:-1].reshape(-1, units)
        grad_bias = flat.sum(0)
        return grad_x, grad_w_ih, grad_w_hh, grad_bias, grad_bias


def elman_tanh(x: torch.Tensor, layer: torch.nn.RNN) -> torch.Tensor:
    """The outputs of a one-layer, tanh, batch-first ``nn.RNN`` with biases for ``x`` (batch, steps, inputs),
    starting from a zero state, through the hand-written backward: (batch, steps, units), time-major in memory."""
    apply: Callable[..., torch.Tensor] = _ElmanTanh.apply
    return apply(x, layer.weight_ih_l0, layer.weight_hh_l0, layer.bias_ih_l0, layer.bias_hh_l0)
