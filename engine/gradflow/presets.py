"""Settings that reproduce published results, one click in the tab and ``--preset NAME`` on the command line.

Each preset names the paper, what it reported and what to watch for; docs/gradient-flow.md gives what RNN Lab
measured with each one and the exact command. Torch-free (the tab lists the presets before the engine has loaded).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rnnlab.engine.gradflow.config import GradflowConfig


@dataclass(frozen=True)
class Preset:
    """A named configuration with the paper it comes from and what the run should show."""

    name: str
    title: str
    authors: str
    paper: str
    reported: str
    watch: str
    config: GradflowConfig
    compare: bool = False

    @property
    def cited_title(self) -> str:
        """The title with its authors, where there is room for both (the CLI's help, the report)."""
        return f"{self.title} ({self.authors})"


_EXPLODING = Preset(
    name="exploding",
    title="Exploding gradients without clipping",
    authors="Pascanu, Mikolov & Bengio 2013",
    paper="Pascanu, Mikolov & Bengio 2013, On the difficulty of training recurrent neural networks",
    reported="With W_rec large (spectral radius above 1/γ) gradients can explode: an SGD step can throw the "
             "weights far away and training blows up; clipping the gradient's norm prevents it.",
    watch="The local norms start above 1 and the product plot rises to the left; within a few dozen steps the "
          "loss shoots up and the run stops with an infinite loss. Then try the clipped preset.",
    config=GradflowConfig(cell="rnn", activation="tanh", init="orthogonal", init_scale=2.0, task="adding",
                          length=50, hidden=32, optimizer="sgd", learning_rate=0.1, clip=None, steps=1000,
                          probe_every=10))
"""Declared on its own because ``exploding-clipped`` is this very configuration with clip 1.0."""

PRESETS: dict[str, Preset] = {preset.name: preset for preset in (
    Preset(
        name="adding-lstm",
        title="Adding problem: LSTM vs RNN",
        authors="Hochreiter & Schmidhuber 1997",
        paper="Hochreiter & Schmidhuber 1997, Long short-term memory; the adding problem as in Le et al. 2015 and "
              "Arjovsky et al. 2016",
        reported="The LSTM solves the adding problem over long lags; a tanh RNN stays at the chance MSE of 0.167.",
        watch="Compare mode, T=100: the LSTM's and GRU's loss falls far below the dashed chance line and their "
              "gradient curves flatten, while the tanh RNN's stays near chance, its gradient falling tens of decades.",
        config=GradflowConfig(cell="lstm", activation="tanh", task="adding", length=100, hidden=32,
                              optimizer="adam", learning_rate=0.01, clip=1.0, steps=3000, probe_every=25),
        compare=True),
    Preset(
        name="irnn-adding",
        title="IRNN: ReLU RNN started at the identity",
        authors="Le, Jaitly & Hinton 2015",
        paper="Le, Jaitly & Hinton 2015, A simple way to initialize recurrent networks of rectified linear units",
        reported="A ReLU RNN whose W_rec starts as the identity (IRNN) learns the adding problem like an LSTM, where "
                 "a tanh RNN fails.",
        watch="The eigenvalues start all at 1 (on the unit circle), the local norm sits at 1 and the gradient "
              "reaches t = 0 undamped; the loss falls below chance.",
        config=GradflowConfig(cell="rnn", activation="relu", init="identity", task="adding", length=100, hidden=32,
                              optimizer="adam", learning_rate=0.001, clip=1.0, steps=3000, probe_every=25)),
    _EXPLODING,
    Preset(
        name="exploding-clipped",
        title="Exploding gradients tamed by clipping",
        authors="Pascanu, Mikolov & Bengio 2013",
        paper="Pascanu, Mikolov & Bengio 2013, On the difficulty of training recurrent neural networks",
        reported="Rescaling the gradient when its norm exceeds a threshold keeps training stable where the same "
                 "run without clipping blows up.",
        watch="The same network, data and learning rate as the unclipped preset, clip 1.0: the loss comes down "
              "steadily instead of exploding.",
        config=replace(_EXPLODING.config, clip=1.0)),
)}
