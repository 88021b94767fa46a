"""The lab interface and the registry: every lab declares the same parts, runs a small picklable run from scratch to
the same metrics as its command line, and no metric is named like a setting."""

from __future__ import annotations

import contextlib
import io
import json
import pickle
import subprocess
import sys

import numpy as np
import pytest

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.lab import FORECAST, ForecastRun
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GRADFLOW, GradflowRun
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.labs import REGISTRY, lab_named, with_settings
from rnnlab.engine.params import param_specs
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.lab import TRANSLATOR, TranslatorRun
from tests.conftest import PROJECT_ROOT

TRAIN_CSV = str(PROJECT_ROOT / "resources" / "stock" / "Google_Stock_Price_Train.csv")
TEST_CSV = str(PROJECT_ROOT / "resources" / "stock" / "Google_Stock_Price_Test.csv")

TINY_RUNS = {
    "gradflow": (GradflowRun(GradflowConfig(length=12, hidden=6, steps=8, batch_size=4, probe_every=2, seed=1)),
                 ["gradflow", "--length", "12", "--hidden", "6", "--steps", "8", "--batch-size", "4",
                  "--probe-every", "2", "--seed", "1"]),
    "gradflow-compare": (GradflowRun(GradflowConfig(length=12, hidden=6, steps=5, batch_size=4), compare=True),
                         ["gradflow", "--compare", "--length", "12", "--hidden", "6", "--steps", "5", "--batch-size",
                          "4"]),
    "forecast": (ForecastRun(ForecastConfig(window=10, layers=1, units=8, epochs=2, seed=2), TRAIN_CSV, TEST_CSV),
                 ["forecast", TRAIN_CSV, "--test-csv", TEST_CSV, "--window", "10", "--layers", "1", "--units", "8",
                  "--epochs", "2", "--seed", "2"]),
    "translator": (TranslatorRun(TranslatorConfig(hidden_size=8, embedding_size=4, epochs=1, train_words=200,
                                                  held_out_words=50, seed=3)),
                   ["train-translator", "--hidden-size", "8", "--embedding-size", "4", "--epochs", "1",
                    "--train-words", "200", "--held-out-words", "50", "--seed", "3"]),
}
TIMINGS = {"train_seconds"}


def _lab_of(key: str):
    return lab_named(key.split("-")[0])


def _run_job(key: str):
    run, _ = TINY_RUNS[key]
    job = pickle.loads(pickle.dumps(_lab_of(key).job(pickle.loads(pickle.dumps(run)))))
    return job(ignore_progress, CancelToken())


def _without_timings(metrics: dict) -> dict:
    return {key: _without_timings(value) if isinstance(value, dict) else value
            for key, value in metrics.items() if key not in TIMINGS}


def _cli_metrics(argv: list[str], tmp_path) -> dict:
    from rnnlab.cli import run_cli

    path = tmp_path / "metrics.json"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert run_cli([*argv, "--metrics", str(path)]) == 0
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def results():
    return {key: _run_job(key) for key in TINY_RUNS}


def test_every_registered_lab_declares_its_parts_under_its_registry_name():
    assert [entry.name for entry in REGISTRY] == ["gradflow", "forecast", "translator"]
    for entry in REGISTRY:
        lab = entry.lab()
        assert lab.name == entry.name and lab_named(entry.name) is lab
        assert param_specs(lab.settings), "the settings are a param() dataclass"
        assert "config" in {field for field in lab.run_type.__dataclass_fields__}
        assert lab.checkpoint_kind in (None, "forecaster", "translator")
        assert {module.split(".")[1] for module in entry.modules} == {"engine", "cli", "gui"}
    with pytest.raises(InputError, match="no lab called 'sweep'; the labs are gradflow, forecast, translator"):
        lab_named("sweep")


def test_reading_the_registry_and_every_lab_imports_no_torch_no_pandas_and_no_qt():
    code = ("import sys\nfrom rnnlab.engine.labs import REGISTRY\n[entry.lab() for entry in REGISTRY]\n"
            "print(','.join(m for m in ('torch', 'pandas', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("key", sorted(TINY_RUNS))
def test_a_run_sent_as_a_pickle_gives_the_metrics_of_its_command_line(results, tmp_path, key):
    """What a job process or a cluster worker gets (the run, or its job, pickled) trains to the command's numbers."""
    _, argv = TINY_RUNS[key]
    assert _without_timings(results[key].metrics()) == _without_timings(_cli_metrics(argv, tmp_path))


@pytest.mark.parametrize("key", sorted(TINY_RUNS))
def test_no_metric_is_named_like_a_setting_and_every_metric_is_json(results, key):
    settings = {spec.name for spec in param_specs(_lab_of(key).settings)}
    metrics = results[key].metrics()
    json.dumps(metrics, allow_nan=False)
    names = set(metrics) | {name for value in metrics.values() if isinstance(value, dict) for name in value}
    assert not names & settings
    assert "train_seconds" in names


@pytest.mark.parametrize("key, names", [("gradflow", {"loss"}), ("gradflow-compare", {"rnn_loss", "lstm_loss",
                                                                                     "gru_loss"}),
                                        ("forecast", {"train_loss", "val_loss"}),
                                        ("translator", {"loss", "accuracy"})])
def test_curves_are_x_y_rows_of_what_the_loss_plots_draw(results, key, names):
    curves = results[key].curves()
    assert set(curves) == names
    for curve in curves.values():
        assert curve.ndim == 2 and curve.shape[1] == 2 and curve.shape[0] > 0
        assert np.all(np.diff(curve[:, 0]) > 0), "x (step or epoch) rises"


def test_the_tail_and_solved_follow_the_steps_run(results):
    from rnnlab.engine.gradflow.summary import tail_steps

    assert [tail_steps(n) for n in (1, 9, 10, 11, 1000, 3000)] == [1, 1, 1, 2, 100, 300]
    result = results["gradflow"]
    metrics = result.metrics()
    losses = result.losses["lstm"]
    assert metrics["tail_loss"] == pytest.approx(np.mean(losses[-1:])) and metrics["steps_run"] == 8
    assert metrics["solved"] == int(metrics["tail_loss"] < 0.1 * metrics["chance_loss"])


def test_the_forecaster_s_metrics_say_the_band_level_and_the_device_used(results):
    metrics = results["forecast"].metrics()
    assert metrics["band_level"] == 0.9 and metrics["device_used"] == "CPU" and metrics["epochs_run"] == 2


def test_the_translator_s_metrics_are_the_kept_model_s(results):
    result = results["translator"]
    metrics = result.metrics()
    assert {name: metrics[name] for name in ("exact", "char_error_rate", "epochs_run", "train_seconds")} == {
        "exact": result.evaluation.accuracy, "char_error_rate": result.evaluation.char_error_rate, "epochs_run": 1,
        "train_seconds": round(result.seconds, 3)}
    diagnosis = result.diagnosis()
    assert diagnosis.pairs_used == result.evaluation.words and diagnosis.exact_free() == result.evaluation.accuracy
    assert metrics["exact_teacher_forced"] == diagnosis.exact_teacher_forced()
    assert metrics["exact_length_q1"] == diagnosis.by_length[0].exact_free


def test_a_run_with_other_settings_is_checked_against_their_bounds():
    run = TINY_RUNS["gradflow"][0]
    changed = with_settings(run, cell="rnn", seed=4)
    assert (changed.config.cell, changed.config.seed, changed.config.length) == ("rnn", 4, 12)
    with pytest.raises(InputError, match="Sequence length T must be at least 10; got 2"):
        with_settings(run, length=2)
    with pytest.raises(InputError, match="seed_count is not a setting of this lab"):
        with_settings(run, seed_count=3)


def test_a_lab_given_its_inputs_checks_the_request_before_any_work(tmp_path):
    run = ForecastRun(ForecastConfig(column="Dividend"), TRAIN_CSV, TEST_CSV)
    with pytest.raises(InputError, match="Dividend"):
        FORECAST.job(run, FORECAST.load(run))
    missing = ForecastRun(ForecastConfig(), str(tmp_path / "none.csv"))
    job = FORECAST.job(missing)
    with pytest.raises(InputError, match="not found"):
        job(ignore_progress, CancelToken())
    with pytest.raises(InputError, match="The identity initialisation is for the RNN"):
        GRADFLOW.job(GradflowRun(GradflowConfig(cell="lstm", init="identity")))
    with pytest.raises(InputError, match="A title names a task of pairs"):
        TranslatorRun(TranslatorConfig(), title="Reversal")
    assert TRANSLATOR.load(TranslatorRun(TranslatorConfig())) is None


@pytest.mark.parametrize("key", sorted(TINY_RUNS))
def test_each_lab_s_command_line_module_describes_the_run_its_flags_ask_for(key):
    """What an experiment's command line builds on: the lab's run arguments parse to the lab's run."""
    import argparse
    import importlib

    run, argv = TINY_RUNS[key]
    entry = next(entry for entry in REGISTRY if entry.name == key.split("-")[0])
    module = importlib.import_module(entry.cli)
    parser = argparse.ArgumentParser()
    module.add_run_arguments(parser)
    parsed = module.run_of(parser.parse_args(argv[1:]))
    assert parsed.config == run.config and parsed == run


@pytest.mark.parametrize("key", sorted(TINY_RUNS))
def test_each_lab_declares_the_numbers_its_metrics_give(results, key):
    """What a sweep's --metric is checked against before any run (a compare run's per cell)."""
    from rnnlab.engine.experiments.results import numeric_metrics

    given = [name.rsplit(".", 1)[-1] for name in numeric_metrics(results[key].metrics())]
    assert set(given) == set(_lab_of(key).metric_names)
    assert _lab_of(key).metric_names[0] == _lab_of(key).headline_metric


@pytest.mark.parametrize("key", ["gradflow", "forecast", "translator"])
def test_each_lab_s_headline_metric_is_one_of_its_numbers(results, key):
    """What an experiment summarises unless told otherwise."""
    value = results[key].metrics()[_lab_of(key).headline_metric]
    assert isinstance(value, (int, float)) and not isinstance(value, bool)
