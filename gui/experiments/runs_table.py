"""The live table of an experiment's runs: one row per run of the grid (its varied settings and seed), its status
(waiting, running, done, failed: the error as the row's tooltip), its seconds and the chosen metric."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from rnnlab.engine.experiments.experiment import Experiment, run_key
from rnnlab.engine.experiments.results import numeric_metrics
from rnnlab.engine.experiments.runs import DONE, FAILED
from rnnlab.engine.experiments.store import StoredRun
from rnnlab.engine.experiments.summary import number
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import filled, translate
from rnnlab.gui.widgets.user_text import auto_literal

WAITING = translatable("experiments.runs_table", "waiting")
RUNNING = translatable("experiments.runs_table", "running")
NOT_RUN = translatable("experiments.runs_table", "not run")
FAILED_COLOUR = QColor("#c62828")


class RunsTable(QTableWidget):
    """The runs of one experiment, in the grid's order (each configuration's seeds together)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentsRunsTable")
        self.setToolTip(translate("experiments.runs_table", "Every run of the experiment: its settings, seed, "
                                                            "status, seconds and the chosen metric (select runs to "
                                                            "compare their loss curves; a failed run's error is its "
                                                            "tooltip)"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self._rows: dict[str, int] = {}
        self._runs: dict[str, StoredRun] = {}
        self._metric: str | None = None
        self._first_status = 0

    def show_grid(self, experiment: Experiment, status: str = WAITING) -> None:
        """One row per run of ``experiment``, each ``status`` (waiting, or not run for a stored experiment)."""
        axes = experiment.axes
        self._first_status = len(axes) + 1
        self._rows, self._runs = {}, {}
        self.clearContents()
        self.setColumnCount(len(axes) + 4)
        self.setRowCount(len(experiment.points()) * experiment.seeds)
        self._set_headers(axes_names=[axis.name for axis in axes])
        row = 0
        for point in experiment.points():
            for seed in range(experiment.seeds):
                key = run_key(point, seed)
                self._rows[key] = row
                cells = [axis.text_of(point[axis.name]) for axis in axes] + [str(seed), status, "", ""]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column >= self._first_status + 1 or column == self._first_status - 1:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.setItem(row, column, item)
                row += 1
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _set_headers(self, axes_names: list[str]) -> None:
        self.setHorizontalHeaderLabels([*axes_names, translate("experiments.runs_table", "seed"),
                                        translate("experiments.runs_table", "status"),
                                        translate("experiments.runs_table", "seconds"), self._metric or "metric"])

    def show_runs(self, runs: Sequence[StoredRun]) -> None:
        """Show the stored runs' outcomes (the others keep their status)."""
        for run in runs:
            row = self._rows.get(run.key)
            if row is None:
                continue
            self._runs[run.key] = run
            self._status_item(row).setText(run.status)
            self._item(row, self._first_status + 1).setText(f"{run.seconds:.1f}")
            self._show_metric(row, run)
            tooltip = auto_literal(run.error) if run.status == FAILED and run.error else ""
            brush = QBrush(FAILED_COLOUR) if run.status == FAILED else QBrush()
            for column in range(self.columnCount()):
                self._item(row, column).setToolTip(tooltip)
            self._status_item(row).setForeground(brush)

    def set_running(self, keys: Sequence[str]) -> None:
        """Mark the runs of ``keys`` running and every other run not finished waiting."""
        running = set(keys)
        for key, row in self._rows.items():
            if key not in self._runs:
                self._status_item(row).setText(translate("experiments.runs_table",
                                                         RUNNING if key in running else WAITING))

    def mark_unfinished(self, status: str) -> None:
        """Give every run that has not finished ``status`` (not run, after a sweep ended)."""
        for key, row in self._rows.items():
            if key not in self._runs:
                self._status_item(row).setText(status)

    def set_metric(self, metric: str | None) -> None:
        """Show ``metric`` in the last column."""
        self._metric = metric
        header = self.horizontalHeaderItem(self.columnCount() - 1)
        if header is not None:
            header.setText(metric or "metric")
        for key, run in self._runs.items():
            self._show_metric(self._rows[key], run)

    def _show_metric(self, row: int, run: StoredRun) -> None:
        value = numeric_metrics(run.metrics).get(self._metric or "") if run.status == DONE else None
        item = self._item(row, self.columnCount() - 1)
        step = (run.metrics or {}).get("diverged_at_step") if run.status == DONE else None
        item.setText(number(value) if value is not None else (filled(translate("experiments.runs_table",
                                                                               "none (diverged at step {step})"),
                                                                     step=step) if step else ""))
        item.setToolTip("" if value is not None or run.status != DONE
                        else filled(translate("experiments.runs_table", "This run gave no {metric}: it is left out "
                                                                        "of the mean and the tests."),
                                    metric=self._metric))

    def _status_item(self, row: int) -> QTableWidgetItem:
        return self._item(row, self._first_status)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None, "show_grid fills every cell"
        return item

    def status(self, key: str) -> str:
        """The status shown for the run of ``key``."""
        return self._status_item(self._rows[key]).text()

    def keys(self) -> list[str]:
        """The runs' keys in the table's order."""
        return list(self._rows)

    def selected_runs(self) -> list[StoredRun]:
        """The finished runs among the selected rows, in the table's order."""
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        return [run for key, run in self._runs.items() if self._rows[key] in rows]

    def cell_text(self, key: str, column: str) -> str:
        """The text of the run's ``column`` (a header label: ``seed``, ``status``, ``seconds`` or the metric)."""
        headers = [self.model().headerData(k, Qt.Orientation.Horizontal) for k in range(self.columnCount())]
        return self._item(self._rows[key], headers.index(column)).text()
