"""The gradient-flow lab report: settings, the formulas the plots measure, the tab's figures at the end of the run
(local, product and gradient norms, the LSTM's four terms, the forget-gate values, the loss, the gradient heatmap)
and the summary lines the command line prints.
"""

from __future__ import annotations

import numpy as np

from rnnlab.engine.gradflow.config import MAX_SLOPE
from rnnlab.engine.gradflow.diagnostics import Diagnostics
from rnnlab.engine.gradflow.presets import PRESETS
from rnnlab.engine.gradflow.probe_history import ProbeHistory
from rnnlab.engine.gradflow.style import CELL_COLOURS, TERM_COLOURS
from rnnlab.engine.gradflow.summary import summary_lines
from rnnlab.engine.gradflow.training import CellSnapshot, GradflowResult
from rnnlab.engine.report.document import Report, Section, figure, metrics_block, paragraph, settings_table, subscripted
from rnnlab.engine.report.line_chart import LineChart
from rnnlab.engine.report.matrix_figures import heatmap_svg
from rnnlab.engine.report.run_settings import RunInput, RunSettings, names_text
from rnnlab.engine.translations import filled, translatable, translate

CONTEXT = "report.gradflow_report"
FORMULAS = [
    (translatable("report.gradflow_report", "Plain RNN"),
     translatable("report.gradflow_report", "c<sub>t</sub> = act(W<sub>rec</sub> c<sub>t−1</sub> + W<sub>in</sub> "
                                            "x<sub>t</sub>), &emsp; ∂c<sub>t</sub>/∂c<sub>t−1</sub> = "
                                            "diag(act′(z<sub>t</sub>)) W<sub>rec</sub>")),
    (translatable("report.gradflow_report", "Bound (Pascanu et al. 2013)"),
     translatable("report.gradflow_report", "‖∂c<sub>t</sub>/∂c<sub>t−1</sub>‖<sub>2</sub> ≤ γ<sub>t</sub> "
                                            "‖W<sub>rec</sub>‖<sub>2</sub>, γ<sub>t</sub> = max<sub>i</sub> "
                                            "act′(z<sub>t,i</sub>) ≤ γ (1/4 for the sigmoid, 1 for tanh and relu): "
                                            "‖W<sub>rec</sub>‖<sub>2</sub> &lt; 1/γ makes the gradient vanish; a "
                                            "spectral radius above 1/γ is needed to explode")),
    (translatable("report.gradflow_report", "Backpropagation through time"),
     translatable("report.gradflow_report", "∂E/∂c<sub>t</sub> = ∂E/∂c<sub>T−1</sub> · "
                                            "∏<sub>k=t+1</sub><sup>T−1</sup> ∂c<sub>k</sub>/∂c<sub>k−1</sub>: the "
                                            "local factors multiply, so norms below 1 make the gradient vanish "
                                            "exponentially")),
    (translatable("report.gradflow_report", "LSTM cell path"),
     translatable("report.gradflow_report",
                  "∂c<sub>t</sub>/∂c<sub>t−1</sub> = A<sub>t</sub> + B<sub>t</sub> + C<sub>t</sub> + D<sub>t</sub> "
                  "(o<sub>t−1</sub> held fixed), with D<sub>h</sub> = diag(o<sub>t−1</sub> ⊙ tanh′(c<sub>t−1</sub>))")),
    ("",
     translatable("report.gradflow_report", "A<sub>t</sub> = diag(c<sub>t−1</sub> ⊙ f<sub>t</sub>(1−f<sub>t</sub>)) "
                                            "W<sub>fh</sub> D<sub>h</sub>, &emsp; B<sub>t</sub> = "
                                            "diag(f<sub>t</sub>)")),
    ("",
     translatable("report.gradflow_report", "C<sub>t</sub> = diag(c̃<sub>t</sub> ⊙ i<sub>t</sub>(1−i<sub>t</sub>)) "
                                            "W<sub>ih</sub> D<sub>h</sub>, &emsp; D<sub>t</sub> = "
                                            "diag(i<sub>t</sub> ⊙ (1 − c̃<sub>t</sub><sup>2</sup>)) W<sub>ch</sub> "
                                            "D<sub>h</sub>")),
    (translatable("report.gradflow_report", "Norms"),
     translatable("report.gradflow_report",
                  "‖M‖<sub>2</sub> = largest singular value of M; every plot shows log<sub>10</sub> of it per "
                  "timestep t")),
]


def gradflow_report(result: GradflowResult, history: ProbeHistory | None = None, preset: str | None = None) -> Report:
    """The report of a finished (or stopped) gradient-flow run; ``history`` adds the heatmap over training; ``preset``
    names the preset the run started from (``--preset``, or the tab's pick), whose values the settings table and the
    command line start from."""
    config = result.config
    names = ", ".join(cell.upper() for cell in result.cells)
    setup = Section(translate("report.gradflow_report", "Run"), [paragraph(filled(translate("report.gradflow_report",
                                                                                            "Cells: {names}. Task: "
                                                                                            "{task}, sequence "
                                                                                            "length T = {length}, "
                                                                                            "hidden size H = "
                                                                                            "{hidden}, seed {seed}. "
                                                                                            "Every figure uses one "
                                                                                            "fixed probe sequence "
                                                                                            "drawn from the seed; t "
                                                                                            "= 0 is the first input."),
                                                                                  names=names, task=config.task,
                                                                                  length=config.length,
                                                                                  hidden=config.hidden,
                                                                                  seed=config.seed)),
                            settings_table(gradflow_run_settings(result, preset))])
    formulas = Section(translate("report.gradflow_report", "What the plots measure"), [
        "".join(f'<p class="formula">{f"<b>{translate(CONTEXT, label)}:</b> " if label else ""}'
                f'{translate(CONTEXT, text)}</p>' for label, text in FORMULAS)])
    results = Section(translate("report.gradflow_report", "Results (as printed by rnnlab gradflow)"),
                      [metrics_block(summary_lines(result))])
    figures = Section(translate("report.gradflow_report", "Figures at the end of the run"), _figures(result, history))
    return Report(title=filled(translate("report.gradflow_report", "Gradient flow: {names} on the {replace} task"),
                               names=names, replace=config.task.replace('_', ' ')),
                  kind=translate("report.gradflow_report", "Gradient flow"),
                  sections=[setup, formulas, results, figures])


def gradflow_run_settings(result: GradflowResult, preset: str | None = None) -> RunSettings:
    """The run's settings and command line: the preset (when the run is that preset with some flags changed: a run
    without the compare mode of a compare preset cannot be written with ``--preset``, so it is written in full), compare
    mode with the cells it trained, then every field."""
    compare = len(result.cells) > 1
    chosen = PRESETS.get(preset or "")
    if chosen is not None and chosen.compare and not compare:
        chosen = None
    inputs = []
    if chosen is not None:
        inputs.append(RunInput(translate("report.gradflow_report", "Preset"), f"{chosen.name}: {chosen.cited_title}",
                               "--preset", ("--preset", chosen.name),
                               default="—"))
    implied = chosen is not None and chosen.compare
    mode = (f"on: {names_text([c.upper() for c in result.cells])} (--export writes the --cell cell, "
            f"{result.config.cell})" if compare else "off")
    inputs.append(RunInput(translate("report.gradflow_report", "Compare cells"),
                           mode + (" (set by the preset)" if implied else ""), "--compare",
                           ("--compare",) if compare and not implied else (), default="on" if implied else ""))
    return RunSettings("gradflow", result.config, inputs, base=chosen.config if chosen is not None else None,
                       base_name=f"preset {chosen.name}" if chosen is not None else "", device_used=result.device)


def _figures(result: GradflowResult, history: ProbeHistory | None) -> list[str]:
    timestep = translate("report.gradflow_report", "timestep t")
    local, product, gradient = (LineChart(timestep, translate("report.gradflow_report", "norm (log)"),
                                          y_scale="log10") for _ in range(3))
    for cell in result.cells:
        diag = result.snapshots[cell].diagnostics
        t = np.arange(diag.log_grad.shape[0])
        local.line(t[1:], diag.log_local, cell.upper(), CELL_COLOURS[cell])
        if diag.log_bound is not None:
            local.line(t[1:], diag.log_bound, translate("report.gradflow_report", "RNN bound γ_t‖W_rec‖₂"),
                       CELL_COLOURS[cell], dashed=True)
        if cell == "lstm":
            local.line(t[1:], diag.log_terms["B"], translate("report.gradflow_report", "LSTM max f_t"),
                       CELL_COLOURS[cell], dashed=True)
        product.line(t, diag.log_product, cell.upper() + (translate("report.gradflow_report",
                                                                    " exact") if cell == "lstm" else ""),
                     CELL_COLOURS[cell])
        if diag.log_product_cpath is not None:
            product.line(t, diag.log_product_cpath, translate("report.gradflow_report", "LSTM c-path ∏(A+B+C+D)"),
                         CELL_COLOURS[cell], dashed=True)
        gradient.line(t, diag.log_grad, cell.upper(), CELL_COLOURS[cell])
    step = result.snapshots[result.cells[0]].step
    blocks = [figure(local.svg(), subscripted(translate("report.gradflow_report", "Local ‖∂c_t/∂c_{t−1}‖")),
                     filled(translate("report.gradflow_report",
                                      "Spectral norm of the one-step Jacobian, the factor one step applies to a "
                                      "gradient (probe at step {step}). Below 1 step after step: vanishing."),
                            step=step)),
              figure(product.svg(), subscripted(translate("report.gradflow_report", "Product ‖∂c_{T−1}/∂c_t‖")),
                     subscripted(translate("report.gradflow_report",
                                           "How much of ∂c_{T−1} survives back to step t (1 at the right). A "
                                           "straight fall is exponential vanishing. LSTM: solid exact (every path), "
                                           "dashed the product of the A+B+C+D sums (leaves out the output-gate "
                                           "path)."))),
              figure(gradient.svg(), subscripted(translate("report.gradflow_report", "Gradient ‖∂E/∂c_t‖")),
                     translate("report.gradflow_report",
                               "Autograd gradient of the probe's loss E at each step, every path included: what "
                               "backpropagation through time really delivers. Flat: early inputs still get a signal."))]
    if "rnn" in result.snapshots and result.snapshots["rnn"].diagnostics.eig_w_rec is not None:
        blocks.append(_spectrum_figure(result.snapshots["rnn"]))
    if "lstm" in result.snapshots:
        blocks += _lstm_figures(result.snapshots["lstm"].diagnostics)
    else:
        blocks.append(paragraph(translate("report.gradflow_report",
                                          "The LSTM terms and forget-gate values exist only for the LSTM: this run "
                                          "trained no LSTM.")))
    blocks.append(figure(_loss_chart(result).svg(), translate("report.gradflow_report", "Loss"),
                         translate("report.gradflow_report",
                                   "Training loss per optimiser step (log scale); the grey dashed line is the "
                                   "chance loss of a constant guess.")))
    if history is not None:
        blocks += _heatmaps(result, history)
    return blocks


def _lstm_figures(diag: Diagnostics) -> list[str]:
    t = np.arange(diag.log_grad.shape[0])
    terms = LineChart(translate("report.gradflow_report", "timestep t"), translate("report.gradflow_report",
                                                                                   "norm (log)"), y_scale="log10")
    for name, colour in TERM_COLOURS.items():
        terms.line(t[1:], diag.log_terms[name], "A+B+C+D" if name == "sum" else name, colour, dashed=name == "sum")
    counts = diag.forget_counts
    assert counts is not None, "an LSTM's diagnostics count its forget-gate values"
    share = counts / max(1, counts.sum())
    forget = LineChart(translate("report.gradflow_report", "forget-gate value"),
                       translate("report.gradflow_report", "share of values"))
    forget.bars(np.linspace(0, 1, share.shape[0] + 1), share, "", CELL_COLOURS["lstm"])
    return [figure(terms.svg(), translate("report.gradflow_report", "LSTM terms"),
                   subscripted(translate("report.gradflow_report",
                                         "∂c_t/∂c_{t−1} = A+B+C+D (o_{t−1} held fixed): A via the forget gate, B = "
                                         "diag(f_t) the carousel, C via the input gate, D via the candidate c̃_t."))),
            figure(forget.svg(), filled(translate("report.gradflow_report",
                                                  "LSTM forget-gate values (mean {forget_mean:.2f})"),
                                        forget_mean=diag.forget_mean),
                   translate("report.gradflow_report",
                             "Spread of the probe's forget-gate values over all units and steps. Near 1 keeps "
                             "memory and gradient; 0.5 halves both every step."))]


def _spectrum_figure(snapshot: CellSnapshot) -> str:
    """The plain RNN's W_rec eigenvalues in the complex plane with the unit circle and the 1/γ circle."""
    diag = snapshot.diagnostics
    eigenvalues = np.asarray(diag.eig_w_rec)
    inverse_gamma = 1.0 / MAX_SLOPE[snapshot.activation]
    reach = 1.1 * max(1.0, inverse_gamma, float(np.abs(eigenvalues).max()))
    chart = LineChart(translate("report.gradflow_report", "real part"), translate("report.gradflow_report",
                                                                                  "imaginary part"), width=460,
                      height=460, x_range=(-reach, reach),
                      y_range=(-reach, reach))
    circle = np.linspace(0.0, 2.0 * np.pi, 181)
    chart.line(np.cos(circle), np.sin(circle), "|λ| = 1", "#888888")
    chart.line(inverse_gamma * np.cos(circle), inverse_gamma * np.sin(circle), "|λ| = 1/γ", "#888888", dashed=True)
    chart.points(eigenvalues.real, eigenvalues.imag, translate("report.gradflow_report", "eigenvalues"),
                 CELL_COLOURS["rnn"])
    return figure(chart.svg(), subscripted(translate("report.gradflow_report", "Eigenvalues of W_{rec}")),
                  subscripted(filled(translate("report.gradflow_report",
                                               "Spectral radius ρ = {spectral_radius:.3g}, ‖W_{{rec}}‖₂ = "
                                               "{w_rec_norm:.3g}, 1/γ = {inverse_gamma:.3g} ({activation}). "
                                               "‖W_{{rec}}‖₂ below 1/γ is enough for the gradient to vanish; ρ "
                                               "above 1/γ is needed for it to explode."),
                                     spectral_radius=diag.spectral_radius, w_rec_norm=diag.w_rec_norm,
                                     inverse_gamma=inverse_gamma, activation=snapshot.activation)))


def _loss_chart(result: GradflowResult) -> LineChart:
    chart = LineChart(translate("report.gradflow_report", "training step"), translate("report.gradflow_report",
                                                                                      "loss (log)"), y_scale="log")
    steps = max(len(values) for values in result.losses.values())
    for cell in result.cells:
        values = np.asarray(result.losses[cell], dtype=np.float64)
        chart.line(np.arange(1, len(values) + 1), values, cell.upper(), CELL_COLOURS[cell])
    chart.line([1, max(steps, 2)], [result.chance_loss] * 2, translate("report.gradflow_report", "chance"), "#888888",
               dashed=True)
    return chart


def _heatmaps(result: GradflowResult, history: ProbeHistory) -> list[str]:
    blocks = []
    for cell in result.cells:
        image, first, last = history.probed(cell)
        if image.shape[0] == 0:
            continue
        svg = heatmap_svg(image, translate("report.gradflow_report", "timestep t"), translate("report.gradflow_report",
                                                                                              "training step"), (first,
                                                                                                                 last),
                          translate("report.gradflow_report", "log₁₀‖∂E/∂c_t‖"))
        blocks.append(figure(svg, subscripted(filled(translate("report.gradflow_report",
                                                               "‖∂E/∂c_t‖ of the {upper} over training"),
                                                     upper=cell.upper())),
                             subscripted(filled(translate("report.gradflow_report",
                                                          "Colour = log10 ‖∂E/∂c_t‖ (the colour bar's exponents: "
                                                          "−20 is 10⁻²⁰) per probe (rows, training step upward, "
                                                          "{value} probes) and timestep t (columns). Dark on the "
                                                          "left: the gradient vanished before reaching the early "
                                                          "steps."),
                                                value=image.shape[0]) + _missing_colours(image))))
    return blocks


def _missing_colours(image: np.ndarray) -> str:
    """What the colours outside the bar mean, for those the image has."""
    said = []
    if np.isneginf(image).any():
        said.append(" Grey: it underflowed to exactly 0.")
    if (np.isposinf(image) | np.isnan(image)).any():
        said.append(" Magenta: it overflowed (infinite, or no number).")
    return "".join(said)
