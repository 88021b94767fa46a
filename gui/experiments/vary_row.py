"""One varied setting of an experiment: which setting (by its label), its values as typed (``rnn,lstm``) or filled by
the range helper, and, beside them, why the values are refused (checked by the engine's ``parse_axis``, the same
check as ``rnnlab sweep --vary``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from rnnlab.engine.errors import InputError
from rnnlab.engine.experiments.experiment import Axis, canonical_text, parse_axis, varied_specs
from rnnlab.engine.labs import Lab
from rnnlab.engine.params import ParamSpec
from rnnlab.gui.experiments.value_range import RangeDialog
from rnnlab.gui.i18n import engine_text, filled, param_text, translate

ERROR_STYLE = "color: #c62828;"


class VaryRow(QWidget):
    """Setting combo, values field, range button and the error line of varied setting number ``number`` (1 or 2);
    ``changed`` fires on any edit. Its first entry is "nothing" (no setting varied)."""

    changed = Signal()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._specs: dict[str, ParamSpec] = {}
        self.setting_combo = QComboBox(objectName=f"experimentsVary{number}Setting")
        self.setting_combo.setToolTip(filled(translate("experiments.vary_row", "Setting {number} to vary: every "
                                                                               "value listed beside it is run (with "
                                                                               "every value of the other varied "
                                                                               "setting), each with every seed"),
                                             number=number))
        self.values_edit = QLineEdit(objectName=f"experimentsVary{number}Values")
        self.values_edit.setToolTip(translate("experiments.vary_row", "The values to run, separated by commas, e.g. "
                                                                      "rnn,lstm,gru or 0.01,0.001 (off for an "
                                                                      "optional setting's none); checked as you type"))
        self.range_button = QPushButton(translate("experiments.vary_row", "Range…"),
                                        objectName=f"experimentsVary{number}Range")
        self.error_label = QLabel(objectName=f"experimentsVary{number}Error", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.setting_combo, 0, 0)
        layout.addWidget(self.values_edit, 0, 1)
        layout.addWidget(self.range_button, 0, 2)
        layout.addWidget(self.error_label, 1, 0, 1, 3)
        layout.setColumnStretch(1, 1)
        self.setting_combo.currentIndexChanged.connect(self._on_setting_combo_current_index_changed)
        self.values_edit.textChanged.connect(self.changed)
        self.range_button.clicked.connect(self._on_range_button_clicked)

    def set_lab(self, lab: Lab[Any, Any, Any]) -> None:
        """Offer the settings ``lab`` can vary (their labels) and clear the values."""
        self._specs = {spec.flag[2:]: spec for spec in varied_specs(lab)}
        self.setting_combo.blockSignals(True)
        self.setting_combo.clear()
        self.setting_combo.addItem(translate("experiments.vary_row", "nothing"), "")
        for flag_name, spec in self._specs.items():
            self.setting_combo.addItem(param_text(spec.label), flag_name)
            self.setting_combo.setItemData(self.setting_combo.count() - 1, param_text(spec.help),
                                           Qt.ItemDataRole.ToolTipRole)
        self.setting_combo.blockSignals(False)
        self.show_axis(None)

    def show_axis(self, axis: Axis | None) -> None:
        """Show a varied setting and its values as typed (nothing for None)."""
        flag_name = axis.flag_name if axis is not None else ""
        self.setting_combo.setCurrentIndex(max(0, self.setting_combo.findData(flag_name)))
        self.values_edit.setText(",".join(axis.texts) if axis is not None else "")
        self._sync()

    def set_values(self, setting: str, values: str) -> None:
        """Vary ``setting`` (its flag name, ``learning-rate``) over ``values`` as typed."""
        self.setting_combo.setCurrentIndex(max(0, self.setting_combo.findData(setting)))
        self.values_edit.setText(values)

    def setting(self) -> str | None:
        """The field name of the varied setting (``learning_rate``), None when nothing is varied."""
        spec = self._specs.get(self.setting_combo.currentData() or "")
        return spec.name if spec is not None else None

    def text(self) -> str | None:
        """``NAME=V1,V2`` as ``--vary`` takes it, None when no setting is chosen."""
        flag_name = self.setting_combo.currentData()
        return f"{flag_name}={self.values_edit.text()}" if flag_name else None

    def axis(self, lab: Lab[Any, Any, Any], base: Any) -> Axis | None:
        """The varied setting checked against ``base`` (None when nothing is varied); an InputError saying why not,
        also shown on the error line."""
        text = self.text()
        if text is None:
            self.show_error("")
            return None
        try:
            axis = parse_axis(lab, base, text)
        except InputError as exc:
            shown = engine_text(exc.message)
            for prefix in (f"--vary {text}: ", f"\u2066--vary {text}\u2069: "):  # the flag, as typed or isolated
                shown = shown.removeprefix(prefix)
            self.show_error(shown)
            raise
        self.show_error("")
        return axis

    def show_error(self, message: str) -> None:
        """Say why the values are refused (hidden when ``message`` is empty)."""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_setting_combo_current_index_changed(self, _index: int) -> None:
        self.values_edit.clear()
        spec = self._specs.get(self.setting_combo.currentData() or "")
        if spec is not None and spec.choices is not None:
            self.values_edit.setText(",".join(canonical_text(choice) for choice in spec.choices))
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        spec = self._specs.get(self.setting_combo.currentData() or "")
        self.values_edit.setEnabled(spec is not None)
        self.range_button.setEnabled(spec is not None and (spec.kind in (int, float) or spec.kind is bool))
        self.values_edit.setPlaceholderText("" if spec is None else filled(translate("experiments.vary_row",
                                                                                     "values of {label}, separated "
                                                                                     "by commas"),
                                                                           label=param_text(spec.label)))
        if spec is not None and spec.kind is bool:
            self.range_button.setToolTip(translate("experiments.vary_row", "Fill in both values: on,off"))
        else:
            self.range_button.setToolTip(translate("experiments.vary_row", "Fill in evenly spaced values between "
                                                                           "two bounds, linear or logarithmic"))
        if spec is None:
            self.show_error("")

    def _on_range_button_clicked(self) -> None:
        spec = self._specs.get(self.setting_combo.currentData() or "")
        if spec is None:
            return
        if spec.kind is bool:
            self.values_edit.setText(translate("experiments.vary_row", "on,off"))
            return
        dialog = RangeDialog(spec, self)
        if dialog.exec() != RangeDialog.DialogCode.Accepted:
            return
        try:
            self.values_edit.setText(dialog.values())
        except InputError as exc:
            self.show_error(engine_text(exc.message))
