"""*Memory horizon…*: the gradient-flow tab's way into the memory-horizon experiment, the consequence of the plots'
vanishing gradients (the longest T each cell learns). It opens the Experiments tab with the preset filled in, through
the window's declared hooks (``LabTab.use_tab_finder``, ``use_tab_shower``, ``open_experiment_preset``)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from rnnlab.engine.experiments.presets import MEMORY_HORIZON
from rnnlab.gui.i18n import filled, translate
from rnnlab.gui.lab_tab import LabTab, TabFinder, TabShower

EXPERIMENTS_TAB = "experimentsTab"


class MemoryHorizonButton(QPushButton):
    """Opens the memory-horizon experiment preset on the Experiments tab (not started: Run there starts it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("gradflow.horizon_button", "Memory horizon…"), parent,
                         objectName="memoryHorizonButton")
        self.setToolTip(filled(translate("gradflow.horizon_button", "Open the memory-horizon experiment on the "
                                                                    "Experiments tab: {hint}. It finds the longest "
                                                                    "sequence length each cell learns (at least 2 "
                                                                    "of 3 seeds solve it); Run there starts it."),
                               hint=MEMORY_HORIZON.hint))
        self.find_tab: TabFinder = lambda _name: None
        self.show_tab: TabShower = lambda _tab: None
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self) -> None:
        tab: LabTab | None = self.find_tab(EXPERIMENTS_TAB)
        if tab is not None and tab.open_experiment_preset(MEMORY_HORIZON.name):
            self.show_tab(tab)
