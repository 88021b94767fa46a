"""Sweeps as real processes: one killed with SIGKILL mid-way and resumed has every run exactly once; two writing one
store at once both finish and leave it sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from rnnlab.engine.experiments.store import RunStore
from tests.conftest import PROJECT_ROOT

TINY = ["--length", "10", "--hidden", "4", "--batch-size", "4", "--probe-every", "50"]


def sweep(store, *argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "main.py", "sweep", "gradflow", *TINY, "--store", str(store), "--quiet",
                             *argv], cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_sweep_killed_mid_way_and_resumed_has_every_run_exactly_once(tmp_path):
    store = tmp_path / "runs.sqlite3"
    argv = ["--steps", "300", "--vary", "cell=rnn,lstm", "--seeds", "5", "--workers", "1", "--name", "killed"]
    process = sweep(store, *argv)
    deadline = time.monotonic() + 240
    done = 0
    while done < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        if store.exists():
            done = sqlite3.connect(store).execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    assert process.poll() is None, f"the sweep ended before it could be killed: {process.communicate()}"
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    kept = RunStore(store).runs(1)
    assert 3 <= len(kept) < 10, "killed mid-way, the finished runs kept"

    status, out, err = finished(sweep(store, *argv, "--resume"))
    assert status == 0, err
    runs = RunStore(store).runs(1)
    assert sorted(run.key for run in runs) == sorted(f"cell={c},seed={s}" for c in ("rnn", "lstm") for s in range(5))
    assert all(run.status == "done" for run in runs)
    assert {run.key: run.finished for run in runs if run.key in {k.key for k in kept}} == \
        {run.key: run.finished for run in kept}, "the runs stored before the kill were not run again"
    assert sqlite3.connect(store).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "10 done" in out


def test_two_sweeps_writing_one_store_at_once_both_finish(tmp_path):
    store = tmp_path / "runs.sqlite3"
    first = sweep(store, "--steps", "20", "--vary", "cell=rnn,gru", "--seeds", "2", "--workers", "1", "--name", "a")
    second = sweep(store, "--steps", "20", "--vary", "learning-rate=0.01,0.02", "--seeds", "2", "--workers", "1",
                   "--name", "b")
    for process in (first, second):
        status, _, err = finished(process)
        assert status == 0, err
    listings = {listing.stored.name: listing for listing in RunStore(store).experiments()}
    assert {name: (listing.done, listing.total) for name, listing in listings.items()} == {"a": (4, 4), "b": (4, 4)}
    assert sqlite3.connect(store).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
