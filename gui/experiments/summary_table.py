"""An experiment's chosen metric as tables: per configuration its n, mean, sd and 95% confidence interval over seeds
(``SummaryTable``), and the paired t-tests between configurations that differ in one setting (``ComparisonTable``),
the figures formatted as ``rnnlab sweep`` prints them (``engine/experiments/summary.py``). ``ResultTables`` holds
both with a line saying what each shows. Every column sorts by its value (a number as a number, a setting in the order
its values were listed)."""

from __future__ import annotations

import math
from typing import Any, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.experiments.horizon import counted_not_averaged, horizon_lines
from rnnlab.engine.experiments.results import ExperimentResults, is_number
from rnnlab.engine.experiments.stats import LEVEL
from rnnlab.engine.experiments.summary import left_out_text, number, test_row
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import filled, translate

SORT_KEY = Qt.ItemDataRole.UserRole
NO_VALUE = math.inf
"""The sort key of a cell without a figure (``-``): after every number, ascending."""
EMPTY_TEXT = translatable("experiments.summary_table", "Each configuration's mean, sd and confidence interval "
                                                       "appear here once a run is done.")


class SortedItem(QTableWidgetItem):
    """A read-only cell shown as ``text`` and sorted by ``key`` (a number, or a position in a list); a ``figure``
    is aligned right, as numbers are read."""

    def __init__(self, text: str, key: float, figure: bool = False) -> None:
        super().__init__(text)
        self.setData(SORT_KEY, key)
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if figure:
            self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return float(self.data(SORT_KEY)) < float(other.data(SORT_KEY))


def figure_item(value: float | None) -> SortedItem:
    """A figure to four significant digits (``-``, sorted last, for none)."""
    return SortedItem(number(value), NO_VALUE if value is None else value, figure=True)


def _prepare(table: QTableWidget, headers: Sequence[str], rows: int) -> None:
    """Empty ``table`` for ``rows`` rows under ``headers`` (sorting off while it fills, as Qt asks)."""
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(rows)


def _finish(table: QTableWidget) -> None:
    """Sort again as the user chose, fit the columns to their figures, and take no more height than the rows."""
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
                           + 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height() + 2)


def _set_up(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


class SummaryTable(QTableWidget):
    """One row per configuration: the varied settings (as typed), then n, mean, sd and the interval's ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentSummaryTable")
        _set_up(self)

    def show_results(self, results: ExperimentResults, metric: str | None) -> None:
        """Fill the table with ``metric`` per configuration (None: only the configurations, no figures yet)."""
        axes = results.experiment.axes
        names = [axis.name for axis in axes] or ["configuration"]
        level = f"{LEVEL:.0%}"
        summaries = results.summaries(metric) if metric is not None else []
        _prepare(self, [*names, "n", translate("experiments.summary_table", "mean"),
                        translate("experiments.summary_table", "sd"), filled(translate("experiments.summary_table",
                                                                                       "{level} CI low"), level=level),
                        filled(translate("experiments.summary_table", "{level} CI high"), level=level)],
                 len(results.configurations))
        for row, configuration in enumerate(results.configurations):
            point = configuration.point
            cells: list[SortedItem] = [SortedItem(axis.text_of(point[axis.name]), _setting_key(axis.values,
                                                                                              point[axis.name]))
                                       for axis in axes] or [SortedItem(configuration.label, 0)]
            summary = summaries[row].summary if summaries else None
            cells.append(SortedItem(str(summary.n if summary else 0), summary.n if summary else 0, figure=True))
            cells += [figure_item(summary.mean if summary else None), figure_item(summary.sd if summary else None),
                      figure_item(summary.low if summary else None), figure_item(summary.high if summary else None)]
            for column, cell in enumerate(cells):
                cell.setToolTip(configuration.label)
                self.setItem(row, column, cell)
        _finish(self)


class ComparisonTable(QTableWidget):
    """One row per paired test: which two configurations (the later value listed minus the earlier), the mean
    difference, its interval, t, p and the seeds both ran."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentComparisonTable")
        _set_up(self)

    def show_results(self, results: ExperimentResults, metric: str | None) -> None:
        """Fill the table with the paired tests of ``metric`` (none for None)."""
        counted = metric is None or counted_not_averaged(results.experiment, metric)
        comparisons = results.comparisons(metric) if metric is not None and not counted else []
        _prepare(self, [translate("experiments.summary_table", "comparison"), translate("experiments.summary_table",
                                                                                        "mean difference"),
                        filled(translate("experiments.summary_table", "{LEVEL:.0%} CI"), LEVEL=LEVEL), "t", "p", "n"],
                 len(comparisons))
        for row, comparison in enumerate(comparisons):
            test = comparison.test
            difference, interval, t, p, _ = test_row(test)
            cells = [SortedItem(comparison.label, row), SortedItem(difference, test.mean_difference, figure=True),
                     SortedItem(interval, _or_last(test.low), figure=True),
                     SortedItem(t, _or_last(test.t), figure=True), SortedItem(p, _or_last(test.p), figure=True),
                     SortedItem(str(test.n), test.n, figure=True)]
            for column, cell in enumerate(cells):
                self.setItem(row, column, cell)
        _finish(self)


class ResultTables(QWidget):
    """The horizons (for an experiment with a horizon rule; hidden otherwise), the summary table and, below it, the
    paired tests, each under a line saying what it shows (the tests and their line hidden where there are none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentResultTables")
        self.horizons = QLabel(objectName="experimentHorizons", wordWrap=True)
        self.horizons.setTextFormat(Qt.TextFormat.PlainText)
        self.horizons.setStyleSheet("font-weight: bold;")
        self.summary_caption = QLabel(translate("experiments.summary_table", EMPTY_TEXT),
                                      objectName="experimentSummaryCaption", wordWrap=True)
        self.summary = SummaryTable()
        self.comparison_caption = QLabel(objectName="experimentComparisonCaption", wordWrap=True)
        self.comparisons = ComparisonTable()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.horizons)
        layout.addWidget(self.summary_caption)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.comparison_caption)
        layout.addWidget(self.comparisons, 1)
        layout.addStretch(0)
        self.clear()

    def clear(self) -> None:
        """No results: empty tables and the line saying what will appear."""
        for table in (self.summary, self.comparisons):
            _prepare(table, [], 0)
        self.summary_caption.setText(translate("experiments.summary_table", EMPTY_TEXT))
        self.horizons.hide()
        self._show_comparisons(False)

    def show_results(self, results: ExperimentResults, metric: str | None) -> None:
        """Both tables for ``metric`` of ``results``."""
        self.summary.show_results(results, metric)
        self.comparisons.show_results(results, metric)
        horizons = "\n".join(line.strip() for line in horizon_lines(results))
        self.horizons.setText(horizons)
        self.horizons.setVisible(bool(horizons))
        level = f"{LEVEL:.0%}"
        self.summary_caption.setText(filled(translate("experiments.summary_table",
                                                      "{metric}: mean over seeds, sd and {level} CI (Student t) per "
                                                      "configuration. {left_out_text}"), metric=metric, level=level,
                                            left_out_text=left_out_text(results, metric)).rstrip()
                                     if metric is not None else translate("experiments.summary_table", EMPTY_TEXT))
        count = self.comparisons.rowCount()
        self.comparison_caption.setText(
            filled(translate("experiments.summary_table", "Paired t-tests of {metric} over the seeds both "
                                                          "configurations ran: the later value listed minus the "
                                                          "earlier, the mean difference, its {level} CI, t (n - 1 "
                                                          "degrees of freedom) and the two-sided p-value"),
                   metric=metric, level=level)
            + (translate("experiments.summary_table",
                         "; not corrected for the number of tests.") if count > 1 else "."))
        self._show_comparisons(count > 0)

    def _show_comparisons(self, shown: bool) -> None:
        self.comparison_caption.setVisible(shown)
        self.comparisons.setVisible(shown)


def _setting_key(values: tuple[Any, ...], value: Any) -> float:
    """A setting's sort key: its value where every value is a number, else its place in the list as typed."""
    if all(is_number(v) for v in values):
        return float(value)
    return float(values.index(value))


def _or_last(value: float | None) -> float:
    return NO_VALUE if value is None else value
