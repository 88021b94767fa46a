"""Where the shipped files are: the package data of ``rnnlab.resources`` (and of ``rnnlab.docs``, the documentation).

Installed, the files are package data and are found through ``importlib.resources``; from a checkout each package is
a folder of the repository (``resources/``, ``docs/``). In a PyInstaller bundle the spec collects them to
``sys._MEIPASS/rnnlab/resources`` and ``sys._MEIPASS/rnnlab/docs``, where the frozen importer does not give
``importlib.resources`` a real folder, so the bundle's location is used there.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

RESOURCE_PACKAGE = "rnnlab.resources"


def package_data_path(package: str, *parts: str) -> Path:
    """The path of a file shipped as package data of ``package``, e.g. ``("rnnlab.docs", "index.md")``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root, *package.split("."), *parts)
    return Path(str(resources.files(package))).joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("piglatin", "train_words.txt")``."""
    return package_data_path(RESOURCE_PACKAGE, *parts)
