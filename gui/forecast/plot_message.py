"""A sentence in a plot's data area saying why the plot is empty or incomplete (no data yet, a column with no
numbers, a loss that is not finite), instead of an empty frame. Plain text: it may name a column."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel


class PlotMessage(QLabel):
    """A word-wrapped label over the top of ``plot``'s data area, hidden while it has nothing to say."""

    def __init__(self, plot: pg.PlotWidget, object_name: str) -> None:
        super().__init__(plot, objectName=object_name)
        self._plot = plot
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: #b35900; background: rgba(128, 128, 128, 40); padding: 4px; border-radius: 3px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        plot.getViewBox().sigResized.connect(self.place)

    def say(self, text: str) -> None:
        """Show ``text`` over the data area (empty: hide)."""
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))
        self.place()

    def place(self) -> None:
        """Centre the label at the top of the data area, as wide as the area allows."""
        if not self.text():
            return
        area = self._plot.mapFromScene(self._plot.getViewBox().sceneBoundingRect()).boundingRect()
        width = max(60, min(area.width() - 16, 520))
        height = self.heightForWidth(width)
        self.setGeometry(QRect(area.center().x() - width // 2, area.top() + 8, width, height))
