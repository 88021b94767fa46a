"""Where the shipped files in ``resources/`` live, from source and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder holding ``resources/``: ``sys._MEIPASS`` when frozen, the project root from source."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("piglatin", "train_words.txt")``."""
    return resource_root().joinpath("resources", *parts)
