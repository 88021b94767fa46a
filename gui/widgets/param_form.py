"""Build a form of controls from a configuration dataclass, using the bounds declared in ``engine.params``.

Each control's objectName is the field name in camelCase (``hidden_size`` -> ``hiddenSize``), its tooltip
the field's help text with its range, so the GUI and the CLI share one source of truth.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from rnnlab.engine.params import ParamSpec, format_number, param_specs
from rnnlab.gui.i18n import filled, param_text, translate

Control = QComboBox | QCheckBox | QSpinBox | QDoubleSpinBox
"""A field's control: a combo box of its choices, a check box, or a spin box of its bounds."""


def object_name(field_name: str) -> str:
    """``hidden_size`` -> ``hiddenSize``: the objectName of a field's control."""
    head, *rest = field_name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _tooltip(spec: ParamSpec) -> str:
    text = param_text(spec.help)
    if spec.low is not None and spec.high is not None:
        text += filled(translate("ParamForm", " (range {low} to {high})"),
                       low=format_number(spec.low), high=format_number(spec.high))
    if spec.optional:
        text += (translate("ParamForm", " Set to the lowest value to turn it off.") if spec.none_text == "off"
                 else filled(translate("ParamForm", " Set to the lowest value for {none}."),
                             none=param_text(spec.none_text)))
    return text


def _decimals(spec: ParamSpec) -> int:
    low = spec.low if spec.low not in (None, 0) else 1e-3
    return max(2, min(8, int(math.ceil(-math.log10(abs(low)))) + 2))


class ParamForm(QWidget):
    """A QFormLayout of one control per ``param`` field of ``config_cls``; ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, config_cls: type, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config_cls = config_cls
        self._specs = [s for s in param_specs(config_cls) if s.form]
        self.controls: dict[str, Control] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for spec in self._specs:
            control = self._make_control(spec)
            control.setObjectName(object_name(spec.name))
            control.setToolTip(_tooltip(spec))
            self.controls[spec.name] = control
            layout.addRow(param_text(spec.label), control)
        self.set_config(config_cls())

    def _make_control(self, spec: ParamSpec) -> Control:
        if spec.choices is not None:
            box = QComboBox()
            for choice in spec.choices:
                box.addItem(str(choice), choice)
            box.currentIndexChanged.connect(self.changed)
            return box
        if spec.kind is bool:
            check = QCheckBox()
            check.toggled.connect(self.changed)
            return check
        if spec.kind not in (int, float):
            raise TypeError(f"{spec.name}: a {spec.kind.__name__} field needs choices, or its own control (form=False)")
        spin: QSpinBox | QDoubleSpinBox
        if spec.kind is int:
            spin = QSpinBox()
            low = int(spec.low) if spec.low is not None else -2**31 + 1
            spin.setRange(low - 1 if spec.optional else low, int(spec.high) if spec.high is not None else 2**31 - 1)
        else:
            spin = double = QDoubleSpinBox()
            double.setDecimals(_decimals(spec))
            double_low = spec.low if spec.low is not None else -1e12
            double.setRange(0.0 if spec.optional else double_low, spec.high if spec.high is not None else 1e12)
            if spec.log_scale:
                double.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        if spec.optional:
            spin.setSpecialValueText(param_text(spec.none_text))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(self.changed)
        return spin

    def config(self, **overrides: Any) -> Any:
        """The configuration the controls describe (not yet validated; ``engine.params.validate`` does that)."""
        values = {spec.name: self._value(spec) for spec in self._specs}
        values.update(overrides)
        return self._config_cls(**values)

    def set_config(self, config: Any) -> None:
        """Show ``config``'s values in the controls."""
        for spec in self._specs:
            self._set_value(spec, getattr(config, spec.name))

    def _value(self, spec: ParamSpec) -> Any:
        control = self.controls[spec.name]
        if isinstance(control, QComboBox):
            return control.currentData()
        if isinstance(control, QCheckBox):
            return control.isChecked()
        if spec.optional and control.value() == control.minimum():
            return None
        return spec.kind(control.value())

    def _set_value(self, spec: ParamSpec, value: Any) -> None:
        control = self.controls[spec.name]
        if isinstance(control, QComboBox):
            control.setCurrentIndex(max(0, control.findData(value)))
        elif isinstance(control, QCheckBox):
            control.setChecked(bool(value))
        elif value is None:
            control.setValue(control.minimum())  # type: ignore[arg-type]  # each box takes its own minimum
        else:
            control.setValue(value)

    def number_box(self, name: str) -> QSpinBox | QDoubleSpinBox:
        """The spin box of the number field ``name`` (TypeError for a field with choices or a check box)."""
        control = self.controls[name]
        if not isinstance(control, (QSpinBox, QDoubleSpinBox)):
            raise TypeError(f"{name} is not a number field")
        return control

    def field_names(self) -> list[str]:
        """The names of the fields this form edits."""
        return [spec.name for spec in self._specs]
