"""The Stock forecaster tab: load a price CSV, train a stacked RNN in the background, chart real vs predicted
against the naive forecast, report the errors, backtest, export, save and load the model.

Torch and pandas stay off the start-up path: the engine modules that need torch are imported with it in the
background (``engine_modules``), and the bundled sample (with pandas) is read in the background after the
window's first paint.
"""

from __future__ import annotations

import dataclasses
import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.errors import EngineError
from rnnlab.engine.forecast.config import ForecastConfig, default_preset, exercise_preset
from rnnlab.engine.params import validate
from rnnlab.gui.forecast.charts import LossChart, PriceChart
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.widgets.param_form import ParamForm
from rnnlab.gui.widgets.report_export import ReportExport
from rnnlab.gui.widgets.run_controls import RunControls
from rnnlab.gui.lab_tab import LabTab

if TYPE_CHECKING:
    import pandas as pd

    from rnnlab.engine.forecast.loader import LoadedSeries

log = logging.getLogger("rnnlab")

CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".dat"}
CSV_FILTER = "Price tables (*.csv *.txt *.tsv);;All files (*)"
MODEL_FILTER = "RNN Lab models (*.pt);;All files (*)"
BACKTEST_FOLDS = 5
_FORM_EXCLUDE = ("column", "features", "cutoff_date")
_TARGET_TEXT = {
    "change": "Target: the <b>change</b> from the last value (inputs relative to it); predicting no change is the naive forecast.",
    "value": "Target: the next <b>value</b> itself, as in the exercise.",
}


class ForecastTab(LabTab):
    """Tab 2: data in, model and training, results; every long step runs on the tab's JobRunner.

    The bundled sample is loaded by ``finish_loading`` (the main window calls it after its first paint), on a
    second runner so the Train/Cancel row never shows it; ``loaded`` is emitted when that is over.
    """

    engine_modules = ("rnnlab.engine.forecast.backtest", "rnnlab.engine.forecast.forecaster", "rnnlab.engine.forecast.training")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastTab")
        self.runner = JobRunner(self)
        self.sample_loader = JobRunner(self)
        self.train_data: LoadedSeries | None = None
        self.test_data: LoadedSeries | None = None
        self.result = None
        self.backtest_result = None
        self.forecaster = None
        self._unsaved = False
        self._engine_ready = False
        self._job_kind = ""
        self._fold = -1
        self._build()
        self.report_export = ReportExport(self, "exportForecastReportAction", self.run_controls.status_label)
        self._report_inputs = None
        self._connect()
        self._sync_actions()

    # ----- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.params = ParamForm(ForecastConfig, exclude=_FORM_EXCLUDE)
        self.params.setObjectName("forecastParams")
        self.run_controls = RunControls(self.runner)
        self.chart = PriceChart()
        self.loss_chart = LossChart()
        self.metrics_table = self._make_metrics_table()
        self.preview_table = QTableWidget(objectName="previewTable")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setToolTip("The last rows of the loaded data, after the loader's fixes")
        self.verdict_label = QLabel("Train a model to compare it with the naive forecast.", objectName="verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.backtest_label = QLabel("", objectName="backtestLabel")
        self.backtest_label.setWordWrap(True)

        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._side_panel())
        splitter.addWidget(self._results_panel())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 940])
        layout.addWidget(splitter)

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        return button

    def _side_panel(self) -> QWidget:
        data = QGroupBox("Data")
        self.open_button = self._button("Open CSV…", "openCsvButton", "Open a price CSV (Ctrl+O); you can also drop one on the window")
        self.open_test_button = self._button("Test CSV…", "openTestCsvButton",
                                             "Optional separate test file continuing the training file (the exercise's two-file workflow)")
        self.clear_test_button = self._button("No test file", "clearTestCsvButton",
                                              "Forget the test file; the test period is then the end of the training file")
        self.data_label = QLabel("", objectName="dataLabel")
        self.data_label.setWordWrap(True)
        self.symbol_combo = QComboBox(objectName="symbolCombo")
        self.symbol_combo.setToolTip("The file holds several symbols; pick the one to forecast")
        self.column_combo = QComboBox(objectName="columnCombo")
        self.column_combo.setToolTip("The column to forecast (the exercise forecasts Open)")
        self.feature_list = QListWidget(objectName="featureList")
        self.feature_list.setToolTip("Tick extra columns the network also sees as inputs (for example High, Low, Volume)")
        self.feature_list.setMaximumHeight(90)
        self.cutoff_edit = QLineEdit(objectName="cutoffDate")
        self.cutoff_edit.setPlaceholderText("YYYY-MM-DD (empty: test fraction)")
        self.cutoff_edit.setToolTip(dict(_spec_help())["cutoff_date"])
        self.notes_label = QLabel("", objectName="notesLabel")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #7a4a00;")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.open_test_button, self.clear_test_button):
            buttons.addWidget(button)
        form = self.symbol_form = QFormLayout()
        form.addRow("Symbol", self.symbol_combo)
        form.addRow("Forecast", self.column_combo)
        form.addRow("Extra inputs", self.feature_list)
        form.addRow("Test from", self.cutoff_edit)
        box = QVBoxLayout(data)
        box.addLayout(buttons)
        box.addWidget(self.data_label)
        box.addLayout(form)
        box.addWidget(self.notes_label)

        model = QGroupBox("Model and training")
        self.exercise_button = self._button("As in the exercise", "exercisePresetButton",
                                            "Predict the value itself with 4 x RNN(50), dropout 0.2, 100 epochs, no validation slice")
        self.default_button = self._button("Recommended", "defaultPresetButton",
                                           "Predict the change from the last value (the default, which beats the naive forecast)")
        self.target_label = QLabel("", objectName="targetLabel")
        self.target_label.setWordWrap(True)
        presets = QHBoxLayout()
        presets.addWidget(self.exercise_button)
        presets.addWidget(self.default_button)
        model_box = QVBoxLayout(model)
        model_box.addLayout(presets)
        model_box.addWidget(self.target_label)
        model_box.addWidget(self.params)

        panel = QWidget()
        column = QVBoxLayout(panel)
        column.addWidget(data)
        column.addWidget(model)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        return scroll

    def _results_panel(self) -> QWidget:
        self.backtest_button = self._button("Backtest", "backtestButton",
                                            f"Walk-forward backtest: {BACKTEST_FOLDS} consecutive test periods, each with a "
                                            "fresh scaler and model trained on everything before it; reports mean and spread")
        self.export_predictions_button = self._button("Export predictions…", "exportPredictionsButton",
                                                      "Save date,actual,predicted,naive of the test period as CSV")
        self.export_chart_button = self._button("Export chart…", "exportChartButton", "Save the price chart as a PNG image")
        self.save_model_button = self._button("Save model…", "saveModelButton",
                                              "Save the trained model: weights, scaler and configuration in one file (Ctrl+S)")
        self.load_model_button = self._button("Load model…", "loadModelButton",
                                              "Load a saved forecaster and score it on the loaded data")
        actions = QHBoxLayout()
        for button in (self.backtest_button, self.export_predictions_button, self.export_chart_button,
                       self.save_model_button, self.load_model_button):
            actions.addWidget(button)
        actions.addStretch(1)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.loss_chart)
        results = QWidget()
        results_box = QVBoxLayout(results)
        results_box.addWidget(self.metrics_table)
        results_box.addWidget(self.verdict_label)
        results_box.addWidget(self.backtest_label)
        results_box.addStretch(1)
        self.bottom_tabs = QTabWidget(objectName="forecastBottomTabs")
        self.bottom_tabs.addTab(results, "Results")
        self.bottom_tabs.addTab(self.preview_table, "Data preview")
        bottom.addWidget(self.bottom_tabs)
        bottom.setSizes([450, 450])

        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.chart)
        charts.addWidget(bottom)
        charts.setSizes([480, 300])

        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.run_controls)
        box.addLayout(actions)
        box.addWidget(charts, 1)
        return panel

    def _make_metrics_table(self) -> QTableWidget:
        table = QTableWidget(4, 2, objectName="metricsTable")
        table.setHorizontalHeaderLabels(["Model", "Naive"])
        table.setVerticalHeaderLabels(["MAE", "RMSE", "MAPE", "MASE"])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setToolTip("Errors over the test period. MAE and RMSE in price units; MAPE in percent; MASE: MAE over "
                         "the training rows' one-step naive MAE (Hyndman & Koehler)")
        table.setFixedHeight(table.horizontalHeader().height() + 4 * table.rowHeight(0) + 6)
        return table

    def _connect(self) -> None:
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.open_test_button.clicked.connect(self._on_open_test_button_clicked)
        self.clear_test_button.clicked.connect(self._on_clear_test_button_clicked)
        self.symbol_combo.activated.connect(self._on_symbol_combo_activated)
        self.column_combo.currentIndexChanged.connect(self._on_column_combo_changed)
        self.cutoff_edit.editingFinished.connect(self._show_series)
        self.exercise_button.clicked.connect(self._on_exercise_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        self.params.changed.connect(self._on_params_changed)
        self.run_controls.train_button.clicked.connect(self._on_train_button_clicked)
        self.backtest_button.clicked.connect(self._on_backtest_button_clicked)
        self.export_predictions_button.clicked.connect(self._on_export_predictions_clicked)
        self.export_chart_button.clicked.connect(self._on_export_chart_clicked)
        self.save_model_button.clicked.connect(self._on_save_model_clicked)
        self.load_model_button.clicked.connect(self._on_load_model_clicked)
        self.runner.started.connect(self._sync_actions)
        self.runner.idle.connect(self._sync_actions)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.sample_loader.finished.connect(self._on_sample_loaded)
        self.sample_loader.failed.connect(self._on_sample_failed)
        self._on_params_changed()

    # ----- tab contract ----------------------------------------------------------------------------------------
    def on_engine_ready(self) -> None:
        """Torch and ``engine_modules`` have loaded (in the background): training may start."""
        self._engine_ready = True
        self.run_controls.set_engine_ready()
        self._sync_actions()

    def has_unsaved_work(self) -> bool:
        """True after a training run until its model is saved."""
        return self._unsaved

    def configure_for_self_test(self) -> None:
        """The smallest quick run (~1-3 s): a short window, one small layer, two epochs."""
        self.params.set_config(dataclasses.replace(self.params.config(), window=10, layers=1, units=8, epochs=2,
                                                   horizon=5, seed=0))

    def menu_actions(self) -> list[QAction]:
        """File-menu actions: open CSV, open test CSV, save and load a model, export predictions and chart."""
        specs = [("Open price CSV…", "openCsvAction", QKeySequence.StandardKey.Open, self.open_button),
                 ("Open test CSV…", "openTestCsvAction", None, self.open_test_button),
                 ("Save forecaster model…", "saveModelAction", QKeySequence.StandardKey.Save, self.save_model_button),
                 ("Load forecaster model…", "loadModelAction", None, self.load_model_button),
                 ("Export predictions…", "exportPredictionsAction", None, self.export_predictions_button),
                 ("Export forecast chart…", "exportChartAction", None, self.export_chart_button)]
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
        """Open a dropped CSV as the training file; False (after explaining why) when it cannot be used."""
        return self.open_csv(path)

    # ----- data --------------------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """True while the bundled sample is still being read in the background."""
        return self.sample_loader.busy

    def finish_loading(self) -> None:
        """Read the bundled Google series (train + test files, as the exercise) in the background, so the tab is
        never empty; kept off the first paint because pandas and the parse take most of a second."""
        if self.train_data is None and not self.sample_loader.busy:
            self.data_label.setText("Loading the bundled sample (Google daily prices)…")
            self.sample_loader.start(_read_sample)

    def _on_sample_loaded(self, loaded: tuple[LoadedSeries, LoadedSeries]) -> None:
        if self.train_data is None:
            self.train_data, self.test_data = loaded
            self._data_loaded(keep_column=False)
        self.loaded.emit()

    def _on_sample_failed(self, message: str) -> None:
        log.error("The bundled sample could not be loaded: %s", message)
        if self.train_data is None:
            self.data_label.setText("Open a price CSV to begin.")
        self.loaded.emit()

    def open_csv(self, path: str | Path, symbol: str | None = None) -> bool:
        """Load ``path`` as the training file (dropping any test file); on failure explain and keep the old data."""
        loaded = self._load(path, symbol)
        if loaded is None:
            return False
        self.train_data, self.test_data = loaded, None
        self._data_loaded(keep_column=False)
        return True

    def open_test_csv(self, path: str | Path) -> bool:
        """Load ``path`` as the separate test file continuing the training file."""
        loaded = self._load(path, None)
        if loaded is None:
            return False
        self.test_data = loaded
        self._data_loaded(keep_column=True)
        return True

    def _load(self, path: str | Path, symbol: str | None) -> LoadedSeries | None:
        from rnnlab.engine.forecast.loader import load_price_csv

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            loaded = load_price_csv(path, symbol=symbol)
            self.file_opened.emit(Path(path))
            return loaded
        except EngineError as exc:
            self._warn("Cannot open this file", str(exc))
            return None
        finally:
            self.unsetCursor()

    def _data_loaded(self, keep_column: bool) -> None:
        data = self.train_data
        current = self.column_combo.currentText()
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        self.column_combo.addItems(data.columns)
        wanted = current if keep_column and current in data.columns else data.default_column()
        self.column_combo.setCurrentText(wanted)
        self.column_combo.blockSignals(False)
        self.symbol_combo.clear()
        self.symbol_combo.addItems(list(data.symbols))
        if data.symbol:
            self.symbol_combo.setCurrentText(data.symbol)
        self.symbol_combo.setEnabled(len(data.symbols) > 1)
        self.symbol_form.setRowVisible(self.symbol_combo, len(data.symbols) > 1)
        self._fill_features()
        self._clear_results()
        names = Path(data.source).name
        if self.test_data is not None:
            names += f" + test file {Path(self.test_data.source).name} ({len(self.test_data.frame)} rows)"
        self.data_label.setText(f"<b>{names}</b><br>{len(data.frame)} rows · {_span(data.frame.index)}")
        self.data_label.setToolTip(data.source)
        notes = data.notes + ([f"Test file: {n}" for n in self.test_data.notes] if self.test_data else [])
        self.notes_label.setText("\n".join("• " + n for n in notes))
        self._fill_preview()
        self.bottom_tabs.setCurrentWidget(self.preview_table)
        self._show_series()
        self._sync_actions()

    def _fill_features(self) -> None:
        self.feature_list.clear()
        target = self.column_combo.currentText()
        for column in self.train_data.columns:
            if column == target:
                continue
            item = QListWidgetItem(column)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.feature_list.addItem(item)

    def _fill_preview(self) -> None:
        import pandas as pd

        frame = self._combined_frame().tail(8)
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(frame.columns) + 1)
        self.preview_table.setRowCount(len(frame))
        self.preview_table.setHorizontalHeaderLabels(["Date" if isinstance(frame.index, pd.DatetimeIndex) else "Row",
                                                      *map(str, frame.columns)])
        for row, (label, values) in enumerate(frame.iterrows()):
            text = label.strftime("%Y-%m-%d") if isinstance(label, pd.Timestamp) else str(label)
            self.preview_table.setItem(row, 0, QTableWidgetItem(text))
            for col, value in enumerate(values, start=1):
                item = QTableWidgetItem(f"{value:,.6g}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview_table.setItem(row, col, item)
        self.preview_table.resizeColumnsToContents()

    def _combined_frame(self) -> pd.DataFrame:
        import pandas as pd

        frame = self.train_data.frame
        if self.test_data is not None:
            common = [c for c in frame.columns if c in self.test_data.frame.columns]
            later = self.test_data.frame
            if isinstance(frame.index, pd.DatetimeIndex) and isinstance(later.index, pd.DatetimeIndex):
                later = later.loc[later.index > frame.index[-1]]
            frame = pd.concat([frame[common], later[common]])
        return frame

    def _show_series(self) -> None:
        """Draw the chosen column of the loaded data, with the test split and suspicious jumps."""
        if self.train_data is None:
            return
        from rnnlab.engine.forecast.windows import find_jumps

        frame = self._combined_frame()
        column = self.column_combo.currentText()
        if column not in frame.columns:
            return
        values = frame[column].to_numpy(dtype=float)
        test_start = self._test_start(frame)
        jumps = find_jumps(values)
        self.chart.show_series(frame.index, values, column, test_start, frame.index[jumps])
        self._show_jump_note(frame.index[jumps], column)

    def _test_start(self, frame: pd.DataFrame) -> object | None:
        import pandas as pd

        if self.test_data is not None:
            return frame.index[len(self.train_data.frame)] if len(frame) > len(self.train_data.frame) else None
        config = self.params.config()
        cutoff = self.cutoff_edit.text().strip()
        if cutoff and isinstance(frame.index, pd.DatetimeIndex):
            try:
                position = int((frame.index < pd.Timestamp(cutoff)).sum())
            except ValueError:
                return None
        else:
            position = len(frame) - max(1, int(round(len(frame) * config.test_fraction)))
        return frame.index[position] if 0 <= position < len(frame) else None

    def _show_jump_note(self, jumps: pd.Index, column: str) -> None:
        import pandas as pd

        text = self.notes_label.text().split("\n⚠")[0]
        if len(jumps):
            first = jumps[0].strftime("%Y-%m-%d") if isinstance(jumps[0], pd.Timestamp) else f"row {jumps[0]}"
            text += (f"\n⚠ '{column}' jumps by 45% or more in one day at {len(jumps)} place(s) (first {first}): "
                     "an unadjusted stock split? Marked on the chart.")
        self.notes_label.setText(text.strip("\n"))

    # ----- configuration -------------------------------------------------------------------------------------
    def config(self) -> ForecastConfig:
        """The configuration the controls describe, with the chosen columns."""
        features = [self.feature_list.item(i).text() for i in range(self.feature_list.count())
                    if self.feature_list.item(i).checkState() == Qt.CheckState.Checked]
        return self.params.config(column=self.column_combo.currentText(), features=",".join(features),
                                  cutoff_date=self.cutoff_edit.text().strip() if self.test_data is None else "")

    def _on_params_changed(self) -> None:
        config = self.params.config()
        self.target_label.setText(_TARGET_TEXT[config.target])
        if self.train_data is not None:
            self._show_series()

    def _on_exercise_button_clicked(self) -> None:
        self.params.set_config(exercise_preset(self.params.config()))

    def _on_default_button_clicked(self) -> None:
        self.params.set_config(default_preset(self.params.config()))

    def _on_column_combo_changed(self) -> None:
        if self.train_data is None:
            return
        self._fill_features()
        self._clear_results()
        self._show_series()

    def _on_symbol_combo_activated(self) -> None:
        symbol = self.symbol_combo.currentText()
        if self.train_data is not None and symbol and symbol != self.train_data.symbol:
            loaded = self._load(self.train_data.source, symbol)
            if loaded is not None:
                self.train_data, self.test_data = loaded, None
                self._data_loaded(keep_column=True)

    # ----- runs ----------------------------------------------------------------------------------------------------
    def _split(self, config: ForecastConfig):
        from rnnlab.engine.forecast.windows import build_split

        return build_split(self.train_data.frame, self.test_data.frame if self.test_data else None, config)

    def _prepared(self):
        """Validate the configuration and build the split, or explain why not (before any run starts)."""
        if self.train_data is None:
            self._warn("No data", "Open a price CSV first.")
            return None
        try:
            config = validate(self.config())
            return config, self._split(config)
        except EngineError as exc:
            self._warn("Cannot start", str(exc))
            return None

    def _on_train_button_clicked(self) -> None:
        prepared = self._prepared()
        if prepared is None or self.runner.busy:
            return
        from rnnlab.engine.forecast.training import TrainForecaster

        config, split = prepared
        self._report_inputs = (config, split, [self.train_data] + ([self.test_data] if self.test_data else []))
        self._start("train", TrainForecaster(split, config))

    def _on_backtest_button_clicked(self) -> None:
        prepared = self._prepared()
        if prepared is None or self.runner.busy:
            return
        from rnnlab.engine.forecast.backtest import Backtest

        config, split = prepared
        try:
            job = Backtest(split, config, folds=BACKTEST_FOLDS)
        except EngineError as exc:
            self._warn("Cannot start the backtest", str(exc))
            return
        self._start("backtest", job)

    def _start(self, kind: str, job) -> None:
        self._job_kind = kind
        self._fold = -1
        self.loss_chart.clear_losses()
        self.runner.start(job)

    def _on_runner_progress(self, events: list) -> None:
        for item in events:
            if getattr(item, "train_loss", None) is None:
                continue
            if item.fold != self._fold:
                self._fold = item.fold
                self.loss_chart.clear_losses()
            self.loss_chart.add_epoch(item.train_loss, item.val_loss)

    def _on_runner_finished(self, result: object) -> None:
        from rnnlab.engine.forecast.backtest import BacktestResult

        if isinstance(result, BacktestResult):
            self._show_backtest(result)
            return
        self.result = result
        self.forecaster = result.forecaster
        self._unsaved = True
        self._offer_report(result)
        self.loss_chart.mark_best(result.best_epoch)
        self._show_test(result.test, result.projection_index, result.projection)
        self._sync_actions()

    def _offer_report(self, result) -> None:
        from rnnlab.engine.report.forecast_report import forecast_report

        config, split, files = self._report_inputs
        self.report_export.set_run(partial(forecast_report, config, result, split, files),
                                   f"forecast-{config.column}-{Path(files[0].source).stem}-report")

    def _on_runner_failed(self, message: str) -> None:
        self._warn("The run stopped", message)

    def _show_test(self, test, projection_index: pd.Index, projection: np.ndarray) -> None:
        self.chart.show_forecast(test, projection_index, projection)
        metrics = test.metrics
        rows = [("mae", "{:,.4g}"), ("rmse", "{:,.4g}"), ("mape", "{:.3%}"), ("mase", "{:.3g}")]
        for row, (name, fmt) in enumerate(rows):
            for col, part in enumerate((metrics.model, metrics.naive)):
                item = QTableWidgetItem(fmt.format(getattr(part, name)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.metrics_table.setItem(row, col, item)
        self.verdict_label.setText(_verdict(metrics))
        self.bottom_tabs.setCurrentIndex(0)

    def _show_backtest(self, result) -> None:
        self.backtest_result = result
        s = result.summary()
        verdict = "beats" if s["skill_mean"] > 0 else "does not beat"
        self.backtest_label.setText(
            f"<b>Backtest</b>, {s['folds']} walk-forward folds: MAE {s['mae_mean']:,.4g} ± {s['mae_std']:,.3g}, "
            f"naive {s['naive_mae_mean']:,.4g} ± {s['naive_mae_std']:,.3g}; skill {s['skill_mean']:+.3f} ± "
            f"{s['skill_std']:.3f}: on average the model {verdict} the naive forecast.")
        self.bottom_tabs.setCurrentIndex(0)

    def _clear_results(self) -> None:
        self.result = None
        self.report_export.set_run(None)
        for row in range(self.metrics_table.rowCount()):
            for col in range(self.metrics_table.columnCount()):
                self.metrics_table.setItem(row, col, QTableWidgetItem(""))
        self.verdict_label.setText("Train a model to compare it with the naive forecast.")
        self.backtest_label.setText("")

    def _sync_actions(self) -> None:
        busy = self.runner.busy
        has_result = self.result is not None
        has_model = self.forecaster is not None
        states = {self.open_button: not busy, self.open_test_button: not busy and self.train_data is not None,
                  self.clear_test_button: not busy and self.test_data is not None,
                  self.backtest_button: self._engine_ready and not busy and self.train_data is not None,
                  self.export_predictions_button: has_result, self.export_chart_button: True,
                  self.save_model_button: has_model and not busy,
                  self.load_model_button: self._engine_ready and not busy,
                  self.exercise_button: not busy, self.default_button: not busy}
        for widget, enabled in states.items():
            widget.setEnabled(enabled)
        self.params.setEnabled(not busy)
        for action, button in getattr(self, "_actions", []):
            action.setEnabled(button.isEnabled())

    # ----- files -------------------------------------------------------------------------------------------------
    def _on_open_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a price CSV", "", CSV_FILTER)
        if path:
            self.open_csv(path)

    def _on_open_test_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a test CSV", "", CSV_FILTER)
        if path:
            self.open_test_csv(path)

    def _on_clear_test_button_clicked(self) -> None:
        self.test_data = None
        self._data_loaded(keep_column=True)

    def export_predictions(self, path: str | Path) -> bool:
        """Write the last run's test forecasts as CSV (date,actual,predicted,naive)."""
        from rnnlab.engine.forecast.export import write_predictions_csv

        try:
            write_predictions_csv(path, self.result.test)
        except EngineError as exc:
            self._warn("Export failed", str(exc))
            return False
        return True

    def export_chart(self, path: str | Path) -> bool:
        """Save the price chart as PNG (atomically)."""
        image = self.chart.to_image()
        try:
            with atomic_path(path) as tmp:
                if not image.save(str(tmp), "PNG"):
                    raise OSError("the image could not be written")
        except OSError as exc:
            self._warn("Export failed", f"Could not write {path}: {exc}")
            return False
        return True

    def save_model(self, path: str | Path) -> bool:
        """Save the trained model (weights, scaler, configuration) to ``path``."""
        try:
            self.forecaster.save(path)
        except (EngineError, OSError) as exc:
            self._warn("Saving failed", f"Could not save the model to {path}: {exc}")
            return False
        self._unsaved = False
        return True

    def load_model(self, path: str | Path) -> bool:
        """Load a saved forecaster, show its settings, and score it on the loaded data."""
        from rnnlab.engine.forecast.forecaster import load_forecaster
        from rnnlab.engine.forecast.training import evaluate

        try:
            forecaster, _ = load_forecaster(path)
            self.column_combo.setCurrentText(forecaster.config.column)
            self._check_features(forecaster.config.feature_list())
            self.params.set_config(forecaster.config)
            split = self._split(dataclasses.replace(forecaster.config, cutoff_date=self.config().cutoff_date))
            test = evaluate(forecaster, split)
        except EngineError as exc:
            self._warn("Cannot use this model", str(exc))
            return False
        self.forecaster = forecaster
        self.loss_chart.clear_losses()
        projection_index, projection = self._projection(forecaster, split)
        self._show_test(test, projection_index, projection)
        self.result = _LoadedResult(test)
        self.report_export.set_run(None)
        self._unsaved = False
        self._sync_actions()
        return True

    def _projection(self, forecaster, split):
        from rnnlab.engine.forecast.forecaster import future_index

        steps = forecaster.config.horizon
        return future_index(split.index, steps), forecaster.project(split.values, steps) if steps else np.empty(0)

    def _check_features(self, features: list[str]) -> None:
        for i in range(self.feature_list.count()):
            item = self.feature_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in features else Qt.CheckState.Unchecked)

    def _on_export_predictions_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export predictions", "predictions.csv", "CSV files (*.csv)")
        if path:
            self.export_predictions(path)

    def _on_export_chart_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export chart", "forecast.png", "PNG images (*.png)")
        if path:
            self.export_chart(path)

    def _on_save_model_clicked(self) -> None:
        from rnnlab.gui.settings import models_folder

        path, _ = QFileDialog.getSaveFileName(self, "Save model", str(models_folder() / "forecaster.pt"), MODEL_FILTER)
        if path:
            self.save_model(path)

    def _on_load_model_clicked(self) -> None:
        from rnnlab.gui.settings import models_folder

        path, _ = QFileDialog.getOpenFileName(self, "Load model", str(models_folder()), MODEL_FILTER)
        if path:
            self.load_model(path)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


@dataclasses.dataclass
class _LoadedResult:
    """The test forecasts of a loaded model (no training history)."""

    test: object


def _verdict(metrics) -> str:
    model, naive = metrics.model.mae, metrics.naive.mae
    if metrics.beats_naive:
        return (f"<b>The model beats the naive forecast</b> (tomorrow = today): MAE {model:,.4g} against "
                f"{naive:,.4g}, skill {metrics.skill:+.4f}.")
    return (f"<b style='color:#b00000'>The model does not beat the naive forecast</b> (tomorrow = today): MAE "
            f"{model:,.4g} against {naive:,.4g}, skill {metrics.skill:+.4f}. Simply repeating the last value "
            "would have done better.")


def _read_sample(progress, cancel) -> tuple[LoadedSeries, LoadedSeries]:
    """The sample-loading job: pandas is first imported here, in the background."""
    from rnnlab.engine.forecast.loader import load_sample

    return load_sample()


def _span(index: pd.Index) -> str:
    import pandas as pd

    if isinstance(index, pd.DatetimeIndex) and len(index):
        return f"{index[0]:%Y-%m-%d} to {index[-1]:%Y-%m-%d}"
    return "no dates (rows in file order)"


def _spec_help() -> list[tuple[str, str]]:
    from rnnlab.engine.params import param_specs

    return [(spec.name, spec.help) for spec in param_specs(ForecastConfig)]
