
from rnnlab.engine.translations import translatable

"""What the gradient-flow plots say about themselves: a two-line caption under each and the full explanation
in its tooltip. Subscripts are written ``c_{t−1}`` and render as subscripts (``plots.math_html``)."""


CAPTIONS = {
    "local": translatable("gradflow.texts", "‖∂c_t/∂c_{t−1}‖: the factor one step applies to a gradient; below 1 "
                                            "step after step → vanishing. Dashed: its bound γ_t‖W_rec‖₂ (RNN) and "
                                            "max f_t (LSTM)."),
    "product": translatable("gradflow.texts", "How much of ∂c_{T−1} survives back to step t (1 at the right). A "
                                              "straight fall = exponential vanishing. LSTM: solid exact, dashed "
                                              "A+B+C+D product."),
    "grad": translatable("gradflow.texts", "Autograd gradient of the probe's loss E at each step, every path "
                                           "included: what BPTT really delivers. Flat = early inputs still get a "
                                           "signal."),
    "terms": translatable("gradflow.texts", "∂c_t/∂c_{t−1} = A+B+C+D (o_{t−1} held fixed): A via forget gate, B = "
                                            "diag(f_t) carousel, C via input gate, D via candidate c̃_t."),
    "forget": translatable("gradflow.texts", "Spread of the probe's forget-gate values (all units and steps). Near "
                                             "1 keeps memory and gradient; 0.5 halves both every step."),
    "heatmap": translatable("gradflow.texts", "Colour = log₁₀‖∂E/∂c_t‖ per probe (rows, training step upward) and "
                                              "timestep t (columns). Dark on the left = the gradient vanished "
                                              "before reaching early steps; watch it fill in as training goes."),
    "loss": translatable("gradflow.texts", "Training loss per step; dashed: chance (adding: MSE 0.167 by predicting "
                                           "the mean; first symbol: ln 8 = 2.08). Below it = learning."),
}

DETAILS = {
    "local": translatable("gradflow.texts", "Per-timestep local Jacobian norm ||dc_t/dc_{t-1}||_2 on the fixed "
                                            "probe sequence (largest singular value). RNN: diag(act'(W_rec c_{t-1} "
                                            "+ W_in x_t)) W_rec. LSTM: the cell-state Jacobian with o_{t-1} held "
                                            "fixed (= A+B+C+D). GRU: dh_t/dh_{t-1}. A long run of values below 1 "
                                            "makes gradients vanish, above 1 explode. Dashed red: the RNN's bound "
                                            "gamma_t ||W_rec||_2 with gamma_t = max_i act'(a_t,i) (at most 1/4 for "
                                            "the sigmoid, 1 for tanh and relu): ||diag(act') W_rec|| can never "
                                            "exceed it, so a bound below 1 guarantees vanishing (Pascanu, Mikolov & "
                                            "Bengio 2013). Dashed blue: the LSTM's max f_t, the norm of its "
                                            "carousel term B_t = diag(f_t). y: log scale; x: timestep t (0 = first "
                                            "input)."),
    "product": translatable("gradflow.texts", "Accumulated ||dc_{T-1}/dc_t||_2 for every t: the exact long-range "
                                              "derivative of the final state with respect to the state at t, "
                                              "including every path (for the LSTM also the path through the output "
                                              "gate, via the full 2H x 2H Jacobian of (h, c)). The dashed curve "
                                              "multiplies the A+B+C+D sums instead: it leaves out the output-gate "
                                              "path, so it is not the exact derivative beyond one step."),
    "grad": translatable("gradflow.texts", "||dE/dc_t|| for the probe's loss E, by the chain rule through the exact "
                                           "step Jacobians of a float64 replay: the gradient that backpropagation "
                                           "through time delivers to the state at step t. If it is 1e-20 at early "
                                           "steps, whatever happened there cannot be learned."),
    "terms": translatable("gradflow.texts", "The LSTM cell-state Jacobian split into its four additive terms, with "
                                            "D_h = diag(o_{t-1} tanh'(c_{t-1})): A = diag(c_{t-1} f(1-f)) W_fh D_h "
                                            "(through the forget gate), B = diag(f_t), C = diag(c~ i(1-i)) W_ih D_h "
                                            "(through the input gate), D = diag(i (1-c~^2)) W_ch D_h (through the "
                                            "candidate). Spectral norms, log scale."),
    "forget": translatable("gradflow.texts", "Histogram of the forget-gate values f_t of the probe sequence over "
                                             "all units and steps (share of values per bin). The mean barely moves "
                                             "during training; the spread is what changes."),
    "heatmap": translatable("gradflow.texts", "log10 ||dE/dc_t|| (colour) for the focus cell (the Cell picked on "
                                              "the left): one row per probe, training step upward, timestep t "
                                              "across. Grows as training runs."),
    "loss": translatable("gradflow.texts", "Training loss of each optimiser step on a fresh batch. The dashed line "
                                           "is the loss of the best constant guess: the network has learned "
                                           "something only below it."),
}
