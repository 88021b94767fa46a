"""Where the shipped files of ``resources/`` are: read through ``importlib.resources`` (``rnnlab.resources``).

Installed, the files are package data of ``rnnlab.resources``; from a checkout that package is the repository's
``resources/`` folder. A PyInstaller bundle that did not collect them as package data has them under
``sys._MEIPASS/rnnlab/resources``, the fallback.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

RESOURCE_PACKAGE = "rnnlab.resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("piglatin", "train_words.txt")``."""
    packaged = Path(str(resources.files(RESOURCE_PACKAGE).joinpath(*parts)))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if packaged.exists() or frozen_root is None:
        return packaged
    return Path(frozen_root, *RESOURCE_PACKAGE.split("."), *parts)
