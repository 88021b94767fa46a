"""Whether two paths name one file, by the rules of the operating system: what keeps an output off an input.

A comparison of the text of two paths is wrong both ways: ``out/../prices.csv``, a symlink or ``~/prices.csv``
name the same file as ``prices.csv``, and on Windows and macOS so does ``PRICES.CSV``. Where both files exist the
file system answers (``os.path.samefile``: it also sees hard links and case-insensitive file systems); where one
does not exist yet (an output), the resolved paths are compared by the operating system's rules.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PathRules:
    """How an operating system's file systems tell two spellings of one path apart: by case (Linux) or not
    (Windows, macOS), and by Unicode form (Linux, Windows) or not (macOS: ``é`` typed or decomposed is one name)."""

    case_sensitive: bool
    unicode_forms_differ: bool


LINUX = PathRules(case_sensitive=True, unicode_forms_differ=True)
WINDOWS = PathRules(case_sensitive=False, unicode_forms_differ=True)
MACOS = PathRules(case_sensitive=False, unicode_forms_differ=False)


def rules_of(platform: str = sys.platform) -> PathRules:
    """The path rules of ``platform`` (a ``sys.platform`` value)."""
    if platform == "win32":
        return WINDOWS
    if platform == "darwin":
        return MACOS
    return LINUX


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str], rules: PathRules) -> bool:
    """True when ``a`` and ``b`` name one file: ``os.path.samefile`` where both exist (it also sees hard links and
    case-insensitive file systems), else their resolved paths (``~``, ``..`` and symlinks followed) compared by
    ``rules``."""
    a, b = Path(a).expanduser(), Path(b).expanduser()
    if a.exists() and b.exists():
        return os.path.samefile(a, b)
    return _comparable(a, rules) == _comparable(b, rules)


def _comparable(path: Path, rules: PathRules) -> str:
    text = str(path.resolve())
    if not rules.unicode_forms_differ:
        text = unicodedata.normalize("NFD", text)
    return text if rules.case_sensitive else text.lower()
