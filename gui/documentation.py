"""Where Help > Documentation finds the README: beside the code in a checkout or a bundle, else from the metadata.

An installed wheel has no README file, but its metadata carries the README as the package description; that text
is written once to the app data folder so the desktop's viewer can open it.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from rnnlab.engine.atomic import atomic_path
from rnnlab.gui import settings as app_settings

README = "README.md"


def documentation_path() -> Path:
    """The README to open: the checkout's or the bundle's own file, else a copy of the installed metadata's text."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    beside_code = Path(frozen_root) if frozen_root is not None else Path(__file__).resolve().parent.parent
    if (beside_code / README).is_file():
        return beside_code / README
    copy = app_settings.app_data_dir() / README
    try:
        text = metadata.metadata("rnnlab").get_payload() or ""
    except metadata.PackageNotFoundError:
        text = ""
    if text and (not copy.is_file() or copy.read_text(encoding="utf-8") != text):
        with atomic_path(copy) as temporary:
            temporary.write_text(text, encoding="utf-8")
    return copy
