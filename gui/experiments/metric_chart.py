"""An experiment's chosen metric per configuration: the mean over seeds against the first varied setting, with its
95% confidence interval as error bars, one line per value of the second varied setting (the report's chart, live).

The first setting's values sit on x as typed and evenly spaced, unless they are all numbers: then at their values,
on a log axis when they span two decades or more. The lines of the second setting are shifted apart a little so their
bars do not hide each other. A configuration with one seed has no interval: its point is drawn without a bar. The
0/1 metric of an experiment's horizon rule (``charts_share``) is drawn as the share of seeds that succeeded, against
the horizon's setting on a log axis, without intervals (the report's share chart).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rnnlab.engine.experiments.experiment import Axis, point_label
from rnnlab.engine.experiments.horizon import Horizon, charts_share, horizons
from rnnlab.engine.experiments.results import ExperimentResults, is_number
from rnnlab.engine.experiments.stats import LEVEL, Summary
from rnnlab.engine.experiments.summary import interval_text, number, seeds_text
from rnnlab.engine.report.experiment_report import PALETTE
from rnnlab.engine.translations import translatable
from rnnlab.gui.forecast.header_legend import HeaderLegend
from rnnlab.gui.forecast.plot_message import PlotMessage
from rnnlab.gui.gradflow.plots import DecadeAxis
from rnnlab.gui.i18n import filled, translate

CATEGORICAL, LINEAR, LOG = "categorical", "linear", "log"
LOG_DECADES = 2
"""All-positive numeric values spanning this many decades or more go on a log axis."""
SPREAD = 0.08
"""The shift between the second setting's lines, as a fraction of the smallest gap between two x positions."""
MAX_LABELS = 15
"""At most this many category names under the x axis; a longer list names every k-th (each still has its tick)."""
EMPTY_TEXT = translatable("experiments.metric_chart", "The mean of the chosen metric per configuration appears here "
                                                      "once a run is done.")


@dataclass(frozen=True)
class XScale:
    """Where the first setting's values sit on x: ``kind`` (categorical, linear or log) and each value's
    ``positions`` in plot units (log10 of the value on a log axis)."""

    kind: str
    positions: tuple[float, ...]

    @property
    def gap(self) -> float:
        """The smallest distance between two positions (1 with one position)."""
        ordered = sorted(set(self.positions))
        gaps = [b - a for a, b in zip(ordered, ordered[1:], strict=False)]
        return min(gaps) if gaps else 1.0


def x_scale(axis: Axis | None) -> XScale:
    """The x scale of the first varied setting (one categorical position when nothing is varied)."""
    if axis is None:
        return XScale(CATEGORICAL, (0.0,))
    if all(is_number(value) for value in axis.values):
        numbers = [float(value) for value in axis.values]
        if min(numbers) > 0 and max(numbers) / min(numbers) >= 10 ** LOG_DECADES:
            return XScale(LOG, tuple(math.log10(value) for value in numbers))
        return XScale(LINEAR, tuple(numbers))
    return XScale(CATEGORICAL, tuple(float(k) for k in range(len(axis.values))))


def n_text(summaries: list[Summary]) -> str:
    """``n = 5 seeds``, or ``n = 3-5 seeds`` where the configurations have different numbers of seeds."""
    counts = sorted({summary.n for summary in summaries})
    return seeds_text(counts[0]) if len(counts) == 1 else filled(translate("experiments.metric_chart",
                                                                           "n = {value}-{value2} seeds"),
                                                                 value=counts[0], value2=counts[-1])


class SettingAxis(DecadeAxis):
    """The x axis: the values' names on a categorical scale (``setTicks``), powers of ten on a log scale (log10
    data, ticked like the gradient-flow plots), pyqtgraph's own ticks on a linear one."""

    log = False

    def tickValues(self, minVal, maxVal, size):
        if self.log:
            return super().tickValues(minVal, maxVal, size)
        return pg.AxisItem.tickValues(self, minVal, maxVal, size)

    def tickStrings(self, values, scale, spacing):
        if self.log:
            return super().tickStrings(values, scale, spacing)
        return pg.AxisItem.tickStrings(self, values, scale, spacing)


@dataclass
class MetricLine:
    """The items of one line: the means joined with a marker at each (``curve``), the CI bars (``bars``) and the
    invisible points whose tooltips give each configuration's figures (``hover``)."""

    name: str
    curve: pg.PlotDataItem
    bars: pg.ErrorBarItem
    hover: pg.ScatterPlotItem


class MetricChart(QWidget):
    """The metric's mean and confidence interval per configuration (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentMetricChart")
        self.title = QLabel(objectName="experimentMetricChartTitle", wordWrap=True)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setContentsMargins(4, 0, 4, 0)
        self.axis = SettingAxis(orientation="bottom")
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot_widget.setObjectName("experimentMetricChartPlot")
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.axis.enableAutoSIPrefix(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.disableAutoRange()
        self.legend = HeaderLegend(self.plot)
        self.message = PlotMessage(self.plot_widget, "experimentMetricChartMessage")
        self.lines: list[MetricLine] = []
        self.scale = XScale(CATEGORICAL, ())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot_widget, 1)
        self.clear()

    def clear(self) -> None:
        """No results: an empty plot that says what will appear."""
        self._use_lines([])
        self.title.setText("")
        self.plot.setLabel("bottom", "")
        self.plot.setLabel("left", "")
        self.message.say(translate("experiments.metric_chart", EMPTY_TEXT))

    def show_results(self, results: ExperimentResults, metric: str | None) -> None:
        """Draw ``metric`` of ``results`` (None: nothing is done yet)."""
        if metric is None:
            self.clear()
            return
        if charts_share(results.experiment, metric):
            self._show_shares(horizons(results), metric)
            return
        axes = results.experiment.axes
        first = axes[0] if axes else None
        self.scale = x_scale(first)
        by_label = {s.configuration.label: s.summary for s in results.summaries(metric)}
        lines: list[tuple[str, dict[str, Any]]] = [("", {})]
        if len(axes) > 1:
            lines = [(f"{axes[1].name}={text}", {axes[1].name: value})
                     for value, text in zip(axes[1].values, axes[1].texts, strict=True)]
        self._use_lines([name for name, _ in lines])
        shift = SPREAD * self.scale.gap
        found: list[Summary] = []
        for j, (line, (_, fixed)) in enumerate(zip(self.lines, lines, strict=True)):
            offset = (j - (len(lines) - 1) / 2) * shift
            points = [({first.name: value, **fixed} if first is not None else dict(fixed), position + offset)
                      for value, position in zip(first.values if first else (None,), self.scale.positions,
                                                 strict=True)]
            summaries = [by_label[point_label(point)] for point, _ in points]
            joined = self.scale.kind != CATEGORICAL
            line.curve.setPen(pg.mkPen(PALETTE[j % len(PALETTE)], width=2) if joined else None)
            self._draw_line(line, [x for _, x in points], summaries, [point_label(p) for p, _ in points], shift)
            found += [summary for summary in summaries if summary is not None]
        self._label_axes(first, metric)
        self._fit_ranges(found, abs(shift) * (len(lines) - 1) / 2)
        level = f"{LEVEL:.0%}"
        if found:
            single = translate("experiments.metric_chart",
                               " (no interval where n = 1)") if any(summary.n == 1 for summary in found) else ""
            self.title.setText(filled(translate("experiments.metric_chart", "{metric}: mean and {level} CI over "
                                                                            "{n_text}{single}"), metric=metric,
                                      level=level, n_text=n_text(found), single=single))
            self.message.say("")
        else:
            self.title.setText(filled(translate("experiments.metric_chart", "{metric}: mean and {level} CI over "
                                                                            "seeds"), metric=metric, level=level))
            self.message.say(filled(translate("experiments.metric_chart", "No run has given {metric} yet."),
                                    metric=metric))

    def _show_shares(self, found: list[Horizon], metric: str) -> None:
        """Each group's share of seeds with ``metric`` = 1 against the horizon's setting on a log axis (ticked at
        its values), joined, no bars; a tooltip per point with the count of seeds."""
        axis = found[0].axis
        self.scale = XScale(LOG, tuple(math.log10(float(value)) for value in axis.values))
        self._use_lines([", ".join(f"{name}={value}" for name, value in h.group.items()) for h in found])
        x = np.asarray(self.scale.positions, dtype=np.float64)
        for j, (line, horizon) in enumerate(zip(self.lines, found, strict=True)):
            line.curve.setPen(pg.mkPen(PALETTE[j % len(PALETTE)], width=2))
            line.curve.setData(x, np.asarray(horizon.shares(), dtype=np.float64))
            line.bars.setVisible(False)
            line.hover.setData(x=list(x), y=list(horizon.shares()),
                               data=[filled(translate("experiments.metric_chart",
                                                      "{label}, {name}={text}\n{count} of {seeds} seeds {metric}"),
                                            label=horizon.label, name=axis.name, text=text, count=count,
                                            seeds=horizon.seeds, metric=metric) for text, count in zip(axis.texts,
                                                                                                       horizon.successes,
                                                                                                       strict=True)])
        self.plot.setLabel("bottom", filled(translate("experiments.metric_chart", "{flag_name} (log axis)"),
                                            flag_name=axis.flag_name))
        self.plot.setLabel("left", filled(translate("experiments.metric_chart", "share with {metric} = 1"),
                                          metric=metric))
        self.axis.log = False
        self.axis.setTicks([list(zip(self.scale.positions, axis.texts, strict=True))])
        self.axis.picture = None
        self.axis.update()
        pad = 0.05 * (x.max() - x.min() or 1.0)
        self.plot.setXRange(x.min() - pad, x.max() + pad, padding=0)
        self.plot.setYRange(-0.05, 1.05, padding=0)
        self.title.setText(filled(translate("experiments.metric_chart", "Share of seeds with {metric} = 1 against "
                                                                        "{name} (n = {seeds} seeds); horizon: "),
                                  metric=metric, name=axis.name,
                                  seeds=found[0].seeds) + ", ".join(f"{h.label} {h.text}" for h in found)
                           + translate("experiments.metric_chart", ". No interval: over a few seeds a t-interval of "
                                                                   "a 0/1 metric says nothing."))
        self.message.say("")

    def _use_lines(self, names: list[str]) -> None:
        """Have one line per name (reused when the names are those drawn already) and a legend naming them where
        there are two or more."""
        if [line.name for line in self.lines] == names:
            return
        for line in self.lines:
            for item in (line.curve, line.bars, line.hover):
                self.plot.removeItem(item)
        self.lines = [self._new_line(name, PALETTE[j % len(PALETTE)]) for j, name in enumerate(names)]
        self.legend.clear()
        if len(names) > 1:
            for line in self.lines:
                self.legend.add(line.curve, line.name)
        self.legend.reflow()

    def _new_line(self, name: str, colour: str) -> MetricLine:
        curve = pg.PlotDataItem([], [], pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=7,
                                symbolBrush=colour, symbolPen=None, connect="finite")
        bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=pg.mkPen(colour, width=1.5))
        hover = pg.ScatterPlotItem(size=14, pen=None, brush=pg.mkBrush(0, 0, 0, 0), hoverable=True,
                                   tip=lambda x, y, data: data)
        for item in (bars, curve, hover):
            self.plot.addItem(item)
        return MetricLine(name, curve, bars, hover)

    def _draw_line(self, line: MetricLine, x: list[float], summaries: list[Summary | None], labels: list[str],
                   shift: float) -> None:
        """The means joined in x order (a gap where a configuration has no value), bars where there is an
        interval, and a tooltip at each point."""
        order = np.argsort(x, kind="stable")
        xs = np.asarray(x, dtype=np.float64)[order]
        means = np.array([s.mean if s is not None else np.nan for s in summaries], dtype=np.float64)[order]
        line.curve.setData(xs, means)
        intervals = [(xi, s.mean, s.low, s.high) for xi, s in zip(x, summaries, strict=True)
                     if s is not None and s.low is not None and s.high is not None]
        centre = np.array([mean for _, mean, _, _ in intervals], dtype=np.float64)
        line.bars.setData(x=np.array([xi for xi, _, _, _ in intervals], dtype=np.float64), y=centre,
                          top=np.array([high for _, _, _, high in intervals], dtype=np.float64) - centre,
                          bottom=centre - np.array([low for _, _, low, _ in intervals], dtype=np.float64),
                          beam=0.6 * (shift or SPREAD * self.scale.gap))
        line.bars.setVisible(bool(intervals))
        shown = [(xi, s, label) for xi, s, label in zip(x, summaries, labels, strict=True) if s is not None]
        line.hover.setData(x=[xi for xi, _, _ in shown], y=[s.mean for _, s, _ in shown],
                           data=[_tip(label, s) for _, s, label in shown])

    def _label_axes(self, first: Axis | None, metric: str) -> None:
        self.plot.setLabel("bottom", first.flag_name if first is not None else "")
        self.plot.setLabel("left", metric)
        self.axis.log = self.scale.kind == LOG
        if self.scale.kind == CATEGORICAL:
            texts = first.texts if first is not None else (translate("experiments.metric_chart", "all runs"),)
            every = math.ceil(len(texts) / MAX_LABELS)
            ticks = list(zip(self.scale.positions, texts, strict=True))
            self.axis.setTicks([ticks[::every], [(x, "") for x, _ in ticks]])
        else:
            self.axis.setTicks(None)
        self.axis.picture = None
        self.axis.update()

    def _fit_ranges(self, summaries: list[Summary], half_spread: float) -> None:
        """x around the positions (half a gap beyond a category, 5% beyond a number); y around the means and
        intervals, 8% beyond them."""
        positions = self.scale.positions
        low, high = min(positions), max(positions)
        if self.scale.kind == CATEGORICAL:
            pad = 0.5
        else:
            pad = max(0.05 * (high - low), 2 * half_spread) or max(0.5 * abs(low), 0.5)
        self.plot.setXRange(low - pad, high + pad, padding=0)
        ends = [v for s in summaries for v in (s.low, s.high, s.mean) if v is not None and math.isfinite(v)]
        if ends:
            bottom, top = min(ends), max(ends)
            margin = 0.08 * (top - bottom) or 0.1 * abs(top) or 1.0
            self.plot.setYRange(bottom - margin, top + margin, padding=0)


def _tip(label: str, summary: Summary) -> str:
    """A point's tooltip: its configuration and figures."""
    return (f"{label}\nmean {number(summary.mean)}, sd {number(summary.sd)}\n"
            f"{LEVEL:.0%} CI {interval_text(summary.low, summary.high)}\n{seeds_text(summary.n)}")
