
from rnnlab.engine.translations import translatable

"""What the gradient-flow tab's What-if mode says about itself and about the bound it draws (``texts.py``'s style:
subscripts written ``W_rec`` render as subscripts)."""


TOGGLE_TIP = (translatable("gradflow.what_if_texts", "What if, without training: build the network the form "
                                                     "describes (Cell, activation, initialisation, scale, seed) as "
                                                     "a run would start it, and show its probe at initialisation. "
                                                     "Every change in the form, or of the scale slider, redraws the "
                                                     "plots at once. Compare mode is left out: the Cell picked is "
                                                     "shown. Train leaves What if."))
SLIDER_TIP = (translatable("gradflow.what_if_texts", "The recurrent weights' scale at initialisation (log scale, "
                                                     "the same setting as “Recurrent init scale” above). Drag it "
                                                     "across the point where γ‖W_rec‖₂ = 1 and watch the dashed "
                                                     "bound beside the product turn from falling to rising."))
BOUND = translatable("gradflow.what_if_texts", "<b>The bound.</b> For the plain RNN each step multiplies the "
                                               "gradient by ∂c<sub>t</sub>/∂c<sub>t−1</sub> = "
                                               "diag(act′(z<sub>t</sub>)) W<sub>rec</sub>, whose norm is at most "
                                               "γ‖W<sub>rec</sub>‖<sub>2</sub> (γ = the activation's largest slope: "
                                               "1/4 sigmoid, 1 tanh and relu), so ‖∂c<sub>T−1</sub>/∂c<sub>t</sub>‖ "
                                               "≤ (γ‖W<sub>rec</sub>‖<sub>2</sub>)<sup>T−1−t</sup>: dashed beside "
                                               "the product. <b>Below 1</b> the bound falls going back in time and "
                                               "the gradient <i>must</i> vanish: a sufficient condition for "
                                               "vanishing. <b>At or above 1</b> it promises nothing: the product "
                                               "may still vanish (the slopes act′ fall below γ, the steps' "
                                               "directions need not line up), and it is no condition for exploding "
                                               "(Pascanu, Mikolov &amp; Bengio 2013).")
GATED = translatable("gradflow.what_if_texts", "<b>No bound for the {cell}.</b> The bound "
                                               "(γ‖W<sub>rec</sub>‖<sub>2</sub>)<sup>t</sup> is the plain RNN's: "
                                               "the {cell}'s step Jacobian adds gate terms ({carousel}) to products "
                                               "of its recurrent blocks, so no such bound holds for it and none is "
                                               "drawn. Pick RNN as the Cell to see it.")
CAROUSELS = {"lstm": translatable("gradflow.what_if_texts", "diag(f<sub>t</sub>), the carousel"),
             "gru": translatable("gradflow.what_if_texts", "diag(z<sub>t</sub>), the update gate's copy")}
LOSS_NOTICE = translatable("gradflow.what_if_texts", "What if: nothing is trained. The plots show the network at "
                                                     "initialisation (step 0).")
HEATMAP_NOTICE = translatable("gradflow.what_if_texts", "What if: one probe at initialisation; the heatmap fills as "
                                                        "a run trains.")
