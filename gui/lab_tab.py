"""The one interface between the main window (and the self-test) and a tab: every tab subclasses ``LabTab``.

The main window builds one tab per lab of the registry (``engine/labs.py``), gives each its File-menu actions, the
files dropped on the window, saved form values and the news that the engine is loaded, and asks it about unsaved
work; the self-test trains each tab through its own Train button after the tab's own checks. The defaults here are
what a tab without that feature does, so the main window never probes for members.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.widgets.param_form import ParamForm

SelfTestCheck = tuple[str, Callable[[], str]]
"""A self-test step of a tab: its name and the check, which returns what it saw or raises ``StepFailed``."""

TabFinder = Callable[[str], "LabTab | None"]
"""The window's lookup of a tab by objectName (``MainWindow.find_tab``: the tab, built if need be, or None)."""
TabShower = Callable[["LabTab"], None]
"""The window's way to bring a tab to the front (``MainWindow.show_tab``)."""


class LabTab(QWidget):
    """Base of every lab's tab. Signals: ``file_opened(Path)`` (for Open Recent), ``loaded`` (``finish_loading``'s
    background work is done)."""

    file_opened = Signal(Path)
    loaded = Signal()

    engine_modules: tuple[str, ...] = ()
    """The engine modules this tab trains with; imported in the background with torch, before ``on_engine_ready``."""

    runner: JobRunner
    """The runner of the tab's training job (the self-test waits on it)."""

    params: ParamForm
    """The form of the lab's settings that the tab trains with (built from its ``param()`` dataclass)."""

    train_button_name = "trainButton"
    """The objectName of the button that starts the tab's training (the self-test clicks it)."""

    def menu_actions(self) -> list[QAction]:
        """The tab's entries for the File menu (open, save, export), in order."""
        return []

    def accepts_dropped_file(self, path: Path) -> bool:
        """True when this tab opens files like ``path`` (dropped on the window or picked from Open Recent)."""
        return False

    def open_dropped_file(self, path: Path) -> bool:
        """Open ``path``; False when it could not be opened (the tab has said why)."""
        return False

    def open_inputs(self) -> dict[str, Path]:
        """The files the tab has open and reads, by what they are ("training CSV"): its Save and Export dialogs
        refuse them (``widgets/save_dialog.py``), so an output never replaces an input."""
        return {}

    def has_unsaved_work(self) -> bool:
        """True while quitting would lose work: a trained model the user has not saved, the runs of a sweep in
        flight."""
        return False

    def current_run(self) -> Any:
        """The lab's run (``GradflowRun``, ``ForecastRun``, ``TranslatorRun``) this tab would train now, from its form
        and its open file or task; None when it cannot (no file open). The Experiments tab starts from it."""
        return None

    def use_tab_finder(self, find_tab: TabFinder) -> None:
        """Given by the window when the tab is built: how to reach the other tabs (the Experiments tab copies a lab
        tab's run)."""

    def use_tab_shower(self, show_tab: TabShower) -> None:
        """Given by the window when the tab is built: how to bring another tab to the front (the gradient-flow tab's
        *Memory horizon…* shows the Experiments tab)."""

    def open_experiment_preset(self, name: str) -> bool:
        """Show the experiment preset ``name`` ready to run; False from a tab that runs no experiments (the
        Experiments tab does, unless a sweep is running)."""
        return False

    def open_experiment_id(self, experiment_id: int) -> bool:
        """Show the stored experiment ``experiment_id``; False from a tab that shows no experiments (the Experiments
        tab does, unless a sweep is running). The forecaster's *Repeat with 5 seeds* opens its experiment here."""
        return False

    def finish_loading(self) -> None:
        """Start what the first paint does not wait for (a sample file, say); emit ``loaded`` when it is done."""
        self.loaded.emit()

    @property
    def loading(self) -> bool:
        """True between ``finish_loading`` and ``loaded``."""
        return False

    def on_engine_ready(self) -> None:
        """Torch and ``engine_modules`` are imported: enable training."""

    def configure_for_self_test(self) -> None:
        """Set the smallest training that still exercises the whole path (``--self-test``)."""
        raise NotImplementedError

    def self_test_checks(self) -> list[SelfTestCheck]:
        """The tab's own self-test steps, run after it shows and before its tiny training (the pad translates the
        test sentence)."""
        return []
