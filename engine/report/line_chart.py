"""Line charts as inline SVG, drawn from a run's arrays in plain numpy so the CLI and the GUI embed the same figure.

A chart has lines (solid or dashed), shaded bands (an interval between a lower and an upper curve), bars (a
histogram), error bars (an interval at each point) and vertical markers; a linear, log (data > 0) or log10 (data
already in decades) y axis; a linear or date x axis, or named positions; and a legend above the plot so no entry
hides data. Non-finite points break a line rather than bending it; long lines are thinned to the min and max of
each pixel column, which keeps their shape.

No line hides another: solid lines are drawn first, each a little wider than the next, so a line drawn over an
equal one leaves a rim of its colour; dashed lines come after them, each with its own dash pattern, and a dashed
line that shares a solid line's colour is drawn darker. No point leaves the plot unseen: a point off the top
(infinite, or above a fixed range) is marked ▲ on the top edge, one off the bottom (exactly 0 on a log axis, or
below a fixed range) ▼ on the bottom edge, and a note under the chart says which line, what and where.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field
from typing import overload

import numpy as np

from rnnlab.engine.report import ticks

MAX_POINTS = 1600
_FONT = "font-family:Helvetica,Arial,sans-serif"
_DASHES = ("6 4", "2 3", "10 3 2 3", "4 2")
_LINE_WIDTH = 1.6
_RIM = 0.5
"""Each solid line drawn before another is this much wider (at most three steps), so the later one leaves a rim."""
_NOTE_HEIGHT = 15
_MARK_BUCKET_PX = 4.0


@dataclass
class _Series:
    kind: str
    x: np.ndarray
    y: np.ndarray
    label: str
    colour: str
    dashed: bool = False
    upper: np.ndarray | None = None
    dots: bool = False


@dataclass(frozen=True)
class _Style:
    """How one line is stroked: colour, width and dash pattern (empty: solid)."""

    colour: str
    width: float = _LINE_WIDTH
    dash: str = ""


@dataclass
class LineChart:
    """One plot: add series with :meth:`line`, :meth:`band`, :meth:`bars`, :meth:`marker`; :meth:`svg` draws it.

    ``y_scale`` is ``linear``, ``log`` (values > 0, drawn on log10) or ``log10`` (values already log10, e.g.
    log10 norms); ``x_scale`` is ``linear`` or ``date`` (x in days since 1970, see ``ticks.dates_as_days``);
    ``x_labels`` names the x positions (a setting's values at 0, 1, 2...) instead of numbered ticks.
    """

    x_label: str
    y_label: str
    y_scale: str = "linear"
    x_scale: str = "linear"
    integer_x: bool = False
    y_range: tuple[float, float] | None = None
    x_range: tuple[float, float] | None = None
    x_labels: tuple[tuple[float, str], ...] | None = None
    width: int = 640
    height: int = 300
    series: list[_Series] = field(default_factory=list)
    markers: list[tuple[float, str]] = field(default_factory=list)

    def line(self, x: object, y: object, label: str, colour: str, dashed: bool = False,
             dots: bool = False) -> "LineChart":
        """A polyline through ``(x, y)``; gaps where y is NaN or infinite; ``dots`` marks every point (a lone
        point between gaps is always marked)."""
        self.series.append(_Series("line", _array(x), self._y(y), label, colour, dashed, dots=dots))
        return self

    def band(self, x: object, lower: object, upper: object, label: str, colour: str) -> "LineChart":
        """A shaded region between ``lower`` and ``upper`` (drawn under the lines)."""
        self.series.append(_Series("band", _array(x), self._y(lower), label, colour, upper=self._y(upper)))
        return self

    def points(self, x: object, y: object, label: str, colour: str) -> "LineChart":
        """Unconnected dots at ``(x, y)`` (a scatter plot, e.g. eigenvalues in the complex plane)."""
        self.series.append(_Series("points", _array(x), self._y(y), label, colour))
        return self

    def bars(self, edges: object, heights: object, label: str, colour: str) -> "LineChart":
        """A histogram: bar k spans ``edges[k]..edges[k+1]`` with height ``heights[k]``."""
        self.series.append(_Series("bars", _array(edges), self._y(heights), label, colour))
        return self

    def error_bars(self, x: object, lower: object, upper: object, colour: str) -> "LineChart":
        """A vertical bar from ``lower`` to ``upper`` at each x, capped at both ends (a confidence interval)."""
        self.series.append(_Series("errors", _array(x), self._y(lower), "", colour, upper=self._y(upper)))
        return self

    def marker(self, x: float, label: str) -> "LineChart":
        """A dotted vertical line at ``x`` with a short label at its top."""
        self.markers.append((float(x), label))
        return self

    def _y(self, values: object) -> np.ndarray:
        """y in the axis's units: on a log axis log10 of the values, an exact 0 at -inf (marked off the bottom)
        and a negative value NaN (no place on the axis)."""
        y = _array(values)
        if self.y_scale == "log":
            with np.errstate(divide="ignore", invalid="ignore"):
                y = np.where(y >= 0, np.log10(np.where(y >= 0, y, 1.0)), np.nan)
        return y

    def svg(self) -> str:
        """The whole chart as one ``<svg>`` element (no external reference; scales with the page's width)."""
        labelled = [s for s in self.series if s.label]
        legend_rows = _legend_rows(labelled, self.width)
        y_low, y_high = self._y_range()
        y_labels = self._y_ticks(y_low, y_high)[1]
        left = 34 + 7 * max((len(label) for label in y_labels), default=2)
        frame = _Frame(left=left, right=self.width - 16, top=14 + 18 * legend_rows, bottom=self.height - 46)
        frame.set_ranges(*self._x_range(), y_low, y_high)
        styles = self._styles()
        marks, notes = self._off_plot(frame)
        height = self.height + _NOTE_HEIGHT * len(notes)
        parts = [f'<svg viewBox="0 0 {self.width} {height}" '
                 f'class="chart" role="img" style="{_FONT};max-width:{1.5 * self.width:.0f}px">',
                 f'<rect x="0" y="0" width="{self.width}" height="{height}" fill="#ffffff"/>']
        parts += self._grid(frame)
        parts.append(f'<defs><clipPath id="{frame.clip_id}"><rect x="{frame.left}" y="{frame.top}" '
                     f'width="{frame.right - frame.left}" height="{frame.bottom - frame.top}"/></clipPath></defs>')
        parts.append(f'<g clip-path="url(#{frame.clip_id})">')
        for kind in ("band", "bars", "errors"):
            parts += [_draw(s, frame, _Style(s.colour)) for s in self.series if s.kind == kind]
        for dashed in (False, True):
            parts += [_draw(s, frame, styles[id(s)]) for s in self.series if s.kind == "line" and s.dashed == dashed]
        parts += [_draw(s, frame, _Style(s.colour)) for s in self.series if s.kind == "points"]
        parts += [_draw_marker(x, label, frame) for x, label in self.markers]
        parts.append("</g>")
        parts += marks
        parts.append(f'<rect x="{frame.left}" y="{frame.top}" width="{frame.right - frame.left}" '
                     f'height="{frame.bottom - frame.top}" fill="none" stroke="#444" stroke-width="1"/>')
        parts += _legend(labelled, self.width, styles)
        parts.append(f'<text x="{(frame.left + frame.right) / 2:.1f}" y="{self.height - 8}" text-anchor="middle" '
                     f'font-size="13">{html.escape(self.x_label)}</text>')
        parts.append(f'<text transform="translate(16 {(frame.top + frame.bottom) / 2:.1f}) rotate(-90)" '
                     f'text-anchor="middle" font-size="13">{html.escape(self.y_label)}</text>')
        parts += [f'<text x="{frame.left}" y="{self.height + 4 + _NOTE_HEIGHT * k}" font-size="11" fill="#7a4b00">'
                  f'{html.escape(note)}</text>' for k, note in enumerate(notes)]
        parts.append("</svg>")
        return "".join(parts)

    def _styles(self) -> dict[int, _Style]:
        """The stroke of every line: solid ones wider the earlier they are drawn, dashed ones each with its own
        pattern, darker where a solid line has the same colour."""
        solid = [s for s in self.series if s.kind == "line" and not s.dashed]
        dashed = [s for s in self.series if s.kind == "line" and s.dashed]
        solid_colours = {s.colour.lower() for s in solid}
        styles = {id(s): _Style(s.colour, _LINE_WIDTH + _RIM * min(3, len(solid) - 1 - k)) for k, s in enumerate(solid)}
        for k, s in enumerate(dashed):
            colour = _darker(s.colour) if s.colour.lower() in solid_colours else s.colour
            styles[id(s)] = _Style(colour, _LINE_WIDTH, _DASHES[k % len(_DASHES)])
        return styles

    def _off_plot(self, frame: "_Frame") -> tuple[list[str], list[str]]:
        """Marks on the plot's edges for the points of each line that lie off it, and one note per line and edge
        saying what they are and where."""
        marks, notes = [], []
        log_axis = self.y_scale in ("log", "log10")
        for series in (s for s in self.series if s.kind == "line"):
            x, y = series.x, series.y
            for edge, off, reason in (
                    ("top", np.isposinf(y) | (np.isfinite(y) & (y > frame.y_high)),
                     "infinite" if np.isposinf(y).any() else "above the axis"),
                    ("bottom", np.isneginf(y) | (np.isfinite(y) & (y < frame.y_low)),
                     ("exactly 0" if log_axis else "minus infinity") if np.isneginf(y).any() else "below the axis")):
                off &= np.isfinite(x) & (x >= frame.x_low) & (x <= frame.x_high)
                if not off.any():
                    continue
                colour = html.escape(series.colour)
                buckets = np.unique(np.round(frame.px(x[off]) / _MARK_BUCKET_PX)) * _MARK_BUCKET_PX
                marks += [_edge_mark(px, frame, edge, colour) for px in buckets]
                symbol = "▲" if edge == "top" else "▼"
                notes.append(f"{symbol} {series.label or 'a line'}: {reason} at {self._where(x[off])}")
        return marks, notes

    def _where(self, x: np.ndarray) -> str:
        """``training step 43`` or ``timestep t 0 to 48 (49 points)``."""
        def text(value: float) -> str:
            if self.x_scale == "date":
                return str(np.datetime64(int(round(value * 86400)), "s").astype("datetime64[D]"))
            return f"{value:.6g}"

        if len(x) == 1:
            return f"{self.x_label} {text(x[0])}"
        return f"{self.x_label} {text(x.min())} to {text(x.max())} ({len(x):,} points)"

    def _x_range(self) -> tuple[float, float]:
        if self.x_range is not None:
            return self.x_range
        values = [s.x[np.isfinite(s.x)] for s in self.series] + [np.array([m[0] for m in self.markers])]
        joined = np.concatenate(values) if values else np.zeros(0)
        if joined.size == 0:
            return 0.0, 1.0
        low, high = float(joined.min()), float(joined.max())
        return (low - 0.5, high + 0.5) if low == high else (low, high)

    def _y_range(self) -> tuple[float, float]:
        if self.y_range is not None:
            return self.y_range
        values = [s.y for s in self.series] + [s.upper for s in self.series if s.upper is not None]
        joined = np.concatenate(values) if values else np.zeros(0)
        finite = joined[np.isfinite(joined)]
        if any(s.kind == "bars" for s in self.series):
            finite = np.append(finite, 0.0)
        if finite.size == 0:
            return 0.0, 1.0
        low, high = float(finite.min()), float(finite.max())
        if low == high:
            half = 0.5 if self.y_scale != "linear" else max(abs(low) * 0.05, 0.5)
            return low - half, high + half
        pad = 0.04 * (high - low)
        return low - pad, high + pad

    def _y_ticks(self, low: float, high: float) -> tuple[list[float], list[str]]:
        return (ticks.log_ticks if self.y_scale in ("log", "log10") else ticks.linear_ticks)(low, high)

    def _x_ticks(self, low: float, high: float) -> tuple[list[float], list[str]]:
        if self.x_labels is not None:
            return [p for p, _ in self.x_labels], [label for _, label in self.x_labels]
        if self.x_scale == "date":
            return ticks.date_ticks(low, high)
        positions, labels = ticks.linear_ticks(low, high)
        if self.integer_x:
            kept = [(p, label) for p, label in zip(positions, labels, strict=True) if float(p).is_integer()]
            positions, labels = [p for p, _ in kept], [label for _, label in kept]
        return positions, labels

    def _grid(self, frame: "_Frame") -> list[str]:
        parts = []
        for value, label in zip(*self._y_ticks(frame.y_low, frame.y_high), strict=True):
            y = frame.py(value)
            parts.append(f'<line x1="{frame.left}" x2="{frame.right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e3e3"/>')
            parts.append(f'<text x="{frame.left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12">'
                         f'{html.escape(label)}</text>')
        for value, label in zip(*self._x_ticks(frame.x_low, frame.x_high), strict=True):
            x = frame.px(value)
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{frame.top}" y2="{frame.bottom}" stroke="#e3e3e3"/>')
            parts.append(f'<text x="{x:.1f}" y="{frame.bottom + 17}" text-anchor="middle" font-size="12">'
                         f'{html.escape(label)}</text>')
        return parts


_clip_ids = itertools.count(1)


@dataclass
class _Frame:
    """The plot area in pixels and the data ranges it shows."""

    left: float
    right: float
    top: float
    bottom: float
    x_low: float = 0.0
    x_high: float = 1.0
    y_low: float = 0.0
    y_high: float = 1.0
    clip_id: str = ""

    def set_ranges(self, x_low: float, x_high: float, y_low: float, y_high: float) -> None:
        self.x_low, self.x_high, self.y_low, self.y_high = x_low, x_high, y_low, y_high
        self.clip_id = f"plot{next(_clip_ids)}"

    @overload
    def px(self, x: float) -> float: ...
    @overload
    def px(self, x: np.ndarray) -> np.ndarray: ...
    def px(self, x: float | np.ndarray) -> float | np.ndarray:
        return self.left + (x - self.x_low) / (self.x_high - self.x_low) * (self.right - self.left)

    @overload
    def py(self, y: float) -> float: ...
    @overload
    def py(self, y: np.ndarray) -> np.ndarray: ...
    def py(self, y: float | np.ndarray) -> float | np.ndarray:
        return self.bottom - (y - self.y_low) / (self.y_high - self.y_low) * (self.bottom - self.top)


def _array(values: object) -> np.ndarray:
    return np.asarray(values, dtype=np.float64).ravel()


def _thin(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """At most ~MAX_POINTS points: each bucket of neighbours keeps its first, lowest and highest point."""
    if len(x) <= MAX_POINTS:
        return x, y
    buckets = np.array_split(np.arange(len(x)), MAX_POINTS // 3)
    keep = set()
    for bucket in buckets:
        values = y[bucket]
        finite = np.isfinite(values)
        keep.add(int(bucket[0]))
        if finite.any():
            keep.add(int(bucket[np.nanargmin(np.where(finite, values, np.nan))]))
            keep.add(int(bucket[np.nanargmax(np.where(finite, values, np.nan))]))
        else:
            keep.add(int(bucket[-1]))
    order = np.array(sorted(keep))
    return x[order], y[order]


def _runs(x: np.ndarray, y: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The stretches of consecutive finite points."""
    finite = np.isfinite(x) & np.isfinite(y)
    runs, start = [], None
    for k, ok in enumerate(np.append(finite, False)):
        if ok and start is None:
            start = k
        elif not ok and start is not None:
            runs.append((x[start:k], y[start:k]))
            start = None
    return runs


def _points(xs: np.ndarray, ys: np.ndarray) -> str:
    return " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(xs, ys, strict=True))


def _darker(colour: str) -> str:
    """``#rrggbb`` at 55% of its brightness (a dashed line over a solid one of the same colour)."""
    value = colour.lstrip("#")
    if len(value) != 6:
        return colour
    channels = (int(value[k:k + 2], 16) for k in (0, 2, 4))
    return "#" + "".join(f"{int(c * 0.55):02x}" for c in channels)


def _edge_mark(px: float, frame: _Frame, edge: str, colour: str) -> str:
    """A small triangle on the top edge pointing up (▲), or on the bottom edge pointing down (▼)."""
    if edge == "top":
        y0, y1 = frame.top + 7, frame.top - 1
    else:
        y0, y1 = frame.bottom - 7, frame.bottom + 1
    return (f'<path d="M{px - 4:.1f},{y0:.1f} L{px + 4:.1f},{y0:.1f} L{px:.1f},{y1:.1f} Z" fill="{colour}" '
            'stroke="#ffffff" stroke-width="0.6"/>')


def _draw(series: _Series, frame: _Frame, style: _Style) -> str:
    colour = html.escape(style.colour)
    if series.kind == "bars":
        width = series.x[1:] - series.x[:-1]
        rects = [f'<rect x="{frame.px(x0):.1f}" y="{frame.py(h):.1f}" '
                 f'width="{max(frame.px(x0 + w) - frame.px(x0) - 1, 1):.1f}" '
                 f'height="{max(frame.py(0.0) - frame.py(h), 0):.1f}" fill="{colour}"/>'
                 for x0, w, h in zip(series.x[:-1], width, series.y, strict=True) if np.isfinite(h)]
        return "".join(rects)
    if series.kind == "band":
        assert series.upper is not None, "LineChart.band gives a band its upper bound"
        parts = []
        for (x, low), (_, high) in zip(_runs(series.x, series.y), _runs(series.x, series.upper), strict=False):
            outline = _points(frame.px(np.concatenate([x, x[::-1]])), frame.py(np.concatenate([high, low[::-1]])))
            parts.append(f'<polygon points="{outline}" fill="{colour}" fill-opacity="0.22" stroke="none"/>')
        return "".join(parts)
    if series.kind == "errors":
        assert series.upper is not None, "LineChart.error_bars gives each bar its upper end"
        return "".join(f'<path d="M{px:.1f},{low:.1f}V{high:.1f}M{px - 4:.1f},{low:.1f}h8M{px - 4:.1f},{high:.1f}h8" '
                       f'stroke="{colour}" stroke-width="1.4" fill="none"/>'
                       for px, low, high in zip(frame.px(series.x), frame.py(series.y), frame.py(series.upper),
                                                strict=True) if np.isfinite(px + low + high))
    if series.kind == "points":
        finite = np.isfinite(series.x) & np.isfinite(series.y)
        return "".join(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"/>'
                       for px, py in zip(frame.px(series.x[finite]), frame.py(series.y[finite]), strict=True))
    x, y = _thin(series.x, series.y)
    dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
    parts = []
    for a, b in _runs(x, y):
        parts.append(f'<polyline points="{_points(frame.px(a), frame.py(b))}" fill="none" stroke="{colour}" '
                     f'stroke-width="{style.width:.1f}" stroke-linejoin="round"{dash}/>')
        if series.dots or len(a) == 1:
            parts += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="2.6" fill="{colour}"/>'
                      for px, py in zip(frame.px(a), frame.py(b), strict=True)]
    return "".join(parts)


def _draw_marker(x: float, label: str, frame: _Frame) -> str:
    """A dotted vertical line; its label sits on the side of the line with more room, on a white halo so a line
    under it does not garble it."""
    px = frame.px(x)
    right_half = px > (frame.left + frame.right) / 2
    anchor, offset = ("end", -4) if right_half else ("start", 4)
    return (f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{frame.top}" y2="{frame.bottom}" stroke="#555" '
            f'stroke-dasharray="2 3"/><text x="{px + offset:.1f}" y="{frame.top + 13}" text-anchor="{anchor}" '
            f'font-size="11" fill="#333" stroke="#ffffff" stroke-width="3" paint-order="stroke">'
            f'{html.escape(label)}</text>')


def _entry_width(series: _Series) -> float:
    return 44 + 7.2 * len(series.label)


def _legend_rows(entries: list[_Series], width: int) -> int:
    rows, used = (1 if entries else 0), 70.0
    for entry in entries:
        if used + _entry_width(entry) > width - 10 and used > 70:
            rows, used = rows + 1, 70.0
        used += _entry_width(entry)
    return rows


def _legend(entries: list[_Series], width: int, styles: dict[int, _Style]) -> list[str]:
    parts, x, row = [], 70.0, 0
    for entry in entries:
        if x + _entry_width(entry) > width - 10 and x > 70:
            x, row = 70.0, row + 1
        y = 12 + 18 * row
        style = styles.get(id(entry), _Style(entry.colour))
        colour = html.escape(style.colour)
        if entry.kind == "points":
            parts.append(f'<circle cx="{x + 12:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>')
        elif entry.kind == "line":
            dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
            parts.append(f'<line x1="{x:.1f}" x2="{x + 24:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{colour}" '
                         f'stroke-width="2"{dash}/>')
        else:
            opacity = "0.22" if entry.kind == "band" else "1"
            parts.append(f'<rect x="{x:.1f}" y="{y - 6:.1f}" width="24" height="12" fill="{colour}" '
                         f'fill-opacity="{opacity}"/>')
        parts.append(f'<text x="{x + 30:.1f}" y="{y + 4:.1f}" font-size="12">{html.escape(entry.label)}</text>')
        x += _entry_width(entry)
    return parts
