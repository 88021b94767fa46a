"""The run store: its schema, one row per (experiment, key) however often a run is recorded, files that are not a
run store refused, and two processes writing one store at once."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys

import pytest

from rnnlab.engine.errors import EngineError, InputError
from rnnlab.engine.experiments.experiment import Experiment, parse_axis
from rnnlab.engine.experiments.runs import DONE, FAILED, RunOutcome
from rnnlab.engine.experiments.store import APPLICATION_ID, SCHEMA_VERSION, RunStore
from rnnlab.engine.gradflow.lab import GRADFLOW
from tests.conftest import PROJECT_ROOT
from tests.engine.experiments.conftest import TINY_GRADFLOW

EXPERIMENT = Experiment("gradflow", TINY_GRADFLOW, (parse_axis(GRADFLOW, TINY_GRADFLOW, "cell=rnn,lstm"),), 2,
                        "cells")


def outcome_of(task, status=DONE, loss=0.5) -> RunOutcome:
    """A finished run's outcome as a worker would send it."""
    return RunOutcome(task.experiment_id, task.key, status, {"tail_loss": loss, "cells": ["rnn"]} if status == DONE
                      else None, {"loss": [[1.0, 0.9], [2.0, None]]} if status == DONE else None, 1.25, "host-a",
                      "0.1.0", "2.5.0", None if status == DONE else "It broke.")


def test_a_new_store_is_a_versioned_wal_database(store):
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} == {"experiments",
                                                                                                    "runs"}
    RunStore(store.path, create=False)


def test_runs_are_kept_as_they_came_and_found_by_experiment(store):
    stored = store.add_experiment(EXPERIMENT)
    assert store.experiment(str(stored.id)) == stored == store.experiment("cells")
    assert store.find(fingerprint=EXPERIMENT.fingerprint()) == stored and store.find(name="other") is None
    task = EXPERIMENT.tasks(stored.id)[1]
    store.record(task, outcome_of(task))
    [run] = store.runs(stored.id)
    assert (run.key, run.point, run.seed, run.status, run.seconds, run.host) == (task.key, {"cell": "lstm"}, 0, DONE,
                                                                                 1.25, "host-a")
    assert run.metrics == {"tail_loss": 0.5, "cells": ["rnn"]} and run.curves == {"loss": [[1.0, 0.9], [2.0, None]]}
    assert run.settings == dataclasses.asdict(task.run.config) and run.settings["cell"] == "lstm"
    assert (run.rnnlab_version, run.torch_version, run.error) == ("0.1.0", "2.5.0", None) and run.finished
    assert store.done_keys(stored.id) == {task.key}
    [listing] = store.experiments()
    assert (listing.done, listing.failed, listing.total) == (1, 0, 4)


def test_a_run_is_stored_once_and_a_failed_one_is_replaced_by_its_rerun(store):
    stored = store.add_experiment(EXPERIMENT)
    first, second = EXPERIMENT.tasks(stored.id)[:2]
    store.record(first, outcome_of(first, loss=0.5))
    store.record(first, outcome_of(first, loss=0.7))
    store.record(first, outcome_of(first, FAILED))
    store.record(second, outcome_of(second, FAILED))
    assert store.done_keys(stored.id) == {first.key}
    store.record(second, outcome_of(second, loss=0.3))
    runs = {run.key: run for run in store.runs(stored.id)}
    assert len(runs) == 2 and runs[first.key].metrics["tail_loss"] == 0.5 and runs[second.key].status == DONE


def test_names_are_unique_and_a_free_one_is_found(store):
    store.add_experiment(EXPERIMENT)
    with pytest.raises(InputError, match="already has an experiment called 'cells'"):
        store.add_experiment(EXPERIMENT)
    store.add_experiment(dataclasses.replace(EXPERIMENT, name="cells #2"))
    assert store.unused_name("cells") == "cells #3" and store.unused_name("new") == "new"
    with pytest.raises(InputError, match="has no experiment 'nine'"):
        store.experiment("nine")
    unnamed = dataclasses.replace(EXPERIMENT, name="")
    assert [store.add_experiment(unnamed, "cells").name for _ in range(2)] == ["cells #3", "cells #4"]
    with pytest.raises(InputError, match="digits only"):
        dataclasses.replace(EXPERIMENT, name="2")


def test_an_id_is_looked_up_before_a_name(store):
    first = store.add_experiment(EXPERIMENT)
    second = store.add_experiment(dataclasses.replace(EXPERIMENT, name=f"run {first.id}"))
    assert store.experiment(str(first.id)).id == first.id
    assert store.experiment(f"run {first.id}").id == second.id


def test_a_run_of_an_experiment_deleted_meanwhile_is_refused_in_one_line(store):
    stored = store.add_experiment(EXPERIMENT)
    task = EXPERIMENT.tasks(stored.id)[0]
    store.delete_experiment(stored.id)
    with pytest.raises(EngineError, match=f"Experiment {stored.id} was deleted from the run store"):
        store.record(task, outcome_of(task))


def test_deleting_an_experiment_removes_its_runs(store):
    stored = store.add_experiment(EXPERIMENT)
    task = EXPERIMENT.tasks(stored.id)[0]
    store.record(task, outcome_of(task))
    store.delete_experiment(stored.id)
    assert store.experiments() == [] and store.runs(stored.id) == []


def test_files_that_are_not_a_run_store_are_refused(tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database at all, just some words that are long enough\n" * 20)
    with pytest.raises(InputError, match="is not an RNN Lab run store"):
        RunStore(text)
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="an SQLite database, but not an RNN Lab run store"):
        RunStore(foreign)
    newer = tmp_path / "newer.sqlite3"
    RunStore(newer)
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(InputError, match="written by a newer RNN Lab"):
        RunStore(newer)
    with pytest.raises(InputError, match="There is no run store at"):
        RunStore(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


WRITER = """
import sys
from rnnlab.engine.errors import InputError
from rnnlab.engine.experiments.store import RunStore
from tests.engine.experiments.test_store import EXPERIMENT, outcome_of
store = RunStore(sys.argv[1])
try:
    stored = store.add_experiment(EXPERIMENT)
except InputError:
    stored = store.find(name=EXPERIMENT.name)
for k in range(int(sys.argv[3])):
    task = EXPERIMENT.tasks(stored.id)[k % 4]
    task = type(task)(task.experiment_id, f"{sys.argv[2]}-{k}", task.lab, task.run, task.point, task.seed)
    store.record(task, outcome_of(task, loss=k))
    store.runs(stored.id)
"""


def test_two_processes_writing_one_store_at_once_lose_nothing_and_corrupt_nothing(tmp_path):
    path = tmp_path / "shared.sqlite3"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "150"], cwd=PROJECT_ROOT,
                                stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    for writer in writers:
        _, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(*) FROM experiments").fetchone()[0] == 1, "the second found the first's"
    keys = [row[0] for row in db.execute("SELECT key FROM runs")]
    assert sorted(keys) == sorted(f"{name}-{k}" for name in "ab" for k in range(150))
