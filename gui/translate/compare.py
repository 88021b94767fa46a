"""The side-by-side comparison of both models' translations with the rule's, differing characters highlighted."""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtWidgets import QTextBrowser, QWidget

_WRONG = "background-color:#f6c343;color:#000;font-weight:bold"
_MAX_ROWS = 200
_TAG = re.compile(r"<[^>]+>")


def highlight_differences(output: str, reference: str) -> str:
    """HTML of ``output`` with the characters that differ from ``reference`` marked (insertions and substitutions).

    A character missing from the output is shown as a marked ``·`` where it should have been.
    """
    parts = []
    matcher = difflib.SequenceMatcher(a=output, b=reference, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(html.escape(output[i1:i2]))
        elif i2 > i1:
            parts.append(f'<span style="{_WRONG}">{html.escape(output[i1:i2])}</span>')
        else:
            parts.append(f'<span style="{_WRONG}">{"·" * (j2 - j1)}</span>')
    return "".join(parts)


class ComparisonView(QTextBrowser):
    """A table: English word, the model without attention, the model with attention, the rule's reference."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.setOpenLinks(False)
        self.setToolTip("Each word through both models beside the rule's answer; characters that differ from the "
                        "rule are highlighted, a · marks a missing one.")
        self.rows: list[tuple[str, str | None, str | None, str]] = []

    def show_words(self, rows: list[tuple[str, str | None, str | None, str]], note: str = "") -> None:
        """Show ``(english, plain output, attention output, reference)`` rows; None means the model is missing.

        The columns are laid out as preformatted monospace text padded to each column's widest entry: a
        QTextDocument table of 200 rows took ~140 ms to lay out (a frozen window while pasting), this ~15 ms.
        """
        self.rows = list(rows)
        if not rows:
            self.setHtml(f"<p style='color:gray'>{html.escape(note or 'Nothing to compare yet.')}</p>")
            return
        shown = rows[:_MAX_ROWS]
        table = [[(t, f"<b>{t}</b>") for t in ("English", "no attention", "attention", "rule")]]
        for english, plain, attention, reference in shown:
            table.append([(english, html.escape(english)), _cell(plain, reference), _cell(attention, reference),
                          (reference, html.escape(reference))])
        widths = [max(len(row[column][0]) for row in table) + 3 for column in range(4)]
        lines = ["".join(markup + " " * (width - len(text)) for (text, markup), width in zip(row, widths)).rstrip()
                 for row in table]
        more = f"<p style='color:gray'>… and {len(rows) - _MAX_ROWS} more words.</p>" if len(rows) > _MAX_ROWS else ""
        self.setHtml(f"<pre style='font-family:monospace'>{chr(10).join(lines)}</pre>{more}")


def _cell(output: str | None, reference: str) -> tuple[str, str]:
    """The cell's visible text (for padding) and its markup."""
    if output is None:
        return "(no model)", "<span style='color:gray'>(no model)</span>"
    mark = "✓" if output == reference else "✗"
    markup = f"{highlight_differences(output, reference)} {mark}"
    return html.unescape(_TAG.sub("", markup)), markup
