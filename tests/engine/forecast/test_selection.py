"""The rows a run uses: a period (From/To, Last rows) and a bar size, checked against pandas' own OHLC resampling on a
minute file read by the loader."""

import dataclasses

import numpy as np
import pandas as pd
import pytest

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.loader import load_price_csv
from rnnlab.engine.forecast.selection import bar_sizes, choose_rows
from rnnlab.engine.forecast.windows import build_split

CONFIG = ForecastConfig(column="Close", window=5, epochs=1)


def minute_file(path, days=3):
    """Minute bars of a market open 09:30-16:00 on weekdays, as an intraday export has them (no nights, weekends)."""
    sessions = [pd.date_range(f"{day:%Y-%m-%d} 09:30", f"{day:%Y-%m-%d} 15:59", freq="min")
                for day in pd.bdate_range("2024-03-07", periods=days)]
    index = sessions[0].append(sessions[1:])
    rng = np.random.default_rng(3)
    close = 100 + np.cumsum(rng.normal(0, 0.05, len(index)))
    open_ = close + rng.normal(0, 0.02, len(index))
    frame = pd.DataFrame({"Date": index.strftime("%Y-%m-%d %H:%M:%S"), "Open": open_.round(4),
                          "High": (np.maximum(open_, close) + 0.03).round(4),
                          "Low": (np.minimum(open_, close) - 0.03).round(4), "Close": close.round(4),
                          "Volume": rng.integers(1, 500, len(index)), "Trades": rng.integers(1, 50, len(index))})
    frame.to_csv(path, index=False)
    return path


def test_bars_are_pandas_own_ohlc_resampling(tmp_path):
    loaded = load_price_csv(minute_file(tmp_path / "minutes.csv"))
    frame = loaded.frame
    chosen = choose_rows(frame, dataclasses.replace(CONFIG, bar_size="1h"))
    expected = frame["Close"].resample("1h").ohlc().dropna()
    expected["open"] = frame["Open"].resample("1h").first().dropna()
    expected["volume"] = frame["Volume"].resample("1h").sum().loc[expected.index]
    expected["trades"] = frame["Trades"].resample("1h").last().dropna()
    bars = chosen.frame
    pd.testing.assert_index_equal(bars.index, expected.index)
    np.testing.assert_array_equal(bars["Open"], expected["open"])
    np.testing.assert_array_equal(bars["High"], frame["High"].resample("1h").max().dropna())
    np.testing.assert_array_equal(bars["Low"], frame["Low"].resample("1h").min().dropna())
    np.testing.assert_array_equal(bars["Close"], expected["close"])
    np.testing.assert_array_equal(bars["Volume"], expected["volume"])
    np.testing.assert_array_equal(bars["Trades"], expected["trades"])
    assert len(bars) == 3 * 7 and bars.index[0] == pd.Timestamp("2024-03-07 09:00")
    empty = len(frame["Close"].resample("1h").size()) - len(bars)
    assert empty > 0 and chosen.notes == [f"Combined {len(frame):,} rows into 21 bars of 1h; dropped {empty} empty "
                                          "bars (no row in them: nights, weekends, gaps)."]


def test_a_period_and_a_bar_size_give_the_rows_expected(tmp_path):
    frame = load_price_csv(minute_file(tmp_path / "minutes.csv", days=5)).frame
    config = dataclasses.replace(CONFIG, date_from="2024-03-08", date_to="2024-03-11", bar_size="30min")
    chosen = choose_rows(frame, config)
    # Friday the 8th and Monday the 11th (the weekend has no rows), 13 half hours each, both days whole
    assert len(chosen.frame) == 26
    assert chosen.frame.index[0] == pd.Timestamp("2024-03-08 09:30")
    assert chosen.frame.index[-1] == pd.Timestamp("2024-03-11 15:30")
    assert chosen.n_rows_read == len(frame) == 5 * 390
    assert chosen.notes[0].startswith(f"Using 780 of the {len(frame):,} rows read (from 2024-03-08 09:30 to "
                                      "2024-03-11 15:59)")
    last = choose_rows(frame, dataclasses.replace(config, last_rows=100))
    assert len(last.frame) == 4 and last.frame.index[0] == pd.Timestamp("2024-03-11 14:00")
    split = build_split(frame, None, dataclasses.replace(config, test_fraction=0.25))
    assert (split.n_train, split.n_test, split.n_rows_read) == (20, 6, len(frame))


def test_a_test_file_keeps_its_own_bars(tmp_path):
    frame = load_price_csv(minute_file(tmp_path / "minutes.csv", days=4)).frame
    train, test = frame.loc[:"2024-03-11 12:14"], frame.loc["2024-03-11 12:15":]
    split = build_split(train, test, dataclasses.replace(CONFIG, bar_size="1h", date_from="2024-03-07"))
    assert split.index[split.n_train - 1] == pd.Timestamp("2024-03-11 12:00")
    assert split.index[split.n_train] == pd.Timestamp("2024-03-11 12:00")  # the test file's own first bar
    assert split.values[split.n_train - 1, 0] == train["Close"].iloc[-1]


def test_bad_choices_are_refused_before_any_work(tmp_path):
    frame = load_price_csv(minute_file(tmp_path / "minutes.csv")).frame
    cases = {"not a bar size": dict(bar_size="1 fortnight"), "already 1 minute apart": dict(bar_size="1min"),
             "is not a date": dict(date_from="soon"), "is after To": dict(date_from="2024-03-09", date_to="2024-03-08"),
             "No rows from 2030-01-01": dict(date_from="2030-01-01")}
    for message, change in cases.items():
        with pytest.raises(InputError, match=message):
            choose_rows(frame, dataclasses.replace(CONFIG, **change))
    rows = frame.reset_index(drop=True)
    with pytest.raises(InputError, match="needs a file with a date column"):
        choose_rows(rows, dataclasses.replace(CONFIG, bar_size="1h"))
    with pytest.raises(InputError, match="need a file with a date column"):
        choose_rows(rows, dataclasses.replace(CONFIG, date_to="2024-03-08"))
    assert len(choose_rows(rows, dataclasses.replace(CONFIG, last_rows=10)).frame) == 10


def test_only_bars_longer_than_the_spacing_are_offered():
    assert bar_sizes(pd.date_range("2024-01-01", periods=10, freq="min")) == ["5min", "15min", "30min", "1h", "4h",
                                                                               "1D", "1W"]
    assert bar_sizes(pd.date_range("2024-01-01", periods=10, freq="h")) == ["4h", "1D", "1W"]
    assert bar_sizes(pd.bdate_range("2024-01-01", periods=10)) == ["1W"]
    assert bar_sizes(pd.RangeIndex(10)) == []


def test_a_long_run_says_what_an_epoch_will_cost_and_trains_as_it_would_have():
    from rnnlab.engine.forecast.training import ForecastTraining
    from rnnlab.engine.jobs import CancelToken, ignore_progress

    index = pd.date_range("2024-01-01", periods=300, freq="h")
    close = 100 + np.cumsum(np.random.default_rng(0).normal(0, 1, 300))
    frame = pd.DataFrame({"Close": close, "Volume": np.arange(300.0)}, index=index)
    config = dataclasses.replace(CONFIG, layers=1, units=4, epochs=2, horizon=0, bar_size="4h", date_from="2024-01-02",
                                 interval=0.0)
    split = build_split(frame, None, config)
    heard = []
    result = ForecastTraining(split, config, estimate_above=10)(heard.append, CancelToken())
    notices = [event.notice for event in heard if event.notice]
    assert notices[0].startswith("Using 276 of the 300 rows read") and notices[1].startswith("Combined 276 rows")
    assert "training windows: about" in notices[2] and "per epoch on CPU" in notices[2] and "or a GPU" in notices[2]
    plain = ForecastTraining(split, config)(ignore_progress, CancelToken())
    np.testing.assert_array_equal(result.test.predicted, plain.test.predicted)
    metrics = result.metrics()
    assert (metrics["n_rows_read"], metrics["n_rows"], metrics["resample"], metrics["from"], metrics["to"]) == (
        300, 69, "4h", "2024-01-02", "")
