"""Experiment presets: a named experiment (its lab, base settings, varied settings and seeds) that ``rnnlab sweep LAB
--preset NAME`` starts from, as a lab's run preset gives a single run its settings.

A preset fills in what the command line leaves out: its varied settings unless ``--vary`` is given, its seeds unless
``--seeds`` is, its settings unless their flags are typed. Each is one entry of :data:`PRESETS`. A preset may declare a
horizon rule (the experiment's summary then names each group's horizon) and notes the report prints beside the results
(how they compare with the papers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rnnlab.engine.experiments.horizon_rule import HorizonRule


@dataclass(frozen=True)
class ExperimentPreset:
    """An experiment preset: its ``name``, ``lab`` and a one-line ``title`` (``--help`` lists it); the lab's run
    preset its base starts from (``run_preset``, for a lab that has them; None: the defaults), the base ``settings``
    it changes (by field name), what it varies (``vary``: ``--vary`` texts, ``NAME=V1,V2``) and its ``seeds``; the
    ``horizon`` rule its summary applies (None: none), a ``hint`` of what it runs and how long it takes (tooltips),
    and ``notes``: a titled section of paragraphs the report prints (its results beside the papers')."""

    name: str
    lab: str
    title: str
    settings: dict[str, Any] = field(default_factory=dict)
    vary: tuple[str, ...] = ()
    seeds: int = 1
    run_preset: str | None = None
    horizon: HorizonRule | None = None
    hint: str = ""
    notes_title: str = ""
    notes: tuple[str, ...] = ()


MEMORY_HORIZON = ExperimentPreset(
    name="memory-horizon", lab="gradflow",
    title="the longest adding-problem T each cell learns (T = 10..320 x RNN, LSTM, GRU x 3 seeds)",
    settings={"task": "adding", "steps": 1000, "activation": "sigmoid", "hidden": 32, "optimizer": "adam",
              "learning_rate": 0.01, "batch_size": 32, "clip": 1.0, "init": "normal", "init_scale": 1.0,
              "forget_bias": 1.0, "probe_every": 1000},
    vary=("length=10,20,40,80,160,320", "cell=rnn,lstm,gru"), seeds=3,
    horizon=HorizonRule(metric="solved", axis="length", min_successes=2),
    hint="54 runs of 1,000 steps on the adding problem (T = 10..320, RNN, LSTM, GRU, 3 seeds): about 10 minutes "
         "on two CPU cores",
    notes_title="Beside the papers",
    notes=(
        "Hochreiter & Schmidhuber (1997, experiment 4, the adding problem): the LSTM solved T = 100, 500 and 1,000 "
        "(every one of 2,560 test sequences with absolute error below 0.04) after tens to hundreds of thousands of "
        "training sequences; the gradient-based RNN baselines (BPTT, RTRL) failed their long-lag tasks. Bengio, "
        "Simard & Frasconi (1994): the share of plain RNNs trained successfully on a latch task falls sharply as "
        "the dependency grows longer. The lesson reproduced here is that shape: the plain RNN's success collapses "
        "as T grows while the gated cells keep learning.",
        "What differs: Adam (learning rate 0.01, gradients clipped at norm 1) where they trained with plain "
        "gradient steps; a fixed budget of 1,000 steps of 32 fresh sequences (32,000 sequences) per run at every T, "
        "where they trained each T until their stopping criterion was met (tens to hundreds of thousands of "
        "sequences), so our horizons are shorter than the lags they report; the Le et al. form of the task (values in "
        "[0, 1], one marker in each half of the sequence, chance MSE 1/6) where theirs has values in [-1, 1] and the "
        "first marker in the first 10 steps; a sigmoid plain RNN with 32 units; and success is a tail loss (the "
        "mean of the last 10% of the steps) below a tenth of chance (MSE 0.0167), not every test sequence within "
        "0.04.",
    ),
)


PRESETS: dict[str, ExperimentPreset] = {preset.name: preset for preset in (MEMORY_HORIZON,)}
"""Every experiment preset by name."""


def horizon_of(preset: ExperimentPreset | None, varied: set[str]) -> HorizonRule | None:
    """The horizon rule an experiment started from ``preset`` keeps: the preset's, while the setting it is read over
    is still among the ``varied`` ones (None otherwise, and without a preset)."""
    rule = preset.horizon if preset is not None else None
    return rule if rule is not None and rule.axis in varied else None


def presets_of(lab: str) -> dict[str, ExperimentPreset]:
    """The experiment presets of ``lab``, by name."""
    return {name: preset for name, preset in PRESETS.items() if preset.lab == lab}
