"""File -> Export … report…, the same for every tab: asks where to save, then builds and writes the lab report of
the tab's last finished run in the background (a JobRunner of its own, so the tab's Train/Cancel row never shows it).

The tab hands over a function that builds the report (``set_run``) when a run finishes, and None when a new run
starts; the action is enabled only while there is a finished run and no report is being written.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn
from rnnlab.gui.i18n import filled, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.widgets.save_dialog import ask_save_path
from rnnlab.gui.widgets.user_text import auto_literal

if TYPE_CHECKING:
    from rnnlab.engine.report.document import Report

log = logging.getLogger("rnnlab")

ReportBuilder = Callable[[], "Report"]
"""Builds the report; runs in the worker thread, so it must only read the finished run."""


class _WriteReport:
    """The job: build the report and write it atomically to ``path``; returns the path."""

    def __init__(self, build: ReportBuilder, path: Path) -> None:
        self._build, self._path = build, path

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Path:
        from rnnlab.engine.report.document import write_report

        progress(Progress(fraction=0.0, message=f"Writing {self._path.name}…"))
        write_report(self._build(), self._path)
        return self._path


class ReportExport(QObject):
    """The Export … report… action of one tab and the background job behind it."""

    def __init__(self, tab: LabTab, object_name: str, status_label: QLabel, what: str) -> None:
        """``what`` names the tab's kind of run in the menu ("Export forecast report…"), which lists every tab's."""
        super().__init__(tab)
        self._tab = tab
        self._status_label = status_label
        self._build: ReportBuilder | None = None
        self._stem = "report"
        self.runner = JobRunner(self)
        self.action = QAction(filled(translate("widgets.report_export", "Export {what} report…"), what=what), tab,
                              objectName=object_name)
        self.action.setToolTip(translate("widgets.report_export", "Save a lab report of the last finished run: "
                                                                  "settings, metrics and the figures in one HTML "
                                                                  "file that opens in any browser without a network "
                                                                  "and prints cleanly"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self._on_action_triggered)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.idle.connect(self._sync)

    def set_run(self, build: ReportBuilder | None, stem: str = "report") -> None:
        """The finished run's report builder (None: no finished run); ``stem`` names the suggested file."""
        self._build = build
        self._stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-") or "report"
        self._sync()

    def export_to(self, path: str | Path) -> bool:
        """Write the report to ``path`` (``.html`` added when missing) in the background; False when nothing to do."""
        if self._build is None or self.runner.busy:
            return False
        target = Path(path)
        if target.suffix.lower() not in (".html", ".htm"):
            target = target.with_name(target.name + ".html")
        self._status_label.setText(filled(translate("widgets.report_export", "Writing the report {name}…"),
                                          name=target.name))
        self.runner.start(_WriteReport(self._build, target))
        self._sync()
        return True

    def _sync(self) -> None:
        self.action.setEnabled(self._build is not None and not self.runner.busy)

    def _on_action_triggered(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path = ask_save_path(self._tab, translate("widgets.report_export", "Export report"),
                             str(Path(folder) / f"{self._stem}.html"),
                             translate("widgets.report_export", "HTML report (*.html)"), ".html")
        if path:
            self.export_to(path)

    def _on_runner_finished(self, path: Path) -> None:
        self._status_label.setText(filled(translate("widgets.report_export", "Report written to {name}."),
                                          name=path.name))

    def _on_runner_failed(self, message: str) -> None:
        log.warning("Report export failed: %s", message)
        self._status_label.setText(translate("widgets.report_export", "The report was not written."))
        QMessageBox.warning(self._tab, translate("widgets.report_export", "Export report"), auto_literal(message))
