"""A tab page that builds its real tab only when first needed, so the tabs nobody sees yet do not delay the
window's first paint (each is plots and forms that take a while to build)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from rnnlab.gui.lab_tab import LabTab


class DeferredTab(QWidget):
    """Holds a factory for one tab; ``ensure_built`` (or the page being shown) creates the tab inside the page.

    ``name`` is the real tab's objectName, known before it exists (the page itself is ``<name>Page``); ``modules``
    are the modules building it imports, which the window may import in the background first.
    """

    built = Signal(QWidget)

    def __init__(self, name: str, factory: Callable[[], LabTab], modules: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.modules = modules
        self.setObjectName(f"{name}Page")
        self.content: LabTab | None = None
        self._factory = factory
        self._held = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> LabTab:
        """The real tab, created (and announced through ``built``) on the first call."""
        if self.content is None:
            content = self._factory()
            if content.objectName() != self.name:
                raise ValueError(f"the tab built for {self.name!r} is named {content.objectName()!r}")
            self.content = content
            self._layout.addWidget(content)
            self.built.emit(content)
        return self.content

    def hold(self) -> None:
        """Do not build on being shown: the window's first frame paints without this tab, which is built right
        after it (``ensure_built``), so the window appears before the tab's plotting library is even imported."""
        self._held = True

    def showEvent(self, event: QShowEvent) -> None:
        """A page about to be seen builds its tab first, so the tab is in the same paint (unless held)."""
        if not self._held:
            self.ensure_built()
        super().showEvent(event)
