"""A legend above a plot's data, never over it: it sits in the plot's title row, which takes the legend's height,
and its entries wrap into as many columns as the plot's width holds. An entry may say what its curve is (a
tooltip) and may be a toggle: clicking its sample or its name shows or hides the curve (a hidden curve's sample
is an eye crossed out, its name greyed)."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import Qt, Signal

from rnnlab.gui.i18n import translate
from rnnlab.gui.widgets.plot_theme import legend_brush

_HIDDEN_TEXT = "#8c8c8c"
_SAMPLE = 20  # pyqtgraph draws a legend sample 20 pixels square
_ROW = 22
_MARGIN = 2


class _Sample(ItemSample):
    """A legend sample that toggles its curve only when its entry is a toggle (pyqtgraph's toggles any curve)."""

    def __init__(self, item, legend: HeaderLegend) -> None:
        super().__init__(item)
        self._legend = legend

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._legend.toggle(self.item):
            event.accept()
        else:
            event.ignore()


class HeaderLegend(pg.LegendItem):
    """The legend of ``plot``, in its title row. ``toggled(curve, visible)`` fires when a click shows or hides a
    toggle entry's curve."""

    toggled = Signal(object, bool)

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__(offset=None, brush=pg.mkBrush(legend_brush()), horSpacing=6)
        self._plot = plot
        self._toggles: set[int] = set()
        self.layout.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        self.layout.setVerticalSpacing(0)
        self.setParentItem(plot)
        self.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 2))
        plot.geometryChanged.connect(self.reflow)

    def add(self, curve, name: str, tooltip: str = "", toggle: bool = False) -> None:
        """Add an entry for ``curve``; with ``toggle`` a click on it shows or hides the curve."""
        sample = _Sample(curve, self)
        self.addItem(sample, name)
        _, label = self.items[-1]
        for part in (sample, label):
            part.setToolTip(tooltip + (translate("forecast.header_legend",
                                                 " Click to show or hide it.") if toggle else ""))
        if toggle:
            self._toggles.add(id(curve))
        self._grey(curve)

    def clear(self) -> None:
        """Remove every entry (and forget which were toggles)."""
        super().clear()
        self._toggles = set()

    def toggle(self, curve) -> bool:
        """Show or hide ``curve`` if its entry is a toggle; returns whether it was one."""
        if id(curve) not in self._toggles:
            return False
        curve.setVisible(not curve.isVisible())
        self._grey(curve)
        for sample, _ in self.items:
            sample.update()
        self.toggled.emit(curve, curve.isVisible())
        return True

    def _grey(self, curve) -> None:
        label = self.getLabel(curve)
        if label is not None and id(curve) in self._toggles:
            colour = None if curve.isVisible() else _HIDDEN_TEXT
            label.setText(label.text, color=colour or self.opts["labelTextColor"] or pg.getConfigOption("foreground"))

    def mouseClickEvent(self, event) -> None:
        """A click on an entry's name toggles it as a click on its sample does."""
        for sample, label in self.items:
            if label.mapRectToParent(label.boundingRect()).contains(event.pos()) and self.toggle(sample.item):
                event.accept()
                return
        event.ignore()

    def mouseDragEvent(self, event) -> None:
        """The legend stays in its row (pyqtgraph's can be dragged over the data)."""
        event.ignore()

    def hoverEvent(self, event) -> None:
        """No drag to accept (see :meth:`mouseDragEvent`)."""

    def reflow(self) -> None:
        """Put as many entries in a row as the plot's width holds (in order, row by row), size the legend to its
        entries (pyqtgraph's ``updateSize`` measures the cells the layout stretched, so it only ever grows) and give
        the title row the legend's height."""
        spacing = self.layout.horizontalSpacing()
        texts = [label.item.boundingRect().width() for _, label in self.items]
        room = self._plot.width() - 2 * _MARGIN
        columns = max(1, len(texts))
        while columns > 1 and self._row_width(texts, columns, spacing) > room:
            columns -= 1
        while self.layout.count():
            self.layout.removeAt(self.layout.count() - 1)
        for index, (sample, label) in enumerate(self.items):
            row, column = divmod(index, columns)
            self.layout.addItem(sample, row, 2 * column, alignment=Qt.AlignmentFlag.AlignVCenter)
            self.layout.addItem(label, row, 2 * column + 1)
        self.columnCount = columns
        rows = -(-len(self.items) // columns)
        height = rows * _ROW + 2 * _MARGIN if self.items else 0
        self.setGeometry(0, 0, self._row_width(texts, columns, spacing) + 2 * _MARGIN if self.items else 0, height)
        self._plot.layout.setRowFixedHeight(0, height + 2 if self.items else 0)

    @staticmethod
    def _row_width(texts: list[float], columns: int, spacing: float) -> float:
        """The width of ``columns`` entries a row, each column as wide as its widest name."""
        return sum(_SAMPLE + spacing + max(texts[c::columns]) for c in range(columns)) + spacing * (columns - 1)

    def updateSize(self) -> None:
        """Sized by :meth:`reflow` instead."""
