"""The Experiments tab: a lab's run over a grid of settings and seeds, run in parallel into the run store, its runs
live in a table, its results from the store, exported as CSV and as an HTML report; past experiments reopen.

The definition is ``SetupPanel``'s (the same rules as ``rnnlab sweep``); Run starts a ``SweepRequest`` on the tab's
JobRunner: the experiment is checked against its inputs, stored, and its runs go to the local workers' job processes
(or a Dask cluster). The job reads the stored runs back after every finished run, so the views are drawn from the
store without any SQLite read in the GUI thread; only the list of past experiments is read here, when it is shown
(one query: 24 ms for 200 experiments). Torch is never imported here: the runs train in job processes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.errors import InputError
from rnnlab.engine.experiments.local import physical_cores
from rnnlab.engine.experiments.presets import PRESETS
from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.experiments.runs import DONE
from rnnlab.engine.experiments.store import RunStore, StoredRun, default_store_path
from rnnlab.engine.experiments.sweep import SweepResult
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.jobs import FileWritten
from rnnlab.engine.labs import REGISTRY
from rnnlab.engine.translations import translatable
from rnnlab.gui.experiments.curves_plot import CurvesPlot
from rnnlab.gui.experiments.finding import finding_lines
from rnnlab.gui.experiments.metric_chart import MetricChart
from rnnlab.gui.experiments.metric_combo import MetricCombo
from rnnlab.gui.experiments.past_experiments import PastExperiments
from rnnlab.gui.experiments.results_header import ResultsHeader
from rnnlab.gui.experiments.runs_table import NOT_RUN, RunsTable
from rnnlab.gui.experiments.setup_panel import SetupPanel
from rnnlab.gui.experiments.store_jobs import ReadExperiment, WriteRunsCsv, experiment_report
from rnnlab.gui.experiments.summary_table import ResultTables
from rnnlab.gui.experiments.sweep_controls import SweepControls
from rnnlab.gui.experiments.sweep_request import SweepRequest
from rnnlab.gui.experiments.sweep_state import SweepState
from rnnlab.gui.i18n import counted, engine_text, filled, param_text, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab, TabFinder
from rnnlab.gui.widgets.report_export import ReportExport
from rnnlab.gui.widgets.run_controls import format_duration
from rnnlab.gui.widgets.save_dialog import ask_save_path
from rnnlab.gui.widgets.user_text import auto_literal

SELF_TEST_CONFIG = GradflowConfig(length=10, hidden=4, steps=3, batch_size=4, probe_every=1)
SELF_TEST_STORE = "self-test-runs.sqlite3"


class ExperimentsTab(LabTab):
    """The fourth tab. ``store_path``: the run store (None: ``runs.sqlite3`` in the app data folder, which
    ``$RNNLAB_HOME`` moves, as tests do)."""

    engine_modules = ("rnnlab.engine.report.experiment_report",)
    train_button_name = "experimentsRun"

    def __init__(self, store_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentsTab")
        self.store_path = store_path
        self.runner = JobRunner(self)
        self.store_runner = JobRunner(self)
        self.state = SweepState()
        self._engine_ready = False
        self._find_tab: TabFinder = lambda _name: None
        self.setup = SetupPanel()
        self.params = self.setup.form
        self.controls = SweepControls()
        self.runs_table = RunsTable()
        self.metric_combo = MetricCombo()
        self.report_export = ReportExport(self, "exportExperimentReportAction", self.controls.status_label,
                                          "experiment")
        self.header = ResultsHeader(self.metric_combo, self.report_export.action.toolTip())
        self.title_label, self.export_csv_button = self.header.title_label, self.header.export_csv_button
        self.export_csv_action, self.export_report_button = (self.header.export_csv_action,
                                                             self.header.export_report_button)
        self.metric_chart = MetricChart()
        self.result_tables = ResultTables()
        self.curves_plot = CurvesPlot()
        self.past_experiments = PastExperiments()
        self.results_tabs = QTabWidget(objectName="experimentsResultsTabs")
        for page, title in ((self.runs_table, translatable("experiments.tab", "Runs")),
                            (self.metric_chart, translatable("experiments.tab", "Chart")),
                            (self.result_tables, translatable("experiments.tab", "Summary")),
                            (self.curves_plot, translatable("experiments.tab", "Loss curves")),
                            (self.past_experiments, translatable("experiments.tab", "Past experiments"))):
            self.results_tabs.addTab(page, translate("experiments.tab", title))
        self._lay_out()
        self._connect()
        self._show_lab_metric()
        self._sync()

    def _lay_out(self) -> None:
        scroll = QScrollArea(objectName="experimentsSetupScroll")
        scroll.setWidget(self.setup)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(300)
        fitting = self.setup.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        results = QWidget()
        right = QVBoxLayout(results)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.controls)
        right.addWidget(self.header)
        right.addWidget(self.results_tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([fitting, 1280 - fitting])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.setup.changed.connect(self._on_setup_changed)
        self.setup.lab_combo.currentIndexChanged.connect(self._on_setup_lab_changed)
        self.setup.use_tab_requested.connect(self._on_setup_use_tab_requested)
        self.controls.run_button.clicked.connect(self._on_run_button_clicked)
        self.controls.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.controls.cancel_button.clicked.connect(self.runner.cancel)
        self.metric_combo.activated.connect(self._on_metric_combo_activated)
        self.runs_table.itemSelectionChanged.connect(self._show_chosen_runs)
        self.export_csv_button.clicked.connect(self._on_export_csv_clicked)
        self.export_csv_action.triggered.connect(self._on_export_csv_clicked)
        self.export_report_button.clicked.connect(self.report_export.action.trigger)
        for runner in (self.runner, self.store_runner):
            runner.started.connect(self._sync)
            runner.idle.connect(self._sync)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.failed.connect(self._on_runner_failed)
        self.store_runner.failed.connect(self._on_store_runner_failed)
        self.past_experiments.chosen.connect(self.open_experiment_id)
        self.past_experiments.deleted.connect(self._on_past_experiments_deleted)
        self.results_tabs.currentChanged.connect(self._on_results_tabs_current_changed)

    # ----- tab interface ------------------------------------------------------------------------------------------
    def use_tab_finder(self, find_tab: TabFinder) -> None:
        """Keep the window's lookup of tabs, for *Use the … tab's settings*."""
        self._find_tab = find_tab

    def open_experiment_preset(self, name: str) -> bool:
        """Fill in the experiment preset ``name`` (not started: Run starts it); False while a sweep runs."""
        if self.runner.busy or self.store_runner.busy:
            self.controls.say(translate("experiments.tab", "Wait for the sweep to end (or cancel it) before "
                                                           "choosing a preset."))
            return False
        self.setup.choose_preset(name)
        self.controls.say(filled(translate("experiments.tab", "The {name} experiment: {hint}. Run starts it."),
                                 name=name, hint=PRESETS[name].hint))
        return True

    def menu_actions(self) -> list[QAction]:
        """File-menu actions: the runs as CSV, the experiment's HTML report."""
        return [self.export_csv_action, self.report_export.action]

    def on_engine_ready(self) -> None:
        """Runs may start (they train in job processes, which import torch themselves)."""
        self._engine_ready = True
        if not self.runner.busy:
            self.controls.say(translate("experiments.tab", "Ready: Run starts the experiment's runs in the "
                                                           "background."))
        self._sync()

    def has_unsaved_work(self) -> bool:
        """True while a sweep runs: quitting stops its runs in flight (the finished ones are in the store)."""
        return self.runner.busy

    def open_inputs(self) -> dict[str, Path]:
        """The base run's files (exports refuse them)."""
        return self.setup.open_inputs()

    def current_run(self) -> Any:
        """The base run of the experiment on the form (None while its inputs are missing)."""
        try:
            return self.setup.run_inputs.run(self.setup.form)
        except InputError:
            return None

    def configure_for_self_test(self) -> None:
        """A two-run sweep of tiny gradient-flow runs (RNN and LSTM, one seed) into a store of its own in the log
        folder, so the self-test never adds to the person's experiments."""
        from rnnlab.engine.app_files import log_folder

        self.store_path = log_folder() / SELF_TEST_STORE
        self.setup.lab_combo.setCurrentIndex(self.setup.lab_combo.findData("gradflow"))
        self.setup.form.set_config(SELF_TEST_CONFIG)
        self.setup.vary_rows[0].set_values("cell", "rnn,lstm")
        self.setup.vary_rows[1].set_values("", "")
        self.setup.seeds_spin.setValue(1)
        self.setup.workers_spin.setValue(min(2, physical_cores()))
        self.setup.cluster_edit.clear()
        self.setup.name_edit.clear()

    # ----- the definition ---------------------------------------------------------------------------------------
    def _on_setup_changed(self) -> None:
        self._sync()

    def _on_setup_lab_changed(self) -> None:
        self.params = self.setup.form
        if not self.runner.busy and self.state.stored is None:
            self._show_lab_metric()

    def _on_setup_use_tab_requested(self, lab: str) -> None:
        entry = next(entry for entry in REGISTRY if entry.name == lab)
        tab = self._find_tab(entry.tab_name)
        run = tab.current_run() if tab is not None else None
        if run is None:
            self.controls.say(filled(translate("experiments.tab", "The {title} tab has no file or task open to "
                                                                  "copy: open one there first."),
                                     title=param_text(entry.title)))
            return
        self.setup.show_run(lab, run)
        self.controls.say(filled(translate("experiments.tab", "The base run is now the {title} tab's settings and "
                                                              "inputs."), title=param_text(entry.title)))

    # ----- running ------------------------------------------------------------------------------------------------
    def store(self) -> RunStore:
        """The run store the tab writes and reads."""
        return RunStore(self.store_path)

    def _on_run_button_clicked(self) -> None:
        try:
            experiment = self.setup.experiment()
        except InputError as exc:
            self.controls.say(filled(translate("experiments.tab", "Not started: {exc}"),
                                     exc=engine_text(exc.message)))
            return
        self._start(SweepRequest(experiment, self.store_path, False, self.setup.workers_spin.value(),
                                 self.setup.cluster()))

    def _on_resume_button_clicked(self) -> None:
        stored = self.state.stored
        if stored is not None:
            self._start(SweepRequest(stored.experiment, self.store_path, True, self.setup.workers_spin.value(),
                                     self.setup.cluster()))

    def _start(self, request: SweepRequest) -> None:
        if self.runner.busy or self.store_runner.busy:
            return
        self.state.show_stored(None)
        self.runs_table.show_grid(request.experiment)
        self.title_label.setText("")
        self.controls.say(translate("experiments.tab", "Checking the experiment against its inputs…"))
        self.runner.start(request, self._on_sweep_finished)

    def _on_runner_progress(self, events: list) -> None:
        """Take the batch into the sweep's state, then show it: the grid once stored, the runs going, the progress
        and, when runs were read back, the results."""
        opened = self.state.stored is None
        self.state.apply(events)
        state = self.state
        if state.stored is None:
            return
        if opened:
            self.runs_table.show_grid(state.stored.experiment)
            self.title_label.setText(filled(translate("experiments.tab", "Experiment {id}: {name}"), id=state.stored.id,
                                            name=state.stored.name))
        self.runs_table.set_running(state.running)
        self.controls.show_progress(state.finished, state.total, state.seconds, state.workers, state.failed)
        if state.results_changed and state.results is not None:
            self._show_results(state.results)

    def _on_sweep_finished(self, result: SweepResult) -> None:
        self._end_sweep()
        elapsed = format_duration(self.runner_elapsed())
        failed = (filled(translate("experiments.tab", ", {failed} failed"), failed=result.failed)
                  if result.failed else "")
        skipped = (filled(translate("experiments.tab", " ({skipped} done before)"), skipped=result.skipped)
                   if result.skipped else "")
        self.controls.say(filled(translate("experiments.tab", "Done: {plural}{failed}{skipped} in {elapsed}. "
                                                              "{finding}"), plural=counted(result.ran, 'run'),
                                 failed=failed, skipped=skipped, elapsed=elapsed, finding=self._finding()),
                          detail=self._finding(every=True))
        if self.results_tabs.currentWidget() is self.runs_table:
            self.results_tabs.setCurrentWidget(self.metric_chart)
        if result.ran and result.failed == result.ran and self.state.results is not None:
            first = self.state.results.failures()[0]
            QMessageBox.warning(self, translate("experiments.tab", "Experiment"),
                                auto_literal(filled(translate("experiments.tab",
                                                              "Every run failed, e.g. {key}: {error}"), key=first.key,
                                                    error=first.error)))

    def runner_elapsed(self) -> float:
        """Seconds since the sweep started."""
        return time.monotonic() - self.runner.started_at

    def _on_runner_cancelled(self) -> None:
        finished, left = self.state.finished, self.state.total - self.state.finished
        self._end_sweep()
        self.controls.say(filled(translate("experiments.tab", "Cancelled: the {plural} stay in the store; the runs "
                                                              "in flight were stopped. Resume runs the other {left}."),
                                 plural=counted(finished, 'finished run'),
                                 left=left))

    def _on_runner_failed(self, message: str) -> None:
        self._end_sweep()
        self.controls.say(translate("experiments.tab", "Not run: ") + message.splitlines()[0], detail=message)
        QMessageBox.warning(self, translate("experiments.tab", "Experiment"), auto_literal(message))

    def _end_sweep(self) -> None:
        """Nothing runs any more: the runs that did not finish say so."""
        self.state.stop()
        self.runs_table.mark_unfinished(NOT_RUN)
        self._on_store_changed()

    def _on_store_changed(self) -> None:
        """An experiment was added to the store or its runs changed: the list of past experiments is read again."""
        self._refresh_past_experiments()
        self._sync()

    def _refresh_past_experiments(self) -> None:
        """List the store's experiments (a store not made yet is not made here: the list's hint stays)."""
        if (self.store_path or default_store_path()).exists():
            self.past_experiments.refresh(self.store())

    def _on_results_tabs_current_changed(self, _index: int) -> None:
        if self.results_tabs.currentWidget() is self.past_experiments:
            self._refresh_past_experiments()

    def _on_past_experiments_deleted(self, experiment_id: int) -> None:
        """The experiment on show was deleted from the store: nothing of it stays on screen."""
        if self.state.stored is not None and self.state.stored.id == experiment_id:
            self.state.show_stored(None)
            self.runs_table.setRowCount(0)
            self.title_label.setText("")
            for view in (self.metric_chart, self.result_tables, self.curves_plot):
                view.clear()
            self._sync()

    # ----- past experiments ---------------------------------------------------------------------------------------
    def open_experiment_id(self, experiment_id: int) -> bool:
        """Show the stored experiment ``experiment_id``: its definition in the form, its runs in the table and the
        results views (read in the background); False while a sweep runs."""
        if self.runner.busy or self.store_runner.busy:
            self.controls.say(translate("experiments.tab", "Wait for the sweep to end (or cancel it) before opening "
                                                           "another experiment."))
            return False
        self.store_runner.start(ReadExperiment(self.store_path, experiment_id), self._show_past_experiment)
        return True

    def _show_past_experiment(self, results: ExperimentResults) -> None:
        stored = results.stored
        self.setup.show_experiment(stored.experiment)
        self.setup.name_edit.clear()
        self.state.show_stored(results)
        self.runs_table.show_grid(stored.experiment, NOT_RUN)
        self.title_label.setText(filled(translate("experiments.tab", "Experiment {id}: {name}"), id=stored.id,
                                        name=stored.name))
        self._show_results(results)
        missing = results.total - results.count(DONE)
        self.controls.say(filled(translate("experiments.tab", "{name}: {count} of {plural} done"), name=stored.name,
                                 count=results.count(DONE), plural=counted(results.total, 'run'))
                          + (filled(translate("experiments.tab", "; Resume runs the other {missing}. "),
                                    missing=missing) if missing else ". ") + self._finding(),
                          detail=self._finding(every=True))

    def _on_store_runner_failed(self, message: str) -> None:
        self.controls.say(translate("experiments.tab", "Stopped: ") + message.splitlines()[0], detail=message)
        QMessageBox.warning(self, translate("experiments.tab", "Experiments"), auto_literal(message))

    # ----- results ------------------------------------------------------------------------------------------------
    def _show_results(self, results: ExperimentResults) -> None:
        """Show the experiment's stored runs in every results view: after each finished run, at the end, and for a
        past experiment."""
        self.metric_combo.show_results(results)
        metric = self.chosen_metric()
        self.runs_table.show_runs(results.runs)
        self.runs_table.set_metric(metric)
        self.metric_chart.show_results(results, metric)
        self.result_tables.show_results(results, metric)
        stem = f"experiment-{results.stored.id}-{results.stored.lab}"
        self.report_export.set_run(lambda: experiment_report(results, metric), stem)
        self._show_chosen_runs()

    def chosen_metric(self) -> str | None:
        """The metric chosen in the combo (None before any is known)."""
        return self.metric_combo.chosen()

    def _show_lab_metric(self) -> None:
        self.metric_combo.show_headline(self.setup.lab().headline_metric)

    def _on_metric_combo_activated(self, _index: int) -> None:
        if self.state.results is not None:
            self._show_results(self.state.results)

    def chosen_runs(self) -> list[StoredRun]:
        """The runs whose loss curves are compared: the finished runs selected in the table, else every done run."""
        selected = self.runs_table.selected_runs()
        results = self.state.results
        if selected or results is None:
            return selected
        return [run for run in results.runs if run.status == DONE]

    def _show_chosen_runs(self) -> None:
        """The selection changed or runs finished: the chosen runs' loss curves."""
        self.curves_plot.show_runs(self.chosen_runs())

    def _finding(self, every: bool = False) -> str:
        """The lesson (``finding_lines``): its first line only unless ``every``."""
        results, metric = self.state.results, self.chosen_metric()
        lines = finding_lines(results, metric) if results is not None and metric is not None else []
        return "\n".join(lines if every else lines[:1])

    # ----- export -------------------------------------------------------------------------------------------------
    def _on_export_csv_clicked(self) -> None:
        results = self.state.results
        if results is None or self.store_runner.busy:
            return
        suggested = str(Path.home() / f"experiment-{results.stored.id}-runs.csv")
        path = ask_save_path(self, translate("experiments.tab", "Export runs CSV"), suggested,
                             translate("experiments.tab", "CSV files (*.csv)"), ".csv")
        if path:
            self.store_runner.start(WriteRunsCsv(results, Path(path)), self._show_written)

    def _show_written(self, written: FileWritten) -> None:
        self.controls.say(filled(translate("experiments.tab", "Saved the {what} to {path}."), what=written.what,
                                 path=written.path))

    def _sync(self) -> None:
        busy = self.runner.busy or self.store_runner.busy
        self.setup.set_editable(not self.runner.busy)
        self.past_experiments.lock_deletion(self.runner.busy)
        has_runs = self.state.results is not None and bool(self.state.results.runs)
        self.controls.sync(self._engine_ready, busy, self.setup.valid, self.state.resumable)
        for widget in (self.export_csv_button, self.export_csv_action):
            widget.setEnabled(has_runs and not self.store_runner.busy)
        self.export_report_button.setEnabled(has_runs)

