"""The pad's task picker: Pig Latin, the bundled date example, the pad's own task (a pairs file or a model's), or a
new pairs file.

A pick is only a request (``task_requested``, ``pairs_file_requested``): switching may need a question answered, a
file chosen and read in the background, and may be refused. Until the tab confirms a switch with ``show_task`` the
combo box snaps back to the task the pad is in, so it never shows a task the pad does not have.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from rnnlab.engine.translate.tasks import CUSTOM_KEY, PIG_LATIN_KEY, TASK_TITLES
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import param_text, translate
from rnnlab.gui.widgets.user_text import auto_literal

_PAIRS_FILE = "pairs-file"
PAIRS_FILE_TITLE = translatable("translate.task_picker", "From a pairs file…")


class TaskPicker(QComboBox):
    """A combo box of the pad's tasks (``engine.translate.tasks``' keys). Signals: ``task_requested(key)`` for a
    built-in task (``PIG_LATIN_KEY``, ``DATES_KEY``) other than the current one, ``pairs_file_requested()`` for
    "From a pairs file…"."""

    task_requested = Signal(str)
    pairs_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPicker")
        self.setToolTip(translate("translate.task_picker", "What the pad translates. Pick a pairs file (one source "
                                                           "and target a line, tab-separated, or a two-column CSV "
                                                           "with a header) to train on a task of your own."))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        for key, title in TASK_TITLES.items():
            self.addItem(param_text(title), key)
        self.addItem(translate("translate.task_picker", PAIRS_FILE_TITLE), _PAIRS_FILE)
        self._current = PIG_LATIN_KEY
        self.activated.connect(self._on_activated)

    @property
    def current_key(self) -> str:
        """The task the pad is in: ``PIG_LATIN_KEY``, ``DATES_KEY`` or ``CUSTOM_KEY``."""
        return self._current

    def show_task(self, key: str, title: str = "") -> None:
        """Show that the pad is now in task ``key``; a ``CUSTOM_KEY`` task is listed under ``title`` (an earlier
        custom entry goes)."""
        self.blockSignals(True)
        custom = self.findData(CUSTOM_KEY)
        if custom >= 0:
            self.removeItem(custom)
        if key == CUSTOM_KEY:
            custom = self.findData(_PAIRS_FILE)
            self.insertItem(custom, title, CUSTOM_KEY)
            self.setItemData(custom, auto_literal(title), Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self._current = key
        self._snap_back()

    def _snap_back(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(self._current))
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        key = self.itemData(index)
        self._snap_back()
        if key == _PAIRS_FILE:
            self.pairs_file_requested.emit()
        elif key != self._current and key != CUSTOM_KEY:
            self.task_requested.emit(key)
