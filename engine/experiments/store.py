"""The run store: every experiment and every finished run in one SQLite database (stdlib ``sqlite3``, WAL mode).

One file, by default ``runs.sqlite3`` in the app data folder (``engine/app_files.py``), or any file given. Only the
process that runs a sweep writes it, one finished run at a time, each in its own ``BEGIN IMMEDIATE`` transaction
the moment it arrives, so a sweep killed at any point (SIGKILL included) loses only the runs in flight; two sweeps
writing one store at once wait for each other's short transactions (a busy timeout) instead of failing or
corrupting it. A run is unique per (experiment, key): recording a run that is already done changes nothing, and a
failed run is replaced when it is run again, so ``--resume`` never duplicates one.

Schema (``PRAGMA user_version`` = :data:`SCHEMA_VERSION`; ``PRAGMA application_id`` marks the file as RNN Lab's)::

    experiments(id, name UNIQUE, lab, fingerprint, definition JSON, created ISO-8601 UTC)
    runs(id, experiment_id -> experiments.id, key, point JSON, seed, settings JSON, status 'done'|'failed',
         metrics JSON, curves JSON, seconds, host, rnnlab_version, torch_version, error, finished ISO-8601 UTC,
         UNIQUE (experiment_id, key))
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from rnnlab.engine.errors import EngineError, InputError
from rnnlab.engine.experiments.experiment import Experiment, experiment_of
from rnnlab.engine.experiments.runs import DONE, FAILED, RunOutcome, RunTask
from rnnlab.engine.translations import translatable

SCHEMA_VERSION = 1
APPLICATION_ID = 0x524E4C31
"""``RNL1``: what ``PRAGMA application_id`` reads in a run store (0 in an SQLite file made by anything else)."""
FILE_NAME = "runs.sqlite3"
BUSY_TIMEOUT_S = 60.0
"""How long a write waits for another process's transaction (each lasts milliseconds) before giving up."""

_SCHEMA = f"""
CREATE TABLE experiments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    lab TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    definition TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX experiments_by_fingerprint ON experiments (fingerprint);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    point TEXT NOT NULL,
    seed INTEGER NOT NULL,
    settings TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('{DONE}', '{FAILED}')),
    metrics TEXT,
    curves TEXT,
    seconds REAL NOT NULL,
    host TEXT NOT NULL,
    rnnlab_version TEXT NOT NULL,
    torch_version TEXT NOT NULL,
    error TEXT,
    finished TEXT NOT NULL,
    UNIQUE (experiment_id, key)
);
PRAGMA application_id = {APPLICATION_ID};
PRAGMA user_version = {SCHEMA_VERSION};
"""

_RECORD = f"""
INSERT INTO runs (experiment_id, key, point, seed, settings, status, metrics, curves, seconds, host, rnnlab_version,
                  torch_version, error, finished)
VALUES (:experiment_id, :key, :point, :seed, :settings, :status, :metrics, :curves, :seconds, :host, :rnnlab_version,
        :torch_version, :error, :finished)
ON CONFLICT (experiment_id, key) DO UPDATE SET
    point = excluded.point, seed = excluded.seed, settings = excluded.settings, status = excluded.status,
    metrics = excluded.metrics, curves = excluded.curves, seconds = excluded.seconds, host = excluded.host,
    rnnlab_version = excluded.rnnlab_version, torch_version = excluded.torch_version, error = excluded.error,
    finished = excluded.finished
WHERE runs.status = '{FAILED}'
"""


@dataclass(frozen=True)
class StoredExperiment:
    """An experiment as the store has it: its ``id``, when it was ``created`` and the experiment itself."""

    id: int
    fingerprint: str
    created: str
    experiment: Experiment

    @property
    def name(self) -> str:
        return self.experiment.name

    @property
    def lab(self) -> str:
        return self.experiment.lab


@dataclass(frozen=True)
class StoredRun:
    """One finished run: the task's key, configuration (``point``), seed and full ``settings``, and its outcome."""

    id: int
    experiment_id: int
    key: str
    point: dict[str, Any]
    seed: int
    settings: dict[str, Any]
    status: str
    metrics: dict[str, Any] | None
    curves: dict[str, list[list[float | None]]] | None
    seconds: float
    host: str
    rnnlab_version: str
    torch_version: str
    error: str | None
    finished: str


@dataclass(frozen=True)
class ExperimentListing:
    """A line of the store's list of experiments: the experiment, its runs done and failed, and its grid's size."""

    stored: StoredExperiment
    done: int
    failed: int
    total: int
    last_finished: str | None


def default_store_path() -> Path:
    """The store a sweep uses without ``--store``: ``runs.sqlite3`` in the app data folder."""
    from rnnlab.engine.app_files import app_data_dir

    return app_data_dir() / FILE_NAME


class RunStore:
    """One run-store file. Every method opens its own short connection, so a store can be used from any thread and
    from several processes at once. ``create``: make the file if it does not exist (else an InputError)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, create: bool = True) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        if not self.path.exists() and not create:
            raise InputError(translatable("Engine", "There is no run store at {path}."), path=self.path)
        self._open()

    def add_experiment(self, experiment: Experiment, stem: str = "") -> StoredExperiment:
        """Store a new experiment and return it with its id. Its name must be unused; an experiment without a name
        is given the first unused one of ``stem``, ``stem #2``, ... in the same transaction (so two sweeps started
        at once never pick the same)."""
        created = _now()
        fingerprint = experiment.fingerprint()
        with self._transaction(write=True) as db:
            if not experiment.name:
                taken = {row["name"] for row in db.execute("SELECT name FROM experiments")}
                experiment = dataclasses.replace(experiment, name=_unused(stem or experiment.lab, taken))
            if db.execute("SELECT 1 FROM experiments WHERE name = ?", (experiment.name,)).fetchone():
                raise InputError(translatable("Engine", "The store already has an experiment called "
                                                        "{experiment_name!r}: resume it (--resume) or give another "
                                                        "name."), experiment_name=experiment.name)
            cursor = db.execute("INSERT INTO experiments (name, lab, fingerprint, definition, created) "
                                "VALUES (?, ?, ?, ?, ?)", (experiment.name, experiment.lab, fingerprint,
                                                           json.dumps(experiment.definition()), created))
            assert cursor.lastrowid is not None, "an INSERT gives its row id"
            return StoredExperiment(cursor.lastrowid, fingerprint, created, experiment)

    def find(self, name: str | None = None, fingerprint: str | None = None) -> StoredExperiment | None:
        """The experiment called ``name``, else the latest with ``fingerprint``; None when there is none."""
        with self._transaction() as db:
            if name is not None:
                row = db.execute("SELECT * FROM experiments WHERE name = ?", (name,)).fetchone()
            else:
                row = db.execute("SELECT * FROM experiments WHERE fingerprint = ? ORDER BY id DESC LIMIT 1",
                                 (fingerprint,)).fetchone()
        return _experiment(row) if row is not None else None

    def experiment(self, reference: str) -> StoredExperiment:
        """The experiment whose id (digits) or else name is ``reference``; an InputError naming how to list them."""
        with self._transaction() as db:
            row = None
            if reference.isdigit():
                row = db.execute("SELECT * FROM experiments WHERE id = ?", (int(reference),)).fetchone()
            if row is None:
                row = db.execute("SELECT * FROM experiments WHERE name = ?", (reference,)).fetchone()
        if row is None:
            raise InputError(translatable("Engine", "{path} has no experiment {reference!r} (rnnlab runs list shows "
                                                    "them)."), path=self.path, reference=reference)
        return _experiment(row)

    def experiments(self) -> list[ExperimentListing]:
        """Every experiment, oldest first, with its counts of runs."""
        with self._transaction() as db:
            rows = db.execute(
                f"SELECT e.*, SUM(r.status = '{DONE}') AS done, SUM(r.status = '{FAILED}') AS failed, "
                "MAX(r.finished) AS last FROM experiments e LEFT JOIN runs r ON r.experiment_id = e.id "
                "GROUP BY e.id ORDER BY e.id").fetchall()
        listings = []
        for row in rows:
            stored = _experiment(row)
            total = len(stored.experiment.points()) * stored.experiment.seeds
            listings.append(ExperimentListing(stored, row["done"] or 0, row["failed"] or 0, total, row["last"]))
        return listings

    def runs(self, experiment_id: int) -> list[StoredRun]:
        """The experiment's finished runs, in the order they finished."""
        with self._transaction() as db:
            rows = db.execute("SELECT * FROM runs WHERE experiment_id = ? ORDER BY id", (experiment_id,)).fetchall()
        return [_run(row) for row in rows]

    def done_keys(self, experiment_id: int) -> set[str]:
        """The keys of the experiment's runs that are done (a failed run is run again by a resumed sweep)."""
        with self._transaction() as db:
            rows = db.execute("SELECT key FROM runs WHERE experiment_id = ? AND status = ?",
                              (experiment_id, DONE)).fetchall()
        return {row["key"] for row in rows}

    def record(self, task: RunTask, outcome: RunOutcome) -> None:
        """Write one finished run in its own transaction (committed and on disk when this returns). A run already
        done is left as it is; a failed one is replaced."""
        values = dataclasses.asdict(outcome)
        values.update(point=json.dumps(task.point), seed=task.seed, finished=_now(),
                      settings=json.dumps(dataclasses.asdict(task.run.config)),
                      metrics=_json_or_none(outcome.metrics), curves=_json_or_none(outcome.curves))
        with self._transaction(write=True) as db:
            if db.execute("SELECT 1 FROM experiments WHERE id = ?", (task.experiment_id,)).fetchone() is None:
                raise EngineError(translatable("Engine", "Experiment {experiment} was deleted from the run "
                                                         "store {path} while its runs were going: this run could not "
                                                         "be stored."),
                                  experiment=task.experiment_id, path=self.path)
            db.execute(_RECORD, values)

    def delete_experiment(self, experiment_id: int) -> None:
        """Remove an experiment and its runs."""
        with self._transaction(write=True) as db:
            db.execute("DELETE FROM experiments WHERE id = ?", (experiment_id,))

    def unused_name(self, stem: str) -> str:
        """``stem``, or ``stem #2``, ``stem #3``...: the first name no experiment in the store has now."""
        with self._transaction() as db:
            return _unused(stem, {row["name"] for row in db.execute("SELECT name FROM experiments")})

    def _open(self) -> None:
        """Check the file is a run store of a schema this version reads (make the schema in a new, empty file) and
        put it in WAL mode."""
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise InputError(translatable("Engine", "Cannot open the run store {path}: {exc}."),
                             path=self.path, exc=exc) from None
        try:
            db.execute("BEGIN IMMEDIATE")
            version, application = (db.execute(f"PRAGMA {name}").fetchone()[0]
                                    for name in ("user_version", "application_id"))
            tables = db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
            if version == 0 and application == 0 and tables == 0:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("COMMIT")
            else:
                db.execute("COMMIT")
                _check_schema(self.path, application, version)
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            raise InputError(translatable("Engine", "{path} is not an RNN Lab run store ({exc})."),
                             path=self.path, exc=exc) from None
        finally:
            db.close()

    @contextmanager
    def _transaction(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        """A connection in one transaction (``BEGIN IMMEDIATE`` to write: it takes the write lock at once, waiting
        up to the busy timeout), committed when the block ends and rolled back if it raises."""
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise EngineError(translatable("Engine", "Cannot open the run store {path}: {exc}."),
                              path=self.path, exc=exc) from None
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise EngineError(translatable("Engine", "The run store {path} could not be written: {exc}.") if write else
                              translatable("Engine", "The run store {path} could not be read: {exc}."),
                              path=self.path, exc=exc) from None
        finally:
            db.close()


def _unused(stem: str, taken: set[str]) -> str:
    """``stem``, or ``stem #2``, ``stem #3``...: the first not in ``taken``."""
    name, number = stem, 1
    while name in taken:
        number += 1
        name = f"{stem} #{number}"
    return name


def _check_schema(path: Path, application: int, version: int) -> None:
    """Refuse a file that is not a run store, or one of a newer schema than this version of RNN Lab reads."""
    if application != APPLICATION_ID:
        raise InputError(translatable("Engine", "{path} is an SQLite database, but not an RNN Lab run store."),
                         path=path)
    if version > SCHEMA_VERSION:
        raise InputError(translatable("Engine", "{path} was written by a newer RNN Lab (run store schema {version}; "
                                                "this version reads {readable}): update RNN Lab or use another "
                                                "store."), path=path, version=version, readable=SCHEMA_VERSION)


def _experiment(row: sqlite3.Row) -> StoredExperiment:
    definition = json.loads(row["definition"])
    definition["name"] = row["name"]
    return StoredExperiment(row["id"], row["fingerprint"], row["created"], experiment_of(definition))


def _run(row: sqlite3.Row) -> StoredRun:
    values = dict(row)
    for name in ("point", "settings", "metrics", "curves"):
        values[name] = json.loads(values[name]) if values[name] is not None else None
    return StoredRun(**values)


def _json_or_none(value: object) -> str | None:
    return json.dumps(value) if value is not None else None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
