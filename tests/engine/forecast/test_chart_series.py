"""The series as the price chart draws it: a peak pyramid that keeps every bin's extremes, and views drawn exactly
when few rows are in them, peak-decimated from the pyramid (with the same bounds) when many are."""

import numpy as np
import pandas as pd

from rnnlab.engine.forecast.chart_series import PeakPyramid, chart_series, visible_points, x_values


def minutes(rows: int, seed: int = 0) -> pd.DataFrame:
    index = pd.date_range("2021-01-01", periods=rows, freq="min", name="date")
    close = 100 + np.cumsum(np.random.default_rng(seed).normal(0, 0.05, rows))
    return pd.DataFrame({"Close": close, "Volume": np.arange(rows) % 3 + 1.0}, index=index)


def test_each_level_of_the_pyramid_holds_its_bins_extremes_skipping_gaps():
    values = np.random.default_rng(1).normal(size=100_003)
    values[5] = np.nan
    peaks = PeakPyramid.of(values)
    assert peaks.sizes[:3] == (16, 64, 256) and len(peaks.lows[-1]) <= 4
    for size, lows, highs in zip(peaks.sizes, peaks.lows, peaks.highs, strict=True):
        bins = [values[start:start + size] for start in range(0, len(values), size)]
        np.testing.assert_array_equal(lows, [np.nanmin(b) for b in bins])
        np.testing.assert_array_equal(highs, [np.nanmax(b) for b in bins])


def test_a_view_of_few_rows_is_every_row_and_of_many_is_their_peaks_within_the_budget():
    frame = minutes(1_000_000)
    series = chart_series(frame)
    x, close = x_values(frame.index), frame["Close"].to_numpy()
    assert series.dates and series.date_format == "%Y-%m-%d %H:%M" and len(series) == 1_000_000
    xs, ys = visible_points(series, "Close", x[1000], x[2000], 4000)
    np.testing.assert_array_equal(xs, x[999:2002])
    np.testing.assert_array_equal(ys, close[999:2002])
    xs, ys = visible_points(series, "Close", -np.inf, np.inf, 4000)
    assert len(xs) <= 4001 and (xs[0], xs[-1]) == (x[0], x[-1]) and (ys.min(), ys.max()) == (close.min(), close.max())
    assert (np.diff(xs) >= 0).all()
    xs, ys = visible_points(series, "Close", x[300_000], x[700_000], 4000)
    assert xs[0] <= x[300_000] and xs[-1] >= x[700_000] - 256 * 60 and len(xs) <= 4000
    assert ys.min() <= close[300_000:700_000].min() and ys.max() >= close[300_000:700_000].max()


def test_jumps_their_warning_and_a_flat_or_empty_column_are_found_in_the_job():
    frame = minutes(5000)
    frame.loc[frame.index[4000]:, "Close"] *= 3  # an unadjusted split
    frame["Flat"] = 7.0
    series = chart_series(frame)
    assert list(series.columns["Close"].jumps) == [4000] and "2021-01-03 18:40" in series.columns["Close"].jump_warning
    assert len(series.columns["Volume"].jumps) > 1000 and "usual for a count" in series.columns["Volume"].jump_warning
    assert series.columns["Flat"].problem == "Flat is 7 in every row: a flat line, and nothing to forecast."
    assert chart_series(frame.iloc[:, :0].assign(Empty=np.nan)).columns["Empty"].problem == \
        "Empty has no numbers to draw."
    rows = chart_series(frame.reset_index(drop=True))
    assert not rows.dates and rows.date_format is None and rows.x[-1] == 4999
