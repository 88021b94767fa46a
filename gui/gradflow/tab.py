"""The Gradient flow tab: configure a run, train in the background, watch per-timestep gradients live, export.

Imports no torch at module level (the engine loads in the background); the job and the export are imported
when Train or Export is pressed, by which time the engine is ready.
"""

from __future__ import annotations

import logging
from pathlib import Path

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.errors import EngineError
from rnnlab.engine.gradflow.config import CELLS, CHANCE_LOSS, GradflowConfig
from rnnlab.engine.params import validate
from rnnlab.gui.gradflow.view import GradflowView
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.widgets.param_form import ParamForm
from rnnlab.gui.widgets.report_export import ReportExport
from rnnlab.gui.widgets.run_controls import RunControls
from rnnlab.gui.lab_tab import LabTab

log = logging.getLogger("rnnlab")

REDRAW_HZ = 8

SELF_TEST_CONFIG = GradflowConfig(cell="lstm", length=20, hidden=8, steps=40, batch_size=8, probe_every=5)

HOW_TO_READ = (
    "<b>How to read this tab.</b> A recurrent net learns a long-range task by passing gradients back through "
    "time. Every plot uses one fixed <i>probe</i> sequence; t is the timestep (0 = first input, T−1 = last). "
    "Norms are spectral norms of Jacobians; y axes are logarithmic, so a straight falling line is exponential "
    "decay. Watch the RNN's curves fall by tens of decades while the LSTM's cell path keeps its gradient."
)


class GradflowTab(LabTab):
    """Trains an RNN, LSTM or GRU (or all three on the same data) and shows how gradients flow back in time."""

    engine_modules = ("rnnlab.engine.gradflow.training", "rnnlab.engine.gradflow.export")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientFlowTab")
        self.runner = JobRunner(self)
        self.form = ParamForm(GradflowConfig)
        self.form.setObjectName("gradflowParams")
        self.compare_check = QCheckBox("Compare RNN, LSTM and GRU", objectName="compareCheck")
        self.compare_check.setToolTip("Train all three cells side by side on the same batches from the same seed and "
                                      "overlay their curves; the heatmap shows the cell picked above.")
        self.export_button = QPushButton("Export…", objectName="exportButton")
        self.export_button.setToolTip("Save the arrays behind the plots and the weights that recompute them as an NPZ file "
                                      "(of the cell picked above)")
        self.export_button.setEnabled(False)
        self.view = GradflowView()
        self.run_controls = RunControls(self.runner)
        self.report_export = ReportExport(self, "exportGradflowReportAction", self.run_controls.status_label,
                                          "gradient-flow")
        self._probe_history = None
        self._snapshots: dict = {}
        self._pending_steps: list[int] = []
        self._pending_losses: list[dict[str, float]] = []
        self._pending_snapshots: dict = {}
        self._redraw_timer = QTimer(self, singleShot=True, interval=int(1000 / REDRAW_HZ))
        self._redraw_timer.timeout.connect(self._on_redraw_timer_timeout)
        self._layout()
        self.run_controls.train_button.clicked.connect(self._on_train_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.idle.connect(self._on_redraw_timer_timeout)

    def _layout(self) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 6, 0)
        side_layout.addWidget(self.form)
        side_layout.addWidget(self.compare_check)
        side_layout.addWidget(self.export_button)
        guide = QLabel(HOW_TO_READ, objectName="gradflowGuide")
        guide.setWordWrap(True)
        side_layout.addWidget(guide)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFixedWidth(300)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(self.run_controls)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

    def on_engine_ready(self) -> None:
        """Torch has loaded: training may start."""
        self.run_controls.set_engine_ready()

    def menu_actions(self) -> list[QAction]:
        """File-menu actions: the lab report of the last finished run."""
        return [self.report_export.action]

    def has_unsaved_work(self) -> bool:
        """Nothing here is lost on close: a run is a quick, reproducible experiment (same seed, same curves)."""
        return False

    def configure_for_self_test(self) -> None:
        """The smallest quick run (about a second): a short LSTM on the adding problem."""
        self.compare_check.setChecked(False)
        self.form.set_config(SELF_TEST_CONFIG)

    def _on_train_clicked(self) -> None:
        if self.runner.busy:
            return
        try:
            config = validate(self.form.config())
        except EngineError as exc:
            QMessageBox.warning(self, "Gradient flow", str(exc))
            return
        from rnnlab.engine.gradflow.training import GradflowTraining
        from rnnlab.engine.report.gradflow_report import ProbeHistory

        cells = CELLS if self.compare_check.isChecked() else (config.cell,)
        self._snapshots, self._pending_snapshots = {}, {}
        self._pending_steps, self._pending_losses = [], []
        self.export_button.setEnabled(False)
        self.report_export.set_run(None)
        self._probe_history = ProbeHistory(config.steps)
        self.view.start_run(cells, config.cell, CHANCE_LOSS[config.task])
        self.runner.start(GradflowTraining(config, cells))

    def _on_runner_progress(self, events: list) -> None:
        """Buffer the events' data; the redraw timer draws it at most ``REDRAW_HZ`` times a second."""
        for event in events:
            self._probe_history.add(event)
            if event.losses:
                self._pending_steps.append(event.step)
                self._pending_losses.append(event.losses)
            self._pending_snapshots.update(event.snapshots)
            focus = event.snapshots.get(self.view.focus_cell)
            if focus is not None:
                self.view.add_heatmap_row(event.step, focus.diagnostics.log_grad)
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def _on_redraw_timer_timeout(self) -> None:
        if self._pending_steps:
            self.view.add_losses(self._pending_steps, self._pending_losses)
            self._pending_steps, self._pending_losses = [], []
        if self._pending_snapshots:
            self._snapshots.update(self._pending_snapshots)
            self.view.show_snapshots(self._pending_snapshots)
            self.view.redraw_heatmap()
            self._pending_snapshots = {}
            self.export_button.setEnabled(self.view.focus_cell in self._snapshots)

    def _on_runner_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Gradient flow", message)

    def _on_runner_finished(self, result) -> None:
        from rnnlab.engine.report.gradflow_report import gradflow_report

        stem = f"gradflow-{'-'.join(result.cells)}-{result.config.task}-report"
        self.report_export.set_run(partial(gradflow_report, result, self._probe_history), stem)

    def _on_export_clicked(self) -> None:
        snapshot = self._snapshots.get(self.view.focus_cell)
        if snapshot is None:
            return
        default = str(Path.home() / f"gradflow-{snapshot.cell}-step{snapshot.step}.npz")
        path, _ = QFileDialog.getSaveFileName(self, "Export gradient-flow arrays", default, "NumPy archive (*.npz)")
        if not path:
            return
        if not path.endswith(".npz"):
            path += ".npz"
        from rnnlab.engine.gradflow.export import export_npz

        try:
            export_npz(snapshot, path)
        except OSError as exc:
            log.exception("Export failed")
            QMessageBox.warning(self, "Gradient flow", f"Could not write {path}: {exc.strerror or exc}")
            return
        self.run_controls.status_label.setText(f"Exported {Path(path).name} ({snapshot.cell.upper()}, step {snapshot.step}).")
