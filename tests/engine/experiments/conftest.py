"""Tiny runs of every lab for the experiments' tests: each trains in well under a second."""

from __future__ import annotations

import pytest

from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.lab import ForecastRun
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GradflowRun
from tests.conftest import PROJECT_ROOT

TRAIN_CSV = str(PROJECT_ROOT / "resources" / "stock" / "Google_Stock_Price_Train.csv")
TEST_CSV = str(PROJECT_ROOT / "resources" / "stock" / "Google_Stock_Price_Test.csv")
TINY_GRADFLOW = GradflowRun(GradflowConfig(steps=3, length=10, hidden=4, batch_size=4, probe_every=1))
TINY_FORECAST = ForecastRun(ForecastConfig(window=10, layers=1, units=8, epochs=1, horizon=0), TRAIN_CSV, TEST_CSV)


@pytest.fixture
def store(tmp_path):
    """An empty run store in a temporary folder."""
    from rnnlab.engine.experiments.store import RunStore

    return RunStore(tmp_path / "runs.sqlite3")


SEEDS = 3


def loss_of(cell: str, rate: float, seed: int) -> float:
    """A made-up tail loss: the LSTM better by 0.1 on every seed, give or take."""
    return 0.5 - 0.1 * (cell == "lstm") + rate + 0.01 * seed + 0.003 * (seed * seed) * (cell == "lstm")


def grid_results(store):
    """The results of a stored 2 x 2 grid (cell x learning rate) over 3 seeds, with made-up metrics and curves; one
    run failed."""
    from rnnlab.engine.experiments.experiment import Experiment, parse_axis
    from rnnlab.engine.experiments.results import ExperimentResults
    from rnnlab.engine.experiments.runs import DONE, FAILED, RunOutcome
    from rnnlab.engine.gradflow.lab import GRADFLOW

    axes = (parse_axis(GRADFLOW, TINY_GRADFLOW, "cell=rnn,lstm"),
            parse_axis(GRADFLOW, TINY_GRADFLOW, "learning-rate=1e-2,0.1"))
    stored = store.add_experiment(Experiment("gradflow", TINY_GRADFLOW, axes, SEEDS, "grid",
                                             command="rnnlab sweep gradflow --vary cell=rnn,lstm"))
    for task in stored.experiment.tasks(stored.id):
        failed = task.key == "cell=rnn,learning_rate=0.1,seed=2"
        loss = loss_of(task.point["cell"], task.point["learning_rate"], task.seed)
        metrics = {"tail_loss": loss, "solved": 0, "diverged_at_step": None, "product_change": "falls"}
        curves = {"loss": [[1, 2 * loss], [2, loss], [3, None]]}
        store.record(task, RunOutcome(task.experiment_id, task.key, FAILED if failed else DONE,
                                      None if failed else metrics, None if failed else curves,
                                      2.0, "h", "0.1.0", "2.5", "It broke." if failed else None))
    return ExperimentResults(stored, store.runs(stored.id))
