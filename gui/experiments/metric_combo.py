"""The Experiments tab's choice of the metric its table, chart, summary and report compare: the lab's headline before
any result, then every metric the runs gave, starting from the experiment's own default (its horizon rule's metric,
else the lab's headline) and keeping the person's choice while the same experiment is on show."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.labs import lab_named
from rnnlab.gui.i18n import translate


class MetricCombo(QComboBox):
    """The metric chosen (``chosen``); ``activated`` fires when the person picks one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="experimentsMetricCombo")
        self.setToolTip(translate("experiments.metric_combo", "The metric the table, the chart, the summary and the "
                                                              "report compare (default: the experiment's decision "
                                                              "metric, else the lab's headline metric)"))
        self._experiment_id: int | None = None

    def chosen(self) -> str | None:
        """The metric chosen (None before any is known)."""
        return self.currentData()

    def show_results(self, results: ExperimentResults) -> None:
        """List the metrics the runs gave; keep the choice for the same experiment, else start from its default."""
        names = results.metric_names()
        if not names:
            return
        chosen = self.chosen() if self._experiment_id == results.stored.id else None
        if chosen not in names:
            chosen = results.default_metric(lab_named(results.stored.lab).headline_metric)
        self._experiment_id = results.stored.id
        self.blockSignals(True)
        self.clear()
        for name in names:
            self.addItem(name, name)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def show_headline(self, headline: str) -> None:
        """Before any result: the lab's headline metric."""
        self.clear()
        self.addItem(headline, headline)
