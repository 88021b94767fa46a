"""The eigenvalues of the plain RNN's W_rec in the complex plane, with the unit circle and the 1/γ circle.

Pascanu, Mikolov & Bengio (2013): with γ the activation's largest slope, ‖W_rec‖₂ < 1/γ is enough for the
gradients to vanish, and a spectral radius above 1/γ is needed for them to explode. The panel shows the spectrum
live, with the spectral radius and ‖W_rec‖₂ as numbers in its header. Imports no torch.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from rnnlab.engine.gradflow.config import MAX_SLOPE
from rnnlab.engine.gradflow.style import CELL_COLOURS
from rnnlab.engine.translations import translatable
from rnnlab.gui.gradflow.plots import PlotPanel
from rnnlab.gui.i18n import filled, translate

CAPTION = (translatable("gradflow.spectrum", "Eigenvalues λ of W_rec (dots) with the unit circle (grey) and the 1/γ "
                                             "circle (dashed; γ = largest slope of the activation). ‖W_rec‖₂ < 1/γ "
                                             "is enough for gradients to vanish."))
DETAILS = (translatable("gradflow.spectrum", "Each dot is one eigenvalue of the plain RNN's recurrent matrix W_rec, "
                                             "drawn in the complex plane (real part across, imaginary part up). "
                                             "Grey solid circle: |λ| = 1. Dashed circle: |λ| = 1/γ, where γ is the "
                                             "largest slope of the activation (1/4 for the sigmoid, 1 for tanh and "
                                             "relu). Pascanu, Mikolov & Bengio (2013): if the largest singular "
                                             "value ‖W_rec‖₂ is below 1/γ, every step shrinks the gradient and it "
                                             "vanishes; a spectral radius ρ = max|λ| above 1/γ is necessary for it "
                                             "to explode. The header gives ρ and ‖W_rec‖₂ of the latest probe."))
RNN_ONLY = (translatable("gradflow.spectrum", "The eigenvalues shown are those of the plain RNN's W_rec. Pick RNN "
                                              "as the Cell, or tick “Compare RNN, LSTM and GRU”, and train."))
_CIRCLE = np.linspace(0.0, 2.0 * math.pi, 181)


class SpectrumPanel(PlotPanel):
    """The complex-plane plot of W_rec's eigenvalues; ``show_spectrum`` updates it from an RNN probe."""

    def __init__(self) -> None:
        super().__init__("spectrumPanel", translate("gradflow.spectrum", "Eigenvalues of W_rec"),
                         translate("gradflow.spectrum", "imaginary part"), translate("gradflow.spectrum", "real part"),
                         translate("gradflow.spectrum", CAPTION), translate("gradflow.spectrum", DETAILS))
        self.plot.setAspectLocked(True)
        self.unit_circle = self.plot.plot(np.cos(_CIRCLE), np.sin(_CIRCLE), pen=pg.mkPen("#888888", width=1))
        self.gamma_circle = self.plot.plot([], [], pen=pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashLine))
        self.points = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(CELL_COLOURS["rnn"]))
        self.plot.addItem(self.points)
        self._radius = 0.0
        self._activation = ""
        self.legend.setToolTip(translate("gradflow.spectrum", "ρ = max|λ|, the spectral radius of W_rec; ‖W_rec‖₂, "
                                                              "its largest singular value (at least ρ); 1/γ, the "
                                                              "radius below which ‖W_rec‖₂ guarantees vanishing "
                                                              "gradients."))

    def start_run(self, activation: str, applies: bool) -> None:
        """Clear the dots and draw the 1/γ circle of ``activation``; ``applies`` is False when no RNN trains."""
        self.points.setData([], [])
        self.legend.setText("")
        self._activation = activation
        inverse_gamma = 1.0 / MAX_SLOPE[activation]
        self.gamma_circle.setData(inverse_gamma * np.cos(_CIRCLE), inverse_gamma * np.sin(_CIRCLE))
        self._radius = 0.0
        self._fit(inverse_gamma)
        self.set_notice("" if applies else translate("gradflow.spectrum", RNN_ONLY))

    def show_spectrum(self, eigenvalues: np.ndarray, norm: float) -> None:
        """Draw the eigenvalues and put ρ and ‖W_rec‖₂ (first line) and 1/γ (second) in the header."""
        self.points.setData(eigenvalues.real, eigenvalues.imag)
        radius = float(np.abs(eigenvalues).max())
        inverse_gamma = 1.0 / MAX_SLOPE[self._activation]
        self.legend.setText(filled(translate("gradflow.spectrum", "ρ&nbsp;=&nbsp;{radius:.3g} &nbsp; "
                                                                  "‖W<sub>rec</sub>‖<sub>2</sub>&nbsp;=&nbsp;{norm:.3g}<br>1/γ&nbsp;=&nbsp;{inverse_gamma:g}"),
                                   radius=radius, norm=norm, inverse_gamma=inverse_gamma))
        self._fit(max(radius, inverse_gamma))

    def _fit(self, extent: float) -> None:
        """A square range around the origin that grows in steps of 0.5 and never shrinks during a run."""
        radius = max(1.0, math.ceil(extent * 1.1 * 2.0) / 2.0)
        if radius > self._radius:
            self._radius = radius
            self.set_x_range(-radius, radius)
            self.set_y_range(-radius, radius)
