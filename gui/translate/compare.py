"""The side-by-side comparison of both models' translations with the expected output (the rule's, or a known pair's),
differing characters highlighted; a row without an expected output says so instead of being graded."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

from PySide6.QtWidgets import QTextBrowser, QWidget

from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import counted, filled, translate
from rnnlab.gui.widgets.user_text import escape_html

_WRONG = "background-color:#f6c343;color:#000;font-weight:bold"
_MAX_ROWS = 200
_TAG = re.compile(r"<[^>]+>")
_GRAY = "<span style='color:gray'>{}</span>"
NO_REFERENCE = translatable("translate.compare", "(no reference)")


@dataclass(frozen=True)
class ComparisonTitles:
    """What the comparison calls its first and last columns and its rows, for the pad's task."""

    source: str
    reference: str
    unit: str


PIG_LATIN_TITLES = ComparisonTitles(translatable("translate.compare", "English"),
                                    translatable("translate.compare", "rule"), "word")


def highlight_differences(output: str, reference: str) -> str:
    """HTML of ``output`` with the characters that differ from ``reference`` marked (insertions and substitutions).

    A character missing from the output is shown as a marked ``·`` where it should have been.
    """
    parts = []
    matcher = difflib.SequenceMatcher(a=output, b=reference, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(escape_html(output[i1:i2]))
        elif i2 > i1:
            parts.append(f'<span style="{_WRONG}">{escape_html(output[i1:i2])}</span>')
        else:
            parts.append(f'<span style="{_WRONG}">{"·" * (j2 - j1)}</span>')
    return "".join(parts)


class ComparisonView(QTextBrowser):
    """A table: the source, the model without attention, the model with attention, the expected output."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.setOpenLinks(False)
        self.rows: list[tuple[str, str | None, str | None, str | None]] = []
        self.titles = PIG_LATIN_TITLES
        self.set_titles(PIG_LATIN_TITLES)

    def set_titles(self, titles: ComparisonTitles) -> None:
        """Name the columns and rows for the pad's task (the table is redrawn by the next ``show_words``)."""
        self.titles = titles
        self.setToolTip(filled(translate("translate.compare", "Each {unit} through both models beside the expected "
                                                              "output ({reference}); characters that differ from it "
                                                              "are highlighted, a · marks a missing one."),
                               unit=translate("Plural", titles.unit),
                                  reference=translate("translate.compare", titles.reference)))

    def show_words(self, rows: list[tuple[str, str | None, str | None, str | None]], note: str = "") -> None:
        """Show ``(source, plain output, attention output, reference)`` rows; an output of None means the model is
        missing, a reference of None that there is no expected output to grade against.

        The columns are laid out as preformatted monospace text padded to each column's widest entry: a
        QTextDocument table of as many rows took many times longer to lay out (a frozen window while pasting).
        """
        self.rows = list(rows)
        if not rows:
            empty = note or translate("translate.compare", "Nothing to compare yet.")
            self.setHtml(f"<p style='color:gray'>{escape_html(empty)}</p>")
            return
        shown = rows[:_MAX_ROWS]
        titles = tuple(translate("translate.compare", title) for title in (
            self.titles.source, translatable("translate.compare", "no attention"),
            translatable("translate.compare", "attention"), self.titles.reference))
        table = [[(t, f"<b>{escape_html(t)}</b>") for t in titles]]
        for source, plain, attention, reference in shown:
            table.append([(source, escape_html(source)), _cell(plain, reference), _cell(attention, reference),
                          (reference, escape_html(reference)) if reference is not None
                          else (translate("translate.compare", NO_REFERENCE),
                                _GRAY.format(translate("translate.compare", NO_REFERENCE)))])
        widths = [max(len(row[column][0]) for row in table) + 3 for column in range(4)]
        lines = ["".join(markup + " " * (width - len(text))
                         for (text, markup), width in zip(row, widths, strict=True)).rstrip()
                 for row in table]
        footer = ""
        if len(rows) > _MAX_ROWS:
            footer += ("<p style='color:gray'>" + filled(translate("translate.compare", "… and {more} more."),
                                                         more=counted(len(rows) - _MAX_ROWS,
                                                                      self.titles.unit)) + "</p>")
        unknown = sum(reference is None for *_, reference in rows)
        if unknown:
            template = (translate("translate.compare", "{unknown:,} of {total} is not a pair of this task's data, "
                                                       "so there is no expected output to grade against.")
                        if unknown == 1
                        else translate("translate.compare",
                                       "{unknown:,} of {total} are not a pair of this task's data, so there is no "
                                       "expected output to grade against."))
            footer += ("<p style='color:gray'>" + filled(template, unknown=unknown,
                                                         total=counted(len(rows), self.titles.unit)) + "</p>")
        self.setHtml(f"<pre style='font-family:monospace'>{chr(10).join(lines)}</pre>{footer}")


def _cell(output: str | None, reference: str | None) -> tuple[str, str]:
    """The cell's visible text (for padding) and its markup."""
    if output is None:
        return translate("translate.compare", "(no model)"), _GRAY.format(translate("translate.compare", "(no model)"))
    if reference is None:
        return output, escape_html(output)
    mark = "✓" if output == reference else "✗"
    markup = f"{highlight_differences(output, reference)} {mark}"
    return html.unescape(_TAG.sub("", markup)), markup
