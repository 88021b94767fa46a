"""The gradient-flow tab's preset picker: a combo box whose long names (a paper's result and its authors) are elided
with "…" where the side panel is too narrow, never cut; the whole name is its tooltip, and the list it opens is as
wide as its longest entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from rnnlab.gui.i18n import filled, translate

POPUP_MARGIN = 40
"""Room in the open list beside the longest name: the item's padding and a scroll bar."""


class PresetPicker(QComboBox):
    """A combo box of preset names: ``hint`` heads the tooltip, which ends with the whole name of the current one."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(self._on_current_index_changed)
        self.setToolTip(hint)

    def longest_name_width(self) -> int:
        """The width in pixels of the longest entry's text."""
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(self.itemText(k)) for k in range(self.count())), default=0)

    def showPopup(self) -> None:
        """Open the list at least as wide as its longest name, whatever the box's width."""
        self.view().setMinimumWidth(self.longest_name_width() + POPUP_MARGIN)
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the box as the style does, with the current name elided to the room its text field has."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                                           field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _on_current_index_changed(self, index: int) -> None:
        name = self.itemText(index)
        self.setToolTip(filled(translate("gradflow.preset_picker", "{hint}\nNow: {name}"), hint=self._hint,
                               name=name) if index > 0 else self._hint)
