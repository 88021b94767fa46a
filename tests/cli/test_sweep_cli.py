"""``rnnlab sweep``: a bad request refused before any run in one line (exit 2); a sweep's runs give the single
command's numbers, its CSV and report; --resume runs only what is missing; experiment presets fill in the grid."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys

import pytest

from rnnlab.cli import build_parser, run_cli
from rnnlab.engine.experiments.store import RunStore
from tests.engine.experiments.conftest import TEST_CSV, TRAIN_CSV
from tests.engine.report.self_contained import assert_self_contained

TINY = ["--steps", "3", "--length", "10", "--hidden", "4", "--batch-size", "4", "--probe-every", "1"]
FORECAST = [TRAIN_CSV, "--test-csv", TEST_CSV, "--window", "10", "--layers", "1", "--units", "8", "--epochs", "1",
            "--horizon", "0"]


@pytest.fixture(autouse=True)
def torch_settings_restored():
    """run_cli configures this process's torch as the command line does (one thread, denormals flushed): undone
    after each test."""
    import torch

    threads = torch.get_num_threads()
    yield
    torch.set_num_threads(threads)
    torch.set_flush_denormal(False)


def run(*argv: str) -> tuple[int, str, str]:
    """``rnnlab ARGV`` in this process: the exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = run_cli(list(argv))
        except SystemExit as exc:
            status = int(exc.code or 0)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("extra, message", [
    (["--vary", "cells=rnn,lstm"], "gradflow has no setting called cells"),
    (["--vary", "length=5,20"], "Sequence length T must be at least 10; got 5"),
    (["--vary", "cell="], "give the values of cell separated by commas"),
    (["--vary", "cell=rnn", "--vary", "hidden=4", "--vary", "length=10"], "at most two settings"),
    (["--vary", "cell=rnn,lstm", "--cell", "gru"], "--cell and --vary cell both set cell"),
    (["--seed", "3"], "--seed: a sweep runs seeds 0..N-1"),
    (["--seeds", "0"], "argument --seeds: must be at least 1; got 0"),
    (["--workers", "two"], "argument --workers: must be a whole number; got 'two'"),
    (["--metrics", "m.json"], "--metrics writes one run's file"),
    (["--export", "a.npz"], "--export writes one run's file"),
    (["--cluster", "tcp://127.0.0.1:8786", "--workers", "2"], "--workers is for local runs"),
    (["--metric", "nosuch"], "--metric nosuch: gradflow runs give no such number; they give tail_loss, chance_loss"),
    (["--name", "42"], "An experiment's name of digits only ('42') would read as another experiment's id"),
])
def test_a_bad_request_is_refused_before_any_run_in_one_line(tmp_path, extra, message):
    store = tmp_path / "runs.sqlite3"
    status, out, err = run("sweep", "gradflow", *TINY, "--store", str(store), *extra)
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1, err
    assert not store.exists() or RunStore(store).experiments() == []


def test_a_cluster_without_the_extra_is_one_line_naming_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "rnnlab.engine.experiments.cluster", None)
    status, _, err = run("sweep", "gradflow", *TINY, "--store", str(tmp_path / "s.sqlite3"), "--cluster",
                         "tcp://127.0.0.1:8786")
    assert status == 2 and "--cluster needs the cluster extra: pip install 'rnnlab[cluster]'" in err
    assert len(err.strip().splitlines()) == 1


def test_files_are_checked_before_any_run(tmp_path):
    store = str(tmp_path / "runs.sqlite3")
    status, _, err = run("sweep", "gradflow", *TINY, "--store", store, "--csv", store)
    assert status == 2 and "--csv" in err and "is the input --store" in err
    status, _, err = run("sweep", "forecast", str(tmp_path / "none.csv"), "--store", store)
    assert status == 2 and "not found" in err
    status, _, err = run("sweep", "forecast", *FORECAST, "--vary", "column=Open,Dividend", "--store", store)
    assert status == 2 and "Dividend" in err
    assert RunStore(store).experiments() == []


def test_a_sweep_s_run_gives_the_single_command_s_metrics_and_writes_its_csv_and_report(tmp_path):
    store, table, report = (str(tmp_path / name) for name in ("runs.sqlite3", "runs.csv", "report.html"))
    status, out, err = run("sweep", "forecast", *FORECAST, "--vary", "cell=rnn,gru", "--seeds", "2", "--workers", "2",
                           "--store", store, "--csv", table, "--report", report, "--quiet", "--name", "cells")
    assert status == 0, err
    assert "experiment 1 'cells' (forecast, cell (2) x 2 seeds = 4 runs): 4 done" in out
    assert out.count("n = 2 seeds") == 3 and "cell: gru - rnn" in out
    with open(table, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["cell"], row["seed"], row["status"]) for row in rows] == [
        ("rnn", "0", "done"), ("rnn", "1", "done"), ("gru", "0", "done"), ("gru", "1", "done")]
    single = tmp_path / "single.json"
    assert run("forecast", *FORECAST, "--cell", "gru", "--seed", "1", "--quiet", "--metrics", str(single))[0] == 0
    metrics = json.loads(single.read_text(encoding="utf-8"))
    swept = rows[3]
    for name, value in metrics.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and name != "train_seconds":
            assert float(swept[name]) == value, name
    text = open(report, encoding="utf-8").read()
    assert_self_contained(text)
    assert "skill by configuration" in text

    status, out, err = run("sweep", "forecast", *FORECAST, "--vary", "cell=rnn,gru", "--seeds", "2", "--store", store,
                           "--resume", "--name", "cells")
    assert status == 0 and "(resuming)" in err and "4 done already" in err
    assert len(RunStore(store).runs(1)) == 4


def test_runs_list_show_and_export_read_the_store(tmp_path):
    store = str(tmp_path / "runs.sqlite3")
    assert run("sweep", "gradflow", *TINY, "--vary", "cell=rnn,lstm", "--seeds", "2", "--store", store,
               "--quiet")[0] == 0
    status, out, _ = run("runs", "list", "--store", store)
    assert status == 0 and out.splitlines()[1].split()[:4] == ["1", "gradflow:", "cell", "x"]
    assert "4 of 4 done" in out
    status, out, _ = run("runs", "show", "1", "--store", store, "--metric", "final_loss")
    assert status == 0 and "final_loss: mean over seeds" in out and "cell=lstm,seed=1" in out
    assert "command: rnnlab sweep gradflow" in out
    exported = tmp_path / "out.csv"
    status, _, err = run("runs", "export", "gradflow: cell x 2 seeds", "--store", store, "--csv", str(exported))
    assert status == 0, err
    assert exported.read_text(encoding="utf-8").splitlines()[0].startswith("cell,seed,status,seconds,chance_loss")
    status, _, err = run("runs", "show", "7", "--store", store)
    assert status == 2 and "has no experiment '7'" in err
    status, _, err = run("runs", "show", "1", "--store", store, "--metric", "skill")
    assert status == 2 and "the runs gave no such number" in err
    status, _, err = run("runs", "list", "--store", str(tmp_path / "none.sqlite3"))
    assert status == 2 and "There is no run store" in err


def test_an_experiment_preset_fills_in_what_the_command_leaves_out(monkeypatch):
    from rnnlab.cli.sweep import experiment_of_args
    from rnnlab.engine.experiments import presets

    preset = presets.ExperimentPreset("tiny-cells", "gradflow", "cells on a short adding task",
                                      settings={"steps": 3, "length": 10, "hidden": 4}, vary=("cell=rnn,gru",),
                                      seeds=3, run_preset="exploding")
    monkeypatch.setitem(presets.PRESETS, preset.name, preset)

    def experiment(*argv: str):
        args = build_parser().parse_args(["sweep", "gradflow", *argv])
        args.argv = list(argv)
        return experiment_of_args(args)

    made = experiment("--preset", "tiny-cells")
    assert made.seeds == 3 and [axis.name for axis in made.axes] == ["cell"]
    config = made.base.config
    assert (config.steps, config.hidden, config.optimizer, config.clip) == (3, 4, "sgd", None), \
        "the preset's settings over its run preset's (exploding)"
    changed = experiment("--preset", "tiny-cells", "--hidden", "8", "--seeds", "2", "--vary", "length=10,20")
    assert changed.base.config.hidden == 8 and changed.seeds == 2 and [a.name for a in changed.axes] == ["length"]
    assert experiment("--preset", "exploding").base.config.optimizer == "sgd", "a run preset is the base"
