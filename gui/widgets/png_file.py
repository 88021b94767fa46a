"""Write an image rendered in the GUI thread as a PNG file from a background job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from rnnlab.engine.atomic import atomic_path


def save_png(image: QImage, path: Path) -> None:
    """Write ``image`` to ``path`` as PNG, atomically; a failure raises an OutputError naming the file. A QImage (not
    a QPixmap) may be written outside the GUI thread, so jobs call this after the GUI thread rendered the image."""
    with atomic_path(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise OSError("the image could not be written")
