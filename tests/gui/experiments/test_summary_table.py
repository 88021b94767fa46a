"""The summary tables show what ``rnnlab sweep`` prints: per configuration n, mean, sd and the 95% CI's ends, and the
paired tests; every column sorts by its value, a setting in the order its values were listed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableWidget

from rnnlab.engine.experiments import summary
from rnnlab.gui.experiments.summary_table import ResultTables
from tests.engine.experiments.conftest import grid_results
from tests.gui.experiments.conftest import stored_results


def tables(qtbot) -> ResultTables:
    widget = ResultTables()
    qtbot.addWidget(widget)
    widget.resize(720, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]


def sorted_by_click(qtbot, table: QTableWidget, column: int, ascending: list[str]) -> list[str]:
    """Click the column's header; the first column's cells as the table then shows them, and as they would be in
    the order the header's arrow says (``ascending``, or reversed)."""
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 4, header.height() // 2))
    assert header.sortIndicatorSection() == column
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    return [row[0] for row in cells(table)], ascending[::-1] if descending else ascending


def test_each_configuration_s_figures_are_the_cli_summary_s(qtbot, store):
    results = grid_results(store)
    widget = tables(qtbot)
    widget.show_results(results, "tail_loss")
    table = widget.findChild(QTableWidget, "experimentSummaryTable")
    assert headers(table) == ["cell", "learning_rate", "n", "mean", "sd", "95% CI low", "95% CI high"]
    printed = summary.summary_lines(results, "tail_loss")
    rows = cells(table)
    assert [row[:2] for row in rows] == [["rnn", "1e-2"], ["rnn", "0.1"], ["lstm", "1e-2"], ["lstm", "0.1"]]
    for row, item, line in zip(rows, results.summaries("tail_loss"), printed[3:7], strict=True):
        mean, sd, interval, n = summary.summary_row(item.summary)
        assert row[2:] == [str(item.summary.n), mean, sd, *interval.strip("[]").split(", ")]
        assert f"n = {row[2]} seeds" == n and line.split() == [*row[:2], mean, sd, *interval.split(), *n.split()]
    assert rows[1][2] == "2", "the failed run is not counted"


def test_the_paired_tests_are_the_cli_s_and_hidden_where_there_are_none(qtbot, store):
    results = grid_results(store)
    widget = tables(qtbot)
    widget.show_results(results, "tail_loss")
    table = widget.findChild(QTableWidget, "experimentComparisonTable")
    assert headers(table) == ["comparison", "mean difference", "95% CI", "t", "p", "n"]
    expected = [[c.label, *summary.test_row(c.test)[:4], str(c.test.n)] for c in results.comparisons("tail_loss")]
    assert cells(table) == expected and len(expected) == 4
    assert table.isVisible() and "not corrected for the number of tests" in widget.comparison_caption.text()
    widget.show_results(stored_results(store, [], 3), "tail_loss")
    assert not table.isVisible() and not widget.comparison_caption.isVisible()
    assert cells(widget.summary)[0][0] == "all runs" and headers(widget.summary)[0] == "configuration"


def test_columns_sort_by_value_and_settings_in_the_order_listed(qtbot, store):
    def spread(point: dict, seed: int) -> float:
        return {"rnn": 12.0, "lstm": 9.0, "gru": 100.0}[point["cell"]] + 0.1 * seed

    results = stored_results(store, ["cell=rnn,lstm,gru"], 2, metric=spread)
    widget = tables(qtbot)
    widget.show_results(results, "tail_loss")
    table = widget.summary
    shown, expected = sorted_by_click(qtbot, table, 2, ["lstm", "rnn", "gru"])
    assert shown == expected, "by the mean: 9.05 < 12.05 < 100.05, not as text"
    shown, expected = sorted_by_click(qtbot, table, 0, ["rnn", "lstm", "gru"])
    assert shown == expected, "a setting in the order listed, not alphabetical"
    widget.show_results(results, "solved")
    assert table.isSortingEnabled() and sorted(row[0] for row in cells(table)) == ["gru", "lstm", "rnn"]


def test_no_metric_lists_the_configurations_without_figures(qtbot, store):
    results = stored_results(store, ["cell=rnn,lstm"], 2)
    widget = tables(qtbot)
    widget.show_results(results, None)
    assert cells(widget.summary) == [["rnn", "0", "-", "-", "-", "-"], ["lstm", "0", "-", "-", "-", "-"]]
    assert widget.comparisons.rowCount() == 0 and not widget.comparisons.isVisible()
    widget.clear()
    assert widget.summary.rowCount() == 0 and "appear here" in widget.summary_caption.text()
