"""The gradient-flow tab's live view: the plots on one grid, drawn from a ``GradflowSession``.

``start_run`` fixes the x ranges and legends for a run; ``draw`` redraws only what changed in the session since
the last call (the loss curves, or the per-timestep plots of the latest probe, or the heatmap), with ``setData``
on existing items into a preallocated image, so a frame costs little and a run of thousands of steps never
rebuilds a plot. The tab calls ``draw`` at most once per frame, and only while the view is on screen.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.session import GradflowSession
from rnnlab.engine.gradflow.style import CELL_COLOURS, TERM_COLOURS
from rnnlab.engine.recurrent import CELLS
from rnnlab.engine.translations import translatable
from rnnlab.gui.gradflow.plots import CELL_NAMES, PlotPanel, decade_range, finite_or_nan, finite_span
from rnnlab.gui.gradflow.spectrum import SpectrumPanel
from rnnlab.gui.gradflow.texts import CAPTIONS, DETAILS
from rnnlab.gui.i18n import filled, translate

RANGE_CHANGES_PER_FRAME = 1
"""Panels whose axes are laid out again in one frame at most: a new run changes them all, spread over frames."""
LSTM_ONLY = (translatable("gradflow.view", "This panel shows the LSTM's cell state only. Pick LSTM as the Cell, or "
                                           "tick “Compare RNN, LSTM and GRU”, and train."))


class GradflowView(QWidget):
    """All plots of the gradient-flow tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local = PlotPanel("localNormPanel", translate("gradflow.view", "Local ‖∂c_t/∂c_{t−1}‖"),
                               translate("gradflow.view", "norm (log)"), translate("gradflow.view", "timestep t"),
                               translate("gradflow.texts", CAPTIONS["local"]), translate("gradflow.texts",
                                                                                         DETAILS["local"]), log_y=True)
        self.product = PlotPanel("productNormPanel", translate("gradflow.view", "Product ‖∂c_{T−1}/∂c_t‖"),
                                 translate("gradflow.view", "norm (log)"), translate("gradflow.view", "timestep t"),
                                 translate("gradflow.texts", CAPTIONS["product"]), translate("gradflow.texts",
                                                                                             DETAILS["product"]),
                                 log_y=True)
        self.grad = PlotPanel("gradNormPanel", translate("gradflow.view", "Gradient ‖∂E/∂c_t‖"),
                              translate("gradflow.view", "norm (log)"), translate("gradflow.view", "timestep t"),
                              translate("gradflow.texts", CAPTIONS["grad"]), translate("gradflow.texts",
                                                                                       DETAILS["grad"]), log_y=True)
        self.terms = PlotPanel("lstmTermsPanel", translate("gradflow.view", "LSTM terms of ∂c_t/∂c_{t−1}"),
                               translate("gradflow.view",
                                                                                                        "norm (log)"),
                               translate("gradflow.view", "timestep t"),
                               translate("gradflow.texts", CAPTIONS["terms"]), translate("gradflow.texts",
                                                                                         DETAILS["terms"]), log_y=True)
        self.forget = PlotPanel("forgetGatePanel", translate("gradflow.view", "LSTM forget-gate values"),
                                translate("gradflow.view",
                                                                                                   "share of values"),
                                "f<sub>t</sub>",
                                translate("gradflow.texts", CAPTIONS["forget"]), translate("gradflow.texts",
                                                                                           DETAILS["forget"]))
        self.heatmap = PlotPanel("heatmapPanel", translate("gradflow.view", "‖∂E/∂c_t‖ over training"),
                                 translate("gradflow.view",
                                                                                                   "training step"),
                                 translate("gradflow.view", "timestep t"),
                                 translate("gradflow.texts", CAPTIONS["heatmap"]), translate("gradflow.texts",
                                                                                             DETAILS["heatmap"]))
        self.loss = PlotPanel("lossPanel", translate("gradflow.view", "Loss"), translate("gradflow.view", "loss (log)"),
                              translate("gradflow.view", "training step"), translate("gradflow.texts",
                                                                                     CAPTIONS["loss"]),
                              translate("gradflow.texts", DETAILS["loss"]),
                              log_y=True)
        self.spectrum = SpectrumPanel()
        self._panels = (self.loss, self.local, self.product, self.grad, self.terms, self.forget, self.heatmap,
                        self.spectrum)
        self._make_items()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.local, 0, 0)
        grid.addWidget(self.product, 0, 1)
        grid.addWidget(self.grad, 0, 2)
        grid.addWidget(self.terms, 1, 0)
        grid.addWidget(self.forget, 1, 1)
        grid.addWidget(self.loss, 1, 2)
        grid.addWidget(self.heatmap, 2, 0, 1, 2)
        grid.addWidget(self.spectrum, 2, 2)
        for index in range(3):
            grid.setRowStretch(index, 1)
            grid.setColumnStretch(index, 1)
        self.cells: tuple[str, ...] = ()
        self._product_items: list = []
        self.snapshot_updates = 0
        self.loss_updates = 0
        self._drawn = (-1, -1)
        self._heat_levels: tuple[float, float] | None = None
        self._prepare()

    def show_product_bound(self, log_bound: np.ndarray | None) -> None:
        """Draw ``log_bound`` (log10 of the bound on the product at each t) dashed beside the product, in its legend
        (None: no bound, as for a gated cell)."""
        if log_bound is None:
            self.product_bound_curve.setData([], [])
            self.product.set_legend(self._product_items)
            return
        self.product_bound_curve.setData(np.arange(log_bound.shape[0]), finite_or_nan(log_bound))
        self.product.set_legend([*self._product_items, self.product_bound_curve])
        self.product.fit_y(log_bound)

    def show_empty(self) -> None:
        """Show the empty plots of a default run that has not started (as at start-up)."""
        self._prepare()

    def _prepare(self) -> None:
        """Lay the plots out for an empty default run now, so the first paint at start-up (not the first frames of
        the first run) pays for building the axes and the image."""
        session = GradflowSession()
        session.reset(GradflowConfig(), compare=False)
        self.start_run(session)
        self.heat_image.setImage(session.histories()[1].images[session.focus_cell], autoLevels=False,
                                 levels=(-1.0, 0.0))
        for panel in self._panels:
            panel.apply_range()

    def _make_items(self) -> None:
        names = CELL_NAMES
        self.local_curves = {c: self.local.curve(names[c], CELL_COLOURS[c]) for c in CELLS}
        self.bound_curve = self.local.curve(translate("gradflow.view", "bound γ_t‖W_rec‖₂"), CELL_COLOURS["rnn"],
                                            dashed=True, width=1.5)
        self.forget_max_curve = self.local.curve("max f_t", CELL_COLOURS["lstm"], dashed=True, width=1.5)
        self.product_curves = {c: self.product.curve(names[c] + (translate("gradflow.view",
                                                                           " exact") if c == "lstm" else ""),
                                                     CELL_COLOURS[c])
                               for c in CELLS}
        self.cpath_curve = self.product.curve("LSTM ∏(A+B+C+D)", CELL_COLOURS["lstm"], dashed=True)
        self.product_bound_curve = self.product.curve(translate("gradflow.view", "bound (γ‖W_rec‖₂)^(T−1−t)"),
                                                      "#555555", dashed=True, width=1.5)
        self.grad_curves = {c: self.grad.curve(names[c], CELL_COLOURS[c]) for c in CELLS}
        self.term_curves = {t: self.terms.curve(t if t != "sum" else "A+B+C+D", TERM_COLOURS[t], dashed=(t == "sum"),
                                                width=2.5 if t == "sum" else 1.5) for t in TERM_COLOURS}
        self.forget_curve = self.forget.plot.plot([], [], stepMode="center", fillLevel=0,
                                                  pen=pg.mkPen(CELL_COLOURS["lstm"], width=1.5),
                                                  brush=pg.mkBrush(CELL_COLOURS["lstm"] + "5a"))
        self.forget.set_x_range(0, 1)
        self.loss_curves = {c: self.loss.curve(names[c], CELL_COLOURS[c], width=1.5, long=True) for c in CELLS}
        self.chance_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashLine),
                                           label=translate("gradflow.view", "chance"), labelOpts={"position": 0.85,
                                                                                                  "color": "#888888"})
        self.loss.plot.addItem(self.chance_line)
        self.heat_image = pg.ImageItem(axisOrder="row-major")
        self.heatmap.plot.addItem(self.heat_image)
        self.colour_bar = pg.ColorBarItem(values=(-10, 0), colorMap=pg.colormap.get("viridis"), interactive=False,
                                          label=translate("gradflow.view", "log<sub>10</sub>‖∂E/∂c<sub>t</sub>‖"),
                                          width=14)
        self.colour_bar.setImageItem(self.heat_image, insert_in=self.heatmap.plot)

    def start_run(self, session: GradflowSession) -> None:
        """Clear every item, fix the x ranges and set the legends for the session's new run."""
        cells, config = session.cells, session.config
        self.cells = cells
        for group in (self.local_curves, self.product_curves, self.grad_curves, self.term_curves, self.loss_curves):
            for item in group.values():
                item.setData([], [])
        for item in (self.cpath_curve, self.bound_curve, self.forget_max_curve, self.product_bound_curve):
            item.setData([], [])
        self.forget_curve.setData(x=[0.0, 1.0], y=[0.0], stepMode="center")
        self.forget.legend.setText("")
        for panel in (self.local, self.product, self.grad, self.terms, self.loss):
            panel.reset_y()
        for panel in (self.local, self.product, self.grad, self.terms, self.heatmap):
            panel.set_x_range(-0.5, config.length - 0.5)
        for panel in (self.local, self.product, self.grad, self.loss, self.heatmap):
            panel.set_note("")
            panel.set_notice("")
        self.loss.set_x_range(0, config.steps)
        chance = math.log10(session.chance_loss)
        self.chance_line.setValue(chance)
        self.loss.fit_y(np.array([chance - 1.0, chance + 0.5]))
        self.forget.set_y_range(0.0, 0.25)
        self.heat_image.clear()
        self.heatmap.set_y_range(0, config.steps)
        self._heat_levels = None
        self.local.set_legend([self.local_curves[c] for c in cells] + ([self.bound_curve] if "rnn" in cells else [])
                              + ([self.forget_max_curve] if "lstm" in cells else []))
        self.spectrum.start_run(config.activation, "rnn" in cells)
        self._product_items = [self.product_curves[c] for c in cells] + ([self.cpath_curve] if "lstm" in cells else [])
        self.product.set_legend(self._product_items)
        self.grad.set_legend([self.grad_curves[c] for c in cells])
        self.loss.set_legend([self.loss_curves[c] for c in cells])
        self.heatmap.set_title(filled(translate("gradflow.view", "‖∂E/∂c_t‖ of the {cell} over training"),
                                      cell=CELL_NAMES[session.focus_cell]))
        self.terms.set_legend(list(self.term_curves.values()) if "lstm" in cells else [])
        lstm_note = "" if "lstm" in cells else translate("gradflow.view", LSTM_ONLY)
        self.terms.set_notice(lstm_note)
        self.forget.set_notice(lstm_note)
        self._drawn = (-1, -1)

    def draw(self, session: GradflowSession) -> None:
        """Redraw what changed in ``session`` since the last call: the loss curves, and the per-timestep plots and
        heatmap when a new probe arrived (the latest probe; every probe is already in the heatmap's image)."""
        if session.losses is None:
            return
        if session.loss_version != self._drawn[0]:
            self._draw_losses(session)
        if session.probe_version != self._drawn[1] and session.snapshots:
            self._draw_snapshots(session)
            self._draw_heatmap(session)
        self._drawn = (session.loss_version, session.probe_version)
        self._apply_ranges()

    @property
    def range_pending(self) -> bool:
        """True while some panel still waits for its new range (the tab keeps drawing until none does)."""
        return any(panel.range_pending for panel in self._panels)

    def _apply_ranges(self, limit: int | None = RANGE_CHANGES_PER_FRAME) -> None:
        changed = [panel for panel in self._panels if panel.range_pending]
        for panel in changed[:limit]:
            panel.apply_range()

    def say_stopped(self, message: str) -> None:
        """The run failed (a diverged loss): say why over the loss curve, which ends at the last finite loss."""
        self.loss.set_note(filled(translate("gradflow.view", "Stopped: {message}"), message=message))

    def finish(self, session: GradflowSession) -> None:
        """The run has ended: draw its last state with every range it asked for (no frames follow to spread them)."""
        self.draw(session)
        self._apply_ranges(limit=None)

    def _draw_losses(self, session: GradflowSession) -> None:
        logs = []
        losses = session.histories()[0]
        for cell in self.cells:
            steps, values = losses.of(cell)
            if steps.size:
                with np.errstate(divide="ignore", invalid="ignore"):
                    log_values = np.log10(values)
                self.loss_curves[cell].setData(steps, log_values)
                logs.append(log_values[-50:])
        if logs:
            self.loss.fit_y(*logs)
        self.loss_updates += 1

    def _draw_snapshots(self, session: GradflowSession) -> None:
        """The per-timestep plots from each cell's latest probe."""
        locals_, products, grads = [], [], []
        for cell, snapshot in session.snapshots.items():
            diag = snapshot.diagnostics
            t = np.arange(diag.log_grad.shape[0])
            self.local_curves[cell].setData(t[1:], finite_or_nan(diag.log_local))
            self.product_curves[cell].setData(t, finite_or_nan(diag.log_product))
            self.grad_curves[cell].setData(t, finite_or_nan(diag.log_grad))
            locals_.append(diag.log_local)
            products.append(diag.log_product)
            grads.append(diag.log_grad)
            if cell == "lstm" and diag.log_product_cpath is not None:
                self._draw_lstm(diag, t)
                products.append(diag.log_product_cpath)
                locals_.append(diag.log_terms["B"])
            if (cell == "rnn" and diag.log_bound is not None and diag.eig_w_rec is not None
                    and diag.w_rec_norm is not None):
                self.bound_curve.setData(t[1:], finite_or_nan(diag.log_bound))
                self.spectrum.show_spectrum(diag.eig_w_rec, diag.w_rec_norm)
                locals_.append(diag.log_bound)
        self.local.fit_y(*locals_)
        self.product.fit_y(*products)
        self.grad.fit_y(*grads)
        for panel, key in ((self.local, "log_local"), (self.product, "log_product"), (self.grad, "log_grad")):
            _say_what_cannot_be_drawn(panel, session, key)
        focus = session.snapshots.get(session.focus_cell)
        if focus is not None and np.isneginf(focus.diagnostics.log_grad).any():
            self.heatmap.set_note(translate("gradflow.view",
                                            "Blank cells: the gradient is exactly 0 there (no colour on a log scale)."))
        self.snapshot_updates += 1

    def _draw_lstm(self, diag, t: np.ndarray) -> None:
        self.cpath_curve.setData(t, finite_or_nan(diag.log_product_cpath))
        self.forget_max_curve.setData(t[1:], finite_or_nan(diag.log_terms["B"]))
        for name, item in self.term_curves.items():
            item.setData(t[1:], finite_or_nan(diag.log_terms[name]))
        self.terms.fit_y(*diag.log_terms.values())
        share = diag.forget_counts / max(1, diag.forget_counts.sum())
        self.forget_curve.setData(x=np.linspace(0.0, 1.0, share.shape[0] + 1), y=share, stepMode="center")
        if share.max() > 0.25:
            self.forget.set_y_range(0.0, math.ceil(share.max() * 4) / 4)
        self.forget.legend.setText(filled(translate("gradflow.view", "mean f<sub>t</sub> = {forget_mean:.2f}"),
                                          forget_mean=diag.forget_mean))

    def _draw_heatmap(self, session: GradflowSession) -> None:
        """The focus cell's probes so far; a value the colour bar cannot show (exactly 0, overflowed) is left blank."""
        probes = session.histories()[1]
        if probes.filled == 0:
            return
        image = finite_or_nan(probes.images[session.focus_cell])
        span = finite_span(image[:probes.filled])
        if span is not None:
            levels = decade_range(self._heat_levels, *span)
            if levels != self._heat_levels:
                self._heat_levels = levels
                self.colour_bar.setLevels(levels)
        self.heat_image.setImage(image, autoLevels=False, levels=self._heat_levels or (-1.0, 0.0))
        rows, length = image.shape
        self.heat_image.setRect(QRectF(-0.5, -probes.row_height / 2, length, probes.row_height * rows))


def blank_reason(values: np.ndarray) -> str:
    """Why a curve of log10 values has nothing to draw (fewer than two finite points), or "" when it has: every
    value exactly 0 (-inf), infinite or not a number."""
    if np.isfinite(values).sum() >= 2:
        return ""
    if np.isnan(values).any():
        return translate("gradflow.view", "not a number (the weights overflowed)")
    if np.isposinf(values).any():
        return translate("gradflow.view", "infinite (it overflowed)")
    return translate("gradflow.view", "exactly 0 in float64")


def _say_what_cannot_be_drawn(panel: PlotPanel, session: GradflowSession, key: str) -> None:
    """A sentence in place of the plot when no cell's curve can be drawn, a note above it when some cannot, and for
    the gradient where a curve stops short of t = 0."""
    blank = {cell: reason for cell, snapshot in session.snapshots.items()
             if (reason := blank_reason(getattr(snapshot.diagnostics, key)))}
    step = max(snapshot.step for snapshot in session.snapshots.values())
    if blank and len(blank) == len(session.snapshots):
        parts = [filled(translate("gradflow.view", "the {value}'s values are {reason} at every timestep{except_one}"),
                        value=CELL_NAMES[cell], reason=reason,
                        except_one=_except_one(getattr(session.snapshots[cell].diagnostics, key))) for cell,
                 reason in blank.items()]
        zeros = all(reason.startswith("exactly 0") for reason in blank.values())
        panel.set_notice(filled(translate("gradflow.view",
                                          "Nothing to draw (probe at step {step}): {join}; a log axis has no place "
                                          "for {value}."), step=step, join='; '.join(parts),
                                value='0' if zeros else 'such values'))
        panel.set_note("")
        return
    panel.set_notice("")
    notes = [filled(translate("gradflow.view", "{value}: nothing to draw, its values are {reason} at every timestep."),
                    value=CELL_NAMES[cell], reason=reason)
             for cell, reason in blank.items()]
    if key == "log_grad":
        notes.append(_underflow_note(session, set(blank)))
    panel.set_note(" ".join(note for note in notes if note))


def _except_one(values: np.ndarray) -> str:
    """`` but t = 49`` when one timestep has a value (the product's last step, 1 by definition)."""
    finite = np.flatnonzero(np.isfinite(values))
    return f" but t = {int(finite[0])}" if finite.size else ""


def _underflow_note(session: GradflowSession, skipped: set[str]) -> str:
    """Why a gradient curve stops short of t = 0: its values fell below float64's smallest number."""
    parts = []
    for cell, snapshot in session.snapshots.items():
        zero = ~np.isfinite(snapshot.diagnostics.log_grad)
        if zero.any() and cell not in skipped:
            parts.append(filled(translate("gradflow.view", "{value} at t = {value2}"), value=CELL_NAMES[cell],
                                value2=int(np.flatnonzero(zero).max()) + 1))
    if not parts:
        return ""
    return (filled(translate("gradflow.view",
                             "Curve ends ({join}): earlier the gradient is below 1e-308 and float64 rounds it to 0. "
                             "The product plot keeps its scale and goes on."), join=', '.join(parts)))
