"""View -> Language: follow the system, English or Persian; applied at once (every widget gets a LanguageChange event)
and remembered for the next launches."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from rnnlab.gui import settings as app_settings
from rnnlab.gui.i18n import CHOICES, LANGUAGE_NAMES, SYSTEM, apply_language, translate


def choose_language(choice: str) -> None:
    """Speak ``choice`` ("system", "en", "fa") from now on: the whole window at once, and at the next launches."""
    app_settings.set_language_choice(choice)
    apply_language(choice)


def language_menu(parent: QWidget) -> QMenu:
    """The Language menu: one checkable action per choice (objectName ``language_<choice>Action``), the stored one
    checked."""
    menu = QMenu(translate("MainWindow", "&Language"), parent, objectName="languageMenu")
    group = QActionGroup(menu)
    chosen = app_settings.language_choice()
    for choice in CHOICES:
        text = translate("MainWindow", "System") if choice == SYSTEM else LANGUAGE_NAMES[choice]
        action = QAction(text, menu, objectName=f"language_{choice}Action", checkable=True)
        action.setChecked(choice == chosen)
        action.triggered.connect(lambda _checked=False, c=choice: choose_language(c))
        group.addAction(action)
        menu.addAction(action)
    return menu
