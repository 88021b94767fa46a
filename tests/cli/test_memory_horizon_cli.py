"""The memory-horizon preset from the command line: a tiny override of it runs and prints each cell's horizon; the
metrics it decides by (``solved``, ``tail_loss``) recomputed from a run's exported loss curve."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from rnnlab.engine.experiments.store import RunStore
from rnnlab.engine.gradflow.config import CHANCE_LOSS
from tests.cli.test_sweep_cli import run, torch_settings_restored  # noqa: F401 - the fixture, used by every test

TINY = ["--steps", "3", "--hidden", "4", "--batch-size", "4", "--vary", "length=10,20", "--vary", "cell=rnn,lstm",
        "--workers", "1", "--quiet"]


def test_the_preset_with_a_tiny_override_runs_and_prints_each_cells_horizon(tmp_path):
    store = tmp_path / "runs.sqlite3"
    status, out, err = run("sweep", "gradflow", "--preset", "memory-horizon", *TINY, "--store", str(store))
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].endswith("length (2) x cell (2) x 3 seeds = 12 runs): 12 done")
    assert lines[1] == "horizon: the largest length at which at least 2 of 3 seeds give solved = 1"
    assert lines[2].startswith("  rnn: horizon none (seeds solved by length: 10: 0/3, 20: 0/3; n = 3 seeds)"), \
        "3 steps solve nothing"
    assert lines[3].startswith("  lstm: horizon none")
    assert lines[4].startswith("Means, intervals and paired t-tests of the 0/1 solved are left out")
    assert "paired t-tests of solved on the same seeds" not in out
    stored = RunStore(store).experiment("1")
    assert stored.experiment.preset == "memory-horizon" and stored.experiment.horizon.metric == "solved"
    assert stored.experiment.base.config.activation == "sigmoid", "the preset's settings under the override"
    status, shown, err = run("runs", "show", "1", "--store", str(store))
    assert status == 0 and "  lstm: horizon none" in shown


def test_solved_and_the_tail_loss_are_what_the_exported_loss_curve_gives(tmp_path):
    status, _, err = run("gradflow", "--cell", "rnn", "--length", "10", "--steps", "40", "--hidden", "8",
                         "--probe-every", "40", "--seed", "2", "--metrics", str(tmp_path / "m.json"),
                         "--export", str(tmp_path / "run.npz"))
    assert status == 0, err
    metrics = json.loads((tmp_path / "m.json").read_text())
    losses = np.load(tmp_path / "run.npz")["loss"]
    assert len(losses) == 40 == metrics["steps_run"]
    tail = losses[-math.ceil(0.1 * len(losses)):].mean()
    assert metrics["tail_loss"] == pytest.approx(tail, rel=1e-12)
    assert metrics["chance_loss"] == CHANCE_LOSS["adding"]
    assert metrics["solved"] == int(tail < 0.1 * CHANCE_LOSS["adding"])
