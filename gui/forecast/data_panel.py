"""The forecaster's Data box: open buttons, what is loaded, symbol, target column, extra inputs, test start, and the
loader's notes. It shows a ``ForecastSession``'s data and reports the user's choices; it holds no data itself."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.session import ForecastSession
from rnnlab.engine.params import param_specs
from rnnlab.gui.i18n import engine_text, filled, param_text, translate
from rnnlab.gui.widgets.user_text import auto_literal, escape_html


class DataChoices(TypedDict):
    """The configuration fields the data box edits."""

    column: str
    features: tuple[str, ...]
    test_from: str
    date_from: str
    date_to: str
    last_rows: int | None
    bar_size: str


def make_button(text: str, name: str, tip: str) -> QPushButton:
    """A push button with an objectName and a tooltip."""
    button = QPushButton(text, objectName=name)
    button.setToolTip(tip)
    return button


class DataPanel(QGroupBox):
    """Signals: ``column_changed`` (target column or extra inputs), ``symbol_chosen(str)``, ``test_from_edited``,
    ``rows_chosen`` (period or bar size)."""

    column_changed = Signal()
    symbol_chosen = Signal(str)
    test_from_edited = Signal()
    rows_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("forecast.data_panel", "Data"), parent)
        self.open_button = make_button(translate("forecast.data_panel", "Open CSV…"), "openCsvButton",
                                       translate("forecast.data_panel", "Open a price CSV (Ctrl+O); you can also "
                                                                        "drop one on the window"))
        self.open_test_button = make_button(translate("forecast.data_panel", "Test CSV…"), "openTestCsvButton",
                                            translate("forecast.data_panel",
                                                      "Optional separate test file continuing the training file "
                                                      "(the exercise's two-file workflow)"))
        self.clear_test_button = make_button(translate("forecast.data_panel", "No test file"), "clearTestCsvButton",
                                             translate("forecast.data_panel",
                                                       "Forget the test file; the test period is then the end of "
                                                       "the training file"))
        self.data_label = QLabel("", objectName="dataLabel", textFormat=Qt.TextFormat.RichText)
        self.data_label.setWordWrap(True)
        self.symbol_combo = QComboBox(objectName="symbolCombo")
        self.symbol_combo.setToolTip(translate("forecast.data_panel", "The file holds several symbols; pick the one "
                                                                      "to forecast"))
        self.column_combo = QComboBox(objectName="columnCombo")
        self.column_combo.setToolTip(translate("forecast.data_panel", "The column to forecast (the exercise "
                                                                      "forecasts Open)"))
        self.feature_list = QListWidget(objectName="featureList")
        self.feature_list.setToolTip(translate("forecast.data_panel", "Tick extra columns the network also sees as "
                                                                      "inputs (for example High, Low, Volume)"))
        self.feature_list.setMaximumHeight(90)
        self.test_from_edit = QLineEdit(objectName="testFrom")
        self.test_from_edit.setPlaceholderText(translate("forecast.data_panel", "YYYY-MM-DD (empty: test fraction)"))
        helps = {s.name: param_text(s.help) for s in param_specs(ForecastConfig)}
        self.test_from_edit.setToolTip(helps["test_from"])
        self.bar_combo = QComboBox(objectName="barSizeCombo")
        self.bar_combo.setToolTip(helps["bar_size"])
        self.from_edit = QLineEdit(objectName="dateFrom",
                                   placeholderText=translate("forecast.data_panel", "YYYY-MM-DD (empty: first row)"))
        self.from_edit.setToolTip(helps["date_from"])
        self.to_edit = QLineEdit(objectName="dateTo",
                                 placeholderText=translate("forecast.data_panel", "YYYY-MM-DD (empty: last row)"))
        self.to_edit.setToolTip(helps["date_to"])
        last_rows = {s.name: s for s in param_specs(ForecastConfig)}["last_rows"]
        self.last_rows_spin = QSpinBox(objectName="lastRows", minimum=0, maximum=int(last_rows.high or 0),
                                       specialValueText=translate("forecast.data_panel", "all"), singleStep=1000,
                                       groupSeparatorShown=True)
        self.last_rows_spin.setToolTip(helps["last_rows"])
        self.notes_label = QLabel("", objectName="notesLabel", textFormat=Qt.TextFormat.PlainText)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #7a4a00;")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.open_test_button, self.clear_test_button):
            buttons.addWidget(button)
        self.form = QFormLayout()
        self.form.addRow(translate("forecast.data_panel", "Symbol"), self.symbol_combo)
        self.form.addRow(translate("forecast.data_panel", "Forecast"), self.column_combo)
        self.form.addRow(translate("forecast.data_panel", "Extra inputs"), self.feature_list)
        self.form.addRow(translate("forecast.data_panel", "From"), self.from_edit)
        self.form.addRow(translate("forecast.data_panel", "To"), self.to_edit)
        self.form.addRow(translate("forecast.data_panel", "Last rows"), self.last_rows_spin)
        self.form.addRow(translate("forecast.data_panel", "Bar size"), self.bar_combo)
        self.form.addRow(translate("forecast.data_panel", "Test from"), self.test_from_edit)
        box = QVBoxLayout(self)
        box.addLayout(buttons)
        box.addWidget(self.data_label)
        box.addLayout(self.form)
        box.addWidget(self.notes_label)
        self.symbol_combo.activated.connect(self._on_symbol_combo_activated)
        self.column_combo.currentIndexChanged.connect(self._on_column_combo_changed)
        self.feature_list.itemChanged.connect(self.column_changed)
        self.test_from_edit.editingFinished.connect(self.test_from_edited)
        self.bar_combo.activated.connect(self.rows_chosen)
        self.from_edit.editingFinished.connect(self._on_period_edited)
        self.to_edit.editingFinished.connect(self._on_period_edited)
        self.last_rows_spin.editingFinished.connect(self._on_period_edited)
        self._period = ("", "", 0)

    def choices(self) -> DataChoices:
        """The configuration fields this box edits: target column, extra inputs, test start."""
        features = tuple(self.feature_list.item(i).text() for i in range(self.feature_list.count())
                         if self.feature_list.item(i).checkState() == Qt.CheckState.Checked)
        return {"column": self.column_combo.currentText(), "features": features,
                "test_from": self.test_from_edit.text().strip(), "date_from": self.from_edit.text().strip(),
                "date_to": self.to_edit.text().strip(), "last_rows": self.last_rows_spin.value() or None,
                "bar_size": self.bar_combo.currentData() or ""}

    def show_data(self, session: ForecastSession, keep_column: bool) -> None:
        """Show what ``session`` holds: file names, rows and span, symbols, columns and the loader's notes."""
        data = session.inputs().train
        current = self.column_combo.currentText()
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        self.column_combo.addItems(data.columns)
        self.column_combo.setCurrentText(current if keep_column and current in data.columns else data.default_column())
        self.column_combo.blockSignals(False)
        self.symbol_combo.clear()
        self.symbol_combo.addItems(list(data.symbols))
        if data.symbol:
            self.symbol_combo.setCurrentText(data.symbol)
        self.form.setRowVisible(self.symbol_combo, len(data.symbols) > 1)
        self._fill_features(data.columns, ())
        self._reset_rows(data.frame.index)
        self.show_rows(session)
        self.data_label.setToolTip(auto_literal(data.source))
        self.test_from_edit.setEnabled(session.test_data is None)
        self.show_notes(session.notes(), None)

    def show_rows(self, session: ForecastSession) -> None:
        """The files' names, the rows read and the rows chosen (period, bars), and their span."""
        data = session.inputs().train
        names = Path(data.source).name
        if session.test_data is not None:
            names += filled(translate("forecast.data_panel", " + test file {name} ({len:,} rows)"),
                            name=Path(session.test_data.source).name, len=len(session.test_data.frame))
        frame = session.frame()
        rows = filled(translate("forecast.data_panel", "{len:,} rows"), len=len(frame))
        if session.chosen is not None and (session.chosen.n_rows_read != len(frame) or session.chosen.notes):
            bars = self.bar_combo.currentData()
            if bars:
                rows = filled(translate("forecast.data_panel", "{len:,} bars of {bars} of {read:,} read"),
                              len=len(frame), bars=bars, read=session.chosen.n_rows_read)
            else:
                rows = filled(translate("forecast.data_panel", "{len:,} rows of {read:,} read"), len=len(frame),
                              read=session.chosen.n_rows_read)
        self.data_label.setText(filled(translate("forecast.data_panel", "<b>{escape_html}</b><br>{rows} · {span}"),
                                       escape_html=escape_html(names), rows=rows,
                                       span=_span(frame.index, session.chart_series().date_format)))

    def _reset_rows(self, index) -> None:
        """Every row of a newly opened file: no period, and the bar sizes longer than its spacing on offer."""
        from rnnlab.engine.forecast.selection import bar_sizes

        self.bar_combo.clear()
        self.bar_combo.addItem(translate("forecast.data_panel", "As in the file"), "")
        for rule in bar_sizes(index):
            self.bar_combo.addItem(rule, rule)
        for edit in (self.from_edit, self.to_edit):
            edit.clear()
        self.last_rows_spin.setValue(0)
        self._period = ("", "", 0)
        dated = self.bar_combo.count() > 1
        for widget in (self.bar_combo, self.from_edit, self.to_edit):
            self.form.setRowVisible(widget, dated)

    def _on_period_edited(self) -> None:
        period = (self.from_edit.text().strip(), self.to_edit.text().strip(), self.last_rows_spin.value())
        if period != self._period:
            self._period = period
            self.rows_chosen.emit()

    def show_notes(self, notes: list[str], warning: str | None) -> None:
        """The loader's notes, then the warning about the target column's jumps."""
        lines = ["• " + engine_text(note) for note in notes] + ([f"⚠ {engine_text(warning)}"] if warning else [])
        self.notes_label.setText("\n".join(lines))

    def show_model_columns(self, config: ForecastConfig) -> None:
        """Select a loaded model's target column and extra inputs, and show its period and bar size."""
        self.column_combo.setCurrentText(config.column)
        self._fill_features([self.column_combo.itemText(i) for i in range(self.column_combo.count())],
                            config.feature_list())
        self.from_edit.setText(config.date_from)
        self.to_edit.setText(config.date_to)
        self.last_rows_spin.setValue(config.last_rows or 0)
        self._period = (config.date_from, config.date_to, config.last_rows or 0)
        if config.bar_size and self.bar_combo.findData(config.bar_size) < 0:
            self.bar_combo.addItem(config.bar_size, config.bar_size)
        self.bar_combo.setCurrentIndex(max(0, self.bar_combo.findData(config.bar_size)))

    def set_busy(self, busy: bool, has_data: bool, has_test: bool) -> None:
        """Enable what may be used now."""
        self.open_button.setEnabled(not busy)
        self.open_test_button.setEnabled(not busy and has_data)
        self.clear_test_button.setEnabled(not busy and has_test)
        for widget in (self.symbol_combo, self.column_combo, self.feature_list, self.bar_combo, self.from_edit,
                       self.to_edit, self.last_rows_spin):
            widget.setEnabled(not busy and has_data)
        self.symbol_combo.setEnabled(not busy and self.symbol_combo.count() > 1)
        self.test_from_edit.setEnabled(not busy and has_data and not has_test)

    def _fill_features(self, columns: list[str], checked: list[str] | tuple[str, ...]) -> None:
        self.feature_list.blockSignals(True)
        self.feature_list.clear()
        target = self.column_combo.currentText()
        for column in columns:
            if column == target:
                continue
            item = QListWidgetItem(column)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if column in checked else Qt.CheckState.Unchecked)
            self.feature_list.addItem(item)
        self.feature_list.blockSignals(False)

    def _on_column_combo_changed(self) -> None:
        columns = [self.column_combo.itemText(i) for i in range(self.column_combo.count())]
        self._fill_features(columns, self.choices()["features"])
        self.column_changed.emit()

    def _on_symbol_combo_activated(self) -> None:
        self.symbol_chosen.emit(self.symbol_combo.currentText())


def _span(index, fmt: str | None) -> str:
    """The first and last row's date in ``fmt`` (found off the window's thread: it passes over every row)."""
    if fmt is None:
        return translate("forecast.data_panel", "no dates (rows in file order)")
    return filled(translate("forecast.data_panel", "{strftime} to {strftime2}"), strftime=index[0].strftime(fmt),
                  strftime2=index[-1].strftime(fmt))
