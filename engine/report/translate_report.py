"""The translator's lab report: every setting, the summary lines the command line prints, the loss and held-out
accuracy curves, some held-out mistakes, and the alignment matrices of sample words (models with attention).
"""

from __future__ import annotations

import numpy as np

from rnnlab.engine.report.document import Report, Section, figure, metrics_block, paragraph, settings_table, table
from rnnlab.engine.report.line_chart import LineChart
from rnnlab.engine.report.matrix_figures import matrix_svg
from rnnlab.engine.translate.pig_latin import pig_latin
from rnnlab.engine.translate.summary import summary_lines
from rnnlab.engine.translate.training import TranslatorTrainingResult

SAMPLE_WORDS = ("string", "apple", "square")
"""One word per common branch of the rule: a consonant cluster, a vowel start, a ``qu`` that moves with its cluster."""
MAX_MISTAKES = 12


def translator_report(result: TranslatorTrainingResult) -> Report:
    """The report of one finished training run (its model translates the sample words for the alignments)."""
    config = result.translator.config
    settings = Section("Settings", [paragraph(f"Character-level GRU encoder-decoder, {config.attention} attention, "
                                              f"seed {config.seed}; trained on the shipped English word list, graded "
                                              "against the exact Pig Latin rule on held-out words."),
                                    settings_table(config)])
    results = Section("Results (as printed by rnnlab train-translator)",
                      [metrics_block(summary_lines(result)), _mistakes(result)])
    figures = Section("Figures at the end of the run", _curves(result) + _alignments(result))
    return Report(title=f"Translator: English to Pig Latin, {config.attention} attention", kind="Translation pad",
                  sections=[settings, results, figures])


def _mistakes(result: TranslatorTrainingResult) -> str:
    mistakes = result.evaluation.mistakes[:MAX_MISTAKES]
    if not mistakes:
        return paragraph("Every held-out word was translated exactly as the rule does.")
    shown = f"the first {len(mistakes)} of {len(result.evaluation.mistakes)}"
    return (paragraph(f"Held-out words the model got wrong ({shown}):")
            + table(["Word", "Model", "Rule"], [list(m) for m in mistakes]))


def _curves(result: TranslatorTrainingResult) -> list[str]:
    blocks = []
    if result.loss_curve:
        epochs, losses = np.asarray(result.loss_curve, dtype=np.float64).T
        loss = LineChart("epoch", "cross-entropy (log)", y_scale="log").line(epochs, losses, "Training loss", "#1f77b4")
        blocks.append(figure(loss.svg(), "Training loss", "Teacher-forced cross-entropy per batch (log scale)."))
    if result.accuracy_curve:
        epochs, accuracy = np.asarray(result.accuracy_curve, dtype=np.float64).T
        chart = LineChart("epoch", "exact words (%)", y_range=(-2.0, 102.0))
        chart.line(epochs, 100 * accuracy, "Held-out accuracy", "#2ca02c", dots=True)
        blocks.append(figure(chart.svg(), "Held-out accuracy", "Share of held-out words translated exactly as the "
                                                               "rule does, measured during training."))
    return blocks


def _alignments(result: TranslatorTrainingResult) -> list[str]:
    if result.translator.attention == "none":
        return [paragraph("No alignment matrix: a model without attention reads the whole word into one state and "
                          "never looks back at single characters.")]
    blocks = []
    for output in result.translator.translate_batch(list(SAMPLE_WORDS)):
        if output.attention is None:
            continue
        svg = matrix_svg(output.attention, list(output.source) + ["</s>"], list(output.output),
                         "source characters", "output")
        rule = pig_latin(output.source)
        verdict = "as the rule does" if output.output == rule else f"the rule says {rule}"
        blocks.append(figure(svg, f"Alignment of '{output.source}' → '{output.output}'",
                             f"Attention weights: each row is a generated character, each column a source character "
                             f"(</s> = end of word); each row sums to 1. Output {verdict}."))
    return blocks
