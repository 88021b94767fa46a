"""RNN Lab: a desktop laboratory for recurrent neural networks (``rnnlab.engine``, ``rnnlab.gui``, ``rnnlab.cli``).

Installed, the distribution's only import name is ``rnnlab``: setuptools maps the repository's top-level ``engine/``,
``gui/``, ``cli/`` and ``resources/`` folders into it. From a checkout that was not installed, the folders sit beside
this package, so they are added to its search path and ``import rnnlab.engine`` works the same way.
"""

from __future__ import annotations

from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parent.parent
if (_CHECKOUT_ROOT / "engine" / "__init__.py").is_file() and (_CHECKOUT_ROOT / "pyproject.toml").is_file():
    __path__.append(str(_CHECKOUT_ROOT))


def _version() -> str:
    """The version declared once, in pyproject.toml, as the installed metadata reports it."""
    from importlib import metadata

    try:
        return metadata.version("rnnlab")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def __getattr__(name: str) -> str:
    """``rnnlab.__version__``, read when first asked for: importing ``importlib.metadata`` takes tens of milliseconds
    that the window's first paint need not wait for."""
    if name == "__version__":
        globals()["__version__"] = version = _version()
        return version
    raise AttributeError(f"module 'rnnlab' has no attribute {name!r}")
