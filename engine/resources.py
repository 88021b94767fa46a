"""Where the shipped files of ``resources/`` are: the package data of ``rnnlab.resources``.

Installed, the files are package data of ``rnnlab.resources`` and are found through ``importlib.resources``; from
a checkout that package is the repository's ``resources/`` folder. In a PyInstaller bundle the spec collects them
to ``sys._MEIPASS/rnnlab/resources``, where the frozen importer does not give ``importlib.resources`` a real
folder, so the bundle's location is used there.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

RESOURCE_PACKAGE = "rnnlab.resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("piglatin", "train_words.txt")``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root, *RESOURCE_PACKAGE.split("."), *parts)
    return Path(str(resources.files(RESOURCE_PACKAGE))).joinpath(*parts)
