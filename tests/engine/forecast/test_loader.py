"""The price CSV loader: the messy files it fixes (with a note) and the files it refuses (with a reason)."""


import numpy as np
import pandas as pd
import pytest

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.loader import load_price_csv
from rnnlab.engine.resources import resource_path


def write(tmp_path, text, name="prices.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_google_files_load_as_in_the_exercise():
    train = load_price_csv(resource_path("stock", "Google_Stock_Price_Train.csv"))
    assert len(train.frame) == 1258 and train.notes == []
    assert train.columns == ["Open", "High", "Low", "Close", "Volume"]
    assert train.default_column() == "Open"
    assert train.frame.index[0] == pd.Timestamp("2012-01-03")
    assert train.frame["Volume"].iloc[0] == 7_380_500
    assert train.frame.loc["2013-10-18", "Close"] == pytest.approx(1008.64)


def test_semicolon_and_decimal_comma(tmp_path):
    path = write(tmp_path, "Datum;Schluss\n02.01.2020;1.234,50\n03.01.2020;1.240,25\n06.01.2020;1.250,00\n")
    loaded = load_price_csv(path)
    assert loaded.frame["Schluss"].tolist() == [1234.5, 1240.25, 1250.0]
    assert loaded.frame.index[0] == pd.Timestamp("2020-01-02")
    assert any("semicolons" in n for n in loaded.notes)


def test_tab_and_pipe_delimiters(tmp_path):
    for sep in ("\t", "|"):
        path = write(tmp_path, f"date{sep}close\n2020-01-01{sep}1\n2020-01-02{sep}2\n2020-01-03{sep}3\n")
        assert load_price_csv(path).frame["close"].tolist() == [1.0, 2.0, 3.0]


def test_thousands_separators_and_currency(tmp_path):
    path = write(tmp_path, 'Date,Price,Volume\n2020-01-01,"$1,008.64","7,380,500"\n2020-01-02,"$1,010.00","1,000"\n'
                           '2020-01-03,"$999.5","2,000"\n')
    frame = load_price_csv(path).frame
    assert frame["Price"].tolist() == [1008.64, 1010.0, 999.5]
    assert frame["Volume"].tolist() == [7380500, 1000, 2000]


@pytest.mark.parametrize("dates", [
    ["2020-01-02", "2020-01-03", "2020-01-06"],
    ["1/2/2020", "1/3/2020", "1/6/2020"],
    ["02/01/2020", "03/01/2020", "13/01/2020"],
    ["02.01.2020", "03.01.2020", "06.01.2020"],
    ["02-Jan-2020", "03-Jan-2020", "06-Jan-2020"],
    ["Jan 02, 2020", "Jan 03, 2020", "Jan 06, 2020"],
    ["20200102", "20200103", "20200106"],
    ["2020-01-02T09:30:00Z", "2020-01-03T09:30:00Z", "2020-01-06T09:30:00Z"],
    ["43832", "43833", "43836"],
])
def test_common_date_formats(tmp_path, dates):
    text = "Date,Close\n" + "".join(f'"{d}",{i + 1}\n' for i, d in enumerate(dates))
    frame = load_price_csv(write(tmp_path, text)).frame
    assert frame.index[0].date() == pd.Timestamp("2020-01-02").date()
    assert frame.index[1].date() == pd.Timestamp("2020-01-03").date()


def test_sorted_ascending_and_duplicates_dropped(tmp_path):
    path = write(tmp_path, "Date,Close\n2020-01-06,3\n2020-01-03,2\n2020-01-03,9\n2020-01-02,1\n")
    loaded = load_price_csv(path)
    assert loaded.frame["Close"].tolist() == [1.0, 2.0, 3.0]
    assert loaded.frame.index.is_monotonic_increasing
    assert any("newest first" in n or "sorted" in n for n in loaded.notes)
    assert any("Dropped 1 row(s) with a date seen before" in n for n in loaded.notes)


def test_missing_values_and_junk_forward_filled_and_counted(tmp_path):
    path = write(tmp_path, "Date,Close\n2020-01-01,1\n2020-01-02,\n2020-01-03,n/a\n2020-01-06,#REF!\n2020-01-07,5\n")
    loaded = load_price_csv(path)
    assert loaded.frame["Close"].tolist() == [1.0, 1.0, 1.0, 1.0, 5.0]
    assert any("1 cell(s) that are not numbers" in n and "#REF!" in n for n in loaded.notes)
    assert any("Filled 3 missing value(s)" in n for n in loaded.notes)


def test_bom_utf16_and_latin1(tmp_path):
    text = "Date,Clôture\n2020-01-01,1\n2020-01-02,2\n2020-01-03,3\n"
    for encoding, name in (("utf-8-sig", "bom.csv"), ("utf-16", "u16.csv"), ("latin-1", "l1.csv")):
        loaded = load_price_csv(write(tmp_path, text, name, encoding))
        assert loaded.columns == ["Clôture"], encoding
        assert loaded.frame["Clôture"].tolist() == [1.0, 2.0, 3.0]
        assert loaded.notes, encoding


def test_long_format_with_symbols(tmp_path):
    rows = "".join(f"{s},2020-01-0{d},{p + d}\n" for s, p in (("AAA", 10), ("BBB", 100)) for d in range(1, 6))
    path = write(tmp_path, "symbol,date,price\n" + rows)
    first = load_price_csv(path)
    assert first.symbols == ("AAA", "BBB") and first.symbol == "AAA"
    assert first.frame["price"].tolist() == [11.0, 12.0, 13.0, 14.0, 15.0]
    assert any("2 symbols" in n for n in first.notes)
    assert load_price_csv(path, symbol="BBB").frame["price"].iloc[0] == 101.0
    with pytest.raises(InputError, match="'CCC' is not in the file"):
        load_price_csv(path, symbol="CCC")


def test_excel_serial_dates_and_empty_trailing_column(tmp_path):
    path = write(tmp_path, "Date,Open,\n43832,1,\n43833,2,\n43836,3,\n")
    loaded = load_price_csv(path)
    assert loaded.frame.index[0] == pd.Timestamp("2020-01-02")
    assert loaded.columns == ["Open"]


def test_no_date_column_uses_file_order(tmp_path):
    loaded = load_price_csv(write(tmp_path, "close\n1\n2\n3\n4\n"))
    assert not loaded.has_dates
    assert loaded.frame["close"].tolist() == [1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\r\n\r\n", "is empty"),
    (b"Date,Open,Close\n", "header but no data rows"),
    (bytes(range(256)) * 40, "binary data"),
    (b"PK\x03\x04" + bytes(200), "Excel workbook"),
    (b"Date,Name\n2020-01-01,a\n2020-01-02,b\n2020-01-03,c\n", "no column of numbers"),
    (b"Date,Price\n2020-01-01,\n2020-01-02,\n2020-01-03,\n", "no column of numbers"),
    (b"Date,Price\nfoo,1\nbar,2\nbaz,3\n", "dates in column 'Date' could not be read"),
    (b"Date,Price\n2020-01-01,1\n", "only 1 usable row"),
    (b"<html><body>Not a table at all</body></html>\n", "no delimiter|no column of numbers"),
])
def test_refused_files(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_price_csv(path)


def test_all_nan_column_dropped_with_a_note(tmp_path):
    loaded = load_price_csv(write(tmp_path, "Date,Open,Close\n2020-01-01,1,\n2020-01-02,2,\n2020-01-03,3,\n"))
    assert loaded.columns == ["Open"]
    assert any("'Close': it has no values" in n for n in loaded.notes)


def test_missing_path_directory_and_unreadable(tmp_path):
    with pytest.raises(InputError, match="File not found"):
        load_price_csv(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="is not a file"):
        load_price_csv(tmp_path)
    locked = write(tmp_path, "Date,Close\n2020-01-01,1\n")
    locked.chmod(0)
    try:
        try:
            open(locked).close()
        except PermissionError:
            with pytest.raises(InputError, match="cannot be read"):
                load_price_csv(locked)
    finally:
        locked.chmod(0o644)


def test_a_file_read_in_chunks_is_read_as_in_one(tmp_path):
    # The first chunk decides the date format (day first), the symbol column and the columns of numbers (thousands
    # separators, decimal commas); every later chunk follows it, and what they fix is counted in notes of their own.
    rows = ["Ticker;Datum;Zeit;Kurs;Umsatz"]
    for i, day in enumerate(pd.bdate_range("2021-01-04", periods=40)):
        for ticker in ("AAA", "BBB"):
            price = "n/a" if i == 30 else f"1.{100 + i * 10 + (ticker == 'BBB')},5"
            volume = "oops" if i == 25 and ticker == "AAA" else str(100 + i)
            rows.append(f"{ticker};{day:%d.%m.%Y};09:30;{price};{volume}")
    path = write(tmp_path, "\n".join(rows) + "\n")
    whole = load_price_csv(path, symbol="BBB")
    chunked = load_price_csv(path, symbol="BBB", chunk_rows=7)
    pd.testing.assert_frame_equal(chunked.frame, whole.frame)
    assert chunked.symbols == whole.symbols == ("AAA", "BBB") and chunked.symbol == "BBB"
    assert len(whole.frame) == 40 and whole.frame.index[1] == pd.Timestamp("2021-01-05 09:30")
    assert whole.frame["Kurs"].iloc[1] == 1111.5
    aaa = load_price_csv(path, chunk_rows=7)
    assert any("1 more cell(s) that are not numbers" in note for note in aaa.notes), aaa.notes
    with pytest.raises(InputError, match="'CCC' is not in the file"):
        load_price_csv(path, symbol="CCC", chunk_rows=7)


def test_a_big_file_reports_its_progress_and_can_be_cancelled(tmp_path):
    from rnnlab.engine.errors import JobCancelled
    from rnnlab.engine.jobs import CancelToken

    dates = pd.date_range("2020-01-01", periods=5000, freq="min")
    pd.DataFrame({"Date": dates.strftime("%Y-%m-%d %H:%M"), "Close": np.arange(5000) % 97 + 1.0}).to_csv(
        tmp_path / "minutes.csv", index=False)
    shares = []
    loaded = load_price_csv(tmp_path / "minutes.csv", progress=lambda event: shares.append(event.fraction),
                            chunk_rows=1000)
    assert len(loaded.frame) == 5000 and len(shares) == 5 and shares == sorted(shares) and shares[-1] == 1.0
    cancel = CancelToken()

    def cancel_after_first(event):
        cancel.cancel()

    with pytest.raises(JobCancelled):
        load_price_csv(tmp_path / "minutes.csv", progress=cancel_after_first, cancel=cancel, chunk_rows=1000)
