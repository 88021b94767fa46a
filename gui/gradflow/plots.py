"""The gradient-flow tab's plots: per-timestep norms, the LSTM's four terms, the gradient heatmap, the loss
and the forget-gate distribution, each with a caption that says what it shows and how to read its axes.

Items are created once; a run calls ``start_run`` and then ``add_losses`` / ``show_snapshots`` /
``add_heatmap_rows``, which only ``setData`` on existing items. Imports no torch.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

CELL_COLOURS = {"rnn": "#d62728", "lstm": "#1f77b4", "gru": "#2ca02c"}
TERM_COLOURS = {"A": "#ff7f0e", "B": "#9467bd", "C": "#8c564b", "D": "#e377c2", "sum": "#7f7f7f"}
CELL_NAMES = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU"}
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


class DecadeAxis(pg.AxisItem):
    """A y axis for log10 data that labels whole decades as powers of ten (10⁻⁴⁰) and the rest as numbers."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        labels = []
        for value in values:
            if abs(value - round(value)) < 1e-6:
                labels.append("1" if round(value) == 0 else "10" + str(int(round(value))).translate(_SUPERSCRIPT))
            else:
                labels.append(f"{10 ** value:.2g}")
        return labels


def _style(plot: pg.PlotItem, left: str, bottom: str) -> None:
    """Axis labels and a faint grid; colours come from pyqtgraph's options (the app sets them from the palette)."""
    plot.setLabel("left", left)
    plot.setLabel("bottom", bottom)
    for name in ("left", "bottom"):
        plot.getAxis(name).enableAutoSIPrefix(False)
    plot.showGrid(x=True, y=True, alpha=0.2)


class PlotPanel(QWidget):
    """One plot under a header (bold title left, colour legend right, so no legend hides data) with a
    two-line caption below it; the full explanation is the tooltip."""

    def __init__(self, object_name: str, title: str, left: str, bottom: str, caption: str, details: str,
                 log_y: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        axis_items = {"left": DecadeAxis("left")} if log_y else {}
        self.widget = pg.PlotWidget(axisItems=axis_items)
        self.widget.setObjectName(object_name + "Plot")
        self.plot: pg.PlotItem = self.widget.getPlotItem()
        _style(self.plot, left, bottom)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: bold;")
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.legend.setFont(_small_font(self.legend, 1.0))
        self.legend.setWordWrap(True)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice = pg.TextItem("", color="#888888", anchor=(0.5, 0.5))
        self.plot.addItem(self.notice, ignoreBounds=True)
        label = QLabel(caption)
        label.setWordWrap(True)
        label.setToolTip(details)
        label.setFont(_small_font(label, 1.5))
        label.setMaximumHeight(label.fontMetrics().lineSpacing() * 3 + 4)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.widget.setToolTip(details)
        self._legend_entries: dict[int, tuple[str, str, bool]] = {}
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 0)
        header.addWidget(self.title)
        header.addWidget(self.legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(header)
        layout.addWidget(self.widget, 1)
        layout.addWidget(label)

    def curve(self, name: str, colour: str, dashed: bool = False, width: float = 2.0) -> pg.PlotDataItem:
        """A new empty curve (finite points joined, NaN gaps left open), remembered for the legend."""
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        item = self.plot.plot([], [], pen=pg.mkPen(colour, width=width, style=style), name=name, connect="finite")
        item.setClipToView(True)
        item.setDownsampling(auto=True, method="peak")
        self._legend_entries[id(item)] = (name, colour, dashed)
        return item

    def set_legend(self, items: list[pg.PlotDataItem]) -> None:
        """Show exactly ``items`` (curves made by :meth:`curve`) in the header's legend."""
        parts = []
        for item in items:
            name, colour, dashed = self._legend_entries[id(item)]
            sample = "╍╍" if dashed else "━━"
            parts.append(f'<span style="color:{colour}; font-weight:bold">{sample}</span>&nbsp;{html.escape(name)}')
        self.legend.setText("&nbsp;&nbsp; ".join(parts))

    def set_title(self, text: str) -> None:
        """Replace the bold title."""
        self.title.setText(text)

    def set_notice(self, text: str) -> None:
        """A grey message in the middle of the plot (e.g. "LSTM only"); empty hides it."""
        self.notice.setText(text)
        view = self.plot.getViewBox().viewRange()
        self.notice.setPos((view[0][0] + view[0][1]) / 2, (view[1][0] + view[1][1]) / 2)


def _small_font(widget: QWidget, smaller_by: float) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() - smaller_by))
    return font


def finite_or_nan(values: np.ndarray) -> np.ndarray:
    """Non-finite log values (an exact zero gives -inf) become NaN, which the curves leave as gaps."""
    out = np.asarray(values, dtype=np.float64).copy()
    out[~np.isfinite(out)] = np.nan
    return out
