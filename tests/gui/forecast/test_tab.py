"""The Stock forecaster tab driven offscreen: load (the sample, messy and bad CSVs), train, chart and metrics,
export, save and reload, presets, cancel, responsiveness, drops, the File menu and recent files."""

import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableWidget

from rnnlab.gui.forecast.tab import ForecastTab


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def tab(qtbot, no_leaked_jobs, warnings, tmp_path, monkeypatch):
    monkeypatch.setenv("RNNLAB_HOME", str(tmp_path / "home"))
    from rnnlab.gui.main_window import load_engine

    load_engine([("forecastTab", ForecastTab.engine_modules)])  # what the main window's engine load does in the background

    widget = ForecastTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=60_000):
        widget.finish_loading()
    widget.on_engine_ready()
    widget.configure_for_self_test()
    return widget


def train(qtbot, tab, timeout=120_000):
    with qtbot.waitSignal(tab.runner.finished, timeout=timeout):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy)


def messy_csv(path: Path, rows: int = 90) -> Path:
    dates = pd.bdate_range("2021-01-04", periods=rows)
    price = 1000 + np.cumsum(np.random.default_rng(0).normal(0, 5, rows))
    lines = ["Datum;Schlußkurs;Umsatz"]
    for i, (d, p) in enumerate(zip(dates[::-1], price[::-1])):
        value = "n/a" if i == 7 else f"{p:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        lines.append(f"{d:%d.%m.%Y};{value};{1000 + i}")
    lines.insert(4, lines[3])
    path.write_bytes("\n".join(lines).encode("latin-1"))
    return path


def test_a_file_opened_while_the_sample_loads_is_kept(qtbot, no_leaked_jobs, warnings, tmp_path):
    widget = ForecastTab()
    qtbot.addWidget(widget)
    assert widget.train_data is None and "Open" not in widget.data_label.text()
    with qtbot.waitSignal(widget.loaded, timeout=60_000):
        widget.finish_loading()
        assert widget.loading
        assert widget.open_csv(messy_csv(tmp_path / "mine.csv"))
    assert not widget.loading
    assert "mine.csv" in widget.data_label.text() and widget.test_data is None
    assert warnings == []


def test_sample_is_loaded_on_start(tab):
    assert "Google_Stock_Price_Train.csv" in tab.data_label.text()
    assert tab.column_combo.currentText() == "Open"
    x, y = tab.chart.real_curve.getData()
    assert len(x) == 1278
    assert tab.findChild(QTableWidget, "previewTable").rowCount() == 8
    assert "change" in tab.target_label.text()
    assert not tab.has_unsaved_work()


def test_train_chart_metrics_export_save_and_reload(qtbot, tab, tmp_path, monkeypatch, warnings):
    train(qtbot, tab)
    x, predicted = tab.chart.predicted_curve.getData()
    assert len(predicted) == 20
    assert len(tab.chart.naive_curve.getData()[0]) == 20
    assert len(tab.chart.projection_curve.getData()[0]) == 6
    assert len(tab.loss_chart.train_losses) == 2
    table = tab.findChild(QTableWidget, "metricsTable")
    mae = float(table.item(0, 0).text().replace(",", ""))
    assert table.item(0, 1).text() == "5.944"
    assert "naive forecast" in tab.verdict_label.text()
    assert tab.has_unsaved_work()

    csv_path, png_path, model_path = tmp_path / "p.csv", tmp_path / "c.png", tmp_path / "m.pt"
    for button, path in (("exportPredictionsButton", csv_path), ("exportChartButton", png_path),
                         ("saveModelButton", model_path)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path: (str(p), ""))
        tab.findChild(QPushButton, button).click()
    frame = pd.read_csv(csv_path)
    assert (frame.actual - frame.predicted).abs().mean() == pytest.approx(mae, rel=1e-3)
    assert png_path.read_bytes()[:4] == b"\x89PNG"
    assert not tab.has_unsaved_work()
    assert warnings == []

    tab._clear_results()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(model_path), ""))
    tab.findChild(QPushButton, "loadModelButton").click()
    assert float(table.item(0, 0).text().replace(",", "")) == pytest.approx(mae, rel=1e-3)
    assert warnings == []


def test_presets_switch_the_target_and_say_so(tab):
    tab.findChild(QPushButton, "exercisePresetButton").click()
    config = tab.config()
    assert (config.target, config.layers, config.units, config.dropout, config.epochs) == ("value", 4, 50, 0.2, 100)
    assert "value" in tab.target_label.text() and "exercise" in tab.target_label.text()
    tab.findChild(QPushButton, "defaultPresetButton").click()
    assert tab.config().target == "change" and "change" in tab.target_label.text()


def test_messy_csv_loads_with_notes_and_trains(qtbot, tab, tmp_path):
    assert tab.open_csv(messy_csv(tmp_path / "kurse.csv"))
    notes = tab.notes_label.text()
    assert "Latin-1" in notes and "semicolons" in notes and "newest first" in notes
    assert "date seen before" in notes and "Filled 1 missing" in notes
    assert tab.column_combo.currentText() == "Schlußkurs"
    assert "Umsatz" in [tab.feature_list.item(i).text() for i in range(tab.feature_list.count())]
    train(qtbot, tab)
    assert len(tab.chart.predicted_curve.getData()[1]) == 18


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"Date,Open\n", "no data rows"),
    (bytes(range(256)) * 10, "binary"),
    ("Date,Open\n2020-01-01,1\n".encode("utf-16"), "usable row"),
    (b"Date,Name\n2020-01-01,a\n2020-01-02,b\n2020-01-03,c\n", "no column of numbers"),
])
def test_bad_files_get_a_dialog_and_the_data_stays(tab, tmp_path, warnings, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert not tab.open_csv(path)
    assert len(warnings) == 1 and message in warnings[0]
    assert "Google_Stock_Price_Train.csv" in tab.data_label.text()


def test_impossible_settings_refused_before_a_run(qtbot, tab, tmp_path, warnings):
    tab.open_csv(messy_csv(tmp_path / "short.csv", rows=40))
    tab.params.controls["window"].setValue(60)
    tab.findChild(QPushButton, "trainButton").click()
    assert not tab.runner.busy
    assert "Too few rows" in warnings[-1]


def test_a_failing_run_shows_a_dialog_and_the_tab_keeps_working(qtbot, tab, monkeypatch, warnings):
    from rnnlab.engine.forecast import model

    original = model.StackedForecaster.forward
    monkeypatch.setattr(model.StackedForecaster, "forward", lambda self, x: original(self, x) * float("nan"))
    with qtbot.waitSignal(tab.runner.failed, timeout=60_000):
        tab.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: not tab.runner.busy)
    assert "lower learning rate" in warnings[-1]
    monkeypatch.setattr(model.StackedForecaster, "forward", original)
    train(qtbot, tab)


def test_gui_stays_responsive_during_a_run(qtbot, tab):
    tab.params.controls["epochs"].setValue(6)
    tab.params.controls["units"].setValue(24)
    tab.params.controls["window"].setValue(30)
    ticks, span = [], {}
    tab.runner.started.connect(lambda: span.setdefault("start", time.perf_counter()))
    tab.runner.finished.connect(lambda _: span.setdefault("end", time.perf_counter()))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    train(qtbot, tab)
    timer.stop()
    during = np.array([t for t in ticks if span["start"] <= t <= span["end"]])
    gaps = np.diff(during)
    assert len(gaps) > 20
    # The aim is < 100 ms; on this shared 2-core machine repainting the two plots after an epoch takes
    # 60-120 ms under load, so the bound here catches real freezes (a first import in the worker froze it ~0.8 s).
    assert np.median(gaps) < 0.05
    assert gaps.max() < 0.25, f"longest event-loop stall during the run: {gaps.max() * 1000:.0f} ms"


def test_drop_and_file_menu_in_the_main_window(qtbot, no_leaked_jobs, tmp_path, monkeypatch, warnings):
    monkeypatch.setenv("RNNLAB_HOME", str(tmp_path / "home"))
    from rnnlab.gui.app import create_window

    window = create_window()
    qtbot.addWidget(window)
    tab = window.find_tab("forecastTab")
    names = {action.objectName() for action in window.file_menu.actions()}
    assert {"openCsvAction", "saveModelAction", "loadModelAction", "exportPredictionsAction"} <= names
    path = messy_csv(tmp_path / "dropped.csv")
    assert tab.accepts_dropped_file(path) and not tab.accepts_dropped_file(tmp_path / "model.pt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.current_tab() is tab
    assert "dropped.csv" in tab.data_label.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(messy_csv(tmp_path / "menu.csv")), ""))
    next(a for a in window.file_menu.actions() if a.objectName() == "openCsvAction").trigger()
    assert "menu.csv" in tab.data_label.text()
    assert warnings == []
    from rnnlab.gui import settings as app_settings

    assert [p.name for p in app_settings.recent_files()] == ["menu.csv", "dropped.csv"]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01junk")
    assert not window.open_file(bad)
    assert len(warnings) == 1
    assert [p.name for p in app_settings.recent_files()] == ["menu.csv", "dropped.csv"], "a refused file is not recent"
