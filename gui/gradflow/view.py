"""The gradient-flow tab's live view: seven plots on one grid, fed by the training job's progress events.

``start_run`` resets the items for the cells of a run; ``add_losses``, ``show_snapshots`` and
``add_heatmap_row`` only ``setData``/``setImage`` on existing items, so a run of thousands of steps never
rebuilds a plot. Which Jacobian each plot shows is written under it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from rnnlab.gui.gradflow.plots import CELL_COLOURS, CELL_NAMES, TERM_COLOURS, PlotPanel, finite_or_nan

CELLS = ("rnn", "lstm", "gru")

CAPTIONS = {
    "local": "Spectral norm of the one-step Jacobian ∂c_t/∂c_{t−1}: the factor one step applies to a gradient. "
             "Below 1 step after step → vanishing.",
    "product": "How much of ∂c_{T−1} survives back to step t (1 at the right). A straight fall = exponential "
               "vanishing. LSTM: solid exact, dashed A+B+C+D product.",
    "grad": "Autograd gradient of the probe's loss E at each step, every path included: what BPTT really "
            "delivers. Flat = early inputs still get a signal.",
    "terms": "∂c_t/∂c_{t−1} = A+B+C+D (o_{t−1} held fixed): A via forget gate, B = diag(f_t) carousel, "
             "C via input gate, D via candidate c̃_t.",
    "forget": "Spread of the probe's forget-gate values (all units and steps). Near 1 keeps memory and gradient; "
              "0.5 halves both every step.",
    "heatmap": "Colour = log₁₀‖∂E/∂c_t‖ per probe (rows, training step upward) and timestep t (columns). "
               "Dark on the left = the gradient vanished before reaching early steps; watch it fill in as training goes.",
    "loss": "Training loss per step; dashed: chance (adding: MSE 0.167 by predicting the mean; first symbol: "
            "ln 8 = 2.08). Below it = learning.",
}

DETAILS = {
    "local": "Per-timestep local Jacobian norm ||dc_t/dc_{t-1}||_2 on the fixed probe sequence (largest singular "
             "value). RNN: diag(act'(W_rec c_{t-1} + W_in x_t)) W_rec. LSTM: the cell-state Jacobian with o_{t-1} "
             "held fixed (= A+B+C+D). GRU: dh_t/dh_{t-1}. A long run of values below 1 makes gradients vanish, "
             "above 1 explode. y: log scale; x: timestep t (0 = first input).",
    "product": "Accumulated ||dc_{T-1}/dc_t||_2 for every t: the exact long-range derivative of the final state with "
               "respect to the state at t, including every path (for the LSTM also the path through the output gate, "
               "via the full 2H x 2H Jacobian of (h, c)). The dashed curve multiplies the A+B+C+D sums instead: it "
               "leaves out the output-gate path, so it is not the exact derivative beyond one step.",
    "grad": "||dE/dc_t|| for the probe's loss E, from autograd on a float64 replay: the gradient that "
            "backpropagation through time delivers to the state at step t. If it is 1e-20 at early steps, whatever "
            "happened there cannot be learned.",
    "terms": "The LSTM cell-state Jacobian split into its four additive terms, with D_h = diag(o_{t-1} tanh'(c_{t-1})): "
             "A = diag(c_{t-1} f(1-f)) W_fh D_h (through the forget gate), B = diag(f_t), C = diag(c~ i(1-i)) W_ih D_h "
             "(through the input gate), D = diag(i (1-c~^2)) W_ch D_h (through the candidate). Spectral norms, log scale.",
    "forget": "Histogram of the forget-gate values f_t of the probe sequence over all units and steps (share of "
              "values per bin). The mean barely moves during training; the spread is what changes.",
    "heatmap": "log10 ||dE/dc_t|| (colour) for the focus cell (the Cell picked on the left): one row per probe, "
               "training step upward, timestep t across. Grows as training runs.",
    "loss": "Training loss of each optimiser step on a fresh batch. The dashed line is the loss of the best constant "
            "guess: the network has learned something only below it.",
}


class GradflowView(QWidget):
    """All plots of the gradient-flow tab; ``focus_cell`` picks the cell of the heatmap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local = PlotPanel("localNormPanel", "Local ‖∂c_t/∂c_{t−1}‖", "norm (log)", "timestep t",
                               CAPTIONS["local"], DETAILS["local"], log_y=True)
        self.product = PlotPanel("productNormPanel", "Product ‖∂c_{T−1}/∂c_t‖", "norm (log)", "timestep t",
                                 CAPTIONS["product"], DETAILS["product"], log_y=True)
        self.grad = PlotPanel("gradNormPanel", "Gradient ‖∂E/∂c_t‖", "norm (log)", "timestep t",
                              CAPTIONS["grad"], DETAILS["grad"], log_y=True)
        self.terms = PlotPanel("lstmTermsPanel", "LSTM terms", "norm (log)", "timestep t",
                               CAPTIONS["terms"], DETAILS["terms"], log_y=True)
        self.forget = PlotPanel("forgetGatePanel", "LSTM forget-gate values", "share of values", "f_t",
                                CAPTIONS["forget"], DETAILS["forget"])
        self.heatmap = PlotPanel("heatmapPanel", "‖∂E/∂c_t‖ over training", "training step", "timestep t",
                                 CAPTIONS["heatmap"], DETAILS["heatmap"])
        self.loss = PlotPanel("lossPanel", "Loss", "loss", "training step", CAPTIONS["loss"], DETAILS["loss"])
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
        grid.addWidget(self.heatmap, 2, 0, 1, 3)
        for row in range(3):
            grid.setRowStretch(row, 1)
        self.cells: tuple[str, ...] = ()
        self.focus_cell = "lstm"
        self.snapshot_updates = 0
        self._loss_steps: dict[str, list[int]] = {}
        self._loss_values: dict[str, list[float]] = {}
        self._heat_rows: list[np.ndarray] = []
        self._heat_steps: list[int] = []

    def _make_items(self) -> None:
        names = CELL_NAMES
        self.local_curves = {c: self.local.curve(names[c], CELL_COLOURS[c]) for c in CELLS}
        self.product_curves = {c: self.product.curve(names[c] + (" exact" if c == "lstm" else ""), CELL_COLOURS[c]) for c in CELLS}
        self.cpath_curve = self.product.curve("LSTM c-path ∏(A+B+C+D)", CELL_COLOURS["lstm"], dashed=True)
        self.grad_curves = {c: self.grad.curve(names[c], CELL_COLOURS[c]) for c in CELLS}
        self.term_curves = {t: self.terms.curve(t if t != "sum" else "A+B+C+D", TERM_COLOURS[t], dashed=(t == "sum"),
                                                width=2.5 if t == "sum" else 1.5) for t in TERM_COLOURS}
        self.terms.set_legend(list(self.term_curves.values()))
        self.forget_curve = self.forget.plot.plot([], [], stepMode="center", fillLevel=0,
                                                  pen=pg.mkPen(CELL_COLOURS["lstm"], width=1.5),
                                                  brush=pg.mkBrush(31, 119, 180, 90))
        self.forget.plot.setXRange(0, 1, padding=0.02)
        self.loss_curves = {c: self.loss.curve(names[c], CELL_COLOURS[c], width=1.5) for c in CELLS}
        self.chance_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashLine),
                                           label="chance", labelOpts={"position": 0.92, "color": "#888888"})
        self.loss.plot.addItem(self.chance_line)
        self.heat_image = pg.ImageItem(axisOrder="col-major")
        self.heatmap.plot.addItem(self.heat_image)
        self.colour_bar = pg.ColorBarItem(values=(-10, 0), colorMap=pg.colormap.get("viridis"), interactive=False,
                                          label="log₁₀‖∂E/∂c_t‖", width=14)
        self.colour_bar.setImageItem(self.heat_image, insert_in=self.heatmap.plot)

    def start_run(self, cells: tuple[str, ...], focus_cell: str, chance_loss: float) -> None:
        """Clear every item and set legends for a run of ``cells`` (data arrives through the other methods)."""
        self.cells, self.focus_cell = cells, focus_cell
        self._loss_steps = {c: [] for c in cells}
        self._loss_values = {c: [] for c in cells}
        self._heat_rows, self._heat_steps = [], []
        for group in (self.local_curves, self.product_curves, self.grad_curves, self.term_curves, self.loss_curves):
            for item in group.values():
                item.setData([], [])
        self.cpath_curve.setData([], [])
        self.forget_curve.setData(x=[0.0, 1.0], y=[0.0], stepMode="center")
        self.heat_image.clear()
        self.chance_line.setValue(chance_loss)
        self.local.set_legend([self.local_curves[c] for c in cells])
        product_items = [self.product_curves[c] for c in cells] + ([self.cpath_curve] if "lstm" in cells else [])
        self.product.set_legend(product_items)
        self.grad.set_legend([self.grad_curves[c] for c in cells])
        self.loss.set_legend([self.loss_curves[c] for c in cells])
        self.heatmap.set_title(f"‖∂E/∂c_t‖ of the {CELL_NAMES[focus_cell]} over training")
        lstm_note = "" if "lstm" in cells else "LSTM only: pick the LSTM cell or compare mode"
        self.terms.set_notice(lstm_note)
        self.forget.set_notice(lstm_note)

    def add_losses(self, steps: list[int], losses: list[dict[str, float]]) -> None:
        """Append the losses of a batch of optimiser steps and redraw the loss curves once."""
        for step, by_cell in zip(steps, losses):
            for cell, value in by_cell.items():
                self._loss_steps[cell].append(step)
                self._loss_values[cell].append(value)
        for cell in self.cells:
            if self._loss_steps.get(cell):
                self.loss_curves[cell].setData(np.asarray(self._loss_steps[cell]), np.asarray(self._loss_values[cell]))

    def show_snapshots(self, snapshots: dict) -> None:
        """Redraw the per-timestep plots from each cell's latest ``CellSnapshot``."""
        for cell, snapshot in snapshots.items():
            diag = snapshot.diagnostics
            length = diag.log_grad.shape[0]
            t = np.arange(length)
            self.local_curves[cell].setData(t[1:], finite_or_nan(diag.log_local))
            self.product_curves[cell].setData(t, finite_or_nan(diag.log_product))
            self.grad_curves[cell].setData(t, finite_or_nan(diag.log_grad))
            if cell == "lstm":
                self.cpath_curve.setData(t, finite_or_nan(diag.log_product_cpath))
                for name, item in self.term_curves.items():
                    item.setData(t[1:], finite_or_nan(diag.log_terms[name]))
                share = diag.forget_counts / max(1, diag.forget_counts.sum())
                self.forget_curve.setData(x=np.linspace(0.0, 1.0, share.shape[0] + 1), y=share, stepMode="center")
                self.forget.set_title(f"LSTM forget-gate values (mean {diag.forget_mean:.2f})")
        self.snapshot_updates += 1

    def add_heatmap_row(self, step: int, log_grad: np.ndarray) -> None:
        """Append one probe's log10 ||dE/dc_t|| as a new row of the heatmap (training step grows upward)."""
        self._heat_rows.append(finite_or_nan(log_grad))
        self._heat_steps.append(step)

    def redraw_heatmap(self) -> None:
        """Show the rows added so far (called once per batch of events)."""
        if not self._heat_rows:
            return
        image = np.vstack(self._heat_rows)
        finite = image[np.isfinite(image)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (-1.0, 0.0)
        if high - low < 1e-6:
            low -= 0.5
            high += 0.5
        image = np.where(np.isfinite(image), image, low)
        first, last = self._heat_steps[0], self._heat_steps[-1]
        row_height = (last - first) / (len(self._heat_steps) - 1) if len(self._heat_steps) > 1 else 1.0
        self.heat_image.setImage(image.T, autoLevels=False)
        self.heat_image.setRect(QRectF(-0.5, first - row_height / 2, image.shape[1], row_height * len(self._heat_steps)))
        self.colour_bar.setLevels((low, high))
