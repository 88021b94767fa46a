"""Plots that follow the system's light or dark palette, at start and when the desktop switches while the app runs.

pyqtgraph takes its background and foreground from global options when a plot is made; ``use_palette`` sets
them from the application's palette (Base and Text), and ``restyle_plots`` repaints the plots that already exist.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def palette_colours() -> tuple[QColor, QColor]:
    """The application palette's (background, foreground) for plots: its Base and Text colours."""
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


def use_palette() -> None:
    """Make plots created from now on use the application palette's colours."""
    background, foreground = palette_colours()
    pg.setConfigOptions(background=background, foreground=foreground)


def legend_brush() -> QColor:
    """The plots' background colour, slightly see-through, for the box behind a legend."""
    colour = QColor(pg.getConfigOption("background"))
    colour.setAlpha(220)
    return colour


def restyle_plots(root: QWidget) -> None:
    """Give every plot under ``root`` the palette's background, and its axes and legends the foreground."""
    use_palette()
    background, foreground = palette_colours()
    for view in root.findChildren(pg.GraphicsView):
        view.setBackground(background)
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                item.setPen(foreground)
                item.setTextPen(foreground)
            elif isinstance(item, pg.LegendItem):
                item.setLabelTextColor(foreground)
                for _sample, label in item.items:
                    label.setText(label.text, color=foreground)
                if item.brush().style() != Qt.BrushStyle.NoBrush:
                    item.setBrush(legend_brush())
