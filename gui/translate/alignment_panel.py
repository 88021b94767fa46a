"""The pad's upper right: the alignment heatmap of the word on show, and Export PNG under it. The tab draws into
the view and wires the button; this only builds them, each with its objectName and tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rnnlab.gui.i18n import translate
from rnnlab.gui.translate.alignment import AlignmentView


class AlignmentPanel(QWidget):
    """``view`` (the attention weights) above ``export_button``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = AlignmentView()
        self.view.setToolTip(translate("translate.alignment_panel", "Attention weights: each row is a generated "
                                                                    "character, each column a source character; "
                                                                    "brighter means the model looked there."))
        self.export_button = QPushButton(translate("translate.alignment_panel", "Export PNG…"),
                                         objectName="exportAlignmentButton")
        self.export_button.setToolTip(translate("translate.alignment_panel",
                                                "Save the alignment matrix on screen as a PNG image."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        layout.addLayout(export_row)
