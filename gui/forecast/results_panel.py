"""The forecaster's lower half: the loss curves beside a Results page (metrics table, verdict, backtest) and a Data
preview page. The Results page scrolls instead of squeezing, so the verdict never overlaps the table."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.forecast.verdict import LEVEL, naive_verdict
from rnnlab.engine.translations import translatable
from rnnlab.gui.forecast.loss_chart import LossChart
from rnnlab.gui.i18n import engine_text, filled, translate
from rnnlab.gui.widgets.user_text import escape_html

PROMPT = translatable("forecast.results_panel", "Train a model to compare it with the naive forecast.")
_ROWS = [("MAE", "mae", "{:,.4g}"), ("RMSE", "rmse", "{:,.4g}"), ("MAPE", "mape", "{:.3%}"), ("MASE", "mase", "{:.3g}")]
BAND_SOURCES = {
    "adaptive": translatable("forecast.results_panel", "each step's width comes from the most recent one-step "
                                                       "errors, its level adjusted after each miss or hit (adaptive "
                                                       "conformal; the projection's band is split conformal, not "
                                                       "adaptive)."),
    "split": translatable("forecast.results_panel", "its width comes from the model's errors on the validation "
                                                    "windows (split conformal)."),
}
"""How each interval method sets the band's width, for the verdict's band sentence."""
_COLUMNS = [translatable("forecast.results_panel", "Model"), translatable("forecast.results_panel", "Naive"),
            translatable("forecast.results_panel", "Drift"), translatable("forecast.results_panel", "Linear")]
_LABELS = [label for label, _, _ in _ROWS] + ["Skill", "Coverage"]
_LONG_TOKEN = re.compile(r"\S{25,}")
_BREAK_AFTER = re.compile(r"([_\-./\\]|[^\s_\-./\\&;<>]{16})(?=\S)")


def breakable(text: str) -> str:
    """``text`` with a zero-width space after each ``_ - . / \\`` and every 16 characters of a word over 24
    characters long (a file name): a word-wrapped label breaks lines only between words, so one long word would
    widen the label past its page and be cut. Runs of letters between ``&`` and ``;`` stay whole."""
    return _LONG_TOKEN.sub(lambda word: _BREAK_AFTER.sub("\\1\u200b", word.group()), text)


class _Page(QWidget):
    """A scroll area's page whose minimum height follows its word-wrapped labels at the current width, so the
    scroll area scrolls instead of squeezing the labels over the table (a layout gives widgets less than their
    minimum when the page is too short, and a wrapped label's minimum size hint is one short line)."""

    def fit(self) -> None:
        """Ask for the height the layout needs at this width."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event) -> None:
        """Refit when the width changes the labels' wrapping."""
        super().resizeEvent(event)
        self.fit()


class ResultsPanel(QSplitter):
    """Loss chart | (Results, Data preview) tabs; ``repeat`` (*Repeat with 5 seeds*) sits under the verdict."""

    def __init__(self, repeat: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.loss_chart = LossChart()
        self.metrics_table = QTableWidget(len(_LABELS), len(_COLUMNS), objectName="metricsTable")
        self.metrics_table.setHorizontalHeaderLabels([translate("forecast.results_panel", c) for c in _COLUMNS])
        self.metrics_table.setVerticalHeaderLabels(_LABELS)
        self.metrics_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.metrics_table.setToolTip(
            translate("forecast.results_panel", "Errors over the test period. MAE and RMSE in price units; MAPE in "
                                                "percent; MASE: MAE over the training rows' one-step naive MAE "
                                                "(Hyndman & Koehler); skill: 1 - MAE / naive MAE. Naive: tomorrow = "
                                                "today; drift: today + the training period's mean change; linear: "
                                                "Ridge regression on the same windows. Coverage: the share of test "
                                                "values inside the prediction band, beside its nominal level."))
        self.metrics_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.metrics_table.setFixedHeight(self.metrics_table.horizontalHeader().sizeHint().height()
                                          + len(_LABELS) * self.metrics_table.verticalHeader().defaultSectionSize() + 4)
        self.verdict_label = QLabel(translate("forecast.results_panel", PROMPT), objectName="verdictLabel",
                                    textFormat=Qt.TextFormat.RichText)
        self.verdict_label.setWordWrap(True)
        self.backtest_label = QLabel("", objectName="backtestLabel", textFormat=Qt.TextFormat.RichText)
        self.backtest_label.setWordWrap(True)
        self.notes_label = QLabel("", objectName="forecastNotesLabel", wordWrap=True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setStyleSheet("color: #b35900;")
        self.notes_label.hide()
        self.preview_table = QTableWidget(objectName="previewTable")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setToolTip(translate("forecast.results_panel", "The last rows of the loaded data, after "
                                                                          "the loader's fixes"))

        page = self._page = _Page()
        box = QVBoxLayout(page)
        box.addWidget(self.metrics_table)
        box.addWidget(self.verdict_label)
        box.addWidget(repeat)
        box.addWidget(self.backtest_label)
        box.addWidget(self.notes_label)
        box.addStretch(1)
        scroll = QScrollArea(objectName="resultsScroll")
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs = QTabWidget(objectName="forecastBottomTabs")
        self.tabs.addTab(scroll, translate("forecast.results_panel", "Results"))
        self.tabs.addTab(self.preview_table, translate("forecast.results_panel", "Data preview"))
        self.addWidget(self.loss_chart)
        self.addWidget(self.tabs)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)  # the table needs more room than the loss curves: no "5.9…" in a narrow window
        self.setSizes([360, 540])

    def show_forecast(self, test, origin: str, notes: Sequence[str] = (), nothing_learned: bool = False) -> None:
        """Fill the table with the model's and the naive forecast's errors, give the verdict of the Diebold-Mariano
        test (or that training found nothing to learn, ``nothing_learned``), and list the run's ``notes`` (a band
        asked for but not drawn, jumps in the series)."""
        metrics = test.metrics
        self.metrics_table.clearContents()
        parts = [metrics.model, metrics.naive, metrics.baselines["drift"], metrics.baselines["linear"]]
        for col, part in enumerate(parts):
            for row, (_, name, fmt) in enumerate(_ROWS):
                self._set(row, col, fmt.format(getattr(part, name)))
            self._set(len(_ROWS), col, f"{metrics.skill_of(part):+.4f}")
        if metrics.coverage is not None:
            self._set(len(_ROWS) + 1, 0, filled(translate("forecast.results_panel",
                                                          "{covered} of {band_rows}: {coverage:.0%} of {interval:.0%}"),
                                                covered=metrics.covered, band_rows=metrics.band_rows,
                                                coverage=metrics.coverage, interval=metrics.interval))
        self.verdict_label.setText(verdict(metrics, breakable(origin), nothing_learned))
        self.backtest_label.setText("")
        self._show_notes(notes)
        self._page.fit()
        self.tabs.setCurrentIndex(0)

    def _set(self, row: int, col: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.metrics_table.setItem(row, col, item)

    def show_backtest(self, result, model_kept: bool) -> None:
        """Replace the table and verdict with the backtest's mean and spread over its folds."""
        self.clear()
        s, dm = result.summary(), result.dm()
        said = naive_verdict(dm.statistic, dm.p_value, s["skill_mean"], localized=True)
        text = (filled(translate("forecast.results_panel",
                                 "<b>Backtest</b>, {folds} walk-forward folds: MAE {mae_mean:,.4g} ± "
                                 "{mae_std:,.3g}, naive {naive_mae_mean:,.4g} ± {naive_mae_std:,.3g}, drift "
                                 "{drift_mae_mean:,.4g} ± {drift_mae_std:,.3g}, linear {linear_mae_mean:,.4g} ± "
                                 "{linear_mae_std:,.3g}; skill {skill_mean:+.3f} ± {skill_std:.3f}. <b>Verdict over "
                                 "all folds' test rows: {said}</b> (mean skill over the folds)."),
                       folds=s['folds'], mae_mean=s['mae_mean'], mae_std=s['mae_std'],
                       naive_mae_mean=s['naive_mae_mean'], naive_mae_std=s['naive_mae_std'],
                       drift_mae_mean=s['drift_mae_mean'], drift_mae_std=s['drift_mae_std'],
                       linear_mae_mean=s['linear_mae_mean'], linear_mae_std=s['linear_mae_std'],
                       skill_mean=s['skill_mean'], skill_std=s['skill_std'], said=escape_html(said)))
        if "coverage_mean" in s:
            text += filled(translate("forecast.results_panel",
                                     " The band held {coverage_mean:.0%} ± {coverage_std:.0%} of the test values."),
                           coverage_mean=s['coverage_mean'], coverage_std=s['coverage_std'])
        for number, fold in enumerate(result.folds, start=1):
            band = f", band {fold.coverage:.0%}" if fold.coverage is not None else ""
            text += (filled(translate("forecast.results_panel",
                                      "<br>Fold {number} ({first} to {last}): MAE {mae:,.4g}, naive "
                                      "{naive_mae:,.4g}, drift {drift_mae:,.4g}, linear {linear_mae:,.4g}{band}"),
                            number=number,
                            first=_when(fold.first), last=_when(fold.last), mae=fold.mae, naive_mae=fold.naive_mae,
                            drift_mae=fold.drift_mae, linear_mae=fold.linear_mae, band=band))
        if model_kept:
            text += translate("forecast.results_panel",
                              "<br>The model trained before the backtest is kept: Save model saves it.")
        self.backtest_label.setText(text)
        self.verdict_label.setText("")
        self._show_notes(result.notes)
        self._page.fit()
        self.tabs.setCurrentIndex(0)

    def clear(self) -> None:
        """No results: an empty table and the prompt."""
        self.metrics_table.clearContents()
        self.verdict_label.setText(translate("forecast.results_panel", PROMPT))
        self.backtest_label.setText("")
        self._show_notes(())
        self._page.fit()

    def _show_notes(self, notes: Sequence[str]) -> None:
        self.notes_label.setText("\n".join("⚠ " + breakable(engine_text(note)) for note in notes))
        self.notes_label.setVisible(bool(notes))

    def show_preview(self, data, has_dates: bool) -> None:
        """The last 8 rows of the data with their dates, as the loader left them (or as the chosen bars made them)."""
        from rnnlab.engine.forecast.price_dates import index_labels

        frame = data.tail(8)
        labels = index_labels(frame.index)
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(frame.columns) + 1)
        self.preview_table.setRowCount(len(frame))
        first = (translate("forecast.results_panel", "Date") if has_dates
                 else translate("forecast.results_panel", "Row"))
        self.preview_table.setHorizontalHeaderLabels([first, *map(str, frame.columns)])
        for row, (label, values) in enumerate(zip(labels, frame.to_numpy(), strict=True)):
            self.preview_table.setItem(row, 0, QTableWidgetItem(label))
            for col, value in enumerate(values, start=1):
                item = QTableWidgetItem(f"{value:,.6g}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview_table.setItem(row, col, item)
        self.preview_table.resizeColumnsToContents()
        self.tabs.setCurrentWidget(self.preview_table)


def _when(value: object) -> str:
    """A fold's first or last row: its date (with the time where it has one) or its row number."""
    import pandas as pd

    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d" if value == value.normalize() else "%Y-%m-%d %H:%M")
    return filled(translate("forecast.results_panel", "row {value}"), value=value)


def verdict(metrics, origin: str, nothing_learned: bool = False) -> str:
    """The engine's verdict against the naive forecast (the Diebold-Mariano test, the skill beside it), the MAEs,
    the best baseline, the band, and which model it is."""
    model, naive, dm = metrics.model.mae, metrics.naive.mae, metrics.dm
    said = naive_verdict(dm.statistic, dm.p_value, metrics.skill, nothing_learned, localized=True)
    worse = not nothing_learned and dm.p_value < LEVEL and dm.statistic > 0
    style = " style='color:#b00000'" if worse else ""
    text = (filled(translate("forecast.results_panel",
                             "<b{style}>Verdict: {said}.</b> Naive is tomorrow = today; MAE {model:,.4g} against "
                             "{naive:,.4g}; the Diebold-Mariano test compares the squared errors of the test rows."),
                   style=style, said=escape_html(said), model=model, naive=naive))
    if worse:
        text += translate("forecast.results_panel", " Simply repeating the last value would have done better.")
    best, errors = metrics.best_baseline()
    if best != "naive":
        side = translate("forecast.results_panel",
                         "beats") if metrics.model.mae < errors.mae else translate("forecast.results_panel",
                                                                                   "does not beat")
        text += filled(translate("forecast.results_panel",
                                 " The best baseline is {best} (MAE {mae:,.4g}); the model {side} it."), best=best,
                       mae=errors.mae, side=side)
    if metrics.coverage is not None:
        text += (filled(translate("forecast.results_panel",
                                  " The {interval:.0%} band (shaded) held {covered} of the {band_rows} test values "
                                  "({coverage:.0%}); {value}"), interval=metrics.interval, covered=metrics.covered,
                        band_rows=metrics.band_rows, coverage=metrics.coverage,
                        value=translate('forecast.results_panel', BAND_SOURCES.get(metrics.interval_method,
                                                                                   BAND_SOURCES['split']))))
    return text + (f"<br><i>Model: {escape_html(origin)}.</i>" if origin else "")
