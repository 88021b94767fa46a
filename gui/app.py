"""Create the QApplication and the main window with its tabs."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gui.main_window import APP_NAME, MainWindow


def _coming_soon(object_name: str, text: str) -> QWidget:
    label = QLabel(text, objectName=object_name)
    label.setWordWrap(True)
    label.setMargin(24)
    return label


def build_tabs() -> list[tuple[str, QWidget]]:
    """The three tabs in their fixed order: Gradient flow, Stock forecaster, Translation pad."""
    return [
        ("Gradient flow", _coming_soon("gradientFlowTab", "The gradient-flow visualiser is coming in the next release.")),
        ("Stock forecaster", _coming_soon("forecastTab", "The stock forecaster is coming in the next release.")),
        ("Translation pad", _coming_soon("translationTab", "The translation pad is coming in the next release.")),
    ]


def create_window() -> MainWindow:
    """Build the main window (a QApplication must exist); the engine load is started separately."""
    return MainWindow(build_tabs())


def run_gui() -> int:
    """Open the main window and run the event loop until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("RNN Lab")
    window = create_window()
    window.show()
    window.start_engine_load()
    return app.exec()
