"""Text from outside the program (file names, column names, symbols, pairs, typed text, engine messages that quote
them) shown exactly as written wherever Qt would read it as markup.

Qt reads a string as HTML in several places: a QLabel in its default format and every tooltip and message box when
the string merely looks like HTML (``Qt.mightBeRichText``), pyqtgraph's titles, axis labels and legends always; and
it takes ``&`` in a menu entry as the mark of a shortcut letter. A label that holds only such text is set to
``Qt.TextFormat.PlainText`` instead; these helpers serve the places where markup is wanted or guessed.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import Qt

_COLLAPSED_SPACE = re.compile(r"\s\s|^\s|\s$|[^\S ]")
"""Whitespace that HTML would collapse or drop: runs, leading or trailing, and any but a plain space (tab, line
break)."""


def escape_html(text: str) -> str:
    """HTML that renders as exactly ``text``: its ``<``, ``>`` and ``&`` escaped, and where HTML would collapse its
    whitespace (runs of spaces, spaces at either end, tabs, line breaks) a ``pre-wrap`` span that keeps it."""
    escaped = html.escape(text, quote=False)
    if _COLLAPSED_SPACE.search(text):
        return f"<span style='white-space:pre-wrap'>{escaped}</span>"
    return escaped


def auto_literal(text: str) -> str:
    """``text`` for a place where Qt guesses between plain and rich text (a tooltip, a message box, a label left in
    its default format): unchanged when Qt would take it as plain text, else escaped HTML that Qt takes as rich text
    and renders as ``text``, so a file named ``<b>x</b>.csv`` is never shown bold."""
    if not Qt.mightBeRichText(text):
        return text
    return f"<span style='white-space:pre-wrap'>{html.escape(text, quote=False)}</span>"


def escape_mnemonic(text: str) -> str:
    """``text`` for a menu entry or a button: each ``&`` doubled, so Qt shows it rather than underlining the letter
    after it."""
    return text.replace("&", "&&")
