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
