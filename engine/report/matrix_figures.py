"""Matrix figures as inline SVG: a heatmap (an embedded PNG with axes and a colour bar) and a small labelled
matrix of cells (an attention alignment), drawn in plain numpy with a PNG encoder from the standard library.
"""

from __future__ import annotations

import base64
import html
import struct
import zlib

import numpy as np
from numpy.typing import NDArray

from rnnlab.engine.report import ticks

_FONT = "font-family:Helvetica,Arial,sans-serif"
_VIRIDIS = np.array([[68, 1, 84], [72, 40, 120], [62, 74, 137], [49, 104, 142], [38, 130, 142], [31, 158, 137],
                     [53, 183, 121], [109, 205, 89], [180, 222, 44], [253, 231, 37]], dtype=np.float64)
ZERO_RGB = (235, 235, 235)
"""A log value of -inf: the quantity is exactly 0 (underflowed)."""
INFINITE_RGB = (255, 0, 255)
"""A value of +inf (overflowed) or NaN (no number): magenta, which viridis never uses."""


def png_bytes(rgb: np.ndarray) -> bytes:
    """An 8-bit RGB image (rows, columns, 3) as a PNG file: zlib-compressed scanlines, no filter."""
    image = np.ascontiguousarray(rgb, dtype=np.uint8)
    rows, columns, _ = image.shape
    raw = b"".join(b"\x00" + image[r].tobytes() for r in range(rows))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", columns, rows, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def png_data_uri(rgb: np.ndarray) -> str:
    """The image as a ``data:image/png;base64,...`` URI."""
    return "data:image/png;base64," + base64.b64encode(png_bytes(rgb)).decode("ascii")


def colour_map(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """Viridis colours for ``values`` scaled from ``low`` (dark) to ``high`` (yellow); -inf (a log of exactly 0)
    shows light grey, +inf and NaN magenta."""
    scaled = np.clip((np.asarray(values, dtype=np.float64) - low) / ((high - low) or 1.0), 0.0, 1.0)
    position = np.nan_to_num(scaled) * (len(_VIRIDIS) - 1)
    lower = np.floor(position).astype(int).clip(0, len(_VIRIDIS) - 2)
    weight = (position - lower)[..., None]
    rgb: NDArray[np.float64] = _VIRIDIS[lower] * (1 - weight) + _VIRIDIS[lower + 1] * weight
    values = np.asarray(values, dtype=np.float64)
    rgb[~np.isfinite(values)] = INFINITE_RGB
    rgb[np.isneginf(values)] = ZERO_RGB
    return np.rint(rgb).astype(np.uint8)


def heatmap_svg(image: np.ndarray, x_label: str, y_label: str, y_extent: tuple[float, float], colour_label: str,
                width: int = 640, height: int = 300) -> str:
    """``image[row, column]`` drawn with row 0 at the bottom; columns are x = 0..n-1, rows span ``y_extent``; the
    colour bar is labelled with the values themselves (for log10 data the exponents 0, -20, -40, as the gradient-flow
    tab's colour bar reads, under a ``log10`` label)."""
    values = np.asarray(image, dtype=np.float64)
    finite = values[np.isfinite(values)]
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    if low == high:
        low, high = low - 0.5, high + 0.5
    left, right, top, bottom = 70, width - 90, 24, height - 46
    rgb = colour_map(values[::-1], low, high)
    parts = [f'<svg viewBox="0 0 {width} {height}" class="chart" role="img" style="{_FONT}">',
             f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
             f'<image x="{left}" y="{top}" width="{right - left}" height="{bottom - top}" preserveAspectRatio="none" '
             f'style="image-rendering:pixelated" href="{png_data_uri(rgb)}"/>',
             f'<rect x="{left}" y="{top}" width="{right - left}" height="{bottom - top}" fill="none" stroke="#444"/>']
    columns = values.shape[1]
    for value, label in zip(*ticks.linear_ticks(0, columns - 1), strict=True):
        x = left + (value + 0.5) / columns * (right - left)
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{bottom}" y2="{bottom + 4}" stroke="#444"/>'
                     f'<text x="{x:.1f}" y="{bottom + 17}" text-anchor="middle" font-size="12">{label}</text>')
    y_low, y_high = y_extent
    for value, label in zip(*ticks.linear_ticks(y_low, y_high, 5), strict=True):
        y = bottom - (value - y_low) / ((y_high - y_low) or 1.0) * (bottom - top)
        parts.append(f'<line x1="{left - 4}" x2="{left}" y1="{y:.1f}" y2="{y:.1f}" stroke="#444"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12">{label}</text>')
    parts += _colour_bar(right + 18, top, bottom, low, high)
    parts.append(f'<text x="{(left + right) / 2:.1f}" y="{height - 8}" text-anchor="middle" font-size="13">'
                 f'{html.escape(x_label)}</text>')
    parts.append(f'<text transform="translate(16 {(top + bottom) / 2:.1f}) rotate(-90)" text-anchor="middle" '
                 f'font-size="13">{html.escape(y_label)}</text>')
    parts.append(f'<text x="{width - 8}" y="14" text-anchor="end" font-size="11">{html.escape(colour_label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _colour_bar(x: float, top: float, bottom: float, low: float, high: float) -> list[str]:
    ramp = colour_map(np.linspace(high, low, 64)[:, None], low, high)
    parts = [f'<image x="{x}" y="{top}" width="14" height="{bottom - top}" preserveAspectRatio="none" '
             f'href="{png_data_uri(ramp)}"/>',
             f'<rect x="{x}" y="{top}" width="14" height="{bottom - top}" fill="none" stroke="#444"/>']
    positions, labels = ticks.linear_ticks(low, high, 5)
    for value, label in zip(positions, labels, strict=True):
        y = bottom - (value - low) / (high - low) * (bottom - top)
        parts.append(f'<text x="{x + 18}" y="{y + 4:.1f}" font-size="11">{html.escape(label)}</text>')
    return parts


def matrix_svg(weights: np.ndarray, column_labels: list[str], row_labels: list[str], x_label: str,
               y_label: str, cell: int = 26) -> str:
    """A small matrix (rows x columns, values 0..1) as labelled squares, darker for larger values, each with its
    value printed, e.g. an attention alignment: output characters (rows) against source characters (columns)."""
    values = np.asarray(weights, dtype=np.float64)
    rows, columns = values.shape
    left, top = 60, 44
    width, height = left + columns * cell + 20, top + rows * cell + 16
    parts = [f'<svg viewBox="0 0 {width} {height}" class="matrix" role="img" '
             f'style="{_FONT};max-width:{width * 1.6:.0f}px">',
             f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
             f'<text x="{left + columns * cell / 2:.1f}" y="12" text-anchor="middle" font-size="12">'
             f'{html.escape(x_label)}</text>',
             f'<text transform="translate(12 {top + rows * cell / 2:.1f}) rotate(-90)" text-anchor="middle" '
             f'font-size="12">{html.escape(y_label)}</text>']
    for c, label in enumerate(column_labels):
        parts.append(f'<text x="{left + (c + 0.5) * cell:.1f}" y="{top - 8}" text-anchor="middle" font-size="13">'
                     f'{html.escape(label)}</text>')
    for r, label in enumerate(row_labels):
        parts.append(f'<text x="{left - 8}" y="{top + (r + 0.5) * cell + 4:.1f}" text-anchor="end" font-size="13">'
                     f'{html.escape(label)}</text>')
        for c in range(columns):
            value = float(np.clip(values[r, c], 0.0, 1.0))
            shade = int(round(255 * (1 - value)))
            ink = "#ffffff" if value > 0.55 else "#333333"
            parts.append(f'<rect x="{left + c * cell}" y="{top + r * cell}" width="{cell}" height="{cell}" '
                         f'fill="rgb({shade},{shade},255)" stroke="#dddddd"/>'
                         f'<text x="{left + (c + 0.5) * cell:.1f}" y="{top + (r + 0.5) * cell + 3:.1f}" '
                         f'text-anchor="middle" font-size="8" fill="{ink}">{value:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)
