"""What a person sees of a window's texts, as plain text: each label, tooltip, button, menu entry, list and table
cell, text box and pyqtgraph title, axis label and legend, rendered the way Qt renders it (rich text through a
QTextDocument, auto-detected text as Qt detects it, ``&`` as a shortcut mark), beside the string the code set."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_MNEMONIC = re.compile(r"&(.)")


@dataclass(frozen=True)
class ShownText:
    """One text on screen: where it is, the string the code gave Qt, and what Qt shows of it."""

    where: str
    given: str
    shown: str


def rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt shows of ``text`` in a place of ``text_format`` (a tooltip or a message box is ``AutoText``)."""
    rich = text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText
                                                      and Qt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def without_mnemonic(text: str) -> str:
    """A menu entry's or a button's text as shown: ``&x`` is an underlined x, ``&&`` one ampersand."""
    return _MNEMONIC.sub(r"\1", text)


def shown_texts(root: QWidget) -> list[ShownText]:
    """Every text of ``root`` and its visible children, with the menus of a main window."""
    texts: list[ShownText] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.toolTip():
            texts.append(ShownText(f"{name} tooltip", widget.toolTip(), rendered(widget.toolTip())))
        texts += _own_texts(widget, name)
    if isinstance(root, QMainWindow):
        texts.append(ShownText("window title", root.windowTitle(), root.windowTitle()))
        for menu in root.findChildren(QMenu):
            texts += _menu_texts(menu)
    return texts


def _own_texts(widget: QWidget, name: str) -> list[ShownText]:
    """The texts a widget of its kind shows itself."""
    if isinstance(widget, QLabel):
        return [ShownText(name, widget.text(), rendered(widget.text(), widget.textFormat()))]
    if isinstance(widget, QAbstractButton):
        return [ShownText(name, widget.text(), without_mnemonic(widget.text()))]
    if isinstance(widget, QGroupBox):
        return [ShownText(f"{name} title", widget.title(), without_mnemonic(widget.title()))]
    if isinstance(widget, QTabWidget):
        return [ShownText(f"{name} tab", widget.tabText(i), without_mnemonic(widget.tabText(i)))
                for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return _combo_texts(widget, name)
    if isinstance(widget, QListWidget):
        return [ShownText(f"{name} item", widget.item(i).text(), widget.item(i).text()) for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        return _table_texts(widget, name)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [ShownText(name, widget.toPlainText(), widget.toPlainText()),
                ShownText(f"{name} placeholder", widget.placeholderText(), widget.placeholderText())]
    if isinstance(widget, QLineEdit):
        return [ShownText(name, widget.text(), widget.text())]
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        items = [ShownText(f"{name} text item", item.toPlainText(), item.toPlainText())
                 for item in widget.scene().items() if isinstance(item, QGraphicsTextItem) and item.isVisible()]
        return items + (_plot_texts(widget.getPlotItem(), name) if isinstance(widget, pg.PlotWidget) else [])
    return []


def _combo_texts(combo: QComboBox, name: str) -> list[ShownText]:
    texts = []
    for i in range(combo.count()):
        texts.append(ShownText(f"{name} item {i}", combo.itemText(i), combo.itemText(i)))
        tip = combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
        if tip:
            texts.append(ShownText(f"{name} item {i} tooltip", tip, rendered(tip)))
    return texts


def _table_texts(table: QTableWidget, name: str) -> list[ShownText]:
    texts = []
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        if header is not None:
            texts.append(ShownText(f"{name} header {column}", header.text(), header.text()))
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is not None:
                texts.append(ShownText(f"{name} cell {row},{column}", item.text(), item.text()))
    return texts


def _plot_texts(plot: pg.PlotItem, name: str) -> list[ShownText]:
    """A pyqtgraph plot's title, axis labels and legend entries: HTML, shown by QGraphicsTextItems."""
    texts = [ShownText(f"{name} title", plot.titleLabel.text, plot.titleLabel.item.toPlainText())]
    for side in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(side)
        if axis.isVisible() and axis.label.isVisible():
            texts.append(ShownText(f"{name} {side} axis label", axis.labelText, axis.label.toPlainText()))
    if plot.legend is not None:
        texts += [ShownText(f"{name} legend", label.text, label.item.toPlainText()) for _, label in plot.legend.items]
    return texts


def _menu_texts(menu: QMenu) -> list[ShownText]:
    texts = [ShownText(f"menu {menu.title()!r}", menu.title(), without_mnemonic(menu.title()))]
    for action in menu.actions():
        where = f"menu entry {action.objectName() or action.text()!r}"
        texts.append(ShownText(where, action.text(), without_mnemonic(action.text())))
        texts.append(ShownText(f"{where} tooltip", action.toolTip(), rendered(action.toolTip())))
    return texts


def misread(texts: list[ShownText], literals: dict[str, str]) -> list[str]:
    """The texts that show one of ``literals`` (keyed by a word inside it, found in what was given or what is shown)
    other than as written: each as "where: shown"."""
    return [f"{text.where}: {text.shown!r} (given {text.given!r})" for text in texts
            if any((word in text.given or word in text.shown) and literal not in text.shown
                   for word, literal in literals.items())]
