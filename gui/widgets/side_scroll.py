"""A side panel in a vertical scroll area: a short window shows part of the panel instead of refusing to shrink, and
the area is as wide as the panel needs, so nothing scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def vertical_scroll(panel: QWidget, object_name: str) -> QScrollArea:
    """``panel`` in a frameless scroll area that scrolls up and down only, at least as wide as the panel's minimum
    plus the scroll bar."""
    scroll = QScrollArea(objectName=object_name)
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(panel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
    return scroll
