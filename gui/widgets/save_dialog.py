"""The one Save dialog of the tabs: it asks where to write a file and refuses a file the tab reads.

An export over the tab's own input (predictions saved onto the training CSV, a model onto the pairs file) would
destroy what the person opened, so such a pick is refused with a message box naming the file, before any work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from rnnlab.engine.same_file import rules_of, same_file
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.widgets.user_text import auto_literal


def ask_save_path(tab: LabTab, title: str, suggested: str, file_filter: str, suffix: str = "") -> str:
    """The file picked in a Save dialog (with ``suffix`` added when the name lacks it), or "" when the person
    cancelled. A pick of one of the files the tab reads (``LabTab.open_inputs``) is refused with a message box
    saying why, and the dialog opens again."""
    while True:
        path, _ = QFileDialog.getSaveFileName(tab, title, suggested, file_filter)
        if not path:
            return ""
        if suffix and not path.lower().endswith(suffix):
            path += suffix
        clash = next(((what, source) for what, source in tab.open_inputs().items()
                      if same_file(path, source, rules_of())), None)
        if clash is None:
            return path
        what, source = clash
        QMessageBox.warning(tab, title, auto_literal(f"{Path(path).name} is the {what} this tab has open ({source}): "
                                                     "saving there would replace it. Choose another file name."))
        suggested = path
