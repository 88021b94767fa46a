"""The forecaster's engine: chronological split without leakage, windows, metrics against sklearn, training,
the two-file workflow, backtest, projection, export and the model file."""

import dataclasses
import pickle

import numpy as np
import pandas as pd
import pytest
import torch
from sklearn import metrics as skm

from rnnlab.engine.checkpoints import FORMAT_VERSION
from rnnlab.engine.errors import InputError, JobCancelled, ModelFileError, TrainingDiverged
from rnnlab.engine.forecast.backtest import Backtest
from rnnlab.engine.forecast.config import ForecastConfig, exercise_preset
from rnnlab.engine.forecast.diebold_mariano import diebold_mariano
from rnnlab.engine.forecast.events import ForecastProgress
from rnnlab.engine.forecast.export import write_predictions_csv
from rnnlab.engine.forecast.forecaster import load_forecaster
from rnnlab.engine.forecast.loader import load_price_csv
from rnnlab.engine.forecast.metrics import forecast_metrics
from rnnlab.engine.forecast.training import ForecastTraining
from rnnlab.engine.forecast.windows import build_split, find_jumps, fit_scaler, make_windows, split_series
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.resources import resource_path
from tests.code_running_pickle import CodeRunningPayload

TINY = ForecastConfig(window=8, layers=2, units=6, epochs=2, batch_size=16, horizon=4, validation_fraction=0.2)


def price_frame(n=120, seed=0):
    rng = np.random.default_rng(seed)
    close = 100 + np.cumsum(rng.normal(0, 1, n))
    index = pd.bdate_range("2020-01-01", periods=n, name="date")
    return pd.DataFrame({"Open": close + rng.normal(0, 0.2, n), "High": close + 1, "Close": close}, index=index)


def test_changing_test_rows_changes_neither_scaler_nor_training_windows():
    config = dataclasses.replace(TINY, features="High")
    frame = price_frame()
    other = frame.copy()
    n_test = 24
    other.iloc[-n_test:] = other.iloc[-n_test:] * 3 + 50
    first, second = split_series(frame, config), split_series(other, config)
    assert first.n_train == second.n_train == len(frame) - n_test
    a, b = fit_scaler(first.train_values), fit_scaler(second.train_values)
    np.testing.assert_array_equal(a.data_min, b.data_min)
    np.testing.assert_array_equal(a.data_max, b.data_max)
    for target in ("value", "change"):
        wa = make_windows(a.transform(first.values), config.window, target, 0, first.n_train)
        wb = make_windows(b.transform(second.values), config.window, target, 0, second.n_train)
        np.testing.assert_array_equal(wa.x, wb.x)
        np.testing.assert_array_equal(wa.y, wb.y)
        assert wa.rows.max() == first.n_train - 1


def test_windows_hold_the_rows_before_each_target():
    scaled = np.arange(20, dtype=float).reshape(10, 2)
    w = make_windows(scaled, 3, "value", 5, 8)
    np.testing.assert_array_equal(w.rows, [5, 6, 7])
    np.testing.assert_array_equal(w.x[0], scaled[2:5])
    np.testing.assert_array_equal(w.y, scaled[[5, 6, 7], 0])
    c = make_windows(scaled, 3, "change", 5, 8)
    np.testing.assert_array_equal(c.x[0], scaled[2:5] - scaled[4])
    np.testing.assert_array_equal(c.y, scaled[[5, 6, 7], 0] - scaled[[4, 5, 6], 0])


def test_scaling_matches_sklearns_min_max_scaler():
    from sklearn.preprocessing import MinMaxScaler

    rng = np.random.default_rng(3)
    train = np.column_stack([rng.normal(100, 20, 300), np.full(300, 7.0), rng.uniform(0, 1e6, 300)])
    train[5, 0] = np.nan
    everything = np.vstack([train, rng.normal(150, 30, (40, 3))])
    ours, theirs = fit_scaler(train), MinMaxScaler().fit(train)
    np.testing.assert_array_equal(ours.transform(everything), theirs.transform(everything))
    scaled_target = ours.transform(everything)[:, 0]
    np.testing.assert_allclose(ours.target_values(scaled_target), everything[:, 0], rtol=1e-12)


def test_metrics_match_sklearn():
    rng = np.random.default_rng(1)
    actual = 50 + rng.normal(0, 5, 40)
    predicted, naive = actual + rng.normal(0, 1, 40), actual + rng.normal(0, 2, 40)
    train = 50 + np.cumsum(rng.normal(0, 1, 200))
    m = forecast_metrics(actual, predicted, naive, train)
    assert m.model.mae == pytest.approx(skm.mean_absolute_error(actual, predicted))
    assert m.model.rmse == pytest.approx(np.sqrt(skm.mean_squared_error(actual, predicted)))
    assert m.model.mape == pytest.approx(skm.mean_absolute_percentage_error(actual, predicted))
    assert m.model.mase == pytest.approx(m.model.mae / np.mean(np.abs(np.diff(train))))
    assert m.naive.mae == pytest.approx(skm.mean_absolute_error(actual, naive))
    assert m.skill == pytest.approx(1 - m.model.mae / m.naive.mae)
    assert set(m.as_dict()) >= {"mae", "rmse", "mape", "mase", "naive_mae", "naive_rmse", "skill"}


def test_two_file_workflow_builds_test_windows_from_the_training_tail():
    folder = resource_path("stock")
    train = load_price_csv(folder / "Google_Stock_Price_Train.csv")
    test = load_price_csv(folder / "Google_Stock_Price_Test.csv")
    split = build_split(train.frame, test.frame, ForecastConfig())
    assert split.n_train == 1258 and split.n_test == 20
    scaled = fit_scaler(split.train_values).transform(split.values)
    windows = make_windows(scaled, 60, "value", split.n_train, len(split.values))
    assert len(windows.y) == 20
    # The first test window is the last 60 training rows, the last one ends with the 19th test row.
    np.testing.assert_array_equal(windows.x[0][:, 0], scaled[1198:1258, 0].astype(np.float32))
    np.testing.assert_array_equal(windows.x[-1][-19:, 0], scaled[1258:1277, 0].astype(np.float32))
    assert scaled[split.n_train:, 0].max() > 1.0  # test Opens above the training maximum stay above 1


def test_too_few_rows_and_missing_columns_are_refused():
    with pytest.raises(InputError, match="Too few rows"):
        split_series(price_frame(30), dataclasses.replace(TINY, window=60))
    with pytest.raises(InputError, match="no column 'Volume'"):
        split_series(price_frame(), dataclasses.replace(TINY, features="Volume"))


def test_training_job_reports_epochs_and_scores_against_naive():
    split = split_series(price_frame(), TINY)
    events = []
    result = ForecastTraining(split, TINY)(events.append, CancelToken())
    epochs = [e for e in events if isinstance(e, ForecastProgress) and e.train_loss is not None]
    assert [e.epoch for e in epochs] == [1, 2]
    assert len(result.train_losses) == len(result.val_losses) == 2
    assert result.epochs_run == 2 and 1 <= result.best_epoch <= 2
    assert len(result.test.actual) == split.n_test
    np.testing.assert_array_equal(result.test.naive, split.values[split.n_train - 1:-1, 0])
    assert result.metrics()["mae"] == pytest.approx(np.mean(np.abs(result.test.actual - result.test.predicted)))
    assert len(result.projection) == 4 and result.projection_index[0] > split.index[-1]


def test_same_seed_same_run():
    split = split_series(price_frame(), TINY)
    a = ForecastTraining(split, TINY)(ignore_progress, CancelToken())
    b = ForecastTraining(split, TINY)(ignore_progress, CancelToken())
    np.testing.assert_allclose(a.test.predicted, b.test.predicted)


def test_cancel_stops_between_batches():
    token = CancelToken()
    token.cancel()
    with pytest.raises(JobCancelled):
        ForecastTraining(split_series(price_frame(), TINY), TINY)(ignore_progress, token)


def test_nan_loss_raises_training_diverged(monkeypatch):
    from rnnlab.engine.forecast import model

    original = model.StackedForecaster.forward
    monkeypatch.setattr(model.StackedForecaster, "forward", lambda self, x: original(self, x) * float("nan"))
    with pytest.raises(TrainingDiverged, match="lower learning rate"):
        ForecastTraining(split_series(price_frame(), TINY), TINY)(ignore_progress, CancelToken())


def test_exercise_preset_is_the_exercise():
    preset = exercise_preset()
    assert (preset.target, preset.cell, preset.window, preset.layers, preset.units, preset.dropout, preset.epochs,
            preset.batch_size) == ("value", "rnn", 60, 4, 50, 0.2, 100, 32)


def test_backtest_reports_every_fold():
    split = split_series(price_frame(160), TINY)
    events = []
    result = Backtest(split, dataclasses.replace(TINY, epochs=1), folds=3, fold_size=10)(events.append, CancelToken())
    assert len(result.folds) == 3
    assert result.folds[-1].last == split.index[-1]
    summary = result.summary()
    assert summary["folds"] == 3 and summary["mae_std"] >= 0
    assert {e.fold for e in events} == {0, 1, 2}
    pooled = [np.concatenate([getattr(fold, name) for fold in result.folds]) for name in ("actual", "predicted",
                                                                                         "naive")]
    assert len(pooled[0]) == 30
    assert result.dm() == diebold_mariano(*pooled)
    with pytest.raises(InputError, match="Too few rows"):
        Backtest(split, TINY, folds=20, fold_size=10)


def test_training_and_backtest_in_a_job_process_give_the_same_numbers(app_torch_settings):
    from rnnlab.engine.job_process import run_in_job_process

    config = dataclasses.replace(TINY, cell="lstm")
    split = split_series(price_frame(160), config)
    here, apart = [], []
    result = ForecastTraining(split, config)(here.append, CancelToken())
    result_apart = run_in_job_process(ForecastTraining(split, config), apart.append, CancelToken())
    assert [e.message for e in apart] == [e.message for e in here]
    assert result_apart.train_losses == result.train_losses and result_apart.val_losses == result.val_losses
    np.testing.assert_array_equal(result_apart.test.predicted, result.test.predicted)
    np.testing.assert_array_equal(result_apart.projection, result.projection)
    assert result_apart.forecaster.config == config
    assert result_apart.forecaster.calibration.as_payload() == result.forecaster.calibration.as_payload()
    for name, tensor in result.forecaster.model.state_dict().items():
        assert torch.equal(result_apart.forecaster.model.state_dict()[name], tensor), name
    copy = pickle.loads(pickle.dumps(result.forecaster))
    _, again = copy.predict_rows(split.values, split.n_train, len(split.values))
    np.testing.assert_array_equal(again, result.test.predicted)
    backtest = dataclasses.replace(config, epochs=1)
    folds = run_in_job_process(Backtest(split, backtest, folds=2, fold_size=10), ignore_progress, CancelToken())
    assert folds.summary() == Backtest(split, backtest, folds=2, fold_size=10)(ignore_progress, CancelToken()).summary()


def test_jumps_found_like_the_google_close():
    values = np.array([100, 101, 50.5, 51, 52, 80])
    np.testing.assert_array_equal(find_jumps(values), [2, 5])


def test_predictions_csv_matches_the_metrics(tmp_path):
    result = ForecastTraining(split_series(price_frame(), TINY), TINY)(ignore_progress, CancelToken())
    path = tmp_path / "p.csv"
    write_predictions_csv(path, result.test)
    table = pd.read_csv(path)
    assert list(table.columns) == ["date", "actual", "predicted", "naive", "drift", "linear", "lower", "upper"]
    assert np.mean(np.abs(table.actual - table.predicted)) == pytest.approx(result.metrics()["mae"], rel=1e-12)


def test_model_file_round_trip(tmp_path):
    split = split_series(price_frame(), dataclasses.replace(TINY, features="High", cell="lstm"))
    config = dataclasses.replace(TINY, features="High", cell="lstm")
    result = ForecastTraining(split, config)(ignore_progress, CancelToken())
    path = tmp_path / "model.pt"
    result.forecaster.save(path)
    loaded, _ = load_forecaster(path)
    assert loaded.config == config
    _, again = loaded.predict_rows(split.values, split.n_train, len(split.values))
    np.testing.assert_allclose(again, result.test.predicted, rtol=1e-6)
    np.testing.assert_allclose(loaded.project(split.values, 4), result.projection, rtol=1e-6)




def test_model_file_refusals(tmp_path):
    result = ForecastTraining(split_series(price_frame(), TINY), TINY)(ignore_progress, CancelToken())
    good = tmp_path / "model.pt"
    result.forecaster.save(good)
    truncated = tmp_path / "truncated.pt"
    truncated.write_bytes(good.read_bytes()[:200])
    with pytest.raises(ModelFileError, match="truncated or corrupt"):
        load_forecaster(truncated)
    payload = torch.load(good, weights_only=True)
    wrong_kind = tmp_path / "translator.pt"
    torch.save({**payload, "kind": "translator"}, wrong_kind)
    with pytest.raises(ModelFileError, match="not a forecaster model"):
        load_forecaster(wrong_kind)
    newer = tmp_path / "newer.pt"
    torch.save({**payload, "format_version": FORMAT_VERSION + 1}, newer)
    with pytest.raises(ModelFileError, match="newer RNN Lab"):
        load_forecaster(newer)
    marker = tmp_path / "code-ran"
    evil = tmp_path / "evil.pt"
    torch.save({**payload, "extra": {**payload["extra"], "x": CodeRunningPayload(str(marker))}}, evil)
    with pytest.raises(ModelFileError, match="could run code"):
        load_forecaster(evil)
    assert not marker.exists()
    pickle.loads(pickle.dumps(CodeRunningPayload(str(marker))))  # the control: unpickling it does run code
    assert marker.exists()
    broken = tmp_path / "broken.pt"
    torch.save({**payload, "extra": {"data_min": [1.0]}}, broken)
    with pytest.raises(ModelFileError, match="do not fit together"):
        load_forecaster(broken)
