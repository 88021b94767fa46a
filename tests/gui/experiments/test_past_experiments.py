"""The list of a store's experiments: newest first with their runs done and failed of the grid, a hint instead of an
empty table, Open (button, double-click, Enter) saying which experiment, and Delete removing it only after a Yes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableWidget

from rnnlab.gui.experiments.past_experiments import PastExperiments
from tests.engine.experiments.conftest import grid_results
from tests.gui.experiments.conftest import stored_results


@pytest.fixture
def past(qtbot):
    widget = PastExperiments()
    qtbot.addWidget(widget)
    widget.resize(640, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(widget: PastExperiments) -> list[list[str]]:
    table = widget.findChild(QTableWidget, "pastExperimentsTable")
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def button(widget: PastExperiments, name: str) -> QPushButton:
    return widget.findChild(QPushButton, name)


@pytest.fixture
def two_experiments(store):
    """A 2 x 2 grid with a failed run, then a seeds-only experiment with one run not run yet."""
    first = grid_results(store).stored
    second = stored_results(store, [], 3, name="seeds", left_out=lambda point, seed: seed == 2).stored
    return first, second


def test_an_empty_store_shows_a_hint_instead_of_a_table(past, store):
    past.refresh(store)
    hint = past.findChild(QLabel, "pastExperimentsHint")
    assert hint.isVisible() and not past.findChild(QTableWidget, "pastExperimentsTable").isVisible()
    assert "No experiments yet" in hint.text()
    assert not button(past, "pastExperimentsOpen").isEnabled() and not button(past, "pastExperimentsDelete").isEnabled()


def test_experiments_are_listed_newest_first_with_their_runs(past, store, two_experiments):
    past.refresh(store)
    assert [row[:3] for row in rows(past)] == [["seeds", "Gradient flow", "2 done of 3"],
                                              ["grid", "Gradient flow", "11 done, 1 failed of 12"]]
    assert all(len(row[3]) == len("2024-05-01 14:03") for row in rows(past)), "local time to the minute"
    assert past.current_id() == two_experiments[1].id and button(past, "pastExperimentsOpen").isEnabled()


def test_open_double_click_and_enter_say_which_experiment(past, store, qtbot, two_experiments):
    past.refresh(store)
    table = past.findChild(QTableWidget, "pastExperimentsTable")
    table.setCurrentCell(1, 0)
    with qtbot.waitSignal(past.chosen) as opened:
        qtbot.mouseClick(button(past, "pastExperimentsOpen"), Qt.MouseButton.LeftButton)
    assert opened.args == [two_experiments[0].id]
    centre = table.visualItemRect(table.item(0, 0)).center()
    chosen = []
    past.chosen.connect(chosen.append)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert chosen == [], "a click only chooses the row"
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert chosen == [two_experiments[1].id]
    table.setFocus()
    with qtbot.waitSignal(past.chosen) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [two_experiments[1].id]


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_delete_asks_and_removes_the_experiment_only_after_yes(past, store, qtbot, monkeypatch, two_experiments,
                                                               answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *args: asked.append(text) or answer)
    past.refresh(store)
    past.findChild(QTableWidget, "pastExperimentsTable").setCurrentCell(1, 0)
    deleted = []
    past.deleted.connect(deleted.append)
    qtbot.mouseClick(button(past, "pastExperimentsDelete"), Qt.MouseButton.LeftButton)
    assert asked == [f"Delete the experiment 'grid' and its 12 stored runs from {store.path}? This cannot be undone."]
    names = [listing.stored.name for listing in store.experiments()]
    if answer == QMessageBox.StandardButton.Yes:
        assert names == ["seeds"] and [row[0] for row in rows(past)] == ["seeds"]
        assert deleted == [two_experiments[0].id] and store.runs(two_experiments[0].id) == []
    else:
        assert names == ["grid", "seeds"] and len(rows(past)) == 2 and deleted == []
