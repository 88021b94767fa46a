"""A corpus of price files shaped like what trading sites and terminals export, written by the tests themselves;
each is read as its author meant: rows, timestamps and values checked, and the loader says what it did."""

import numpy as np
import pandas as pd
import pytest

from rnnlab.engine.forecast.loader import load_price_csv
from rnnlab.engine.forecast.price_dates import index_labels, point_label

HOURS = pd.date_range("2020-01-06 00:00", periods=600, freq="h")


def write(tmp_path, text, name="prices.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_metatrader5_tab_separated_date_and_time_columns(tmp_path):
    lines = ["<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>"]
    lines += [f"{t:%Y.%m.%d}\t{t:%H:%M:%S}\t{1.1 + i / 1e4:.5f}\t1.2\t1.0\t{1.1 + i / 1e4:.5f}\t{100 + i}\t0\t2"
              for i, t in enumerate(HOURS)]
    loaded = load_price_csv(write(tmp_path, "\n".join(lines) + "\n"))
    assert len(loaded.frame) == 600
    assert loaded.frame.index[0] == pd.Timestamp("2020-01-06 00:00") and loaded.frame.index[-1] == HOURS[-1]
    assert loaded.columns == ["OPEN", "HIGH", "LOW", "CLOSE", "TICKVOL", "VOL", "SPREAD"]
    assert loaded.frame["OPEN"].iloc[37] == pytest.approx(1.1037)
    assert any("Joined the date column 'DATE' and the time column 'TIME'" in n for n in loaded.notes)


def test_metatrader4_history_without_a_header_keeps_its_first_bar(tmp_path):
    lines = [f"{t:%Y.%m.%d},{t:%H:%M},{1.3 + i / 1e4:.4f},1.4,1.2,{1.3 + i / 1e4:.4f},{50 + i}"
             for i, t in enumerate(HOURS[:48])]
    loaded = load_price_csv(write(tmp_path, "\n".join(lines) + "\n"))
    assert len(loaded.frame) == 48 and loaded.frame.index[0] == pd.Timestamp("2020-01-06 00:00")
    assert loaded.columns == ["Open", "High", "Low", "Close", "Volume"]
    assert loaded.frame["Open"].iloc[0] == pytest.approx(1.3) and loaded.frame["Volume"].iloc[-1] == 97
    assert any("no header row" in n for n in loaded.notes)


def test_stooq_intraday_date_and_time(tmp_path):
    rows = [f"2020-01-0{6 + d},{h:02d}:00:00,{10 + d + h / 100},{11 + d},{9 + d},{10.5 + d},{1000 * h}"
            for d in range(3) for h in range(9, 17)]
    loaded = load_price_csv(write(tmp_path, "Date,Time,Open,High,Low,Close,Volume\n" + "\n".join(rows) + "\n"))
    assert len(loaded.frame) == 24
    assert loaded.frame.index[1] == pd.Timestamp("2020-01-06 10:00")
    assert loaded.frame["Open"].iloc[-1] == pytest.approx(12.16)
    assert index_labels(loaded.frame.index)[:2] == ["2020-01-06 09:00", "2020-01-06 10:00"]


def test_yfinance_offsets_keep_the_local_trading_date(tmp_path):
    days = pd.bdate_range("2021-01-04", periods=30)
    rows = [f"{d:%Y-%m-%d} 00:00:00+09:00,{100 + i},{101 + i},{99 + i},{100.5 + i},{100.5 + i},{1000 + i}"
            for i, d in enumerate(days)]
    loaded = load_price_csv(write(tmp_path, "Date,Open,High,Low,Close,Adj Close,Volume\n" + "\n".join(rows)))
    assert list(loaded.frame.index) == list(days)
    assert loaded.frame.index[0].day_name() == "Monday"
    assert loaded.frame["Close"].iloc[2] == 102.5
    assert any("UTC offset" in n and "+09:00" in n for n in loaded.notes)
    assert index_labels(loaded.frame.index)[0] == "2021-01-04"


def test_offsets_that_change_with_daylight_saving_keep_local_times(tmp_path):
    stamps = ["2021-03-12 09:30:00-05:00", "2021-03-15 09:30:00-04:00", "2021-03-16 09:30:00-04:00"]
    text = "Datetime,Close\n" + "".join(f"{s},{i + 1}\n" for i, s in enumerate(stamps))
    loaded = load_price_csv(write(tmp_path, text))
    assert [t.strftime("%Y-%m-%d %H:%M") for t in loaded.frame.index] == [s[:16] for s in stamps]


def test_yahoo_web_table_with_dividend_and_split_rows(tmp_path):
    text = ('Date,Open,High,Low,Close*,Adj Close**,Volume\n'
            '"Mar 02, 2022",10,11,9,10.5,10.5,"1,000"\n'
            '"Mar 01, 2022",9,10,8,9.5,9.5,"2,000"\n'
            '"Feb 28, 2022",0.23 Dividend\n'
            '"Feb 28, 2022",8,9,7,8.5,8.5,"3,000"\n'
            '"Feb 25, 2022",7,8,6,7.5,7.5,"4,000"\n'
            '"Feb 24, 2022",20:1 Stock Split\n'
            '"Feb 24, 2022",6,7,5,6.5,6.5,"5,000"\n')
    loaded = load_price_csv(write(tmp_path, text))
    assert loaded.columns == ["Open", "High", "Low", "Close", "Adj Close", "Volume"]
    assert len(loaded.frame) == 5
    assert loaded.frame.loc["2022-02-28", "Open"] == 8 and loaded.frame.loc["2022-02-24", "Volume"] == 5000
    assert any("Skipped 2 row(s) that announce an event" in n for n in loaded.notes)
    assert not any("not numbers" in n or "Filled" in n for n in loaded.notes)


def test_headerless_single_column_keeps_its_first_value(tmp_path):
    loaded = load_price_csv(write(tmp_path, "".join(f"{100 + i / 2}\n" for i in range(10))))
    assert loaded.columns == ["Value"] and len(loaded.frame) == 10
    assert loaded.frame["Value"].iloc[0] == 100.0
    assert any("no header row" in n for n in loaded.notes)


@pytest.mark.parametrize("unit, scale", [("ms", 1000), ("s", 1)])
def test_unix_epoch_in_a_date_like_column(tmp_path, unit, scale):
    start = 1609459200
    rows = [f"{(start + i * 3600) * scale},{100 + i},{101 + i},{99 + i},{100 + i},{5 + i},"
            f"{(start + i * 3600 + 3599) * scale}" for i in range(30)]
    loaded = load_price_csv(write(tmp_path, "open_time,open,high,low,close,volume,close_time\n" + "\n".join(rows)))
    assert loaded.columns == ["open", "high", "low", "close", "volume"]
    assert loaded.frame.index[1] == pd.Timestamp("2021-01-01 01:00")
    assert loaded.frame["close"].iloc[-1] == 129
    assert any(f"Unix {'milliseconds' if unit == 'ms' else 'seconds'}" in n for n in loaded.notes)
    assert any("'close_time', a second date column" in n for n in loaded.notes)


def test_volume_suffixes_and_percent_signs(tmp_path):
    text = ('"Date","Price","Open","High","Low","Vol.","Change %"\n'
            '"01/08/2020","12.00","11.00","13.00","10.00","2.10B","0.10%"\n'
            '"01/07/2020","11.00","10.00","12.00","9.00","1.23K","-0.50%"\n'
            '"01/06/2020","10.00","9.00","11.00","8.00","4.95M","1.23%"\n')
    loaded = load_price_csv(write(tmp_path, text))
    frame = loaded.frame
    assert frame["Vol."].tolist() == [4.95e6, 1230.0, 2.1e9]
    assert frame["Change %"].tolist() == [1.23, -0.5, 0.1]
    assert frame.index[0] == pd.Timestamp("2020-01-06")
    assert not any("Ignored text" in n for n in loaded.notes)


def test_text_column_note_has_no_double_period(tmp_path):
    loaded = load_price_csv(write(tmp_path, "Date,Price,Vol.\n2020-01-01,1,abc\n2020-01-02,2,def\n2020-01-03,3,ghi\n"))
    assert "Ignored text column(s): 'Vol.'." in loaded.notes


@pytest.mark.parametrize("year", ["1871.0", "1871"])
def test_year_column_is_the_time_axis(tmp_path, year):
    step = 1.0 if "." in year else 1
    rows = "".join(f"{int(float(year)) + i * step},{4 + i / 10}\n" for i in range(40))
    loaded = load_price_csv(write(tmp_path, "Year,Real Price\n" + rows))
    assert len(loaded.frame) == 40 and loaded.has_dates
    assert loaded.frame.index[0] == pd.Timestamp("1871-01-01") and loaded.frame.index[-1].year == 1910
    assert loaded.columns == ["Real Price"]
    assert index_labels(loaded.frame.index)[0] == "1871"


def test_intraday_labels_keep_the_time_of_day():
    index = pd.date_range("2020-01-26 00:00", periods=24, freq="h")
    labels = index_labels(index)
    assert len(set(labels)) == 24 and labels[13] == "2020-01-26 13:00"
    assert point_label(index, 13) == "2020-01-26 13:00"
    assert index_labels(pd.bdate_range("2020-01-06", periods=3)) == ["2020-01-06", "2020-01-07", "2020-01-08"]
    assert point_label(pd.RangeIndex(5, name="row"), 3) == "row 3"


def test_a_big_file_loads_in_reasonable_time(tmp_path):
    n = 200_000
    index = pd.date_range("2000-01-01", periods=n, freq="h")
    price = 100 + np.cumsum(np.random.default_rng(0).normal(0, 0.1, n))
    pd.DataFrame({"Date": index.strftime("%Y-%m-%d %H:%M:%S"), "Open": price, "Volume": np.arange(n)}).to_csv(
        tmp_path / "big.csv", index=False)
    loaded = load_price_csv(tmp_path / "big.csv")
    assert len(loaded.frame) == n and loaded.frame.index[-1] == index[-1] and loaded.notes == []


def test_big_files_parse_in_a_job_process_that_ends_with_the_app(tmp_path):
    import os
    import subprocess
    import sys
    import time

    from rnnlab.engine.forecast.loader import APART_BYTES, load_price_csv_apart
    from tests.conftest import PROJECT_ROOT

    n = 60_000
    index = pd.date_range("2000-01-01", periods=n, freq="h")
    frame = pd.DataFrame({"Date": index.strftime("%Y-%m-%d %H:%M:%S"), "Open": np.arange(n) / 7,
                          "Volume": np.arange(n)})
    frame.to_csv(tmp_path / "big.csv", index=False)
    assert (tmp_path / "big.csv").stat().st_size > APART_BYTES
    apart = load_price_csv_apart(tmp_path / "big.csv")
    pd.testing.assert_frame_equal(apart.frame, load_price_csv(tmp_path / "big.csv").frame)
    code = ("import os, sys\nfrom rnnlab.engine.forecast import loader\n"
            f"loader.load_price_csv_apart({str(tmp_path / 'big.csv')!r})\n"
            "from rnnlab.engine import job_process\n"
            "print(job_process.idle_pids()[0], flush=True)\nos._exit(0)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    helper = int(out.stdout.strip())
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(helper, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(helper, 9)
    raise AssertionError("the job process outlived the app that started it")
