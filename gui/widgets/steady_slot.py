"""A place in a layout for a label whose text changes all the time (a status line, a live legend).

Qt lays a window out again whenever a widget in a layout changes its text (``QLabel.setText`` calls
``updateGeometry``), unless the widget's size is fixed; here that repainted the whole window, every plot
included, for each new status text, at every frame while a tab trained (docs/performance.md, Responsiveness, has
the measurement). The slot takes the label's place in the layout and gives the label exactly its own size with
``setFixedSize``, so a new text repaints the label and nothing else.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class SteadySlot(QWidget):
    """Holds ``widget`` at the slot's size; the slot takes the widget's size policy and minimum and maximum
    sizes (set them on the widget before making the slot) and has its place in the layout."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(widget.objectName() + "Slot" if widget.objectName() else "")
        self.setSizePolicy(widget.sizePolicy())
        self.setMinimumSize(widget.minimumSize())
        self.setMaximumSize(widget.maximumSize())
        self.widget = widget
        widget.setParent(self)
        widget.move(0, 0)
        widget.setFixedSize(self.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The layout gave the slot a new size: the widget takes it (the only time it changes size)."""
        super().resizeEvent(event)
        self.widget.setFixedSize(event.size())
