"""The Experiments tab driven offscreen: a sweep fills its table from the store, a bad value is refused before any
run, Cancel keeps the finished runs, a lab tab's settings become the base run, a past experiment reopens, the CSV
export is the engine's, and the window keeps answering while two workers train."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from rnnlab.engine.experiments.experiment import Experiment, parse_axis
from rnnlab.engine.experiments.export import write_runs_csv
from rnnlab.engine.experiments.local import LocalExecutor
from rnnlab.engine.experiments.results import ExperimentResults, numeric_metrics
from rnnlab.engine.experiments.store import RunStore
from rnnlab.engine.experiments.summary import number
from rnnlab.engine.experiments.sweep import SweepJob, open_experiment
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GRADFLOW, GradflowRun
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.gui.experiments.value_range import spaced_values
from rnnlab.gui.heartbeat import Heartbeat
from rnnlab.gui.widgets.param_form import ParamForm

TINY_GRADFLOW = GradflowConfig(steps=3, length=10, hidden=4, batch_size=4, probe_every=1)
LOOSE_STALL_S = 0.3
"""The bound other stall tests use on a machine shared with other jobs (the goal, 100 ms, is reported)."""


def child(tab, kind, name):
    widget = tab.findChild(kind, name)
    assert widget is not None, name
    return widget


def define(tab, lab: str, config, vary: str, seeds: int, workers: int) -> None:
    """Fill the definition through its widgets, as a person does."""
    combo = child(tab, type(tab.setup.lab_combo), "experimentsLabCombo")
    combo.setCurrentIndex(combo.findData(lab))
    child(tab, ParamForm, f"experiments{lab.capitalize()}Params").set_config(config)
    setting, values = vary.split("=")
    setting_combo = child(tab, type(tab.setup.lab_combo), "experimentsVary1Setting")
    setting_combo.setCurrentIndex(setting_combo.findData(setting))
    child(tab, QLineEdit, "experimentsVary1Values").setText(values)
    child(tab, QSpinBox, "experimentsSeeds").setValue(seeds)
    child(tab, QSpinBox, "experimentsWorkers").setValue(workers)


def run_to_the_end(qtbot, tab, timeout=180_000):
    with qtbot.waitSignal(tab.runner.finished, timeout=timeout):
        child(tab, QPushButton, "experimentsRun").click()
    qtbot.waitUntil(lambda: not tab.runner.busy)


@pytest.fixture(scope="module")
def swept_store(tmp_path_factory) -> tuple[Path, int]:
    """A store holding one finished gradient-flow experiment (cell rnn, lstm x 2 seeds), run by the engine itself."""
    path = tmp_path_factory.mktemp("swept") / "runs.sqlite3"
    base = GradflowRun(TINY_GRADFLOW)
    experiment = Experiment("gradflow", base, (parse_axis(GRADFLOW, base, "cell=rnn,lstm"),), 2, "tiny cells")
    store = RunStore(path)
    stored, _ = open_experiment(store, experiment, resume=False)
    SweepJob(store, stored, LocalExecutor(2))(ignore_progress, CancelToken())
    return path, stored.id


def test_a_sweep_fills_every_row_with_the_store_s_metrics(qtbot, make_tab, warnings):
    tab = make_tab()
    define(tab, "gradflow", TINY_GRADFLOW, "cell=rnn,lstm", seeds=2, workers=2)
    assert child(tab, QLabel, "experimentsCount").text().startswith("cell (2) x 2 seeds = 4 runs")
    run_to_the_end(qtbot, tab)
    store = RunStore(tab.store_path)
    [listing] = store.experiments()
    runs = store.runs(listing.stored.id)
    assert len(runs) == 4 and all(run.status == "done" for run in runs)
    table = tab.runs_table
    assert table.objectName() == "experimentsRunsTable" and table.rowCount() == 4
    assert tab.chosen_metric() == "tail_loss"
    for run in runs:
        assert table.cell_text(run.key, "status") == "done"
        assert table.cell_text(run.key, "tail_loss") == number(numeric_metrics(run.metrics)["tail_loss"])
        assert table.cell_text(run.key, "seconds") == f"{run.seconds:.1f}"
    status = child(tab, QLabel, "experimentsStatus").text()
    assert status.startswith("Done: 4 runs") and "cell: lstm - rnn: tail_loss" in status and "n = 2 seeds" in status
    assert tab.controls.progress_bar.value() == 4 and not warnings
    assert not child(tab, QPushButton, "experimentsResume").isEnabled()


def test_a_bad_vary_value_is_refused_before_any_run(qtbot, make_tab):
    tab = make_tab()
    define(tab, "gradflow", TINY_GRADFLOW, "cell=rnn,lstn", seeds=2, workers=2)
    error = child(tab, QLabel, "experimentsVary1Error")
    assert not error.isHidden() and "lstn" in error.text() and not error.text().startswith("--vary")
    assert not child(tab, QPushButton, "experimentsRun").isEnabled()
    assert child(tab, QLabel, "experimentsCount").text() == ""
    child(tab, QLineEdit, "experimentsVary1Values").setText("rnn,lstm")
    assert error.isHidden() and child(tab, QPushButton, "experimentsRun").isEnabled()
    steps = child(tab, type(tab.setup.lab_combo), "experimentsVary2Setting")
    steps.setCurrentIndex(steps.findData("steps"))
    child(tab, QLineEdit, "experimentsVary2Values").setText("10,0")
    assert "at least 1" in child(tab, QLabel, "experimentsVary2Error").text()
    child(tab, QPushButton, "experimentsRun").click()
    assert not tab.runner.busy and not tab.store_path.exists(), "nothing was stored, nothing ran"


def test_cancel_stops_the_runs_in_flight_and_keeps_the_finished_ones(qtbot, make_tab):
    tab = make_tab()
    define(tab, "gradflow", TINY_GRADFLOW, "cell=rnn,lstm", seeds=2, workers=2)
    vary_steps = child(tab, type(tab.setup.lab_combo), "experimentsVary2Setting")
    vary_steps.setCurrentIndex(vary_steps.findData("steps"))
    child(tab, QLineEdit, "experimentsVary2Values").setText("3,100000")
    with qtbot.waitSignal(tab.runner.started):
        child(tab, QPushButton, "experimentsRun").click()
    qtbot.waitUntil(lambda: tab.state.finished >= 2, timeout=120_000)
    tab.results_tabs.setCurrentWidget(tab.past_experiments)
    assert tab.past_experiments.current_id() is not None, "the running experiment is listed and chosen"
    assert not child(tab, QPushButton, "pastExperimentsDelete").isEnabled(), "no deleting what the sweep writes"
    with qtbot.waitSignal(tab.runner.cancelled, timeout=30_000):
        child(tab, QPushButton, "experimentsCancel").click()
    store = RunStore(tab.store_path)
    [listing] = store.experiments()
    kept = store.runs(listing.stored.id)
    assert 2 <= len(kept) < 8 and all(run.status == "done" for run in kept)
    for key in tab.runs_table.keys():
        expected = "done" if key in {run.key for run in kept} else "not run"
        assert tab.runs_table.status(key) == expected
    status = child(tab, QLabel, "experimentsStatus").text()
    assert status.startswith("Cancelled") and "stay in the store" in status
    assert child(tab, QPushButton, "experimentsResume").isEnabled()


def test_use_tab_settings_copies_the_forecaster_tab_s_file_and_form(qtbot, make_tab, shared_data):
    from rnnlab.gui.forecast.tab import ForecastTab
    from rnnlab.gui.main_window import MainWindow

    forecast, tab = ForecastTab(), make_tab()
    window = MainWindow([("Stock forecaster", forecast), ("Experiments", tab)])
    qtbot.addWidget(window)
    train_csv = shared_data / "google_stock" / "Google_Stock_Price_Train.csv"
    with qtbot.waitSignal(forecast.shown, timeout=60_000):
        assert forecast.open_csv(train_csv)
    qtbot.waitUntil(lambda: not forecast.runner.busy)
    forecast.params.set_config(ForecastConfig(window=12, units=7, layers=1, epochs=3, cell="gru"))
    combo = child(tab, type(tab.setup.lab_combo), "experimentsLabCombo")
    combo.setCurrentIndex(combo.findData("forecast"))
    button = child(tab, QPushButton, "experimentsUseTabSettings")
    assert button.text() == "Use the Stock forecaster tab's settings"
    button.click()
    config = child(tab, ParamForm, "experimentsForecastParams").config()
    assert (config.window, config.units, config.layers, config.epochs, config.cell) == (12, 7, 1, 3, "gru")
    assert child(tab, QLabel, "experimentsTrainCsvLabel").text() == train_csv.name
    assert tab.current_run() == forecast.current_run()
    assert "none" in child(tab, QLabel, "experimentsTestCsvLabel").text()


def test_a_past_experiment_reopens_with_its_definition_and_runs(qtbot, make_tab, swept_store):
    path, experiment_id = swept_store
    tab = make_tab(path)
    define(tab, "forecast", ForecastConfig(), "cell=gru", seeds=5, workers=1)
    with qtbot.waitSignal(tab.store_runner.finished, timeout=30_000):
        assert tab.open_experiment_id(experiment_id)
    assert tab.setup.lab_name() == "gradflow"
    assert child(tab, ParamForm, "experimentsGradflowParams").config() == TINY_GRADFLOW
    assert child(tab, QLineEdit, "experimentsVary1Values").text() == "rnn,lstm"
    assert child(tab, QSpinBox, "experimentsSeeds").value() == 2
    runs = RunStore(path).runs(experiment_id)
    assert sorted(tab.runs_table.keys()) == sorted(run.key for run in runs)
    for run in runs:
        assert tab.runs_table.cell_text(run.key, "tail_loss") == number(run.metrics["tail_loss"])
    assert "tiny cells" in child(tab, QLabel, "experimentsTitle").text()
    assert "4 of 4 runs done" in child(tab, QLabel, "experimentsStatus").text()


def test_the_runs_csv_export_is_write_runs_csv_s_and_the_report_is_written(qtbot, make_tab, swept_store, tmp_path,
                                                                            monkeypatch):
    path, experiment_id = swept_store
    tab = make_tab(path)
    with qtbot.waitSignal(tab.store_runner.finished, timeout=30_000):
        tab.open_experiment_id(experiment_id)
    exported = tmp_path / "exported.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(exported), ""))
    with qtbot.waitSignal(tab.store_runner.finished, timeout=30_000):
        child(tab, QPushButton, "experimentsExportCsv").click()
    store = RunStore(path)
    stored = store.experiment(str(experiment_id))
    expected = tmp_path / "expected.csv"
    write_runs_csv(expected, ExperimentResults(stored, store.runs(experiment_id)))
    assert exported.read_bytes() == expected.read_bytes()
    assert str(exported) in child(tab, QLabel, "experimentsStatus").text()

    report = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(report), ""))
    with qtbot.waitSignal(tab.report_export.runner.finished, timeout=60_000):
        child(tab, QPushButton, "experimentsExportReport").click()
    assert "n = 2 seeds" in report.read_text(encoding="utf-8")


def test_the_range_helper_fills_evenly_spaced_values():
    assert spaced_values(0.001, 0.1, 3, log=True, whole=False) == ["0.001", "0.01", "0.1"]
    assert spaced_values(10, 50, 5, log=False, whole=True) == ["10", "20", "30", "40", "50"]
    assert spaced_values(1, 3, 5, log=False, whole=True) == ["1", "2", "3"], "values rounded together are listed once"


def test_the_window_keeps_answering_while_two_workers_train(qtbot, make_tab):
    """Ten tiny forecaster runs on the bundled Google sample, two at a time: the longest event-loop gap."""
    tab = make_tab()
    define(tab, "forecast", ForecastConfig(window=10, layers=1, units=4, epochs=2), "cell=rnn,lstm", seeds=5,
           workers=2)
    beat = Heartbeat(10)
    beat.start()
    run_to_the_end(qtbot, tab)
    report = beat.stop()
    print(f"\nlongest stall while two workers train: {report.line()}")
    assert all(tab.runs_table.status(key) == "done" for key in tab.runs_table.keys())
    assert report.longest <= LOOSE_STALL_S, report.line()


def test_the_tab_s_default_experiment_is_the_documented_command(make_tab):
    """docs/experiments.md's table of the tab's default is generated from this command: the same experiment."""
    from rnnlab.cli import build_parser
    from rnnlab.cli.sweep import experiment_of_args
    from scripts.readme_figures import TAB_DEFAULT_SWEEP

    args = build_parser().parse_args(list(TAB_DEFAULT_SWEEP))
    args.argv = list(TAB_DEFAULT_SWEEP)
    documented = experiment_of_args(args)
    shown = make_tab().setup.experiment()
    assert shown.fingerprint() == documented.fingerprint()
    assert shown.seeds == documented.seeds == 3
