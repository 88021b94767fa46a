"""The forecaster's Qt-free session and its jobs' hygiene: data in, split, train, backtest, save, load, and jobs that
own their randomness and device (two at once give what each gives alone), with progress inside each epoch."""

import dataclasses
import threading

import numpy as np
import pandas as pd
import pytest
import torch

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.backtest import BacktestResult
from rnnlab.engine.forecast.config import ForecastConfig, default_preset, exercise_preset
from rnnlab.engine.forecast.events import ForecastProgress
from rnnlab.engine.forecast.session import ForecastSession, OpenedFile, ScoredModel
from rnnlab.engine.forecast.windows import jump_note
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.params import param_specs

TINY = ForecastConfig(window=8, layers=2, units=6, epochs=2, batch_size=16, horizon=4)


def run(job):
    return job(ignore_progress, CancelToken())


def csv_file(tmp_path, name="prices.csv", n=160, seed=0, start="2020-01-01"):
    rng = np.random.default_rng(seed)
    close = 100 + np.cumsum(rng.normal(0, 1, n))
    frame = pd.DataFrame({"Date": pd.bdate_range(start, periods=n).strftime("%Y-%m-%d"), "Open": close + 0.1,
                          "High": close + 1, "Close": close})
    frame.to_csv(tmp_path / name, index=False)
    return tmp_path / name


def opened(tmp_path):
    session = ForecastSession()
    session.accept_file(run(session.open_job(csv_file(tmp_path))))
    return session


def test_session_opens_splits_trains_saves_and_scores_a_saved_model(tmp_path):
    session = opened(tmp_path)
    assert session.has_data and len(session.frame()) == 160
    assert session.test_start(TINY) == session.frame().index[128]
    result = run(session.train_job(TINY))
    session.accept_forecast(result)
    assert session.unsaved and session.forecast is result
    assert result.metrics()["n_rows"] == 160
    session.accept_model_saved(run(session.save_model_job(tmp_path / "m.pt")))
    assert not session.unsaved
    written = run(session.export_predictions_job(tmp_path / "p.csv"))
    assert (written.what, written.path) == ("predictions", tmp_path / "p.csv")
    exported = pd.read_csv(tmp_path / "p.csv")
    assert (exported.actual - exported.predicted).abs().mean() == pytest.approx(result.test.metrics.model.mae)
    scored = run(session.load_model_job(tmp_path / "m.pt"))
    assert isinstance(scored, ScoredModel)
    np.testing.assert_allclose(scored.test.predicted, result.test.predicted, rtol=1e-6)
    np.testing.assert_allclose(scored.projection, result.projection, rtol=1e-6)


def test_backtest_replaces_the_shown_forecast_but_keeps_the_trained_model(tmp_path):
    session = opened(tmp_path)
    session.accept_forecast(run(session.train_job(TINY)))
    backtest = run(session.backtest_job(dataclasses.replace(TINY, test_fraction=0.1), folds=2))
    session.accept_backtest(backtest)
    assert isinstance(backtest, BacktestResult) and session.forecast is None
    assert session.forecaster is not None and session.unsaved


def test_test_file_must_continue_the_training_file(tmp_path):
    session = opened(tmp_path)
    with pytest.raises(InputError, match="must continue the training file"):
        run(session.open_job(csv_file(tmp_path, "early.csv", n=20), role="test"))
    later = run(session.open_job(csv_file(tmp_path, "later.csv", n=20, start="2021-01-01"), role="test"))
    session.accept_file(later)
    assert isinstance(later, OpenedFile) and len(session.frame()) == 180
    assert session.test_start(TINY) == pd.Timestamp("2021-01-01")
    session.clear_test_data()
    assert len(session.frame()) == 160


def test_test_from_date_sets_the_split(tmp_path):
    session = opened(tmp_path)
    config = dataclasses.replace(TINY, test_from="2020-06-01")
    assert session.split(config).index[session.split(config).n_train] == pd.Timestamp("2020-06-01")
    with pytest.raises(InputError, match="not a date"):
        session.split(dataclasses.replace(TINY, test_from="next tuesday"))


def test_two_jobs_at_once_give_what_each_gives_alone(tmp_path):
    session = opened(tmp_path)
    first, second = TINY, dataclasses.replace(TINY, seed=7, cell="gru")
    alone = [run(session.train_job(config)).test.predicted for config in (first, second)]
    torch.manual_seed(12345)
    global_state = torch.get_rng_state()
    together = [None, None]

    def train(slot, config):
        together[slot] = run(session.train_job(config)).test.predicted

    threads = [threading.Thread(target=train, args=(i, c)) for i, c in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for a, b in zip(alone, together, strict=True):
        np.testing.assert_array_equal(a, b)
    assert torch.equal(torch.get_rng_state(), global_state), "a job drew from torch's global generator"


def test_progress_moves_within_an_epoch_and_names_the_device(tmp_path):
    session = opened(tmp_path)
    events = []
    session.train_job(dataclasses.replace(TINY, epochs=1, batch_size=8))(events.append, CancelToken())
    batches = [e for e in events if isinstance(e, ForecastProgress) and e.train_loss is None]
    assert len(batches) >= 10
    fractions = [e.fraction for e in batches]
    assert fractions == sorted(fractions) and 0 < fractions[0] < 0.2
    assert all("on CPU" in e.message for e in events)


def test_device_setting_is_honoured_and_missing_accelerators_refused(tmp_path):
    session = opened(tmp_path)
    result = run(session.train_job(dataclasses.replace(TINY, device="cpu")))
    assert next(result.forecaster.model.parameters()).device.type == "cpu"
    assert result.metrics()["device_used"] == "CPU"
    if not torch.cuda.is_available():
        with pytest.raises(InputError, match="no CUDA"):
            run(session.train_job(dataclasses.replace(TINY, device="cuda")))


def test_every_field_has_a_flag_and_the_form_leaves_only_the_data_fields_to_the_tab():
    specs = param_specs(ForecastConfig)
    assert all(spec.cli for spec in specs)
    assert {spec.name for spec in specs if not spec.form} == {"column", "features", "test_from", "date_from", "date_to",
                                                              "last_rows", "bar_size"}
    assert [spec.flag for spec in specs if spec.name.startswith("date_")] == ["--from", "--to"]
    assert ForecastConfig(features="High, Low").features == ("High", "Low")


def test_presets_differ_only_in_the_recipe():
    custom = dataclasses.replace(ForecastConfig(), column="Close", features=("High",), horizon=5, seed=3)
    exercise = exercise_preset(custom)
    assert (exercise.target, exercise.epochs, exercise.validation_fraction) == ("value", 100, 0.0)
    back = default_preset(exercise)
    assert back == custom


@pytest.mark.parametrize("column, values, expected", [
    ("Close", [10, 10, 20, 20], "unadjusted stock split"),
    ("Volume", [10, 10, 20, 20], "usual for a count"),
    ("Change %", [1.0, -0.5, 2.0, 0.1], None),
])
def test_jump_warnings_are_worded_for_the_kind_of_column(column, values, expected):
    index = pd.date_range("2020-01-06 09:00", periods=4, freq="h")
    note = jump_note(column, index, np.array(values, dtype=float))
    if expected is None:
        assert note is None
    else:
        assert expected in note and "2020-01-06 11:00" in note
