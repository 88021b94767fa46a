"""The pad's *Diagnose*: which models and pairs to diagnose, the job on its own runner, and the report export of the
latest diagnosis. The tab builds one and tells it when the task changes; the panel (``diagnose_panel.py``) only
draws."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QScrollArea

from rnnlab.engine.translate.session import ATTENTION, PLAIN, TranslationSession
from rnnlab.engine.translate.tasks import file_stem, never_trained_share
from rnnlab.gui.i18n import filled, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.translate.diagnose_panel import DiagnosePanel
from rnnlab.gui.translate.task_control import TaskControl
from rnnlab.gui.widgets.report_export import ReportExport

if TYPE_CHECKING:
    from rnnlab.engine.translate.diagnosis import Diagnosis


class Diagnosing:
    """Diagnose the pad's models (without attention first) on the task's held-out pairs, in the background."""

    def __init__(self, tab: LabTab, session: TranslationSession, task_control: TaskControl) -> None:
        self.tab, self.session, self.task_control = tab, session, task_control
        self.panel = DiagnosePanel()
        self.runner = JobRunner(tab)
        self.export = ReportExport(tab, "exportDiagnosisReportAction", self.panel.status_label, "diagnosis")
        self.panel.diagnose_button.clicked.connect(self._on_diagnose_button_clicked)
        self.panel.report_button.clicked.connect(self.export.action.trigger)
        self.runner.failed.connect(self.panel.show_failed)

    def scroll_area(self) -> QScrollArea:
        """The panel in a scroll area, so that a small window (900 x 600) shows part of it rather than refusing to
        shrink."""
        scroll = QScrollArea(objectName="diagnoseScroll")
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    def clear(self) -> None:
        """The task changed: the last diagnosis is of another task's models."""
        self.panel.clear()
        self.export.set_run(None)

    def _on_diagnose_button_clicked(self) -> None:
        from rnnlab.engine.translate.diagnosis import DiagnosisJob, model_name

        models = [(model_name(model), model) for slot in (PLAIN, ATTENTION)
                  if (model := self.session.models[slot]) is not None]
        if not models:
            QMessageBox.information(self.tab, translate("diagnosing", "Nothing to diagnose"),
                                    translate("diagnosing", "There is no model in the pad yet."))
            return
        task, data = self.session.task, self.session.data
        if not task.is_pig_latin and data is None:
            QMessageBox.information(self.tab, translate("diagnosing", "No held-out pairs"),
                                    translate("diagnosing", "This task came from a model file, which does not hold "
                                                            "its pairs. Open its pairs file (Task: From a pairs "
                                                            "file…) to diagnose."))
            return
        share = never_trained_share(self.task_control.held_out_fraction(), [model for _name, model in models])
        pairs_text = (filled(translate("diagnosing", "the {count:,} held-out words"), count=2000) if task.is_pig_latin
                      else filled(translate("diagnosing", "the held-out {share:.0%} of the task's pairs (never "
                                                          "trained on)"), share=share))
        job = DiagnosisJob(models, data=data, valid_fraction=share)
        if self.runner.start(job, partial(self._show_diagnoses, pairs_text)):
            self.export.set_run(None)
            self.panel.show_running(pairs_text)

    def _show_diagnoses(self, pairs_text: str, diagnoses: list[Diagnosis]) -> None:
        from rnnlab.engine.report.diagnosis_report import diagnosis_report

        self.panel.show_diagnoses(diagnoses)
        self.export.set_run(partial(diagnosis_report, diagnoses, pairs_text),
                            f"{file_stem(self.session.task)}-diagnosis")
