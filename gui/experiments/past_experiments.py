"""The experiments a run store holds, newest first: each one's name, lab, runs done and failed of its grid, and when
its last run finished. Double-click (or Enter, or Open) opens one (``chosen``); Delete removes one and its runs
from the store after asking."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.errors import EngineError
from rnnlab.engine.experiments.store import ExperimentListing, RunStore
from rnnlab.engine.labs import REGISTRY
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import counted, engine_text, filled, param_text, translate

ID_ROLE = Qt.ItemDataRole.UserRole
HEADERS = (translatable("experiments.past_experiments", "Experiment"),
           translatable("experiments.past_experiments", "Lab"), translatable("experiments.past_experiments",
                                                                                       "Runs"),
           translatable("experiments.past_experiments", "Last run finished"))
EMPTY_TEXT = translatable("experiments.past_experiments", "No experiments yet: a sweep you run here or with rnnlab "
                                                          "sweep is listed here.")


def runs_text(listing: ExperimentListing) -> str:
    """``28 done, 2 failed of 30``."""
    return (filled(translate("experiments.past_experiments", "{done} done"),
                   done=listing.done) + (filled(translate("experiments.past_experiments", ", {failed} failed"),
                                                failed=listing.failed) if listing.failed else "")
            + filled(translate("experiments.past_experiments", " of {total}"), total=listing.total))


def local_time(text: str | None) -> str:
    """A stored UTC time as the local ``2024-05-01 14:03`` (``not yet`` for none)."""
    if text is None:
        return translate("experiments.past_experiments", "not yet")
    return datetime.fromisoformat(text).astimezone().strftime("%Y-%m-%d %H:%M")


def lab_title(name: str) -> str:
    """The lab's tab title (``Gradient flow``), or its registry name for a lab this version does not have."""
    return next((param_text(entry.title) for entry in REGISTRY if entry.name == name), name)


class ExperimentTable(QTableWidget):
    """The list itself; Enter or Return on a row says ``entered`` (an item view activates on Enter on some
    platforms only)."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PastExperiments(QWidget):
    """The store's experiments (see the module's docstring). ``chosen(id)``: open that experiment;
    ``deleted(id)``: it was removed from the store."""

    chosen = Signal(int)
    deleted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pastExperiments")
        self.store: RunStore | None = None
        self.listings: list[ExperimentListing] = []
        self.deletion_locked = False
        self.table = ExperimentTable(objectName="pastExperimentsTable")
        self.table.setColumnCount(len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("experiments.past_experiments", h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.table.entered.connect(self._on_open_clicked)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.hint = QLabel(translate("experiments.past_experiments", EMPTY_TEXT), objectName="pastExperimentsHint",
                           wordWrap=True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #888888;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.table)
        self.open_button = QPushButton(translate("experiments.past_experiments", "Open"),
                                       objectName="pastExperimentsOpen")
        self.open_button.setToolTip(translate("experiments.past_experiments", "Show the chosen experiment's results."))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.delete_button = QPushButton(translate("experiments.past_experiments", "Delete…"),
                                         objectName="pastExperimentsDelete")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._on_selection_changed()

    def refresh(self, store: RunStore) -> None:
        """List ``store``'s experiments again (the one chosen stays chosen while it is there)."""
        chosen = self.current_id()
        self.store = store
        self.listings = list(reversed(store.experiments()))
        self.table.setRowCount(len(self.listings))
        for row, listing in enumerate(self.listings):
            cells = (listing.stored.name, lab_title(listing.stored.lab), runs_text(listing),
                     local_time(listing.last_finished))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, listing.stored.id)
                item.setToolTip(filled(translate("experiments.past_experiments", "{name}: {describe}, created "
                                                                                 "{local_time}"),
                                       name=listing.stored.name, describe=listing.stored.experiment.describe(),
                                       local_time=local_time(listing.stored.created)))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        ids = [listing.stored.id for listing in self.listings]
        self.table.setCurrentCell(ids.index(chosen) if chosen in ids else (0 if ids else -1), 0)
        self.stack.setCurrentWidget(self.table if self.listings else self.hint)
        self._on_selection_changed()

    def current_id(self) -> int | None:
        """The id of the experiment chosen in the list (None: none is)."""
        row = self.table.currentRow()
        return self.listings[row].stored.id if 0 <= row < len(self.listings) else None

    def lock_deletion(self, locked: bool) -> None:
        """While a sweep writes the store, Delete is off (deleting its experiment would fail its next run)."""
        self.deletion_locked = locked
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        chosen = self.current_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and not self.deletion_locked)
        self.delete_button.setToolTip(translate("experiments.past_experiments",
                                                "Wait for the sweep to end: it is writing the store.")
                                      if self.deletion_locked
                                      else translate("experiments.past_experiments", "Remove the chosen experiment "
                                                                                     "and all its runs from the "
                                                                                     "store."))

    def _on_open_clicked(self) -> None:
        experiment_id = self.current_id()
        if experiment_id is not None:
            self.chosen.emit(experiment_id)

    def _on_delete_clicked(self) -> None:
        experiment_id = self.current_id()
        if experiment_id is None or self.store is None:
            return
        listing = self.listings[self.table.currentRow()]
        runs = listing.done + listing.failed
        answer = QMessageBox.question(
            self, translate("experiments.past_experiments", "Delete experiment"),
            filled(translate("experiments.past_experiments", "Delete the experiment {name!r} and its {plural} from "
                                                             "{path}? This cannot be undone."),
                   name=listing.stored.name, plural=counted(runs, 'stored run'), path=self.store.path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_experiment(experiment_id)
        except EngineError as exc:
            QMessageBox.warning(self, translate("experiments.past_experiments", "Delete experiment"),
                                engine_text(exc.message))
            return
        self.refresh(self.store)
        self.deleted.emit(experiment_id)
