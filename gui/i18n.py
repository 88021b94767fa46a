"""The window's language: Qt's translators (RNN Lab's own ``rnnlab_fa.qm`` and Qt's ``qtbase_fa.qm``), the locale
(digits, layout direction), a Persian-capable font, and the choice the user made (View -> Language, ``--lang``).

Every string the window shows goes through :func:`translate` (Qt's ``QCoreApplication.translate``, which
``pyside6-lupdate`` extracts from the source; ``scripts/update_translations.py`` runs it). Strings with values go
through :func:`filled`, which writes the numbers in the locale's digits. Both remember which source text gave each
string on show, so :func:`retranslate` can change the text of every widget when the language changes, without a
restart and without each widget knowing how it was built.
"""

from __future__ import annotations

import re
import weakref
from collections import OrderedDict
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from rnnlab.engine import translations as engine_translations
from rnnlab.engine.resources import resource_path
from rnnlab.engine.translations import LANGUAGES, SOURCE_LANGUAGE, Message, catalog_path, translatable

SYSTEM = "system"
CHOICES: tuple[str, ...] = (SYSTEM, *LANGUAGES)
"""What View -> Language offers: follow the system, or one of the languages RNN Lab is translated into."""
LANGUAGE_NAMES = {"en": "English", "fa": "فارسی"}
"""Each language in its own script, as a language menu shows it (never translated)."""
SETTING_KEY = "language"
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
FONT_FAMILY = "Vazirmatn"
_REMEMBERED = 4000

_translators: list[QTranslator] = []
_sources: OrderedDict[str, tuple[str, str, dict[str, Any]]] = OrderedDict()
_state: dict[str, Any] = {"language": SOURCE_LANGUAGE, "font": None}


def translate(context: str, text: str) -> str:
    """``text`` in the window's language (Qt's translation of it in ``context``); the English text when there is
    none. Marks the string for ``pyside6-lupdate`` when both arguments are literals."""
    result = QCoreApplication.translate(context, text)
    _remember(result, (context, text, {}))
    return result


PARAM_CONTEXT = "Param"
"""The context of the settings' labels and help (``param()`` in engine/*/config.py), which the engine declares
without Qt; ``scripts/update_translations.py`` writes them into ``gui/param_texts.py`` for lupdate."""


def param_text(text: str) -> str:
    """A setting's label, help or none-text (declared with ``param()``) in the window's language."""
    result = QCoreApplication.translate(PARAM_CONTEXT, text)
    _remember(result, (PARAM_CONTEXT, text, {}))
    return result


def filled(template: str, **values: Any) -> str:
    """``template`` (a translated string with ``{name}`` fields) filled with ``values``; numbers are written with
    the locale's digits (Persian digits in Persian), text values as they are (file names, code)."""
    result = engine_translations.filled(template, **values)
    source = _sources.get(template)
    if source is not None:
        _remember(result, (source[0], source[1], values))
    return result


def engine_text(text: str) -> str:
    """Text the engine wrote (an error's message, a loader's note, a verdict) in the window's language: a
    :class:`~rnnlab.engine.translations.Message` is its template translated and filled (its numbers in the locale's
    digits, a field that is itself a Message or an engine error translated too); any other string as it is."""
    return text.rendered(translate, filled) if isinstance(text, Message) else text


NOUNS = (translatable("Plural", "run"), translatable("Plural", "runs"),
         translatable("Plural", "finished run"), translatable("Plural", "finished runs"),
         translatable("Plural", "stored run"), translatable("Plural", "stored runs"),
         translatable("Plural", "seed"), translatable("Plural", "seeds"),
         translatable("Plural", "word"), translatable("Plural", "words"),
         translatable("Plural", "line"), translatable("Plural", "lines"))
"""The nouns the window counts (:func:`counted`), singular and plural: Persian writes the singular after a number."""


def counted(count: int, noun: str) -> str:
    """``count`` and ``noun`` (a singular of NOUNS) as "3 runs", in the window's language and digits."""
    return f"{number_text(count, ',')} {translate('Plural', noun if count == 1 else noun + 's')}"


def number_text(value: float | int, spec: str = "") -> str:
    """``value`` formatted by ``spec`` (Python's format mini-language), in the locale's digits."""
    return engine_translations.localized_digits(format(value, spec))


def _remember(shown: str, source: tuple[str, str, dict[str, Any]]) -> None:
    _sources[shown] = source
    _sources.move_to_end(shown)
    if len(_sources) > _REMEMBERED:
        _sources.popitem(last=False)


def current_language() -> str:
    """The language the window speaks now: "en" or "fa"."""
    return str(_state["language"])


def resolve(choice: str) -> str:
    """The language a choice stands for: "system" is Persian on a Persian system, else English."""
    if choice == SYSTEM:
        return "fa" if QLocale.system().language() == QLocale.Language.Persian else SOURCE_LANGUAGE
    if choice not in LANGUAGES:
        raise ValueError(f"unknown language {choice!r}; choose from {', '.join(CHOICES)}")
    return choice


def apply_language(choice: str) -> str:
    """Make the application speak ``choice`` ("system", "en", "fa"): translators, default locale, layout direction
    and font. Installing the translators sends every widget a LanguageChange event. Returns the language applied."""
    language = resolve(choice)
    app = QApplication.instance()
    for translator in _translators:
        QCoreApplication.removeTranslator(translator)
    _translators.clear()
    _state["language"] = language
    engine_translations.set_language(language)
    if language == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale("en_US"))
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    else:
        for path in (catalog_path(language, "qm"), _qt_catalog(language)):
            translator = QTranslator(app)
            if translator.load(str(path)):
                _translators.append(translator)
        QLocale.setDefault(QLocale(language))
        QGuiApplication.setLayoutDirection(QLocale().textDirection())
    _use_font_for(language)
    for translator in _translators:
        QCoreApplication.installTranslator(translator)
    if not _translators:
        for window in QApplication.topLevelWidgets():
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    return language


def _qt_catalog(language: str) -> Path:
    """Qt's own strings (standard buttons, file dialogs) in ``language``: PySide6 ships them."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"


def _use_font_for(language: str) -> None:
    """In Persian, use a font that has the Arabic script: the bundled Vazirmatn (OFL) when the system has none, so
    the text never shows as boxes; back in English, the font the application started with."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _state["font"] is None:
        _state["font"] = QFont(app.font())
    original: QFont = _state["font"]
    if language == SOURCE_LANGUAGE:
        app.setFont(original)
        return
    family = persian_font_family()
    if family is not None:
        font = QFont(original)
        font.setFamilies([family, *original.families()])
        app.setFont(font)


def persian_font_family() -> str | None:
    """A font family that can write Persian: the system's own if it has one, else the bundled Vazirmatn."""
    system = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    if system:
        return FONT_FAMILY if FONT_FAMILY in system else system[0]
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    return FONT_FAMILY if FONT_FAMILY in QFontDatabase.families() else None


_display_forms: list[Callable[[str], str]] = []


def shown_as(form: Callable[[str], str]) -> None:
    """Declare a way the window turns a translated string into what it shows (``math_html``'s subscripts), so that
    :func:`retranslate` also finds the strings shown that way."""
    if form not in _display_forms:
        _display_forms.append(form)


def retranslate(root: QWidget) -> None:
    """Write every text under ``root`` (labels, buttons, tooltips, tab titles, menus, combo items, table headers,
    plot titles, axis titles and legends) in the current language, from the source each was translated from."""
    table = {shown: _again(source) for shown, source in list(_sources.items())}
    table = {old: new for old, new in table.items() if old != new}
    for form in _display_forms:
        table.update({form(old): form(new) for old, new in list(table.items())})
    if not table:
        return
    pattern = re.compile("|".join(re.escape(old) for old in sorted((o for o in table if len(o) > 3),
                                                                     key=len, reverse=True)))

    def renew(text: str) -> str:
        if text in table:
            return table[text]
        return pattern.sub(lambda match: table[match.group(0)], text) if pattern.pattern else text

    for _where, text, setter in shown_texts(root):
        new = renew(text)
        if new != text:
            setter(new)
    root.setLocale(QLocale())
    _redraw_axes(root)


def keep_plots_left_to_right(root: QWidget) -> None:
    """Plots keep their mathematical orientation in a right-to-left window: time and epochs run left to right and
    the y axis stays on the left (pyqtgraph's layouts would otherwise follow the application's direction). Their
    tick labels follow the language's digits."""
    import sys

    pg = sys.modules.get("pyqtgraph")
    if pg is None:
        return
    for view in root.findChildren(pg.GraphicsView):
        view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for item in view.scene().items():
            if isinstance(item, QGraphicsWidget) and item.parentWidget() is None:
                item.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            if isinstance(item, pg.AxisItem) and not hasattr(item, "_unlocalized_tick_strings"):
                item._unlocalized_tick_strings = item.tickStrings
                item.tickStrings = partial(_localized_tick_strings, item._unlocalized_tick_strings)


_number_ticks: weakref.WeakKeyDictionary[Any, list[list[tuple[float, str]]]] = weakref.WeakKeyDictionary()


def set_number_ticks(axis: Any, levels: list[list[tuple[float, str]]]) -> None:
    """Hand-set tick labels of a pyqtgraph axis (``setTicks``) that are numbers: written in the locale's digits, now
    and again after each language change (pyqtgraph draws such labels as given, without ``tickStrings``)."""
    _number_ticks[axis] = levels
    axis.setTicks([[(value, engine_translations.localized_digits(text)) for value, text in level]
                   for level in levels])


def _localized_tick_strings(tick_strings: Callable[..., list[str]], *args: Any) -> list[str]:
    return [engine_translations.localized_digits(text) for text in tick_strings(*args)]


def _redraw_axes(root: QWidget) -> None:
    """Draw every plot axis again, so its tick labels take the new language's digits."""
    import sys

    pg = sys.modules.get("pyqtgraph")
    if pg is None:
        return
    for view in root.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                if item in _number_ticks:
                    set_number_ticks(item, _number_ticks[item])
                item.picture = None
                item.update()


def _again(source: tuple[str, str, dict[str, Any]]) -> str:
    context, text, values = source
    translated = translate(context, text)
    values = {name: _again(_sources[value]) if isinstance(value, str) and value in _sources else value
              for name, value in values.items()}
    return filled(translated, **values) if values else translated


Setter = Any


def shown_texts(root: QWidget) -> Iterator[tuple[str, str, Setter]]:
    """Every non-empty text the window under ``root`` can show, with where it is and how to set it: a widget's
    text, title, placeholder and tooltip, tab titles and tooltips, combo items, table and tree headers, menus and
    actions, and the titles, axis titles and legends of its plots."""
    widgets = [root, *root.findChildren(QWidget)]
    actions: list[QAction] = []
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        yield from _widget_texts(widget, name)
        actions.extend(widget.actions())
        if isinstance(widget, QMenu):
            actions.append(widget.menuAction())
    seen: set[int] = set()
    for action in actions:
        if id(action) in seen or action.isSeparator():
            continue
        seen.add(id(action))
        name = action.objectName() or "action"
        yield from _pairs(name, (("text", action.text, action.setText), ("toolTip", action.toolTip, action.setToolTip),
                                 ("statusTip", action.statusTip, action.setStatusTip)))
    yield from _plot_texts(widgets)


def _pairs(name: str, accessors: tuple[tuple[str, Any, Any], ...]) -> Iterator[tuple[str, str, Setter]]:
    for what, getter, setter in accessors:
        text = getter()
        if text:
            yield f"{name}.{what}", text, setter


def _widget_texts(widget: QWidget, name: str) -> Iterator[tuple[str, str, Setter]]:
    accessors: list[tuple[str, Any, Any]] = [("toolTip", widget.toolTip, widget.setToolTip),
                                             ("statusTip", widget.statusTip, widget.setStatusTip)]
    if widget.isWindow():
        accessors.append(("windowTitle", widget.windowTitle, widget.setWindowTitle))
    if isinstance(widget, (QLabel, QAbstractButton)):
        accessors.append(("text", widget.text, widget.setText))
    if isinstance(widget, QGroupBox):
        accessors.append(("title", widget.title, widget.setTitle))
    if isinstance(widget, QMenu):
        accessors.append(("title", widget.title, widget.setTitle))
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        accessors.append(("placeholderText", widget.placeholderText, widget.setPlaceholderText))
    if isinstance(widget, QTextEdit) and widget.isReadOnly():
        accessors.append(("plainText", widget.toPlainText, lambda _text: None))
    if isinstance(widget, QStatusBar):
        accessors.append(("currentMessage", widget.currentMessage, widget.showMessage))
    if isinstance(widget, QAbstractSpinBox):
        accessors.append(("specialValueText", widget.specialValueText, widget.setSpecialValueText))
    yield from _pairs(name, tuple(accessors))
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield from _pairs(f"{name}.tab{index}", (
                ("text", lambda i=index: widget.tabText(i), lambda t, i=index: widget.setTabText(i, t)),
                ("toolTip", lambda i=index: widget.tabToolTip(i), lambda t, i=index: widget.setTabToolTip(i, t))))
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            if widget.itemData(index) == widget.itemText(index):
                continue  # a choice shown as its code (lstm, adding), which no language changes
            yield from _pairs(f"{name}.item{index}", (
                ("text", lambda i=index: widget.itemText(i), lambda t, i=index: widget.setItemText(i, t)),))
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            if item is not None:
                yield from _pairs(f"{name}.header{column}", (("text", item.text, item.setText),
                                                             ("toolTip", item.toolTip, item.setToolTip)))
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(widget.columnCount()):
            yield from _pairs(f"{name}.header{column}", (
                ("text", lambda c=column: header.text(c), lambda t, c=column: header.setText(c, t)),))


def _plot_texts(widgets: list[QWidget]) -> Iterator[tuple[str, str, Setter]]:
    """The texts drawn inside pyqtgraph views: plot titles, axis titles, legend entries, free text items."""
    import sys

    pg = sys.modules.get("pyqtgraph")
    if pg is None:
        return
    for widget in widgets:
        if not isinstance(widget, pg.GraphicsView):
            continue
        name = widget.objectName() or "plot"
        for item in widget.scene().items():
            if isinstance(item, pg.LabelItem) and item.text:
                yield f"{name}.label", item.text, lambda t, i=item: i.setText(t, **i.opts)
            elif isinstance(item, pg.AxisItem) and item.labelText and item.isVisible():
                yield (f"{name}.axis", item.labelText,
                       lambda t, i=item: i.setLabel(t, units=i.labelUnits, unitPrefix=i.labelUnitPrefix))
            elif isinstance(item, pg.TextItem) and item.toPlainText():
                yield f"{name}.text", item.toPlainText(), item.setPlainText
