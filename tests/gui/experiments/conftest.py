"""Stored experiments of any shape for the result views: a real run store filled with runs as a worker reports
them (made-up metrics and loss curves), read back as ExperimentResults; the tab itself, shown (``make_tab``), with
its warnings collected (``warnings``)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from tests.engine.experiments.conftest import TINY_GRADFLOW, store  # noqa: F401  (the engine tests' empty store)

STEPS = 200


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def make_tab(qtbot, no_leaked_jobs, warnings, tmp_path):
    from rnnlab.gui.experiments.tab import ExperimentsTab

    def make(path: Path = tmp_path / "runs.sqlite3") -> ExperimentsTab:
        tab = ExperimentsTab(store_path=path)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        tab.on_engine_ready()
        return tab

    return make


def tail_loss(point: dict, seed: int) -> float:
    """A plausible tail loss: the LSTM and GRU learn, the plain RNN barely; a larger learning rate helps up to a
    point; each seed a little different."""
    base = {"rnn": 0.16, "lstm": 0.03, "gru": 0.04}.get(point.get("cell", "lstm"), 0.05)
    rate = point.get("learning_rate", 0.01)
    wobble = math.sin(3.1 * seed + len(point.get("cell", "")) + 7 * rate)
    return base * (1 + 0.6 * abs(math.log10(rate) + 2)) * (1 + 0.15 * wobble)


def loss_curves(point: dict, seed: int, steps: int = STEPS) -> dict[str, list[list[float | None]]]:
    """A training loss falling from about 0.35 to the run's tail loss, with noise, as a run stores it; an
    ``accuracy`` curve beside it."""
    tail = tail_loss(point, seed)
    x = np.arange(1, steps + 1, dtype=np.float64)
    noise = np.random.default_rng(seed).normal(0, 0.05, steps)
    y = (tail + (0.35 - tail) * np.exp(-x / (steps / 5))) * np.exp(noise)
    accuracy = 1 - y / 0.2
    return {"loss": [[float(a), float(b)] for a, b in zip(x, y, strict=True)],
            "accuracy": [[float(a), float(b)] for a, b in zip(x[::10], accuracy[::10], strict=True)]}


def stored_results(run_store, varied: Sequence[str], seeds: int, name: str | None = None,
                   metric: Callable[[dict, int], float] = tail_loss,
                   left_out: Callable[[dict, int], bool] | None = None,
                   curves: Callable[[dict, int], dict] = loss_curves):
    """The results of a gradient-flow experiment stored in ``run_store`` varying ``varied`` (``--vary`` texts such
    as ``cell=rnn,lstm``) over ``seeds`` seeds, every run done with ``metric`` as its ``tail_loss`` and ``curves``
    as its curves, except the runs ``left_out`` says were never run. Named ``name``, else the first free ``grid #k``."""
    from rnnlab.engine.experiments.experiment import Experiment, parse_axis
    from rnnlab.engine.experiments.results import ExperimentResults
    from rnnlab.engine.experiments.runs import DONE, RunOutcome
    from rnnlab.engine.gradflow.lab import GRADFLOW

    axes = tuple(parse_axis(GRADFLOW, TINY_GRADFLOW, text) for text in varied)
    stored = run_store.add_experiment(Experiment("gradflow", TINY_GRADFLOW, axes, seeds,
                                                 name or run_store.unused_name("grid")))
    for task in stored.experiment.tasks(stored.id):
        if left_out is not None and left_out(task.point, task.seed):
            continue
        metrics = {"tail_loss": metric(task.point, task.seed), "solved": int(metric(task.point, task.seed) < 0.05)}
        run_store.record(task, RunOutcome(task.experiment_id, task.key, DONE, metrics, curves(task.point, task.seed),
                                          12.5, "host-a", "0.1.0", "2.5.0", None))
    return ExperimentResults(stored, run_store.runs(stored.id))
