"""The line above an experiment's results: its title, the metric the views show, Export runs CSV (a button, and the
same as a File-menu action) and Export report. The tab wires and enables them; this only builds them, each with its
objectName and tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from rnnlab.gui.experiments.metric_combo import MetricCombo
from rnnlab.gui.i18n import translate


class ResultsHeader(QWidget):
    """Title, Metric ``metric_combo``, Export runs CSV, Export report (``report_tip``: the report action's tooltip,
    said of the experiment rather than of a run)."""

    def __init__(self, metric_combo: MetricCombo, report_tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(objectName="experimentsTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_csv_button = QPushButton(translate("experiments.results_header", "Export runs CSV…"),
                                             objectName="experimentsExportCsv")
        self.export_csv_button.setToolTip(translate("experiments.results_header",
                                                    "Save one row per run: the varied settings, seed, status, "
                                                    "seconds and every numeric metric"))
        self.export_csv_action = QAction(translate("experiments.results_header", "Export runs CSV…"), self,
                                         objectName="exportRunsCsvAction")
        self.export_csv_action.setToolTip(self.export_csv_button.toolTip())
        self.export_report_button = QPushButton(translate("experiments.results_header", "Export report…"),
                                                objectName="experimentsExportReport")
        self.export_report_button.setToolTip(report_tip.replace(
            translate("experiments.results_header", "of the last finished run"),
            translate("experiments.results_header", "of the experiment")))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title_label, 1)
        row.addWidget(QLabel(translate("experiments.results_header", "Metric")))
        row.addWidget(metric_combo)
        row.addWidget(self.export_csv_button)
        row.addWidget(self.export_report_button)
