"""``execute``: a task runs its lab's job from scratch to the lab's metrics; a failure is an outcome, never an
exception; only a cancel raises."""

from __future__ import annotations

import dataclasses
import json
import math
import pickle

import numpy as np
import pytest

from rnnlab.engine.errors import JobCancelled
from rnnlab.engine.experiments.runs import DONE, FAILED, MAX_CURVE_POINTS, RunTask, _curve, execute
from rnnlab.engine.forecast.lab import FORECAST
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GradflowRun
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.labs import with_settings
from tests.engine.experiments.conftest import TINY_FORECAST, TINY_GRADFLOW

TIMINGS = ("train_seconds",)


def _task(run, lab="forecast", seed=1, point=None) -> RunTask:
    point = point or {}
    return RunTask(3, f"seed={seed}", lab, with_settings(run, seed=seed, **point), point, seed)


def test_a_task_gives_the_lab_s_metrics_and_curves_for_its_settings_and_seed(app_torch_settings):
    task = pickle.loads(pickle.dumps(_task(TINY_FORECAST, point={"cell": "gru"})))
    outcome = execute(task)
    direct = FORECAST.job(task.run)(ignore_progress, CancelToken())
    assert outcome.status == DONE and outcome.error is None and (outcome.experiment_id, outcome.key) == (3, "seed=1")
    expected = {k: v for k, v in direct.metrics().items() if k not in TIMINGS}
    assert {k: v for k, v in outcome.metrics.items() if k not in TIMINGS} == expected
    assert set(outcome.curves) == {"train_loss", "val_loss"}
    np.testing.assert_array_equal(np.array(outcome.curves["train_loss"]), direct.curves()["train_loss"])
    assert outcome.seconds > 0 and outcome.host and outcome.torch_version and outcome.rnnlab_version
    json.dumps(dataclasses.asdict(outcome), allow_nan=False)


def test_a_run_that_cannot_run_is_a_failed_outcome_with_one_line(tmp_path):
    missing = dataclasses.replace(TINY_FORECAST, train_csv=str(tmp_path / "none.csv"))
    outcome = execute(_task(missing))
    assert outcome.status == FAILED and outcome.metrics is None and outcome.curves is None
    assert "not found" in outcome.error and "\n" not in outcome.error
    broken = execute(RunTask(3, "seed=0", "gradflow", None, {}, 0))
    assert broken.status == FAILED and broken.error.startswith("AttributeError: ")


def test_a_diverged_gradient_flow_run_is_done_with_the_metrics_the_command_writes(app_torch_settings):
    config = GradflowConfig(cell="rnn", activation="relu", init="identity", init_scale=5.0, clip=None,
                            optimizer="sgd", learning_rate=10.0, steps=30, length=10, hidden=4, batch_size=4,
                            probe_every=5)
    outcome = execute(_task(GradflowRun(config), lab="gradflow", seed=0))
    assert outcome.status == DONE and outcome.error is None
    assert outcome.metrics["diverged_at_step"] == outcome.metrics["steps_run"] and outcome.metrics["tail_loss"] is None
    assert outcome.curves["loss"][-1][1] is None, "a loss that is not finite is null"
    json.dumps(dataclasses.asdict(outcome), allow_nan=False)


def test_only_a_cancel_raises():
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(JobCancelled):
        execute(_task(TINY_GRADFLOW, lab="gradflow"), cancel=cancel)


def test_a_long_curve_is_kept_at_evenly_spaced_points_with_its_last():
    points = np.column_stack([np.arange(1, 100_001), np.linspace(1, 0, 100_000)])
    points[500, 1] = math.inf
    rows = _curve(points)
    assert len(rows) == MAX_CURVE_POINTS and rows[0] == [1.0, 1.0] and rows[-1] == [100_000.0, 0.0]
    assert np.all(np.diff([x for x, _ in rows]) > 0)
    assert _curve(np.array([[1.0, math.nan], [2.0, 0.5]])) == [[1.0, None], [2.0, 0.5]]
