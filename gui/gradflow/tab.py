"""The Gradient flow tab: configure a run (or pick a paper's preset), train in the background, watch per-timestep
gradients live, export.

The widgets only wire controls to a Qt-free ``GradflowSession`` (engine/gradflow/session.py), which holds the run;
the view draws the session at most once per frame while the tab is on show. Training runs in a job process
(``engine.job_process``): in a thread it shared the interpreter lock with the drawing and ran slower with the
plots on show. Imports no torch at module level (the engine loads in the background); the session imports the
job when Train is pressed.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.errors import EngineError
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GRADFLOW, GradflowRun
from rnnlab.engine.gradflow.presets import PRESETS
from rnnlab.engine.gradflow.session import GradflowSession
from rnnlab.engine.job_process import InJobProcess, prestart
from rnnlab.engine.jobs import FileWritten
from rnnlab.engine.translations import translatable
from rnnlab.gui.gradflow.horizon_button import MemoryHorizonButton
from rnnlab.gui.gradflow.preset_picker import PresetPicker
from rnnlab.gui.gradflow.view import GradflowView
from rnnlab.gui.gradflow.what_if import WhatIfMode, WhatIfPanel
from rnnlab.gui.i18n import engine_text, filled, param_text, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab, TabFinder, TabShower
from rnnlab.gui.widgets.param_form import ParamForm
from rnnlab.gui.widgets.report_export import ReportExport
from rnnlab.gui.widgets.run_controls import RunControls
from rnnlab.gui.widgets.save_dialog import ask_save_path
from rnnlab.gui.widgets.user_text import auto_literal

if TYPE_CHECKING:
    from rnnlab.engine.gradflow.training import GradflowResult

log = logging.getLogger("rnnlab")

FRAME_MS = 75
"""The plots redraw at most this often (13 frames a second), from the latest data, only while the tab is on show:
the loss curves when a step came, the per-timestep plots and the heatmap when a probe came."""

SELF_TEST_CONFIG = GradflowConfig(cell="lstm", length=20, hidden=8, steps=40, batch_size=8, probe_every=5)

HOW_TO_READ = (
    translatable("gradflow.tab", "<b>How to read this tab.</b> A recurrent net learns a long-range task by passing "
                                 "gradients back through time. Every plot uses one fixed <i>probe</i> sequence; t "
                                 "is the timestep (0 = first input, T−1 = last). Norms are spectral norms of "
                                 "Jacobians; y axes are logarithmic, so a straight falling line is exponential "
                                 "decay. Watch the RNN's curves fall by tens of decades while the LSTM's cell path "
                                 "keeps its gradient.")
)


class GradflowTab(LabTab):
    """Trains an RNN, LSTM or GRU (or all three on the same data) and shows how gradients flow back in time."""

    engine_modules = ("rnnlab.engine.gradflow.training", "rnnlab.engine.gradflow.export",
                      "rnnlab.engine.gradflow.what_if")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientFlowTab")
        self.runner = JobRunner(self)
        self.export_runner = JobRunner(self)
        self.params = ParamForm(GradflowConfig)
        self.params.setObjectName("gradflowParams")
        self.preset_combo = PresetPicker(translate("gradflow.tab",
                                                   "Settings that reproduce a published result: pick one, then "
                                                   "Train."))
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.addItem(translate("gradflow.tab", "Custom settings"), "")
        for preset in PRESETS.values():
            self.preset_combo.addItem(param_text(preset.title), preset.name)
            self.preset_combo.setItemData(self.preset_combo.count() - 1,
                                          param_text(preset.title) + "\n" + param_text(preset.reported),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_note = QLabel(objectName="presetNote", wordWrap=True)
        self.preset_note.hide()
        self.compare_check = QCheckBox(translate("gradflow.tab", "Compare RNN, LSTM and GRU"),
                                       objectName="compareCheck")
        self.compare_check.setToolTip(translate("gradflow.tab", "Train all three cells side by side on the same "
                                                                "batches from the same seed and overlay their "
                                                                "curves; the heatmap shows the cell picked above."))
        self.export_button = QPushButton(translate("gradflow.tab", "Export…"), objectName="exportButton")
        self.export_button.setToolTip(translate("gradflow.tab", "Save the arrays behind the plots and the weights "
                                                                "that recompute them as an NPZ file (of the cell "
                                                                "picked above; in What if, its probe at "
                                                                "initialisation)"))
        self.export_button.setEnabled(False)
        self.horizon_button = MemoryHorizonButton()
        self.view = GradflowView()
        self.run_controls = RunControls(self.runner)
        self.report_export = ReportExport(self, "exportGradflowReportAction", self.run_controls.status_label,
                                          "gradient-flow")
        self._run: GradflowRun | None = None
        self.session = GradflowSession()
        self.what_if_panel = WhatIfPanel()
        self.what_if = WhatIfMode(self.what_if_panel, self.params, self.view, self)
        self._frame_timer = QTimer(self, interval=FRAME_MS)
        self._frame_timer.timeout.connect(self._on_frame_timer_timeout)
        self._layout()
        self.run_controls.train_button.clicked.connect(self._on_train_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.preset_combo.activated.connect(self._on_preset_combo_activated)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.failed.connect(self.view.say_stopped)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.idle.connect(self._on_runner_idle)
        self.export_runner.failed.connect(self._on_export_runner_failed)
        self.export_runner.idle.connect(self._sync_export_button)
        self.runner.started.connect(partial(self.what_if.set_allowed, False))
        self.runner.idle.connect(partial(self.what_if.set_allowed, True))
        self.what_if.left.connect(self._on_what_if_left)
        self.what_if.drawn.connect(self._sync_export_button)

    def _layout(self) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 6, 0)
        side_layout.addWidget(QLabel(translate("gradflow.tab", "<b>Preset</b> (a paper's result)")))
        side_layout.addWidget(self.preset_combo)
        side_layout.addWidget(self.preset_note)
        side_layout.addWidget(self.params)
        side_layout.addWidget(self.compare_check)
        side_layout.addWidget(self.what_if_panel)
        side_layout.addWidget(self.export_button)
        side_layout.addWidget(self.horizon_button)
        guide = QLabel(translate("gradflow.tab", HOW_TO_READ), objectName="gradflowGuide")
        guide.setWordWrap(True)
        side_layout.addWidget(guide)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        """Torch has loaded: training may start; a job process starts warming up for the first run."""
        from rnnlab.engine.gradflow.training import warm_up_job

        self.run_controls.set_engine_ready()
        self.what_if.set_engine_ready()
        prestart(warm_up_job())

    def use_tab_finder(self, find_tab: TabFinder) -> None:
        """*Memory horizon…* finds the Experiments tab with it."""
        self.horizon_button.find_tab = find_tab

    def use_tab_shower(self, show_tab: TabShower) -> None:
        """*Memory horizon…* brings the Experiments tab to the front with it."""
        self.horizon_button.show_tab = show_tab

    def menu_actions(self) -> list[QAction]:
        """File-menu actions: the lab report of the last finished run."""
        return [self.report_export.action]

    def has_unsaved_work(self) -> bool:
        """Nothing here is lost on close: a run is a quick, reproducible experiment (same seed, same curves)."""
        return False

    def configure_for_self_test(self) -> None:
        """The smallest quick run (about a second): a short LSTM on the adding problem."""
        self.compare_check.setChecked(False)
        self.params.set_config(SELF_TEST_CONFIG)

    def current_run(self) -> GradflowRun:
        """The run the form, the compare switch and the preset picked describe."""
        return GradflowRun(self.params.config(), self.compare_check.isChecked(),
                           self.preset_combo.currentData() or None)

    def _on_train_clicked(self) -> None:
        if self.runner.busy:
            return
        self.what_if.leave()
        run = self.current_run()
        try:
            job = self.session.start(run)
        except EngineError as exc:
            QMessageBox.warning(self, translate("gradflow.tab", "Gradient flow"),
                                auto_literal(engine_text(exc.message)))
            return
        self.export_button.setEnabled(False)
        self.report_export.set_run(None)
        self._run = run
        self.view.start_run(self.session)
        self.runner.start(InJobProcess(job), self._offer_report)
        self._frame_timer.start()

    def _on_runner_progress(self, events: list) -> None:
        """Keep the events' data in the session; the frame timer draws the latest state."""
        self.session.apply(events)

    def _on_frame_timer_timeout(self) -> None:
        """Draw what changed since the last frame, if the tab is on screen (a hidden tab draws when shown)."""
        if self.isVisible():
            self.view.draw(self.shown_session)
        self._sync_export_button()
        if not self.runner.busy and not self.view.range_pending:
            self._frame_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the plots up to date when the tab comes on show (they are not drawn while hidden)."""
        super().showEvent(event)
        self.view.draw(self.shown_session)
        self._frame_timer.start()

    @property
    def shown_session(self) -> GradflowSession:
        """The session on screen, which Export writes: What if's probe at initialisation while it is on, else the
        run's."""
        return self.what_if.session if self.what_if.active else self.session

    def _on_what_if_left(self) -> None:
        """What if went off: show the tab's own run again (or the empty plots before the first)."""
        self._sync_export_button()
        if self.session.losses is None:
            self.view.show_empty()
            return
        self.view.start_run(self.session)
        self.view.finish(self.session)

    def _on_runner_idle(self) -> None:
        self._frame_timer.stop()
        if self.isVisible():
            self.view.finish(self.session)
        self._sync_export_button()

    def _on_runner_failed(self, message: str) -> None:
        """Show the last good state and offer the report of the run so far (a run that diverged is a result: the
        report says at which step), then say what went wrong."""
        self._on_runner_idle()
        if self.session.can_report:
            self._offer_report(self.session.run_so_far())
        QMessageBox.warning(self, translate("gradflow.tab", "Gradient flow"), auto_literal(message))

    def _offer_report(self, result: GradflowResult) -> None:
        if self._run is None:  # nothing has run yet
            return
        stem = f"gradflow-{'-'.join(result.cells)}-{result.config.task}-report"
        self.report_export.set_run(partial(GRADFLOW.report, self._run, None, result), stem)

    def _on_preset_combo_activated(self, index: int) -> None:
        """Load the preset's settings (and compare mode) into the controls and say what to watch for."""
        preset = PRESETS.get(self.preset_combo.itemData(index))
        if preset is None:
            self.preset_note.hide()
            return
        self.params.set_config(preset.config)
        self.compare_check.setChecked(preset.compare)
        self.preset_note.setText(filled(translate("gradflow.tab", "<i>{paper}.</i> {reported} <b>Watch:</b> {watch}"),
                                        paper=preset.paper,
                                        reported=param_text(preset.reported),
                   watch=param_text(preset.watch)))
        self.preset_note.setToolTip(param_text(preset.reported))
        self.preset_note.show()

    def _on_export_clicked(self) -> None:
        """Ask where, then write the arrays in the background (on ``export_runner``, so a run going on keeps its
        Train/Cancel row); the status line says where they went, a dialog why not."""
        session = self.shown_session
        if not session.can_export or self.export_runner.busy:
            return
        snapshot = session.snapshots[session.focus_cell]
        default = str(Path.home() / f"gradflow-{snapshot.cell}-step{snapshot.step}.npz")
        path = ask_save_path(self, translate("gradflow.tab", "Export gradient-flow arrays"), default,
                             translate("gradflow.tab", "NumPy archive (*.npz)"), ".npz")
        if not path:
            return
        self.run_controls.status_label.setText(filled(translate("gradflow.tab", "Exporting {name}…"),
                                                      name=Path(path).name))
        self.export_runner.start(session.export_job(path), self._show_exported)
        self._sync_export_button()

    def _sync_export_button(self) -> None:
        self.export_button.setEnabled(self.shown_session.can_export and not self.export_runner.busy)

    def _show_exported(self, exported: FileWritten) -> None:
        self.run_controls.status_label.setText(filled(translate("gradflow.tab", "Exported {detail} to {path}."),
                                                      detail=exported.detail,
                                                      path=exported.path))

    def _on_export_runner_failed(self, message: str) -> None:
        log.warning("Export failed: %s", message)
        self.run_controls.status_label.setText(translate("gradflow.tab", "The arrays were not exported."))
        QMessageBox.warning(self, translate("gradflow.tab", "Export gradient-flow arrays"), auto_literal(message))
