"""The range helper of a varied setting: evenly spaced values between two bounds (linear or logarithmic) as the text
of the values field, so a sweep over learning rates is three numbers to type, not seven."""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from rnnlab.engine.errors import InputError
from rnnlab.engine.params import ParamSpec
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import filled, translate

MAX_COUNT = 50


def spaced_values(low: float, high: float, count: int, log: bool, whole: bool) -> list[str]:
    """``count`` values from ``low`` to ``high`` (both included), evenly spaced or, with ``log``, evenly spaced in
    their logarithm; whole numbers rounded (a value rounded onto its neighbour is listed once), others to four
    significant digits. An InputError for a log range that is not positive."""
    if log and (low <= 0 or high <= 0):
        raise InputError(translatable("Engine", "A logarithmic range needs bounds above 0."))
    if count == 1:
        points = [low]
    elif log:
        ratio = math.log(high / low) / (count - 1)
        points = [low * math.exp(ratio * k) for k in range(count)]
    else:
        points = [low + (high - low) * k / (count - 1) for k in range(count)]
    texts = [str(round(value)) if whole else f"{value:.4g}" for value in points]
    return list(dict.fromkeys(texts))


class RangeDialog(QDialog):
    """Asks for from, to, count and the spacing of a number setting; ``values()`` is the text for the field."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentsRangeDialog")
        self.setWindowTitle(filled(translate("experiments.value_range", "Values of {label}"), label=spec.label))
        self._whole = spec.kind is int
        low = spec.low if spec.low is not None else 0.0
        high = spec.high if spec.high is not None else max(1.0, low * 10)
        self.low_box, self.high_box = (self._bound_box(spec, low, high, value, name)
                                       for value, name in ((low, "experimentsRangeFrom"),
                                                           (high, "experimentsRangeTo")))
        self.low_box.setToolTip(filled(translate("experiments.value_range", "The first value (at least {low:g})"),
                                       low=low))
        self.high_box.setToolTip(filled(translate("experiments.value_range", "The last value (at most {high:g})"),
                                        high=high))
        self.count_box = QSpinBox(objectName="experimentsRangeCount", minimum=2, maximum=MAX_COUNT, value=3)
        self.count_box.setToolTip(translate("experiments.value_range", "How many values, the first and the last "
                                                                       "included"))
        self.spacing_combo = QComboBox(objectName="experimentsRangeSpacing")
        self.spacing_combo.addItems([translate("experiments.value_range", "linear"),
                                     translate("experiments.value_range", "logarithmic")])
        self.spacing_combo.setCurrentIndex(1 if spec.log_scale else 0)
        self.spacing_combo.setToolTip(translate("experiments.value_range", "linear: equal steps (10, 20, 30); "
                                                                           "logarithmic: equal ratios (0.001, 0.01, "
                                                                           "0.1), for rates and scales"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("experiments.value_range", "From"), self.low_box)
        form.addRow(translate("experiments.value_range", "To"), self.high_box)
        form.addRow(translate("experiments.value_range", "Count"), self.count_box)
        form.addRow(translate("experiments.value_range", "Spacing"), self.spacing_combo)
        form.addRow(buttons)

    def _bound_box(self, spec: ParamSpec, low: float, high: float, value: float,
                   name: str) -> QSpinBox | QDoubleSpinBox:
        box: QSpinBox | QDoubleSpinBox
        if self._whole:
            box = QSpinBox(objectName=name)
            box.setRange(int(low), int(high))
            box.setValue(int(value))
        else:
            box = double = QDoubleSpinBox(objectName=name)
            double.setDecimals(6)
            double.setRange(low, high)
            double.setValue(value)
            if spec.log_scale:
                double.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        return box

    def values(self) -> str:
        """The chosen values as the field's text (``0.001,0.01,0.1``); an InputError for a log range from 0."""
        texts = spaced_values(self.low_box.value(), self.high_box.value(), self.count_box.value(),
                              self.spacing_combo.currentIndex() == 1, self._whole)
        return ",".join(texts)
