"""The alignment heatmap of one word: where the attention looked while writing each output character.

Source characters (plus the end token) run along the bottom, generated characters down the side; the colour
scale is fixed to 0..1 so two words can be compared by eye. Hovering shows the weight under the mouse. A
model without attention has no alignment, and the view says so instead of drawing an empty plot. Spaces (a line
task's sources have them) are shown as ␣; a long line's axes label every k-th character.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from rnnlab.engine.errors import InputError
from rnnlab.engine.jobs import CancelToken, FileWritten, Job, ProgressFn
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import filled, translate
from rnnlab.gui.widgets.png_file import save_png
from rnnlab.gui.widgets.user_text import auto_literal, escape_html

END_LABEL = "</s>"
SPACE_LABEL = "␣"
"""A space of a line task's source or output, made visible on the axes and in the tooltip."""
MAX_COLUMN_LABELS = 48
MAX_ROW_LABELS = 20
"""More characters than these (a long line of a pairs task) are labelled every second, third… one, so the labels
never overprint each other; the tooltip still names every cell."""
TITLE_MARGIN = 24
"""Pixels kept free beside the title: a title wider than its plot pushed the colour bar out of view."""


class AlignmentView(QWidget):
    """A pyqtgraph ImageItem of an alignment matrix with character axes and a 0..1 colour bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alignmentView")
        self.matrix: np.ndarray | None = None
        self.columns: list[str] = []
        self.rows: list[str] = []
        self.title = ""
        self.plot_widget = pg.PlotWidget(objectName="alignmentPlot")
        self.plot_widget.setMinimumSize(280, 220)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.setLabel("bottom", translate("translate.alignment", "source characters"))
        self.plot.setLabel("left", translate("translate.alignment", "generated characters"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=pg.colormap.get("viridis"),
                                          interactive=False, label=translate("translate.alignment", "attention weight"),
                                          colorMapMenu=False)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        self.message = QLabel(objectName="alignmentMessage", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True,
                              textFormat=Qt.TextFormat.PlainText)
        self.message.setMargin(16)
        self.message.setAutoFillBackground(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(self.message)
        # Every page stays shown and laid out, the current one raised over the others: bringing a hidden plot back
        # made Qt resize it and pyqtgraph lay the whole plot out again (a long stall in a profile).
        stack_layout = self.stack.layout()
        if isinstance(stack_layout, QStackedLayout):  # a QStackedWidget's own layout
            stack_layout.setStackingMode(QStackedLayout.StackingMode.StackAll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.show_message(translate("translate.alignment", "Type a word to see where the attention looks."))

    def show_message(self, text: str) -> None:
        """Show ``text`` in place of the plot (no word, or a model without attention)."""
        self.matrix = None
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    @property
    def showing_plot(self) -> bool:
        """True when a matrix is drawn (rather than a message)."""
        return self.stack.currentWidget() is self.plot_widget

    def show_alignment(self, source: str, output: str, matrix: np.ndarray) -> None:
        """Draw ``matrix`` (one row per character of ``output``, one column per character of ``source`` + end)."""
        if matrix.size == 0:
            self.show_message(filled(translate("translate.alignment", "The model wrote nothing for “{source}”, so "
                                                                      "there is no alignment to show."), source=source))
            return
        self.matrix = np.asarray(matrix, dtype=np.float32)
        self.columns = [_visible(c) for c in source] + [END_LABEL]
        self.rows = [_visible(c) for c in output][: self.matrix.shape[0]]
        self.image.setImage(self.matrix, levels=(0.0, 1.0), autoLevels=False)
        self.image.setRect(0, 0, self.matrix.shape[1], self.matrix.shape[0])
        self.plot.getAxis("bottom").setTicks([_ticks(self.columns, MAX_COLUMN_LABELS)])
        self.plot.getAxis("left").setTicks([_ticks(self.rows, MAX_ROW_LABELS)])
        self.plot.setRange(xRange=(0, self.matrix.shape[1]), yRange=(0, self.matrix.shape[0]), padding=0)
        self.title = f"{source} → {output}"
        self._show_title()
        self.stack.setCurrentWidget(self.plot_widget)

    def _show_title(self) -> None:
        """The title, cut with … to fit the plot's width (a long or wide line would widen the plot and push the
        colour bar out of view): the longest start of it that fits, found by halving, as pyqtgraph renders it."""
        width = max(self.plot_widget.width() - TITLE_MARGIN, 40)
        if self._set_title(self.title) <= width:
            return
        low, high = 0, len(self.title)
        while high - low > 1:
            middle = (low + high) // 2
            if self._set_title(self.title[:middle] + "…") <= width:
                low = middle
            else:
                high = middle
        self._set_title(self.title[:low] + "…")

    def _set_title(self, text: str) -> float:
        """Show ``text`` as the title; returns its width in pixels."""
        self.plot.setTitle(escape_html(text))
        return self.plot.titleLabel.item.boundingRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.title:
            self._show_title()

    def weight_text(self, x: float, y: float) -> str:
        """The tooltip for the view point (x, y): which characters the cell pairs and its weight, or ''."""
        if self.matrix is None:
            return ""
        row, column = int(np.floor(y)), int(np.floor(x))
        if not (0 <= row < self.matrix.shape[0] and 0 <= column < self.matrix.shape[1]):
            return ""
        return (filled(translate("translate.alignment",
                                 "writing “{value}” (character {value2}) looks at “{value3}”: weight {value4:.3f}"),
                       value=self.rows[row], value2=row + 1, value3=self.columns[column], value4=self.matrix[row,
                                                                                                             column]))

    def _on_scene_mouse_moved(self, scene_pos: QPointF) -> None:
        if self.matrix is None or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return
        point = self.plot.vb.mapSceneToView(scene_pos)
        text = auto_literal(self.weight_text(point.x(), point.y()))
        self.plot_widget.setToolTip(text)
        if text:
            global_pos = self.plot_widget.mapToGlobal(self.plot_widget.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, self.plot_widget)

    def png_job(self, path: str | os.PathLike[str]) -> Job:
        """Render the heatmap with its axes and colour bar now (Qt paints in the GUI thread) and return a job that
        writes it as PNG, atomically, off the GUI thread; InputError now if there is no heatmap on screen."""
        if not self.showing_plot:
            raise InputError(translatable("Engine", "There is no alignment on screen to export."))
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.plot_widget.scene())
        exporter.parameters()["width"] = max(600, int(self.plot_widget.width() * 2))
        image = exporter.export(toBytes=True)
        path = Path(path)

        def write(progress: ProgressFn, cancel: CancelToken) -> FileWritten:
            save_png(image, path)
            return FileWritten("alignment", path)

        return write


def _visible(character: str) -> str:
    return SPACE_LABEL if character == " " else character


def _ticks(labels: list[str], most: int) -> list[tuple[float, str]]:
    """Tick positions (cell centres) and labels: every character, or every k-th when there are more than ``most``."""
    stride = -(-len(labels) // most)
    return [(i + 0.5, label) for i, label in enumerate(labels) if i % stride == 0]
