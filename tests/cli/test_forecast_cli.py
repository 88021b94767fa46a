"""``python main.py forecast``: a tiny run writes predictions and metrics that agree; bad input is one line, exit 2."""

import json

import pandas as pd
import pytest

from rnnlab.cli import run_cli
from rnnlab.engine.forecast.verdict import verdict_of
from rnnlab.engine.resources import resource_path
from tests.cli.test_cli import run_main

TINY = ["--window", "8", "--layers", "1", "--units", "6", "--epochs", "2", "--batch-size", "64"]


def test_tiny_run_writes_consistent_predictions_metrics_and_model(tmp_path):
    folder = resource_path("stock")
    predictions, metrics, model = tmp_path / "p.csv", tmp_path / "m.json", tmp_path / "m.pt"
    out = run_main("forecast", str(folder / "Google_Stock_Price_Train.csv"), "--test-csv",
                   str(folder / "Google_Stock_Price_Test.csv"), *TINY, "--predictions", str(predictions),
                   "--metrics", str(metrics), "--save-model", str(model))
    assert out.returncode == 0, out.stderr
    data = json.loads(metrics.read_text())
    assert {"mae", "rmse", "mape", "mase", "naive_mae", "naive_rmse", "skill", "epochs_run", "train_seconds",
            "n_train", "n_test"} <= set(data)
    assert data["n_test"] == 20 and data["epochs_run"] == 2
    assert data["naive_mae"] == pytest.approx(5.9445)
    table = pd.read_csv(predictions)
    assert list(table.columns) == ["date", "actual", "predicted", "naive", "drift", "linear", "lower", "upper"]
    inside = ((table.actual >= table.lower) & (table.actual <= table.upper)).mean()
    assert inside == pytest.approx(data["coverage"]) and data["band_level"] == 0.9
    assert set(data["baselines"]) == {"naive", "drift", "linear"} and data["baselines"]["naive"]["skill"] == 0
    assert "best baseline" in out.stdout and "band" in out.stdout
    assert (table.actual - table.predicted).abs().mean() == pytest.approx(data["mae"], rel=1e-12)
    assert model.stat().st_size > 0
    assert f"; verdict: {verdict_of(data)}; best baseline" in out.stdout  # the Diebold-Mariano verdict, skill beside
    assert {"dm_statistic", "dm_p_value"} <= set(data) & set(data["baselines"]["drift"])


@pytest.mark.parametrize("content, extra, message", [
    (b"", [], "is empty"),
    (b"Date,Open\n", [], "header but no data rows"),
    (bytes(range(256)) * 10, [], "binary data"),
    (b"Date,Open\n2020-01-01,1\n2020-01-02,2\n2020-01-03,3\n2020-01-06,4\n", [], "Too few rows"),
    (b"Date,Open\n2020-01-01,1\n2020-01-02,2\n2020-01-03,3\n", ["--column", "Nope"], "no column 'Nope'"),
    (b"Date,Open\n2020-01-01,1\n2020-01-02,2\n2020-01-03,3\n", ["--units", "0"], "Units must be at least 1"),
])
def test_bad_input_is_one_line_exit_2(tmp_path, capsys, content, extra, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    status = run_cli(["forecast", str(path), *extra])
    stderr = capsys.readouterr().err
    assert status == 2
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], stderr
    assert "Traceback" not in stderr


def test_a_band_its_validation_windows_cannot_hold_is_refused_before_training(tmp_path, capsys):
    metrics = tmp_path / "m.json"
    status = run_cli(["forecast", str(resource_path("stock") / "Google_Stock_Price_Train.csv"), "--interval", "0.99",
                      "--validation-fraction", "0.01", "--metrics", str(metrics)])
    out = capsys.readouterr()
    assert status == 2 and out.out == "" and not metrics.exists()
    assert out.err == ("rnnlab forecast: error: A 99% band needs at least 99 validation windows (its calibration "
                       "errors); these settings give 9: raise --validation-fraction to 0.11 (0.13 for the band to "
                       "reach all 20 projection steps too) or lower --interval to 0.90.\n"), \
        "one line, naming the flags, and no progress: training never started"


def test_missing_file_is_one_line_exit_2_in_a_real_process(tmp_path):
    out = run_main("forecast", str(tmp_path / "nope.csv"))
    assert out.returncode == 2 and "File not found" in out.stderr and "Traceback" not in out.stderr


def long_file(tmp_path):
    import numpy as np

    rows = []
    for symbol, base in (("AAA", 10.0), ("BBB", 500.0)):
        price = base + np.cumsum(np.random.default_rng(len(symbol) + int(base)).normal(0, 0.5, 120))
        days = pd.bdate_range("2021-01-04", periods=120)
        rows += [f"{symbol},{d:%Y-%m-%d},{p:.3f},{p + 1:.3f}" for d, p in zip(days, price, strict=True)]
    path = tmp_path / "long.csv"
    path.write_text("Ticker,Date,Close,High\n" + "\n".join(rows) + "\n")
    return path


def test_symbol_test_from_quiet_and_every_setting_as_a_flag(tmp_path, capsys):
    metrics, predictions = tmp_path / "m.json", tmp_path / "p.csv"
    status = run_cli(["forecast", str(long_file(tmp_path)), "--symbol", "BBB", "--test-from", "2021-05-03",
                      "--features", "High", "--learning-rate", "0.003", "--validation-fraction", "0.2",
                      "--horizon", "3", "--interval", "0.8", "--device", "cpu", *TINY, "--quiet",
                      "--metrics", str(metrics), "--predictions", str(predictions)])
    out = capsys.readouterr()
    assert status == 0, out.err
    assert [line.split(":")[0] for line in out.err.splitlines()] == ["warning"], \
        "--quiet prints no progress bar and no loader notes, only the run's warning (15 errors calibrated the band)"
    assert "calibrated on 15 validation errors (fewer than 100)" in out.err
    data = json.loads(metrics.read_text())
    assert data["n_rows"] == 120 and data["n_test"] == (pd.bdate_range("2021-01-04", periods=120) >= "2021-05-03").sum()
    assert pd.read_csv(predictions).date.iloc[0] == "2021-05-03"
    assert data["naive_mae"] > 0.1, "BBB's prices, not AAA's"
    assert "120 rows" in out.out


def test_unknown_symbol_is_one_line(tmp_path, capsys):
    assert run_cli(["forecast", str(long_file(tmp_path)), "--symbol", "ZZZ", *TINY]) == 2
    assert "'ZZZ' is not in the file" in capsys.readouterr().err


def test_a_million_minute_bars_load_whole_and_train_on_hourly_bars(tmp_path):
    # An intraday export of a million one-minute OHLCV bars (the shape of an exchange's minute history), generated
    # here: read whole (no refusal), combined into hourly bars, trained for one tiny epoch.
    import numpy as np

    n = 1_000_000
    index = pd.date_range("2021-01-01", periods=n, freq="min")
    close = 100 + np.cumsum(np.random.default_rng(0).normal(0, 0.02, n))
    pd.DataFrame({"Date": index.strftime("%Y-%m-%d %H:%M"), "Open": close.round(3), "High": (close + 0.01).round(3),
                  "Low": (close - 0.01).round(3), "Close": close.round(3), "Volume": np.arange(n) % 700}).to_csv(
        tmp_path / "minutes.csv", index=False)
    metrics = tmp_path / "m.json"
    out = run_main("forecast", str(tmp_path / "minutes.csv"), "--resample", "1h", "--from", "2021-01-02",
                   "--window", "10", "--layers", "1", "--units", "4", "--epochs", "1", "--batch-size", "256",
                   "--horizon", "0", "--metrics", str(metrics), "--report", str(tmp_path / "r.html"))
    assert out.returncode == 0, out.stderr
    data = json.loads(metrics.read_text())
    hours = (n - 24 * 60) // 60 + 1
    assert (data["n_rows_read"], data["n_rows"], data["resample"], data["from"], data["to"]) == (
        n, hours, "1h", "2021-01-02", "")
    assert data["n_test"] == round(hours * 0.2) and data["epochs_run"] == 1
    assert f"note: Combined {n - 24 * 60:,} rows into {hours:,} bars of 1h." in out.stderr
    report = (tmp_path / "r.html").read_text()
    assert f"Rows used: {hours:,} of the {n:,} read" in report and "--resample" in report
    assert f"the whole series (every 4th row of {hours:,} drawn)" in report
    assert (tmp_path / "r.html").stat().st_size < 3_000_000


@pytest.mark.parametrize("extra, message", [
    (["--resample", "1 fortnight"], "'1 fortnight' is not a bar size"),
    (["--from", "2017-02-01", "--to", "2017-01-01"], "From (2017-02-01) is after To (2017-01-01)"),
    (["--resample", "1h"], "already 1 day apart"),
    (["--from", "2030-01-01"], "No rows from 2030-01-01 to the end: the data runs from 2012-01-03 to 2016-12-30"),
])
def test_a_period_or_bar_size_that_cannot_work_is_one_line_exit_2(capsys, extra, message):
    status = run_cli(["forecast", str(resource_path("stock", "Google_Stock_Price_Train.csv")), *extra])
    stderr = capsys.readouterr().err
    assert status == 2 and message in stderr and len(stderr.strip().splitlines()) == 1, stderr
