"""The sweep's report: what was run (settings, grid, seeds, the command), the chosen metric per configuration with
mean, sd, 95% confidence interval and n, the paired tests, a chart of the metric against the varied setting with CI
bars (one line per value of the second setting), every metric per configuration, the runs' loss curves overlaid,
and every run. Self-contained like the lab reports (``document.py``)."""

from __future__ import annotations

import dataclasses
import html
from typing import Any

import numpy as np

from rnnlab.engine.experiments.experiment import SEED, canonical_text, point_label
from rnnlab.engine.experiments.horizon import (
    COUNTED_NOTE,
    charts_share,
    counted_not_averaged,
    horizon_table,
    horizons,
)
from rnnlab.engine.experiments.presets import PRESETS
from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.experiments.runs import DONE
from rnnlab.engine.experiments.stats import LEVEL
from rnnlab.engine.experiments.summary import left_out_text, number, summary_row, test_row
from rnnlab.engine.labs import REGISTRY, lab_named
from rnnlab.engine.params import param_specs
from rnnlab.engine.report.document import Report, Section, figure, paragraph, table
from rnnlab.engine.report.line_chart import LineChart
from rnnlab.engine.translations import filled, translate

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf")
_SPREAD = 0.08
"""The x offset between the lines of a chart's second setting, so their CI bars do not hide each other."""


def experiment_report(results: ExperimentResults, metric: str | None) -> Report:
    """The report of a stored experiment's runs, summarised by ``metric`` (None: no run is done yet)."""
    experiment = results.experiment
    title = next(entry.title for entry in REGISTRY if entry.name == experiment.lab)
    sections = [_overview(results, title), *_horizon_sections(results), Section(translate("report.experiment_report",
                                                                                          "Settings"),
                                                                                [_settings_table(results)])]
    if metric is not None:
        sections.append(Section(filled(translate("report.experiment_report", "Results: {metric}"), metric=metric),
                                _metric_blocks(results, metric)))
        sections.append(Section(translate("report.experiment_report", "Every metric by configuration"),
                                _every_metric(results)))
        sections.append(Section(translate("report.experiment_report", "Loss curves"), _curve_figures(results)))
    sections.append(Section(translate("report.experiment_report", "Runs"), [_runs_table(results, metric)]))
    return Report(title=filled(translate("report.experiment_report", "Experiment: {name}"), name=results.stored.name),
                  kind=filled(translate("report.experiment_report", "{title} experiment"), title=title),
                  sections=sections)


def _overview(results: ExperimentResults, title: str) -> Section:
    experiment = results.experiment
    failed = results.count("failed")
    blocks = [paragraph(filled(translate("report.experiment_report", "{title}: {describe}; {count} done"), title=title,
                               describe=experiment.describe(), count=results.count(DONE))
                        + (filled(translate("report.experiment_report", ", {failed} failed"),
                                  failed=failed) if failed else "")
                        + (filled(translate("report.experiment_report", ", {value} not run"),
                                  value=results.total - len(results.runs)) if len(results.runs) < results.total
                           else "")
                        + filled(translate("report.experiment_report",
                                           ". Run k of each configuration has seed k. Experiment {id} of its store, "
                                           "created {created}."), id=results.stored.id,
                                 created=results.stored.created))]
    if experiment.command:
        blocks += [paragraph(translate("report.experiment_report",
                                       "The command that ran it (add --resume to run what is missing):")),
                   f'<pre class="command">{html.escape(experiment.command)}</pre>']
    return Section(translate("report.experiment_report", "Experiment"), blocks)


def _horizon_sections(results: ExperimentResults) -> list[Section]:
    """The horizons (for an experiment whose definition has a horizon rule) and the notes of the preset it came from
    (its results beside the papers'); none for an experiment without either."""
    sections = []
    header, rows = horizon_table(results)
    experiment = results.experiment
    rule = experiment.horizon
    if rows and rule is not None:
        sections.append(Section(translate("report.experiment_report", "Horizon"), [
            paragraph(filled(translate("report.experiment_report",
                                       "Each {join}'s horizon is {text} (none: no {axis} meets it; at least the "
                                       "largest: the longest listed does). The columns give the seeds that "
                                       "succeeded at each {axis}; a failed run or one without the metric does not."),
                             join=', '.join(header[:header.index('horizon')]), text=rule.text(experiment.seeds),
                             axis=rule.axis)),
            table(header, rows)]))
    preset = PRESETS.get(experiment.preset or "")
    if preset is not None and preset.notes:
        sections.append(Section(preset.notes_title, [paragraph(text) for text in preset.notes]))
    return sections


def _settings_table(results: ExperimentResults) -> str:
    """The base run: its inputs, then every setting (a varied one with its values, the seed with its range)."""
    experiment = results.experiment
    varied = {axis.name: axis for axis in experiment.axes}
    rows: list[list[Any]] = [[field.name, _text(getattr(experiment.base, field.name)), "", ""]
                             for field in dataclasses.fields(experiment.base) if field.name != "config"]
    for spec in param_specs(lab_named(experiment.lab).settings):
        if spec.name in varied:
            value = "varied: " + ", ".join(varied[spec.name].texts)
        elif spec.name == SEED:
            value = f"0 to {experiment.seeds - 1}, one per run"
        else:
            value = _text(getattr(experiment.base.config, spec.name), spec.none_text)
        rows.append([spec.label, value, spec.flag, _text(spec.default, spec.none_text)])
    return table([translate("report.experiment_report", "Setting"), translate("report.experiment_report", "Value"),
                  translate("report.experiment_report", "Flag"), translate("report.experiment_report", "Default")],
                 rows)


def _metric_blocks(results: ExperimentResults, metric: str) -> list[str]:
    names = [axis.name for axis in results.experiment.axes] or ["configuration"]
    rows = []
    for item in results.summaries(metric):
        point = item.configuration.point
        rows.append([*([canonical_text(point[name]) for name in names] if point else [item.configuration.label]),
                     *summary_row(item.summary)])
    if counted_not_averaged(results.experiment, metric):
        return [figure(metric_chart(results, metric).svg(), filled(translate("report.experiment_report",
                                                                             "{metric} by configuration"),
                                                                   metric=metric),
                       _chart_caption(results, metric)), paragraph(COUNTED_NOTE.format(metric=metric))]
    left_out = left_out_text(results, metric)
    blocks = [table([*names, translate("report.experiment_report", "mean"), translate("report.experiment_report", "sd"),
                     filled(translate("report.experiment_report", "{LEVEL:.0%} CI"), LEVEL=LEVEL), "n"], rows),
              *([paragraph(left_out)] if left_out else []),
              figure(metric_chart(results, metric).svg(), filled(translate("report.experiment_report",
                                                                           "{metric} by configuration"), metric=metric),
                     _chart_caption(results, metric))]
    comparisons = results.comparisons(metric)
    if comparisons:
        blocks.append(paragraph(filled(translate("report.experiment_report",
                                                 "Paired t-tests of {metric} over the seeds both configurations ran "
                                                 "(the difference of the later value listed minus the earlier, its "
                                                 "95% CI, t with n - 1 degrees of freedom, and the two-sided "
                                                 "p-value)"),
                                       metric=metric)
                                + (translate("report.experiment_report", "; not corrected for the number of tests.")
                                   if len(comparisons) > 1 else ".")))
        blocks.append(table([translate("report.experiment_report", "comparison"), translate("report.experiment_report",
                                                                                            "mean difference"),
                             filled(translate("report.experiment_report", "{LEVEL:.0%} CI"), LEVEL=LEVEL), "t", "p",
                             "n"],
                            [[c.label, *test_row(c.test)] for c in comparisons]))
    return blocks


def _chart_caption(results: ExperimentResults, metric: str) -> str:
    if charts_share(results.experiment, metric):
        return (f"The share of seeds with {metric} = 1 (the mean of a 0/1 metric) against "
                f"{results.experiment.axes[0].name} on a log axis; no interval is drawn: over three seeds a t-interval "
                "of a 0/1 metric says nothing.")
    return (f"Mean over seeds with its {LEVEL:.0%} confidence interval (Student t, n - 1 degrees of freedom); n is in "
            "the table above.")


def metric_chart(results: ExperimentResults, metric: str) -> LineChart:
    """The metric's mean and CI against the first varied setting (its values evenly spaced, in the order listed: a
    category each, so the means are not joined), a colour per value of the second; for the 0/1 metric of a horizon
    rule (``charts_share``), the share of seeds against a log axis, joined, without intervals."""
    if charts_share(results.experiment, metric):
        return share_chart(results, metric)
    axes = results.experiment.axes
    by_label = {s.configuration.label: s.summary for s in results.summaries(metric)}
    first = axes[0] if axes else None
    texts = first.texts if first is not None else ("all runs",)
    chart = LineChart(first.name if first is not None else "", filled(translate("report.experiment_report",
                                                                                "{metric}: mean, 95% CI ({seeds})"),
                                                                      metric=metric, seeds=_seeds(results, metric)),
                      x_labels=tuple(enumerate(texts)), x_range=(-0.5, len(texts) - 0.5))
    lines: list[tuple[Any, str]] = [(None, f"mean {metric}")]
    if len(axes) > 1:
        lines = [(value, f"{axes[1].name}={text}") for value, text in zip(axes[1].values, axes[1].texts, strict=True)]
    for j, (second, label) in enumerate(lines):
        found = []
        for value in first.values if first is not None else (None,):
            point = {first.name: value} if first is not None else {}
            if len(axes) > 1:
                point[axes[1].name] = second
            found.append(by_label[point_label(point)])
        x = np.arange(len(texts)) + (j - (len(lines) - 1) / 2) * _SPREAD
        colour = PALETTE[j % len(PALETTE)]
        chart.points(x, [s.mean if s is not None else np.nan for s in found], label, colour)
        chart.error_bars(x, [_or_nan(s.low if s is not None else None) for s in found],
                         [_or_nan(s.high if s is not None else None) for s in found], colour)
    return chart


def share_chart(results: ExperimentResults, metric: str) -> LineChart:
    """The share of seeds with ``metric`` = 1 (of all the experiment's seeds, as its horizons count them: a failed
    run is not a success) against the horizon's setting on a log10 axis, a line per group (the cell)."""
    found = horizons(results)
    axis = found[0].axis
    x = np.log10(np.asarray(axis.values, dtype=np.float64))
    pad = 0.05 * (x[-1] - x[0] or 1.0)
    chart = LineChart(filled(translate("report.experiment_report", "{name} (log axis)"), name=axis.name),
                      filled(translate("report.experiment_report", "share with {metric} = 1, n = {seeds} seeds"),
                             metric=metric, seeds=results.experiment.seeds),
                      x_labels=tuple(zip(x, axis.texts, strict=True)), x_range=(x.min() - pad, x.max() + pad),
                      y_range=(-0.05, 1.05))
    for j, horizon in enumerate(found):
        label = ", ".join(f"{name}={canonical_text(value)}" for name, value in horizon.group.items()) or horizon.label
        chart.line(x, horizon.shares(), label, PALETTE[j % len(PALETTE)], dots=True)
    return chart


def _seeds(results: ExperimentResults, metric: str) -> str:
    """``n = 5 seeds``, or ``n = 3-5 seeds`` where configurations have different counts."""
    counts = sorted({s.summary.n for s in results.summaries(metric) if s.summary is not None}) or [0]
    return f"n = {counts[0]} seeds" if len(counts) == 1 else f"n = {counts[0]}-{counts[-1]} seeds"


def _or_nan(value: float | None) -> float:
    return np.nan if value is None else value


def _every_metric(results: ExperimentResults) -> list[str]:
    """A table per configuration: every metric's mean, sd, CI and n."""
    names = results.metric_names()
    by_metric = {name: results.summaries(name) for name in names}
    return [f"<h3>{html.escape(configuration.label)}</h3>"
            + table([translate("report.experiment_report", "metric"), translate("report.experiment_report", "mean"),
                     translate("report.experiment_report", "sd"), filled(translate("report.experiment_report",
                                                                                   "{LEVEL:.0%} CI"), LEVEL=LEVEL),
                     "n"],
                    [[name, *summary_row(by_metric[name][k].summary)] for name in names])
            for k, configuration in enumerate(results.configurations)]


def _curve_figures(results: ExperimentResults) -> list[str]:
    """One chart per curve the lab draws, every done run's curve in its configuration's colour (a log axis where
    every value is positive)."""
    names: dict[str, None] = {}
    for run in results.runs:
        names.update(dict.fromkeys(run.curves or {}))
    figures = []
    for name in names:
        drawn = []
        for k, configuration in enumerate(results.configurations):
            curves = [(run.curves or {}).get(name) for run in configuration.runs if run.status == DONE]
            for index, points in enumerate(curve for curve in curves if curve):
                xy = np.array([[x, np.nan if y is None else y] for x, y in points], dtype=np.float64)
                drawn.append((xy, configuration.label if index == 0 else "", PALETTE[k % len(PALETTE)]))
        finite = np.concatenate([xy[:, 1][np.isfinite(xy[:, 1])] for xy, _, _ in drawn]) if drawn else np.zeros(0)
        chart = LineChart(translate("report.experiment_report", "step or epoch"), name,
                          y_scale="log" if finite.size and np.all(finite > 0) else "linear")
        for xy, label, colour in drawn:
            chart.line(xy[:, 0], xy[:, 1], label, colour)
        figures.append(figure(chart.svg(), name, translate("report.experiment_report",
                                                           "Every done run's curve, coloured by its configuration.")))
    return figures


def _runs_table(results: ExperimentResults, metric: str | None) -> str:
    rows = []
    for configuration in results.configurations:
        for run in sorted(configuration.runs, key=lambda run: run.seed):
            value = configuration.values(metric).get(run.seed) if metric is not None else None
            rows.append([run.key, run.status, round(run.seconds, 2), number(value), run.host, run.finished,
                         run.error or ""])
    return table([translate("report.experiment_report", "run"), translate("report.experiment_report", "status"),
                  translate("report.experiment_report", "seconds"), metric or "metric",
                  translate("report.experiment_report", "host"), translate("report.experiment_report", "finished"),
                  translate("report.experiment_report", "error")], rows)


def _text(value: Any, none_text: str = "off") -> str:
    if value is None:
        return none_text
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value) if value != "" else "(empty)"

