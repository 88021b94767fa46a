"""Draw RNN Lab's app icon with QPainter and write it in each platform's format into resources/icons/.

rnnlab.png (512 px, Linux and the window icon), rnnlab.ico (Windows: 16-256 px, PNG-compressed entries) and
rnnlab.icns (macOS: 128-1024 px PNG entries). Run it again after changing the drawing:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICON_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


def draw_icon(size: int) -> QImage:
    """The icon at ``size`` pixels: three recurrent cells on a timeline, each feeding the next and itself."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100.0, size / 100.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f3a5f"))
    painter.drawRoundedRect(QRectF(4, 4, 92, 92), 20, 20)
    centres = [QPointF(24, 60), QPointF(50, 60), QPointF(76, 60)]
    link = QPen(QColor("#9ecbff"), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(link)
    painter.drawLine(centres[0], centres[-1])
    loop = QPainterPath(QPointF(44, 50))
    loop.cubicTo(QPointF(36, 18), QPointF(64, 18), QPointF(56, 50))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#ff8a5c"), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(loop)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ff8a5c"))
    painter.drawPolygon([QPointF(55.5, 52), QPointF(50, 42), QPointF(62, 44)])
    for centre in centres:
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(centre, 11, 11)
        painter.setBrush(QColor("#2f6fb5"))
        painter.drawEllipse(centre, 6, 6)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(sizes: tuple[int, ...]) -> bytes:
    """A Windows .ico holding one PNG-compressed entry per size (the format Windows Vista and later read)."""
    images = [png_bytes(draw_icon(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, data in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(types: tuple[tuple[bytes, int], ...]) -> bytes:
    """A macOS .icns holding one PNG entry per OSType (ic07 = 128 px ... ic10 = 1024 px)."""
    body = b""
    for ostype, size in types:
        data = png_bytes(draw_icon(size))
        body += ostype + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write the three icon files."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    ICON_FOLDER.mkdir(parents=True, exist_ok=True)
    if not draw_icon(512).save(str(ICON_FOLDER / "rnnlab.png")):
        raise SystemExit("could not write rnnlab.png")
    (ICON_FOLDER / "rnnlab.ico").write_bytes(ico_bytes(ICO_SIZES))
    (ICON_FOLDER / "rnnlab.icns").write_bytes(icns_bytes(ICNS_TYPES))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
