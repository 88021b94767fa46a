"""The Stock forecaster tab: load a price CSV, train a stacked RNN in the background, chart real vs predicted
against the naive forecast, report the errors, backtest, export, save and load the model.

The tab shows a Qt-free ``ForecastSession`` and wires controls to it; every slow step (reading a file, training,
backtesting, scoring a saved model, saving, exporting) is a session job run on the tab's ``JobRunner``, so the
window keeps answering; training and backtests run in a job process (``engine.job_process``), off the window's
interpreter lock. Torch stays off the start-up path (``engine_modules`` load with it in the background), and
the bundled sample is read in the background after the window's first paint.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.errors import EngineError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.lab import ForecastRun
from rnnlab.engine.forecast.session import ChosenSeries, ForecastSession, OpenedFile, OpenedSample, ScoredModel
from rnnlab.engine.forecast.verdict import seeds_verdict
from rnnlab.engine.job_process import InJobProcess
from rnnlab.engine.jobs import FileWritten, Job
from rnnlab.engine.params import validate
from rnnlab.engine.report.session_reports import session_report
from rnnlab.gui.experiments.repeat_seeds import RepeatSeeds
from rnnlab.gui.forecast.charts import PriceChart
from rnnlab.gui.forecast.data_panel import DataPanel
from rnnlab.gui.forecast.file_dialogs import (
    ask_chart_path,
    ask_model_save_path,
    ask_model_to_load,
    ask_predictions_path,
    ask_price_csv,
)
from rnnlab.gui.forecast.model_panel import ModelPanel
from rnnlab.gui.forecast.result_buttons import ResultButtons
from rnnlab.gui.forecast.results_panel import ResultsPanel
from rnnlab.gui.i18n import engine_text, filled, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab, TabFinder, TabShower
from rnnlab.gui.widgets.report_export import ReportExport
from rnnlab.gui.widgets.run_controls import RunControls, format_duration
from rnnlab.gui.widgets.side_scroll import vertical_scroll
from rnnlab.gui.widgets.user_text import auto_literal

if TYPE_CHECKING:
    from rnnlab.engine.forecast.backtest import BacktestResult
    from rnnlab.engine.forecast.training import ForecastResult

log = logging.getLogger("rnnlab")

CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".dat"}
BACKTEST_FOLDS = 5


class ForecastTab(LabTab):
    """Data in, model and training, results. ``shown`` fires after the view has caught up with the session (new
    data, a forecast, a backtest or a saved file)."""

    shown = Signal()
    engine_modules = ("rnnlab.engine.forecast.backtest", "rnnlab.engine.forecast.forecaster",
                      "rnnlab.engine.forecast.training")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastTab")
        self.session = ForecastSession()
        self.runner = JobRunner(self)
        self.sample_loader = JobRunner(self)
        self._engine_ready = False
        self._keep_column = False
        self._actions: list[tuple[QAction, QWidget]] = []
        self._build()
        self.report_export = ReportExport(self, "exportForecastReportAction", self.run_controls.status_label,
                                          "forecast")
        self._connect()
        self._sync_actions()

    # ----- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.data_panel = DataPanel()
        self.model_panel = ModelPanel()
        self.params = self.model_panel.params
        self.run_controls = RunControls(self.runner)
        self.chart = PriceChart()
        self.repeat = RepeatSeeds("skill", lambda seeds: self.session.seeds_experiment(
            validate(self.config()), seeds), seeds_verdict)
        self.results = ResultsPanel(self.repeat)
        self.loss_chart = self.results.loss_chart
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._side_panel())
        splitter.addWidget(self._results_side())
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([340, 940])
        QHBoxLayout(self).addWidget(splitter)

    def _side_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.addWidget(self.data_panel)
        column.addWidget(self.model_panel)
        column.addStretch(1)
        return vertical_scroll(panel, "forecastSideScroll")

    def _results_side(self) -> QWidget:
        buttons = ResultButtons(BACKTEST_FOLDS)
        self.backtest_button, self.export_predictions_button = buttons.backtest, buttons.export_predictions
        self.export_chart_button, self.save_model_button = buttons.export_chart, buttons.save_model
        self.load_model_button = buttons.load_model
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.chart)
        charts.addWidget(self.results)
        charts.setSizes([480, 300])
        charts.setChildrenCollapsible(False)
        self.chart.setMinimumHeight(160)
        self.results.setMinimumHeight(150)
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.run_controls)
        box.addWidget(buttons)
        box.addWidget(charts, 1)
        return panel

    def _connect(self) -> None:
        panel = self.data_panel
        panel.open_button.clicked.connect(lambda: self._ask_to_open(self.open_csv, test=False))
        panel.open_test_button.clicked.connect(lambda: self._ask_to_open(self.open_test_csv, test=True))
        panel.clear_test_button.clicked.connect(self._on_clear_test_button_clicked)
        panel.symbol_chosen.connect(self._on_data_panel_symbol_chosen)
        panel.column_changed.connect(self._on_data_panel_column_changed)
        panel.test_from_edited.connect(self._show_series)
        panel.rows_chosen.connect(lambda: self._start_checked(self.session.choose_job, self._show_chosen_rows))
        self.params.changed.connect(self._show_series)
        self.run_controls.train_button.clicked.connect(self._on_train_button_clicked)
        self.backtest_button.clicked.connect(self._on_backtest_button_clicked)
        self.export_predictions_button.clicked.connect(self._on_export_predictions_clicked)
        self.export_chart_button.clicked.connect(self._on_export_chart_clicked)
        self.save_model_button.clicked.connect(self._on_save_model_clicked)
        self.load_model_button.clicked.connect(self._on_load_model_clicked)
        self.runner.started.connect(self._sync_actions)
        self.runner.idle.connect(self._sync_actions)
        self.runner.progress.connect(self.loss_chart.take_progress)
        self.runner.failed.connect(self._on_runner_failed)
        self.sample_loader.finished.connect(self._on_sample_loader_finished)
        self.sample_loader.failed.connect(self._on_sample_loader_failed)

    # ----- tab interface ----------------------------------------------------------------------------------------
    def on_engine_ready(self) -> None:
        """Torch and ``engine_modules`` have loaded (in the background): training may start."""
        self._engine_ready = True
        self.run_controls.set_engine_ready()
        self._sync_actions()

    def has_unsaved_work(self) -> bool:
        """True after a training run until its model is saved, and while *Repeat with 5 seeds* runs."""
        return self.session.unsaved or self.repeat.busy

    def use_tab_finder(self, find_tab: TabFinder) -> None:
        """*Repeat with 5 seeds* shows its experiment on the Experiments tab."""
        self.repeat.find_tab = find_tab

    def use_tab_shower(self, show_tab: TabShower) -> None:
        self.repeat.show_tab = show_tab

    def configure_for_self_test(self) -> None:
        """The smallest quick run: a short window, one small layer, two epochs."""
        self.params.set_config(dataclasses.replace(self.params.config(), window=10, layers=1, units=8, epochs=2,
                                                   horizon=5, seed=0))

    def menu_actions(self) -> list[QAction]:
        """File-menu actions: open CSV, open test CSV, save and load a model, export predictions and chart."""
        key, data = QKeySequence.StandardKey, self.data_panel
        specs = [(translate("forecast.tab", "Open price CSV…"), "openCsvAction", key.Open, data.open_button),
                 (translate("forecast.tab", "Open test CSV…"), "openTestCsvAction", None, data.open_test_button),
                 (translate("forecast.tab", "Save forecaster model…"), "saveModelAction", key.Save,
                  self.save_model_button),
                 (translate("forecast.tab", "Load forecaster model…"), "loadModelAction", None, self.load_model_button),
                 (translate("forecast.tab", "Export predictions…"), "exportPredictionsAction", None,
                  self.export_predictions_button),
                 (translate("forecast.tab", "Export forecast chart…"), "exportChartAction", None,
                  self.export_chart_button)]
        self._actions = []
        for text, name, shortcut, button in specs:
            action = QAction(text, self, objectName=name)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)
            self._actions.append((action, button))
        self._sync_actions()
        return [action for action, _ in self._actions] + [self.report_export.action]

    def accepts_dropped_file(self, path: Path) -> bool:
        """CSV-like files go to this tab."""
        return Path(path).suffix.lower() in CSV_SUFFIXES

    def open_dropped_file(self, path: Path) -> bool:
        """Start reading a dropped CSV as the training file; False (after saying why) when it cannot be read."""
        return self.open_csv(path)

    @property
    def loading(self) -> bool:
        """True while the bundled sample is still being read in the background."""
        return self.sample_loader.busy

    def finish_loading(self) -> None:
        """Read the bundled Google series (train + test files, as the exercise) in the background, so the tab is
        never empty; kept off the first paint because pandas and the parse take most of a second."""
        if not self.session.has_data and not self.sample_loader.busy:
            self.data_panel.data_label.setText(translate("forecast.tab", "Loading the bundled sample (Google daily "
                                                                         "prices)…"))
            self.sample_loader.start(ForecastSession.sample_job)

    # ----- data ----------------------------------------------------------------------------------------------------
    def open_csv(self, path: str | Path, symbol: str | None = None) -> bool:
        """Start reading ``path`` as the training file (the data arrives with ``shown``); False, after a dialog
        saying why, when a run is going or the file is plainly not a CSV."""
        return self._open(path, "train", symbol, keep_column=symbol is not None)

    def open_test_csv(self, path: str | Path) -> bool:
        """Start reading ``path`` as the separate test file continuing the training file."""
        return self._open(path, "test", None, keep_column=True)

    def _open(self, path: str | Path, role: str, symbol: str | None, keep_column: bool) -> bool:
        from rnnlab.engine.forecast.csv_text import detect_encoding, read_head

        if self.runner.busy:
            self._warn(translate("forecast.tab", "Busy"), translate("forecast.tab",
                                                                    "Wait for the run to end (or cancel it) before "
                                                                    "opening a file."))
            return False
        try:
            detect_encoding(Path(path), read_head(Path(path)))
        except EngineError as exc:
            self._warn(translate("forecast.tab", "Cannot open this file"), engine_text(exc.message))
            return False
        self._keep_column = keep_column
        self._start(self.session.open_job(path, role, symbol, chart=True), self._show_opened_file)
        return True

    def _show_opened_file(self, opened: OpenedFile) -> None:
        self.session.accept_file(opened)
        self.file_opened.emit(Path(opened.series.source))
        self._show_data(keep_column=self._keep_column)

    def _on_sample_loader_finished(self, sample: OpenedSample) -> None:
        if not self.session.has_data:
            self.session.accept_sample(sample)
            self._show_data(keep_column=False)
        self.loaded.emit()

    def _on_sample_loader_failed(self, message: str) -> None:
        log.error("The bundled sample could not be loaded: %s", message)
        if not self.session.has_data:
            self.data_panel.data_label.setText(translate("forecast.tab", "Open a price CSV to begin."))
        self.loaded.emit()

    def _show_data(self, keep_column: bool) -> None:
        self.data_panel.show_data(self.session, keep_column)
        self.results.clear()
        self.results.show_preview(self.session.frame(), self.session.inputs().train.has_dates)
        self._show_series()
        self._sync_actions()

    def _show_series(self) -> None:
        """Draw the chosen column of the loaded data, with the start of the test period and suspicious jumps."""
        if not self.session.has_data:
            return
        column = self.data_panel.choices()["column"]
        series = self.session.chart_series()
        if column not in series.columns:
            return
        self.chart.show_series(series, column, self.session.test_start(self.config()))
        self.data_panel.show_notes(self.session.notes(), series.columns[column].jump_warning)

    def _on_data_panel_column_changed(self) -> None:
        if self.session.has_data:
            self.session.clear_results()
            self.results.clear()
            self._show_series()
            self._sync_actions()

    def _show_chosen_rows(self, chosen: ChosenSeries) -> None:
        """The rows cut to the chosen period and combined into the chosen bars (in the background) are drawn."""
        self.session.accept_chosen(chosen)
        self.data_panel.show_rows(self.session)
        self.results.clear()
        self.results.show_preview(self.session.frame(), self.session.inputs().train.has_dates)
        self._show_series()

    def _on_data_panel_symbol_chosen(self, symbol: str) -> None:
        data = self.session.train_data
        if data is not None and symbol and symbol != data.symbol:
            self.open_csv(data.source, symbol)

    def _on_clear_test_button_clicked(self) -> None:
        self.session.clear_test_data()
        self._show_data(keep_column=True)

    # ----- configuration -------------------------------------------------------------------------------------
    def config(self) -> ForecastConfig:
        """The configuration the controls describe, with the chosen columns and test start."""
        return self.params.config(**self.data_panel.choices())

    def current_run(self) -> ForecastRun | None:
        """The run Train would start: the settings on the open files; None before a file is open."""
        return self.session.run(self.config()) if self.session.has_data else None

    # ----- runs ----------------------------------------------------------------------------------------------------
    def _on_train_button_clicked(self) -> None:
        self._start_checked(lambda config: InJobProcess(self.session.train_job(config)), self._show_forecast)

    def _on_backtest_button_clicked(self) -> None:
        self._start_checked(lambda config: InJobProcess(self.session.backtest_job(config, BACKTEST_FOLDS)),
                            self._show_backtest)

    def _start_checked(self, make_job: Callable[[ForecastConfig], Job], on_finished: Callable[[Any], None]) -> None:
        """Validate the settings and build the job, or explain why not, before any thread starts."""
        if self.runner.busy:
            return
        try:
            job = make_job(validate(self.config()))
        except EngineError as exc:
            self._warn(translate("forecast.tab", "Cannot start"), engine_text(exc.message))
            return
        self._start(job, on_finished)

    def _start(self, job: Job, on_finished: Callable[[Any], None]) -> None:
        """Run ``job``; ``on_finished`` takes its result into the session and shows it, then the tab catches up."""
        def show(result: object) -> None:
            on_finished(result)
            self._sync_actions()
            self.shown.emit()

        if self.runner.start(job, show):
            self.loss_chart.start_run()

    def _show_forecast(self, forecast: ForecastResult) -> None:
        self.session.accept_forecast(forecast)
        self.loss_chart.mark_best(forecast.best_epoch, forecast.untrained_val_loss)
        self.run_controls.status_label.setText(filled(translate("forecast.tab", "Trained in {format_duration} on "
                                                                                "{device}."),
                                                      format_duration=format_duration(forecast.train_seconds),
                                                      device=forecast.device))
        self._show_test_forecast(forecast, filled(translate("forecast.tab",
                                                            "trained here on {device}, best epoch {best_epoch} of "
                                                            "{epochs_run}"), device=forecast.device,
                                                  best_epoch=forecast.best_epoch, epochs_run=forecast.epochs_run),
                                 nothing_learned=forecast.best_epoch == 0)

    def _show_scored_model(self, scored: ScoredModel) -> None:
        self.data_panel.show_model_columns(scored.forecaster.config)
        self.params.set_config(scored.forecaster.config)
        self.session.accept_scored(scored)
        self.data_panel.show_rows(self.session)
        self._show_series()
        self._show_test_forecast(scored, filled(translate("forecast.tab", "loaded from {source}"),
                                                source=scored.source))

    def _show_test_forecast(self, forecast: ForecastResult | ScoredModel, origin: str,
                            nothing_learned: bool = False) -> None:
        self.chart.show_forecast(forecast.test, forecast.projection_index, forecast.projection,
                                 forecast.projection_band)
        self.results.show_forecast(forecast.test, origin, forecast.notes, nothing_learned)

    def _show_backtest(self, backtest: BacktestResult) -> None:
        self.session.accept_backtest(backtest)
        self.chart.show_series_only()
        self.results.show_backtest(backtest, model_kept=self.session.forecaster is not None)

    def _show_model_saved(self, written: FileWritten) -> None:
        self.session.accept_model_saved(written)
        self._show_file_written(written)

    def _show_file_written(self, written: FileWritten) -> None:
        self.run_controls.status_label.setText(filled(translate("forecast.tab", "Saved {name}."),
                                                      name=written.path.name))

    def _on_runner_failed(self, message: str) -> None:
        self._warn(translate("forecast.tab", "The job stopped"), message)

    def _sync_actions(self) -> None:
        busy, session = self.runner.busy, self.session
        self.data_panel.set_busy(busy, session.has_data, session.test_data is not None)
        states = {self.backtest_button: self._engine_ready and not busy and session.has_data,
                  self.export_predictions_button: session.forecast is not None and not busy,
                  self.export_chart_button: not busy,
                  self.save_model_button: session.forecaster is not None and not busy,
                  self.load_model_button: self._engine_ready and not busy and session.has_data}
        for widget, enabled in states.items():
            widget.setEnabled(enabled)
        self.model_panel.set_busy(busy)
        self.repeat.set_state(self._engine_ready,
                              "" if session.has_data else translate("forecast.tab", "Open a price CSV first."))
        for action, button in self._actions:
            action.setEnabled(button.isEnabled())
        self.report_export.set_run(*session_report(self.session))

    # ----- files ---------------------------------------------------------------------------------------------------
    def _ask_to_open(self, open_file: Callable[[str], bool], test: bool) -> None:
        path = ask_price_csv(self, test)
        if path:
            open_file(path)

    def _on_export_predictions_clicked(self) -> None:
        if path := ask_predictions_path(self):
            self._start(self.session.export_predictions_job(path), self._show_file_written)

    def _on_export_chart_clicked(self) -> None:
        if path := ask_chart_path(self):
            self._start(self.chart.png_job(Path(path)), self._show_file_written)

    def _on_save_model_clicked(self) -> None:
        if path := ask_model_save_path(self):
            self._start(self.session.save_model_job(path), self._show_model_saved)

    def _on_load_model_clicked(self) -> None:
        if path := ask_model_to_load(self, self.session.unsaved):
            self._start_checked(lambda config: self.session.load_model_job(path, config.test_from),
                                self._show_scored_model)

    def open_inputs(self) -> dict[str, Path]:
        """The training and test CSVs the tab has open (exports and saves refuse them)."""
        files = {"training CSV": self.session.train_data, "test CSV": self.session.test_data}
        return {what: Path(data.source) for what, data in files.items() if data is not None}

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, auto_literal(text))

