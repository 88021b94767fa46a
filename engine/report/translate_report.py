"""The translator's lab report: the task, every setting, the summary lines the command line prints, the loss and
held-out accuracy curves, some held-out mistakes, and the alignment matrices of samples (models with attention):
for Pig Latin one word per common branch of the rule, for a task of pairs its first held-out sources.
"""

from __future__ import annotations

import numpy as np

from rnnlab.engine.report.document import Report, Section, figure, metrics_block, paragraph, settings_table, table
from rnnlab.engine.report.line_chart import LineChart
from rnnlab.engine.report.matrix_figures import matrix_svg
from rnnlab.engine.report.run_settings import RunInput, RunSettings, absolute, option
from rnnlab.engine.translate.pairs import default_title
from rnnlab.engine.translate.pig_latin import pig_latin
from rnnlab.engine.translate.summary import summary_lines
from rnnlab.engine.translate.training import TranslatorResult
from rnnlab.engine.translations import filled, translate

SAMPLE_WORDS = ("string", "apple", "square")
"""One word per common branch of the rule: a consonant cluster, a vowel start, a ``qu`` that moves with its cluster."""
SAMPLE_PAIRS = 3
MAX_MISTAKES = 12


def translator_report(result: TranslatorResult) -> Report:
    """The report of one finished training run (its model translates the samples for the alignments)."""
    config = result.translator.config
    task = result.translator.task
    if task.is_pig_latin:
        data = ("trained on the shipped English word list, graded against the exact Pig Latin rule on held-out "
                "words.")
    else:
        data = (f"task “{task.title}”: each line one sequence, {len(task.characters)} distinct characters, sources "
                f"of up to {task.max_source_length}; trained on the pairs of {result.source_name or 'a pairs file'}, "
                f"graded on {len(result.held_out):,} held-out pairs never trained on.")
    settings = Section(translate("report.translate_report", "Settings"),
                       [paragraph(filled(translate("report.translate_report",
                                                   "Character-level GRU encoder-decoder, {attention} attention, "
                                                   "seed {seed}; {data}"), attention=config.attention, seed=config.seed,
                                         data=data)),
                                    settings_table(translator_run_settings(result))])
    results = Section(translate("report.translate_report", "Results (as printed by rnnlab train-translator)"),
                      [metrics_block(summary_lines(result)), _mistakes(result)])
    figures = Section(translate("report.translate_report", "Figures at the end of the run"),
                      _curves(result) + _alignments(result))
    title = "English to Pig Latin" if task.is_pig_latin else task.title
    return Report(title=filled(translate("report.translate_report", "Translator: {title}, {attention} attention"),
                               title=title, attention=config.attention), kind=translate("report.translate_report",
                                                                                        "Translation pad"),
                  sections=[settings, results, figures])


def translator_run_settings(result: TranslatorResult) -> RunSettings:
    """The run's settings and command line: the pairs file and the task's title (Pig Latin: neither), then every
    field; Pig Latin has its own held-out words, so the held-out share does not act (and ``--valid-fraction`` is
    refused without ``--pairs``)."""
    config, task = result.translator.config, result.translator.task
    path = absolute(result.source_path) if result.source_path else ""
    if task.is_pig_latin:
        inputs = [RunInput(translate("report.translate_report", "Pairs file"),
                           "off: English -> Pig Latin on the shipped word lists", "--pairs")]
        return RunSettings("train-translator", config, inputs, device_used=result.device,
                           not_applied={"valid_fraction": "Pig Latin has its own held-out words"},
                           refused=("valid_fraction",))
    if not path:
        inputs = [RunInput(translate("report.translate_report", "Pairs"),
                           f"{result.source_name or 'pairs'}, not read from a file", "--pairs")]
        return RunSettings("train-translator", config, inputs, device_used=result.device,
                           unrepeatable="its pairs were not read from a file")
    title_words = () if task.title == default_title(path) else tuple(option("--title", task.title))
    inputs = [RunInput(translate("report.translate_report", "Pairs file"), path, "--pairs", tuple(option("--pairs",
                                                                                                         path))),
              RunInput(translate("report.translate_report", "Task title"), task.title, "--title", title_words,
                       default="the file's name")]
    return RunSettings("train-translator", config, inputs, device_used=result.device)


def _expected_name(result: TranslatorResult) -> str:
    return "Rule" if result.translator.task.is_pig_latin else "Expected"


def _mistakes(result: TranslatorResult) -> str:
    mistakes = result.evaluation.mistakes[:MAX_MISTAKES]
    if not mistakes:
        return paragraph(translate("report.translate_report",
                                   "Every held-out source was translated exactly as expected."))
    shown = f"the first {len(mistakes)} of {len(result.evaluation.mistakes)}"
    return (paragraph(filled(translate("report.translate_report", "Held-out sources the model got wrong ({shown}):"),
                             shown=shown))
            + table([translate("report.translate_report", "Source"), translate("report.translate_report", "Model"),
                     _expected_name(result)], [list(m) for m in mistakes]))


def _samples(result: TranslatorResult) -> list[tuple[str, str]]:
    """(source, expected) of the alignment samples: Pig Latin's branch words, else the first held-out pairs."""
    if result.translator.task.is_pig_latin:
        return [(word, pig_latin(word)) for word in SAMPLE_WORDS]
    return result.held_out[:SAMPLE_PAIRS]


def _curves(result: TranslatorResult) -> list[str]:
    blocks = []
    if result.loss_curve:
        epochs, losses = np.asarray(result.loss_curve, dtype=np.float64).T
        loss = LineChart(translate("report.translate_report", "epoch"), translate("report.translate_report",
                                                                                  "cross-entropy (log)"),
                         y_scale="log").line(epochs, losses, translate("report.translate_report", "Training loss"),
                                             "#1f77b4")
        blocks.append(figure(loss.svg(), translate("report.translate_report", "Training loss"),
                             translate("report.translate_report",
                                       "Teacher-forced cross-entropy per batch (log scale).")))
    if result.accuracy_curve:
        epochs, accuracy = np.asarray(result.accuracy_curve, dtype=np.float64).T
        chart = LineChart(translate("report.translate_report", "epoch"), translate("report.translate_report",
                                                                                   "exact words (%)"), y_range=(-2.0,
                                                                                                                102.0))
        chart.line(epochs, 100 * accuracy, translate("report.translate_report", "Held-out accuracy"), "#2ca02c",
                   dots=True)
        blocks.append(figure(chart.svg(), translate("report.translate_report", "Held-out accuracy"),
                             translate("report.translate_report",
                                       "Share of held-out words translated exactly as the rule does, measured "
                                       "during training.")))
    return blocks


def _alignments(result: TranslatorResult) -> list[str]:
    if result.translator.attention == "none":
        return [paragraph(translate("report.translate_report",
                                    "No alignment matrix: a model without attention reads the whole source into one "
                                    "state and never looks back at single characters."))]
    blocks = []
    samples = _samples(result)
    expected_name = _expected_name(result).lower()
    outputs = result.translator.translate_batch([s for s, _e in samples])
    for output, (_source, expected) in zip(outputs, samples, strict=True):
        if output.attention is None:
            continue
        svg = matrix_svg(output.attention, list(output.source) + ["</s>"], list(output.output),
                         "source characters", "output")
        verdict = "as expected" if output.output == expected else f"differs: the {expected_name} gives “{expected}”"
        blocks.append(figure(svg, filled(translate("report.translate_report", "Alignment of '{source}' → '{output}'"),
                                         source=output.source, output=output.output),
                             filled(translate("report.translate_report",
                                              "Attention weights: each row is a generated character, each column a "
                                              "source character (</s> = end of the source); each row sums to 1. "
                                              "Output {verdict}."), verdict=verdict)))
    return blocks
