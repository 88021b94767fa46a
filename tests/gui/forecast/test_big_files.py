"""A million one-minute bars in the forecaster tab: read whole in the background and drawn decimated while the window
answers (zoomed in, exactly), then cut to a period and combined into bars from the Data panel."""

import gc

import numpy as np
import pandas as pd
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from rnnlab.engine.forecast.chart_series import x_values
from rnnlab.gui.heartbeat import Heartbeat
from tests.gui.forecast.test_tab import open_csv

ROWS = 1_000_000
ZOOM_DAYS = (300, 30, 3, 1, 0.5, 10, 700)


def minute_csv(path, rows=ROWS):
    index = pd.date_range("2021-01-01", periods=rows, freq="min")
    close = 100 + np.cumsum(np.random.default_rng(2).normal(0, 0.02, rows))
    pd.DataFrame({"Date": index.strftime("%Y-%m-%d %H:%M"), "Open": close.round(3), "High": (close + 0.01).round(3),
                  "Low": (close - 0.01).round(3), "Close": close.round(3), "Volume": np.arange(rows) % 700}).to_csv(
        path, index=False)
    return path


def zoom(qtbot, tab, days):
    """Show the first ``days`` of the series; the red curve's points once redrawn."""
    view = tab.chart.getViewBox()
    start = tab.chart.series.x[0]
    view.setXRange(start, start + days * 86400, padding=0)
    tab.chart.grab()
    qtbot.wait(20)  # the heartbeat ticks between zooms, as between a person's wheel turns
    return tab.chart.real_curve.getData()


def choose(qtbot, tab, action):
    with qtbot.waitSignal(tab.shown, timeout=60_000):
        action()
    qtbot.waitUntil(lambda: not tab.runner.busy)


def test_a_million_rows_load_draw_and_combine_into_bars_while_the_window_answers(qtbot, tab, tmp_path, warnings):
    path = minute_csv(tmp_path / "minutes.csv")
    messages = []
    tab.runner.progress.connect(lambda events: messages.extend(event.message for event in events))
    gc.collect()
    gc.freeze()  # as the main window does once the engine is in: earlier tests' objects stay out of full passes
    try:
        beat = Heartbeat(10)
        beat.start()
        open_csv(qtbot, tab, path)
        tab.chart.grab()  # the whole series on screen, decimated to the chart's width
        loading = beat.stop()
        beat.start()
        zoomed = [zoom(qtbot, tab, days) for days in ZOOM_DAYS]
        zooming = beat.stop()
    finally:
        gc.unfreeze()
    assert len(tab.chart.series) == ROWS and len(tab.chart.real_curve.xData) <= 4 * tab.chart.width() + 3
    assert any(message.startswith("Reading minutes.csv: 250,000 rows") for message in messages), messages
    assert loading.ticks > 20 and loading.longest < 0.1, f"longest stall while opening {ROWS:,} rows: {loading.line()}"
    assert zooming.longest < 0.1, f"longest stall while zooming: {zooming.line()}"
    exact = zoomed[3]  # a day: 1,440 rows, every one drawn
    frame = tab.session.frame()
    assert 1440 <= len(exact[0]) <= 1443 and np.isin(exact[0], x_values(frame.index)).all()
    np.testing.assert_array_equal(exact[1], frame["Open"].to_numpy()[np.searchsorted(x_values(frame.index),
                                                                                      exact[0])])
    for (_, y), days in zip(zoomed, ZOOM_DAYS, strict=True):
        rows = frame["Open"].loc[frame.index[0]: frame.index[0] + pd.Timedelta(days=days)]
        assert y.max() >= rows.max() and y.min() <= rows.min(), f"the peaks of {days} days are drawn"
    assert warnings == []

    combo = tab.findChild(QComboBox, "barSizeCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["As in the file", "5min", "15min", "30min", "1h",
                                                                 "4h", "1D", "1W"]
    tab.findChild(QLineEdit, "dateFrom").setText("2021-01-02")
    tab.findChild(QLineEdit, "dateTo").setText("2021-01-31")
    combo.setCurrentIndex(combo.findData("1h"))
    choose(qtbot, tab, lambda: combo.activated.emit(combo.currentIndex()))
    assert len(tab.chart.series) == 30 * 24
    label = tab.findChild(QLabel, "dataLabel").text()
    assert "720 bars of 1h of 1,000,000 read" in label and "2021-01-02 00:00 to 2021-01-31 23:00" in label
    assert any(note.startswith("Combined 43,200 rows into 720 bars of 1h") for note in tab.session.notes())
    assert tab.config().bar_size == "1h" and tab.config().date_from == "2021-01-02"

    spin = tab.findChild(QSpinBox, "lastRows")
    spin.setValue(600)
    choose(qtbot, tab, spin.editingFinished.emit)
    assert len(tab.chart.series) == 10 and tab.config().last_rows == 600

    tab.findChild(QLineEdit, "dateFrom").setText("2030-01-01")
    tab.findChild(QLineEdit, "dateFrom").editingFinished.emit()
    assert warnings == ["From (2030-01-01) is after To (2021-01-31)."]
    assert len(tab.chart.series) == 10  # refused before any work: the chart keeps what it showed


def test_a_model_trained_on_weekly_bars_is_reloaded_on_them(qtbot, tab, tmp_path, monkeypatch, warnings):
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.forecast.conftest import train
    from tests.gui.forecast.test_tab import click_and_wait

    combo, start = tab.findChild(QComboBox, "barSizeCombo"), tab.findChild(QLineEdit, "dateFrom")
    assert [combo.itemText(i) for i in range(combo.count())] == ["As in the file", "1W"]  # daily prices
    start.setText("2014-01-01")
    combo.setCurrentIndex(combo.findData("1W"))
    choose(qtbot, tab, lambda: combo.activated.emit(combo.currentIndex()))
    weeks = len(tab.chart.series)
    assert 150 < weeks < 170 and "bars of 1W of 1,278 read" in tab.findChild(QLabel, "dataLabel").text()
    train(qtbot, tab)
    assert len(tab.chart.predicted_curve.xData) == tab.session.split(tab.config()).n_test == 5  # January 2017's weeks
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "weekly.pt"), ""))
    click_and_wait(qtbot, tab, "saveModelButton")

    start.setText("")
    combo.setCurrentIndex(0)
    choose(qtbot, tab, lambda: combo.activated.emit(0))
    assert len(tab.chart.series) == 1278
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(tmp_path / "weekly.pt"), ""))
    click_and_wait(qtbot, tab, "loadModelButton")
    assert (combo.currentData(), start.text()) == ("1W", "2014-01-01"), "the Data box shows the rows the model uses"
    assert len(tab.chart.series) == weeks and len(tab.chart.predicted_curve.xData) == 5
    assert warnings == []
