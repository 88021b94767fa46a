"""The Diagnose panel: where the pad's models go wrong on the task's held-out pairs (``engine.translate.diagnosis``).

A Diagnose button, what was measured and why in a few lines, each model's verdict, and three plots drawn once per
diagnosis with fixed ranges: exact accuracy against source length for both models on one chart, where the first
wrong character falls (each model's bars side by side), and the recovery after the first mistake, free running
against teacher forced. The diagnosis itself runs in the tab's job runner, off the window's thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import engine_text, filled, param_text, set_number_ticks, translate
from rnnlab.gui.widgets.plot_theme import legend_brush

if TYPE_CHECKING:
    from rnnlab.engine.translate.diagnosis import Diagnosis

COLOURS = {"no attention": "#d62728"}
ATTENTION_COLOUR = "#1f77b4"
FREE_COLOUR, FORCED_COLOUR = "#ff7f0e", "#1f77b4"
RECOVERY_TOP = 140
"""The recovery plot's y range reaches past 100 % so that its legend sits above the bars."""
MODEL_NAMES = (translatable("diagnose_panel", "no attention"), translatable("diagnose_panel", "additive attention"))
TICKS = (translatable("diagnose_panel", "no"), translatable("diagnose_panel", "additive"))
"""How the pad names its models (``engine.translate.diagnosis.model_name``), shown through :func:`shown_name`, and
the recovery plot's ticks under its axis title "attention"."""
EXPLANATION = translatable("diagnose_panel",
    "With greedy decoding every wrong output starts with a mistake on a correct prefix, so exposure bias can only act "
    "after it. Measured on the shipped Pig Latin models: the model without attention's wrong words all start with "
    "such a first error, more often the longer the word (the bottleneck), and its errors compound after it; "
    "scheduled sampling, trained on the same seeds and budget, lowered its exact accuracy and did not improve that "
    "recovery (Help: Translation pad, Diagnosis).")
EXPLANATION_DETAIL = translatable("diagnose_panel",
    "Teacher forcing trains the decoder on the true previous character; translating, it is fed its own. Diagnose "
    "decodes the task's held-out pairs both ways, then measures how much of the rest each model gets right after "
    "its first mistake continuing from it (free) or given the true prefix (teacher forced), and accuracy by source "
    "length. Free "
    "running and teacher forced are compared with the target position by position (its end included), so an output "
    "that drops or adds a character counts what follows as wrong even where the rest is right but shifted; the "
    "report and rnnlab diagnose also give the shift-tolerant recovery.")


def colour_of(model: str) -> str:
    """Red for the model without attention, blue for one with attention (as the pad's comparison shows them)."""
    return COLOURS.get(model, ATTENTION_COLOUR)


def shown_name(model: str) -> str:
    """A model's name in the window's language."""
    return translate("diagnose_panel", model)


class DiagnosePanel(QWidget):
    """The Diagnose button, the explanation, the verdicts and the three plots of the latest diagnosis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosePanel")
        self.diagnose_button = QPushButton(translate("diagnose_panel", "Diagnose"), objectName="diagnoseButton")
        self.diagnose_button.setToolTip(translate("diagnose_panel", "Decode the task's held-out pairs with both "
                                                                    "models, free running and teacher forced, and "
                                                                    "show where their mistakes come from."))
        self.report_button = QPushButton(translate("diagnose_panel", "Export report…"),
                                         objectName="diagnoseReportButton")
        self.report_button.setEnabled(False)
        self.status_label = QLabel(translate("diagnose_panel",
                                             "Diagnose the pad's models on the task's held-out pairs."),
                                   objectName="diagnoseStatus")
        self.status_label.setWordWrap(True)
        explanation = QLabel(translate("diagnose_panel", EXPLANATION), objectName="diagnoseExplanation")
        explanation.setWordWrap(True)
        explanation.setToolTip(translate("diagnose_panel", EXPLANATION_DETAIL))
        self.verdict_label = QLabel("", objectName="diagnoseVerdict")
        self.verdict_label.setWordWrap(True)
        self.length_plot = self._plot("lengthPlot", translate("diagnose_panel", "source length (characters)"),
                                      translate("diagnose_panel", "exact %"))
        self.first_error_plot = self._plot("firstErrorPlot", translate("diagnose_panel", "first wrong character at"),
                                           translate("diagnose_panel", "wrong outputs"))
        self.recovery_plot = self._plot("recoveryPlot", translate("diagnose_panel", "attention"),
                                        translate("diagnose_panel", "right after the first mistake %"))
        self.length_plot.setYRange(0, 100, padding=0.02)
        self.recovery_plot.setYRange(0, RECOVERY_TOP, padding=0)
        set_number_ticks(self.recovery_plot.getAxis("left"), [[(v, str(v)) for v in range(0, 101, 20)], []])
        self.length_plot.addLegend(offset=(10, -10), brush=legend_brush(), labelTextSize="8pt", verSpacing=-5)
        self.recovery_plot.addLegend(offset=(10, 5), brush=legend_brush())
        buttons = QHBoxLayout()
        buttons.addWidget(self.diagnose_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.status_label, 1)
        plots = QGridLayout()
        for column, (plot, stretch) in enumerate(((self.length_plot, 4), (self.first_error_plot, 4),
                                                  (self.recovery_plot, 4))):
            plots.addWidget(plot, 0, column)
            plots.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(explanation)
        layout.addWidget(self.verdict_label)
        layout.addLayout(plots, 1)
        self.diagnoses: list[Diagnosis] = []

    @staticmethod
    def _plot(name: str, x_label: str, y_label: str) -> pg.PlotWidget:
        plot = pg.PlotWidget(objectName=name)
        plot.setLabel("bottom", x_label)
        plot.setLabel("left", y_label)
        plot.showGrid(x=False, y=True, alpha=0.2)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMinimumSize(150, 150)
        # the plots take the height the panel has: a scroll area asks a panel of word-wrapped text for its preferred
        # height, which pyqtgraph's 480-pixel size hint would make scroll
        plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        return plot

    def clear(self) -> None:
        """Forget the diagnosis shown (the pad is in another task)."""
        self.diagnoses = []
        self.report_button.setEnabled(False)
        self.status_label.setText(translate("diagnose_panel",
                                            "Diagnose the pad's models on the task's held-out pairs."))
        self.verdict_label.setText("")
        for plot in (self.length_plot, self.first_error_plot, self.recovery_plot):
            plot.clear()

    def show_running(self, pairs_text: str) -> None:
        """A diagnosis started."""
        self.status_label.setText(filled(translate("diagnose_panel", "Diagnosing on {pairs}…"), pairs=pairs_text))
        self.diagnose_button.setEnabled(False)

    def show_failed(self, message: str) -> None:
        self.status_label.setText(filled(translate("diagnose_panel", "Could not diagnose: {message}"), message=message))
        self.diagnose_button.setEnabled(True)

    def show_diagnoses(self, diagnoses: list[Diagnosis]) -> None:
        """Draw the latest diagnosis of each model (the plots are cleared and drawn once)."""
        self.diagnoses = list(diagnoses)
        self.diagnose_button.setEnabled(True)
        self.report_button.setEnabled(bool(diagnoses))
        first = diagnoses[0]
        self.status_label.setText(filled(translate("diagnose_panel", "{pairs:,} held-out pairs of “{task}”"),
                                         pairs=first.pairs_used, task=param_text(str(first.task)))
                                  + "".join(filled(translate("diagnose_panel", " · note: {note}"), note=note)
                                            for d in diagnoses[:1] for note in map(engine_text, d.notes)))
        self.verdict_label.setText("\n".join(f"{shown_name(d.model)}: {engine_text(d.verdict())}" for d in diagnoses))
        self._draw_lengths(diagnoses)
        self._draw_first_errors(diagnoses)
        self._draw_recovery(diagnoses)

    def _draw_lengths(self, diagnoses: list[Diagnosis]) -> None:
        plot = self.length_plot
        plot.clear()
        labels = [b.label() for b in diagnoses[0].by_length]
        for d in diagnoses:
            values = np.array([np.nan if b.exact_free is None else 100 * b.exact_free for b in d.by_length])
            colour = colour_of(d.model)
            plot.plot(np.arange(len(values)), values, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=7,
                      symbolBrush=colour, name=shown_name(d.model), connect="finite")
        set_number_ticks(plot.getAxis("bottom"), [list(enumerate(labels)), []])
        plot.setXRange(-0.3, len(labels) - 0.7, padding=0.02)

    def _draw_first_errors(self, diagnoses: list[Diagnosis]) -> None:
        plot = self.first_error_plot
        plot.clear()
        width = 0.8 / len(diagnoses)
        highest, last = 1, 1
        for k, d in enumerate(diagnoses):
            histogram = d.first_error_histogram()
            if not histogram:
                continue
            positions = np.array([p for p, _c in histogram], dtype=float)
            counts = np.array([c for _p, c in histogram], dtype=float)
            plot.addItem(pg.BarGraphItem(x=positions - 0.4 + width * (k + 0.5), height=counts, width=width,
                                         brush=colour_of(d.model), pen=None))
            highest, last = max(highest, int(counts.max())), max(last, int(positions.max()))
        plot.setXRange(0.5, last + 0.5, padding=0.02)
        plot.setYRange(0, highest * 1.05, padding=0)

    def _draw_recovery(self, diagnoses: list[Diagnosis]) -> None:
        plot = self.recovery_plot
        plot.clear()
        for offset, pick, label, colour in ((-0.2, 0, translate("diagnose_panel", "free running"), FREE_COLOUR),
                                            (0.2, 1, translate("diagnose_panel", "teacher forced"), FORCED_COLOUR)):
            values = [d.recovery()[pick] for d in diagnoses]
            x = np.array([k + offset for k, v in enumerate(values) if v is not None])
            heights = np.array([100 * v for v in values if v is not None])
            bars = pg.BarGraphItem(x=x, height=heights, width=0.38, brush=colour, pen=None, name=label)
            plot.addItem(bars)
        ticks = [(k, translate("diagnose_panel", d.model.removesuffix(" attention"))) for k, d in enumerate(diagnoses)]
        plot.getAxis("bottom").setTicks([ticks, []])
        plot.setXRange(-0.6, len(diagnoses) - 0.4, padding=0.02)
