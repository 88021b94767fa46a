"""The gradient-flow tab's plot panel: a pyqtgraph plot under a header (title and legend), a note line for what
the plot cannot show, and a caption; plus the log-axis ticks and the range rule that keep redraws cheap.

Axis layout is the costly part of a pyqtgraph redraw, so panels keep fixed ranges: x is set once per run and y
(log10 data) spans whole decades and widens only when the data leaves them (:func:`decade_range`). Imports no torch.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from rnnlab.engine.report.ticks import log_ticks
from rnnlab.gui.i18n import shown_as
from rnnlab.gui.widgets.steady_slot import SteadySlot
from rnnlab.gui.widgets.user_text import escape_html

CELL_NAMES = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU"}
_SUBSCRIPT = re.compile(r"_\{([^}]*)\}|_([A-Za-z0-9]+)")


def math_html(text: str) -> str:
    """Plain text with TeX-like subscripts (``c_{t−1}``, ``W_rec``) as rich text with real subscripts."""
    escaped = escape_html(text)
    return _SUBSCRIPT.sub(lambda m: f"<sub>{m.group(1) if m.group(1) is not None else m.group(2)}</sub>", escaped)


class DecadeAxis(pg.AxisItem):
    """A y axis for log10 data, ticked and labelled by the engine's :func:`log_ticks` (the reports' rule too):
    whole decades as powers of ten (10⁻⁴⁰), 1, 2 and 5 times a decade over a few decades, round plain numbers
    inside one; labels never repeat, however far it is zoomed in."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal, maxVal, size):
        low, high = sorted((minVal, maxVal))
        positions, labels = log_ticks(low, high, max(2, int(size / 28)))
        self._labels = dict(zip(positions, labels, strict=True))
        spacing = positions[1] - positions[0] if len(positions) > 1 else 1.0
        return [(spacing, positions)]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(value, "") for value in values]


def decade_range(shown: tuple[float, float] | None, low: float, high: float) -> tuple[float, float]:
    """The log10 range to show for data between ``low`` and ``high``: the ``shown`` range while the data stays
    inside it, else whole decades around the data and the old range (so a range only ever grows during a run)."""
    if shown is not None and shown[0] <= low and high <= shown[1]:
        return shown
    new_low, new_high = float(math.floor(low)), float(math.ceil(high))
    if shown is not None:
        new_low, new_high = min(new_low, shown[0]), max(new_high, shown[1])
    if new_high - new_low < 1:
        new_high = new_low + 1
    return float(new_low), float(new_high)


def finite_span(*arrays: np.ndarray) -> tuple[float, float] | None:
    """Smallest and largest finite value over ``arrays`` (None when there is none)."""
    finite = [a[np.isfinite(a)] for a in arrays if a is not None]
    finite = [a for a in finite if a.size]
    if not finite:
        return None
    return float(min(a.min() for a in finite)), float(max(a.max() for a in finite))


def finite_or_nan(values: np.ndarray) -> np.ndarray:
    """Non-finite log values (an exact zero gives -inf) become NaN, which the curves leave as gaps."""
    out = np.asarray(values, dtype=np.float64).copy()
    out[~np.isfinite(out)] = np.nan
    return out


def _style(plot: pg.PlotItem, left: str, bottom: str) -> None:
    """Axis labels, a faint grid and no autorange (ranges are set by the panel); axes are cached as pixmaps, so
    a curve update does not lay out or repaint their tick labels again."""
    plot.setLabel("left", left)
    plot.setLabel("bottom", bottom)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.enableAutoSIPrefix(False)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.disableAutoRange()
    plot.setMenuEnabled(False)
    plot.hideButtons()


class PlotPanel(QWidget):
    """One plot under a header (bold title left, colour legend right, so no legend hides data), a note line
    (hidden unless there is something to say), and a caption below; the full explanation is the tooltip.
    ``set_notice`` replaces the plot by a sentence when the panel does not apply (LSTM-only panels)."""

    def __init__(self, object_name: str, title: str, left: str, bottom: str, caption: str, details: str,
                 log_y: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        axis_items = {"left": DecadeAxis("left")} if log_y else {}
        self.widget = pg.PlotWidget(axisItems=axis_items)
        self.widget.setObjectName(object_name + "Plot")
        self.plot: pg.PlotItem = self.widget.getPlotItem()
        _style(self.plot, left, bottom)
        self.title = QLabel(math_html(title), objectName=object_name + "Title")
        self.title.setStyleSheet("font-weight: bold;")
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.legend.setFont(_small_font(self.legend, 1.0))
        self.legend.setWordWrap(True)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.legend.setFixedHeight(self.legend.fontMetrics().lineSpacing() * 2 + 2)
        self.note = QLabel(objectName=object_name + "Note", wordWrap=True)
        self.note.setFont(_small_font(self.note, 1.0))
        self.note.setStyleSheet("color: #b35900;")
        self.note.hide()
        self.notice = QLabel(objectName=object_name + "Notice", wordWrap=True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setStyleSheet("color: #888888;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.widget)
        self.stack.addWidget(self.notice)
        label = QLabel(math_html(caption))
        label.setWordWrap(True)
        label.setToolTip(details)
        label.setFont(_small_font(label, 1.5))
        label.setMaximumHeight(label.fontMetrics().lineSpacing() * 3 + 4)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.widget.setToolTip(details)
        self._legend_entries: dict[int, tuple[str, str, bool]] = {}
        self._y_fitted: tuple[float, float] | None = None
        self._wanted: dict[str, tuple[float, float]] = {}
        self._applied: dict[str, tuple[float, float]] = {}
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 0)
        header.addWidget(self.title)
        header.addWidget(SteadySlot(self.legend), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(header)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        layout.addWidget(label)

    def curve(self, name: str, colour: str, dashed: bool = False, width: float = 2.0,
              long: bool = False) -> pg.PlotCurveItem | pg.PlotDataItem:
        """A new empty curve (finite points joined, NaN gaps left open), remembered for the legend. A ``long`` one
        (a loss per training step: up to 100,000 points) is clipped to the view and downsampled; the per-timestep
        curves (T <= 1000 points, always all on show) are plain ``PlotCurveItem``s, whose ``setData`` skips that
        work on every frame."""
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        pen = pg.mkPen(colour, width=width, style=style)
        if long:
            item = self.plot.plot([], [], pen=pen, name=name, connect="finite")
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
        else:
            item = pg.PlotCurveItem([], [], pen=pen, connect="finite")
            self.plot.addItem(item)
        self._legend_entries[id(item)] = (name, colour, dashed)
        return item

    def set_legend(self, items: list[pg.PlotCurveItem | pg.PlotDataItem]) -> None:
        """Show exactly ``items`` (curves made by :meth:`curve`) in the header's legend; a line breaks only between
        entries, never inside one."""
        parts = []
        for item in items:
            name, colour, dashed = self._legend_entries[id(item)]
            sample = "╍╍" if dashed else "━━"
            label = math_html(name).replace(" ", "&nbsp;")
            parts.append(f'<span style="color:{colour}; font-weight:bold">{sample}</span>&nbsp;{label}')
        self.legend.setText("&nbsp;&nbsp; ".join(parts))

    def set_title(self, text: str) -> None:
        """Replace the bold title (subscripts written ``c_{t−1}`` render as subscripts)."""
        self.title.setText(math_html(text))

    def set_note(self, text: str) -> None:
        """A one-line remark above the plot about what it cannot show (empty hides it)."""
        if text != self.note.text():
            self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_notice(self, text: str) -> None:
        """Show ``text`` in place of the plot (for a panel that does not apply); empty shows the plot again."""
        self.notice.setText(text)
        self.stack.setCurrentWidget(self.notice if text else self.widget)

    def set_x_range(self, low: float, high: float) -> None:
        """Ask for a fixed x range (once per run); applied by :meth:`apply_range`."""
        self._wanted["x"] = (low, high)

    def reset_y(self) -> None:
        """Forget the shown y range: the next :meth:`fit_y` chooses afresh (a new run)."""
        self._y_fitted = None

    def fit_y(self, *arrays: np.ndarray) -> None:
        """Ask for whole decades around the finite values of ``arrays`` (log10 data), a change only when the data
        leaves the decades shown; applied by :meth:`apply_range`."""
        span = finite_span(*arrays)
        if span is None:
            return
        fitted = decade_range(self._y_fitted, *span)
        if fitted != self._y_fitted:
            self._y_fitted = fitted
            self._wanted["y"] = fitted

    def set_y_range(self, low: float, high: float) -> None:
        """Ask for a fixed y range (a linear axis whose range is known in advance)."""
        self._y_fitted = (low, high)
        self._wanted["y"] = (low, high)

    @property
    def range_pending(self) -> bool:
        """True while a range asked for has not been applied yet."""
        return bool(self._wanted)

    def apply_range(self) -> None:
        """Set the ranges asked for since the last call (the axes are laid out again on the next paint)."""
        for axis, (low, high) in self._wanted.items():
            if (low, high) != self._applied.get(axis):
                self._applied[axis] = (low, high)
                if axis == "x":
                    self.plot.setXRange(low, high, padding=0.01)
                else:
                    self.plot.setYRange(low, high, padding=0.02)
        self._wanted = {}


def _small_font(widget: QWidget, smaller_by: float) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() - smaller_by))
    return font


shown_as(math_html)
