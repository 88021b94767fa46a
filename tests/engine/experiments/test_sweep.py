"""The sweep job: the experiment found or added before any run, each outcome stored as it arrives with a progress
event, a cancel that keeps what finished, and a resumed sweep that runs only what is missing."""

from __future__ import annotations

import pytest

from rnnlab.engine.errors import InputError, JobCancelled
from rnnlab.engine.experiments.experiment import Experiment, parse_axis
from rnnlab.engine.experiments.local import LocalExecutor
from rnnlab.engine.experiments.sweep import SweepJob, SweepProgress, open_experiment
from rnnlab.engine.gradflow.lab import GRADFLOW
from rnnlab.engine.jobs import CancelToken
from tests.engine.experiments.conftest import TINY_GRADFLOW


def _experiment(*vary: str, seeds: int = 2, name: str = "") -> Experiment:
    return Experiment("gradflow", TINY_GRADFLOW, tuple(parse_axis(GRADFLOW, TINY_GRADFLOW, v) for v in vary), seeds,
                      name)


def test_a_new_experiment_gets_a_free_name_and_a_resumed_one_is_found(store):
    first, found = open_experiment(store, _experiment("cell=rnn,lstm"), resume=False)
    assert (first.name, found) == ("gradflow: cell x 2 seeds", False)
    second, _ = open_experiment(store, _experiment("cell=rnn,lstm"), resume=False)
    assert second.name == "gradflow: cell x 2 seeds #2"
    again, found = open_experiment(store, _experiment("cell=rnn,lstm"), resume=True)
    assert found and again.id == second.id, "the latest with the same fingerprint"
    other, found = open_experiment(store, _experiment("cell=rnn,gru"), resume=True)
    assert not found and other.id not in (first.id, second.id)


def test_a_name_is_resumed_only_with_what_it_measures_and_never_taken_twice(store):
    named, _ = open_experiment(store, _experiment("cell=rnn,lstm", name="mine"), resume=False)
    assert open_experiment(store, _experiment("cell=rnn,lstm", name="mine"), resume=True) == (named, True)
    with pytest.raises(InputError, match="'mine' has other settings, inputs, grid or seeds"):
        open_experiment(store, _experiment("cell=rnn,lstm", seeds=3, name="mine"), resume=True)
    with pytest.raises(InputError, match="already has an experiment called 'mine'"):
        open_experiment(store, _experiment("cell=rnn,lstm", name="mine"), resume=False)
    fresh, found = open_experiment(store, _experiment(name="fresh"), resume=True)
    assert not found and fresh.name == "fresh"


def test_each_run_is_stored_as_it_ends_and_reported_with_its_outcome(store):
    stored, _ = open_experiment(store, _experiment("cell=rnn,lstm"), resume=False)
    events = []

    def progress(event):
        assert isinstance(event, SweepProgress)
        if event.outcome is not None:
            assert event.outcome.key in store.done_keys(stored.id), "stored before it is reported"
        events.append(event)

    result = SweepJob(store, stored, LocalExecutor(workers=2))(progress, CancelToken())
    assert (result.ran, result.failed, result.skipped) == (4, 0, 0)
    assert [e.finished for e in events] == [0, 1, 2, 3, 4] and events[-1].fraction == 1.0
    assert events[-1].message == "4 of 4 runs" and events[0].message == "0 of 4 runs (2 workers)"
    assert {run.key for run in store.runs(stored.id)} == {t.key for t in stored.experiment.tasks(stored.id)}
    again = SweepJob(store, stored, LocalExecutor(workers=2))
    assert again.pending == [] and again(lambda event: None, CancelToken()).skipped == 4


def test_a_cancelled_sweep_keeps_its_finished_runs_and_a_resumed_one_runs_the_rest_once(store):
    experiment = _experiment("steps=3,100000", seeds=1)
    stored, _ = open_experiment(store, experiment, resume=False)
    cancel = CancelToken()

    def progress(event):
        if event.outcome is not None:
            cancel.cancel()

    with pytest.raises(JobCancelled, match="Cancelled after 1 run of 2"):
        SweepJob(store, stored, LocalExecutor(workers=1))(progress, cancel)
    assert [run.key for run in store.runs(stored.id)] == ["steps=3,seed=0"]
    job = SweepJob(store, stored, LocalExecutor(workers=1))
    assert [task.key for task in job.pending] == ["steps=100000,seed=0"]
