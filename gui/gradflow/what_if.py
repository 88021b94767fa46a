"""The gradient-flow tab's What-if mode: the network the form describes, probed at initialisation, redrawn on every
change of a setting or of the recurrent-scale slider, with the plain RNN's bound (γ‖W_rec‖₂)^(T−1−t) dashed beside
the product (``engine.gradflow.what_if``).

A probe takes 20-150 ms on a 2-core CPU (an LSTM at the defaults the longest; docs/performance.md has the figures),
so it runs on a ``JobRunner`` thread; while one computes, only the latest request waits, and it starts as
soon as that one is drawn, so a drag is followed without a queue building up. Imports no torch (the job loads it).
"""

from __future__ import annotations

import dataclasses
import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from rnnlab.engine.errors import EngineError
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.session import GradflowSession
from rnnlab.engine.jobs import CancelToken, ProgressFn
from rnnlab.engine.params import param_specs, validate
from rnnlab.engine.translations import translatable
from rnnlab.gui.gradflow import what_if_texts as texts
from rnnlab.gui.gradflow.view import GradflowView
from rnnlab.gui.i18n import engine_text, filled, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.widgets.param_form import ParamForm

if TYPE_CHECKING:
    from rnnlab.engine.gradflow.what_if import WhatIf

SLIDER_STEPS = 200
"""Positions of the scale slider, evenly spaced in log(scale) between the setting's bounds (0.05 to 5: 2.3% apart)."""
TOGGLE_TEXT = translatable("gradflow.what_if", "What if… (no training)")
LEAVE_TEXT = translatable("gradflow.what_if", "Leave What if (show the run)")
_SCALE = next(spec for spec in param_specs(GradflowConfig) if spec.name == "init_scale")


def scale_at(position: int) -> float:
    """The recurrent scale at slider ``position`` (0 .. SLIDER_STEPS), on a log scale between the setting's bounds."""
    low, high = float(_SCALE.low or 0.05), float(_SCALE.high or 5.0)
    return low * (high / low) ** (position / SLIDER_STEPS)


def position_of(scale: float) -> int:
    """The slider position nearest to ``scale``."""
    low, high = float(_SCALE.low or 0.05), float(_SCALE.high or 5.0)
    clamped = min(max(scale, low), high)
    return round(SLIDER_STEPS * math.log(clamped / low) / math.log(high / low))


class WhatIfPanel(QWidget):
    """The side panel's What-if controls: the toggle, the scale slider with its readout, and what the bound says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QPushButton(translate("gradflow.what_if", TOGGLE_TEXT), objectName="whatIfToggle", checkable=True)
        self.toggle.setToolTip(translate("gradflow.what_if_texts", texts.TOGGLE_TIP))
        self.toggle.setEnabled(False)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="whatIfScaleSlider")
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setValue(position_of(GradflowConfig().init_scale))
        self.slider.setToolTip(translate("gradflow.what_if_texts", texts.SLIDER_TIP))
        self.readout = QLabel(objectName="whatIfScaleReadout")
        self.readout.setMinimumWidth(self.readout.fontMetrics().horizontalAdvance("scale 0.0000") + 4)
        self.figures = QLabel(objectName="whatIfFigures", wordWrap=True)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)  # it also shows error messages, as written
        self.bound_text = QLabel(objectName="whatIfBoundText", wordWrap=True)
        self.bound_text.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.readout)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(row)
        details.addWidget(self.figures)
        details.addWidget(self.bound_text)
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.toggle)
        layout.addWidget(self.details)

    def show_figures(self, result: WhatIf) -> None:
        """The numbers of the latest what-if, and what its bound promises (or that a gated cell has none)."""
        diag = result.snapshot.diagnostics
        factor = result.gamma_norm
        if factor is None or diag.w_rec_norm is None or diag.spectral_radius is None:
            cell = result.snapshot.cell.upper()
            self.figures.setText(filled(translate("gradflow.what_if", "{cell} at initialisation ({value:.0f} ms)"),
                                        cell=cell, value=result.seconds * 1000))
            self.bound_text.setText(translate("gradflow.what_if_texts", texts.GATED).format(
                cell=cell, carousel=translate("gradflow.what_if_texts", texts.CAROUSELS[result.snapshot.cell])))
            return
        verdict = translate("gradflow.what_if",
                            "below 1: vanishing guaranteed") if factor < 1.0 else translate("gradflow.what_if",
                                                                                            "not below 1: the bound "
                                                                                            "promises nothing")
        self.figures.setText(filled(translate("gradflow.what_if", "ρ(W_rec) = {spectral_radius:.3g}, ‖W_rec‖₂ = "
                                                                  "{w_rec_norm:.3g}, γ = {gamma:g}\nγ‖W_rec‖₂ = "
                                                                  "{factor:.3g} ({verdict}) · {value:.0f} ms"),
                                    spectral_radius=diag.spectral_radius,
                                    w_rec_norm=diag.w_rec_norm, gamma=result.gamma, factor=factor, verdict=verdict,
                                    value=result.seconds * 1000))
        self.bound_text.setText(translate("gradflow.what_if_texts", texts.BOUND))


class WhatIfMode(QObject):
    """Runs the what-if of the form's settings whenever they change while the toggle is on, and draws it on the
    tab's view from a session of its own. ``drawn(WhatIf)`` after each redraw (``shown``: that what-if; ``latency``:
    seconds from the change to the drawn plots, ``draw_seconds`` of them on the GUI thread); ``left`` when the
    toggle goes off (the tab then shows its own run again)."""

    drawn = Signal(object)
    left = Signal()

    def __init__(self, panel: WhatIfPanel, form: ParamForm, view: GradflowView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel, self.form, self.view = panel, form, view
        self.runner = JobRunner(self)
        self.session = GradflowSession()
        self.latency = 0.0
        self.draw_seconds = 0.0
        self.shown: WhatIf | None = None
        self._pending: tuple[GradflowConfig, float] | None = None
        self._asked_at = 0.0
        self._layout_key: tuple | None = None
        self._engine_ready = False
        self._allowed = True
        self._scale_box: QDoubleSpinBox = form.number_box("init_scale")  # type: ignore[assignment]
        panel.toggle.toggled.connect(self._on_toggle_toggled)
        panel.slider.valueChanged.connect(self._on_slider_value_changed)
        self._scale_box.valueChanged.connect(self._on_scale_box_value_changed)
        form.changed.connect(self._on_form_changed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.idle.connect(self._start_pending)
        self._on_scale_box_value_changed(self._scale_box.value())

    @property
    def active(self) -> bool:
        """True while What if is on (the view shows the what-if, not the tab's run)."""
        return self.panel.toggle.isChecked()

    def set_engine_ready(self) -> None:
        """Torch has loaded: What if may be turned on."""
        self._engine_ready = True
        self._sync_toggle()

    def set_allowed(self, allowed: bool) -> None:
        """Off and disabled while a run trains (``allowed`` False); available again after it."""
        self._allowed = allowed
        if not allowed:
            self.leave()
        self._sync_toggle()

    def leave(self) -> None:
        """Turn What if off (the tab's run comes back on screen)."""
        self.panel.toggle.setChecked(False)

    def _sync_toggle(self) -> None:
        self.panel.toggle.setEnabled(self._engine_ready and self._allowed)

    def _on_toggle_toggled(self, on: bool) -> None:
        self.panel.details.setVisible(on)
        self.panel.toggle.setText(translate("gradflow.what_if", LEAVE_TEXT if on else TOGGLE_TEXT))
        if on:
            self._layout_key = None
            self.request()
            return
        self._pending = None
        self.left.emit()

    def _on_slider_value_changed(self, position: int) -> None:
        """The slider writes the form's recurrent scale (what Train uses next), which asks for a redraw."""
        self._scale_box.setValue(scale_at(position))

    def _on_scale_box_value_changed(self, value: float) -> None:
        self.panel.readout.setText(filled(translate("gradflow.what_if", "scale {value:.3g}"), value=value))
        if position_of(value) != self.panel.slider.value():
            self.panel.slider.blockSignals(True)
            self.panel.slider.setValue(position_of(value))
            self.panel.slider.blockSignals(False)

    def _on_form_changed(self) -> None:
        if self.active:
            self.request()

    def request(self) -> None:
        """Ask for the what-if of the form's settings now: it starts at once, or, while one computes, waits as the
        only pending request (replacing an older one)."""
        config = self.form.config()
        try:
            validate(config)
        except EngineError as exc:
            self.panel.figures.setText(engine_text(exc.message))
            return
        self._pending = (config, time.perf_counter())
        self._start_pending()

    def _start_pending(self) -> None:
        if self._pending is None or self.runner.busy or not self.active:
            return
        (config, asked_at), self._pending = self._pending, None
        self._asked_at = asked_at
        self.runner.start(_what_if_job(config))

    def _on_runner_finished(self, result: WhatIf) -> None:
        if not self.active:
            return
        drawing = time.perf_counter()
        self._draw(result)
        self.draw_seconds = time.perf_counter() - drawing
        self.shown = result
        self.latency = time.perf_counter() - self._asked_at
        self.drawn.emit(result)

    def _on_runner_failed(self, message: str) -> None:
        self.panel.figures.setText(message)

    def _draw(self, result: WhatIf) -> None:
        """The what-if on the view: new axes when the shape of the plots changed (cell, length, activation, task),
        else only the curves, so a drag keeps its axes still and the bound's turn is seen against them."""
        from rnnlab.engine.gradflow.training import GradflowProgress

        config = result.config
        key = (config.cell, config.length, config.activation, config.task)
        if key != self._layout_key:
            self._layout_key = key
            self.session.reset(dataclasses.replace(config, steps=1, probe_every=1), compare=False)
            self.view.start_run(self.session)
            self.view.loss.set_notice(translate("gradflow.what_if_texts", texts.LOSS_NOTICE))
            self.view.heatmap.set_notice(translate("gradflow.what_if_texts", texts.HEATMAP_NOTICE))
        self.session.apply([GradflowProgress(fraction=0.0, message="", step=0, losses={},
                                             snapshots={config.cell: result.snapshot})])
        self.view.show_product_bound(result.log_product_bound())
        self.view.finish(self.session)
        self.panel.show_figures(result)


def _what_if_job(config: GradflowConfig):
    """The job computing the what-if of ``config`` (torch is imported when it runs, in the runner's thread)."""

    def job(progress: ProgressFn, cancel: CancelToken) -> WhatIf:
        from rnnlab.engine.gradflow.what_if import what_if

        return what_if(config, cancel.raise_if_cancelled)

    return job
