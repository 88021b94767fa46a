"""The diagnosis report (``rnnlab diagnose --report``, the pad's Diagnose panel's export): for one or more models of
one task on the same held-out pairs, the figures, the verdicts, accuracy against source length (every model on one
chart), where the first wrong character falls, and the recovery after it free running against teacher forced."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from rnnlab.engine.report.document import Report, Section, figure, metrics_block, paragraph, table
from rnnlab.engine.report.line_chart import LineChart
from rnnlab.engine.translate.diagnosis import Diagnosis
from rnnlab.engine.translations import filled, localized, translatable, translate

COLOURS = ("#d62728", "#1f77b4", "#2ca02c", "#9467bd")
"""One colour per model, in order (the pad: no attention red, attention blue, as its comparison shows them)."""
FREE_COLOUR, FORCED_COLOUR = "#ff7f0e", "#1f77b4"
_METHOD = translatable(
    "report.diagnosis",
    "Each held-out pair is decoded twice: free running (greedy: each step fed the model's own previous "
    "character) and teacher forced (each step fed the true previous character), and both are compared with "
    "the target position by position, its end included. With greedy decoding a wrong output starts with a "
    "mistake on a correct prefix, so exact accuracy is the same both ways; exposure bias can only act after "
    "that first mistake. Recovery is the share of the positions after it that are right, averaged over the "
    "wrong outputs: continuing from the model's own mistake (free) or given the true prefix (teacher "
    "forced). Position by position: an output that drops or adds a character counts what follows as wrong "
    "even where the rest is right but shifted.")
MODEL_NAMES = (translatable("report.diagnosis", "no attention"), translatable("report.diagnosis", "additive attention"))
"""The names ``engine.translate.diagnosis.model_name`` gives, for the catalogue."""
SOURCES = (translatable("report.diagnosis", "the shipped held-out words"),
           translatable("report.diagnosis", "the bundled date pairs' held-out share"))
"""Where ``rnnlab diagnose`` took its pairs from, said in the report (its --pairs file is named as typed)."""


def diagnosis_report(diagnoses: Sequence[Diagnosis], pairs_source: str) -> Report:
    """The report of ``diagnoses`` (the same task, the same pairs, from ``pairs_source``)."""
    first = diagnoses[0]
    measured = filled(translate("report.diagnosis", "Task “{task}”, {pairs:,} held-out pairs from {source}. "),
                      task=str(first.task), pairs=first.pairs_used, source=pairs_source)
    notes = [paragraph(filled(translate("report.diagnosis", "note: {note}"), note=localized(note)), "note")
             for d in diagnoses for note in d.notes]
    setting = Section(translate("report.diagnosis", "What was measured"),
                      [paragraph(measured + translate("report.diagnosis", _METHOD)), *notes])
    results = Section(translate("report.diagnosis", "Results (as printed by rnnlab diagnose)"),
                      [metrics_block([line for d in diagnoses for line in d.summary_lines()]),
                       figures_table(diagnoses)])
    charts = [figure(length_chart(diagnoses).svg(),
                     translate("report.diagnosis", "Exact accuracy against source length"),
                     translate("report.diagnosis",
                               "Share of the pairs of each source-length bucket translated exactly (free running), "
                               "each model a line (Bahdanau et al. 2015, figure 2: without attention accuracy falls "
                               "with length).")),
              figure(recovery_chart(diagnoses).svg(), translate("report.diagnosis", "Recovery after the first mistake"),
                     translate("report.diagnosis",
                               "Share of the positions after the first wrong character that are right, averaged "
                               "over the wrong outputs: free running (continuing from its own mistake) against "
                               "teacher forced (the true prefix given); the difference is what exposure bias can "
                               "explain."))]
    for diagnosis in diagnoses:
        if diagnosis.wrong_words:
            charts.append('<div class="grid2">' + "".join(first_error_figures(diagnosis)) + "</div>")
    return Report(title=filled(translate("report.diagnosis", "Translator diagnosis: {task}"), task=str(first.task)),
                  kind=translate("report.diagnosis", "Translation pad"),
                  sections=[setting, results, Section(translate("report.diagnosis", "Figures"), charts)])


def figures_table(diagnoses: Sequence[Diagnosis]) -> str:
    """One row per model: exact and character accuracy both ways, recovery both ways, then exact by length."""
    buckets = [b.label() for b in diagnoses[0].by_length]
    rows = []
    for d in diagnoses:
        free, forced = d.recovery()
        rows.append([model_name(d.model), d.pairs_used, _percent(d.exact_free()), _percent(d.exact_teacher_forced()),
                     _percent(d.char_accuracy_free()), _percent(d.char_accuracy_teacher_forced()), _percent(free),
                     _percent(forced), *(_percent(b.exact_free) for b in d.by_length)])
    header = [translate("report.diagnosis", "Model"), translate("report.diagnosis", "Pairs"),
              translate("report.diagnosis", "Exact free"), translate("report.diagnosis", "Exact teacher forced"),
              translate("report.diagnosis", "Characters free"),
              translate("report.diagnosis", "Characters teacher forced"),
              translate("report.diagnosis", "Recovery free"), translate("report.diagnosis", "Recovery teacher forced"),
              *(filled(translate("report.diagnosis", "Exact, length {label}"), label=label) for label in buckets)]
    return table(header, rows)


def model_name(model: str) -> str:
    """A model's name (``no attention``, ``additive attention``) in the report's language."""
    return translate("report.diagnosis", model)


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.2%}"


def length_chart(diagnoses: Sequence[Diagnosis]) -> LineChart:
    """Exact accuracy (%) per source-length bucket, one line per model."""
    labels = tuple((float(k), b.label()) for k, b in enumerate(diagnoses[0].by_length))
    chart = LineChart(translate("report.diagnosis", "source length (characters)"),
                      translate("report.diagnosis", "exact (%)"), y_range=(-2.0, 102.0), x_labels=labels,
                      x_range=(-0.3, max(len(labels) - 0.7, 0.3)))
    for k, d in enumerate(diagnoses):
        values = [np.nan if b.exact_free is None else 100 * b.exact_free for b in d.by_length]
        chart.line(np.arange(len(values)), values, model_name(d.model), COLOURS[k % len(COLOURS)], dots=True)
    return chart


def recovery_chart(diagnoses: Sequence[Diagnosis]) -> LineChart:
    """Two bars per model: recovery free running and teacher forced (%)."""
    labels = tuple((float(k), model_name(d.model)) for k, d in enumerate(diagnoses))
    chart = LineChart(translate("report.diagnosis", "model"),
                      translate("report.diagnosis", "positions right after the first mistake (%)"),
                      y_range=(0.0, 102.0), x_labels=labels, x_range=(-0.6, len(diagnoses) - 0.4))
    for offset, pick, label, colour in ((-0.35, 0, translate("report.diagnosis", "free running"), FREE_COLOUR),
                                        (0.0, 1, translate("report.diagnosis", "teacher forced"), FORCED_COLOUR)):
        edges, heights = [], []
        for k, d in enumerate(diagnoses):
            value = d.recovery()[pick]
            edges += [k + offset, k + offset + 0.35]
            heights += [np.nan if value is None else 100 * value, np.nan]
        chart.bars(edges, heights[:-1], label, colour)
    return chart


def first_error_figures(diagnosis: Diagnosis) -> list[str]:
    """Where the first wrong character falls: by position, and relative to the target's length."""
    absolute = diagnosis.first_error_histogram()
    positions = np.array([p for p, _c in absolute], dtype=float)
    counts = [c for _p, c in absolute]
    name = model_name(diagnosis.model)
    by_position = LineChart(translate("report.diagnosis", "position of the first wrong character (1 = first)"),
                            translate("report.diagnosis", "wrong outputs"), integer_x=True)
    by_position.bars(np.append(positions - 0.5, positions[-1] + 0.5), counts, name, "#7f7f7f")
    relative = diagnosis.relative_first_error_histogram()
    share = LineChart(translate("report.diagnosis", "place in the target (0 = first character, 1 = end)"),
                      translate("report.diagnosis", "wrong outputs"))
    share.bars([a for a, _b, _c in relative] + [relative[-1][1]], [c for _a, _b, c in relative], name, "#7f7f7f")
    return [figure(by_position.svg(), filled(translate("report.diagnosis", "First error, {model}: position"),
                                             model=name),
                   translate("report.diagnosis", "Wrong outputs by the position of their first wrong character (the "
                                                 "end token counts as one).")),
            figure(share.svg(), filled(translate("report.diagnosis", "First error, {model}: relative"), model=name),
                   translate("report.diagnosis", "The same, as a share of the target's length."))]
