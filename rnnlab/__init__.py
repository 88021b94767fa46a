"""RNN Lab: a desktop laboratory for recurrent neural networks (``rnnlab.engine``, ``rnnlab.gui``, ``rnnlab.cli``).

Installed, the distribution's only import name is ``rnnlab``: setuptools maps the repository's top-level ``engine/``,
``gui/``, ``cli/`` and ``resources/`` folders into it. From a checkout that was not installed, the folders sit beside
this package, so they are added to its search path and ``import rnnlab.engine`` works the same way.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parent.parent
if (_CHECKOUT_ROOT / "engine" / "__init__.py").is_file() and (_CHECKOUT_ROOT / "pyproject.toml").is_file():
    __path__.append(str(_CHECKOUT_ROOT))


def _version() -> str:
    """The version declared once, in pyproject.toml, as the installed metadata reports it."""
    try:
        return metadata.version("rnnlab")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _version()
