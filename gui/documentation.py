"""The documentation the Help menu opens: the pages of ``docs/``, package data of ``rnnlab.docs``, so a checkout, an
installed wheel and the bundle each open their own copy. F1 opens the contents page; a submenu opens each page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from rnnlab.engine.resources import package_data_path
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import filled, translate
from rnnlab.gui.widgets.user_text import auto_literal

DOCS_PACKAGE = "rnnlab.docs"


@dataclass(frozen=True)
class DocPage:
    """A page of ``docs/``: its entry in the Help menu and its file name."""

    title: str
    file_name: str


CONTENTS = DocPage(translatable("documentation", "RNN Lab &Documentation"), "index.md")
PAGES: tuple[DocPage, ...] = (
    DocPage(translatable("documentation", "&Gradient Flow"), "gradient-flow.md"),
    DocPage(translatable("documentation", "&Stock Forecaster"), "stock-forecaster.md"),
    DocPage(translatable("documentation", "&Translation Pad"), "translation-pad.md"),
    DocPage(translatable("documentation", "&Experiments"), "experiments.md"),
    DocPage(translatable("documentation", "&Command Line"), "command-line.md"),
    DocPage(translatable("documentation", "Lab &Reports"), "reports.md"),
    DocPage(translatable("documentation", "&Performance and Figures"), "performance.md"),
    DocPage(translatable("documentation", "Packaging and Start-&up"), "packaging.md"),
    DocPage(translatable("documentation", "What RNN Lab C&hecks"), "checks.md"),
    DocPage(translatable("documentation", "&Languages"), "languages.md"),
    DocPage(translatable("documentation", "&Architecture"), "ARCHITECTURE.md"),
)


def page_path(page: DocPage) -> Path:
    """Where the page is on this installation."""
    return package_data_path(DOCS_PACKAGE, page.file_name)


def missing_pages() -> list[Path]:
    """The pages the Help menu opens that this installation lacks (the wheel and bundle checks expect none)."""
    return [path for path in map(page_path, (CONTENTS, *PAGES)) if not path.is_file()]


def page_url(page: DocPage) -> str:
    """The page's file URL, encoded for a link in rich text."""
    return QUrl.fromLocalFile(str(page_path(page))).toString(QUrl.ComponentFormattingOption.FullyEncoded)


def open_page(page: DocPage, parent: QWidget) -> None:
    """Open the page with the desktop's viewer; where there is none, say where the file is."""
    path = page_path(page)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(parent, parent.windowTitle(), auto_literal(filled(translate("documentation",
                                                                                            "The documentation is "
                                                                                            "the file\n{path}"),
                                                                                  path=path)))


def add_documentation_actions(menu: QMenu, parent: QWidget) -> None:
    """Add the contents page (F1) and a submenu of every page to ``menu``."""
    contents = QAction(translate("documentation", CONTENTS.title), parent, objectName="docsAction")
    contents.setShortcut(QKeySequence.StandardKey.HelpContents)
    contents.triggered.connect(lambda _checked=False: open_page(CONTENTS, parent))
    menu.addAction(contents)
    pages = menu.addMenu(translate("documentation", "Documentation &Pages"))
    pages.setObjectName("docsPagesMenu")
    for page in PAGES:
        action = QAction(translate("documentation", page.title), parent, objectName=f"docsPage:{page.file_name}")
        action.triggered.connect(lambda _checked=False, p=page: open_page(p, parent))
        pages.addAction(action)
