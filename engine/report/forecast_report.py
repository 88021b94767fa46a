"""The stock forecaster's lab report: where the data came from (files, rows, dates, what the loader fixed), every
setting, the summary line the command line prints, the price chart (real, predicted, naive, projection) over the
test period and the whole series, and the loss curves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd

from rnnlab.engine.experiments.stats import p_text
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.loader import LoadedSeries
from rnnlab.engine.forecast.price_dates import point_label
from rnnlab.engine.forecast.summary import summary_line
from rnnlab.engine.forecast.training import ForecastResult
from rnnlab.engine.forecast.windows import SeriesSplit, build_split
from rnnlab.engine.report.document import Report, Section, figure, metrics_block, paragraph, settings_table, table
from rnnlab.engine.report.line_chart import LineChart
from rnnlab.engine.report.run_settings import RunInput, RunSettings, absolute, input_arguments, positional
from rnnlab.engine.report.ticks import dates_as_days
from rnnlab.engine.translations import filled, localized, translate

REAL, PREDICTED, NAIVE, PROJECTION, BAND = "#d62728", "#1f5fbf", "#808080", "#2ca02c", "#6ea0ff"
BASELINE_COLOURS = {"drift": "#9467bd", "linear": "#8c564b"}
BASELINE_NAMES = {"naive": "Naive (tomorrow = today)", "drift": "Drift", "linear": "Linear (ridge on the window)"}
FIGURE_ROWS = 5000
"""The most rows a report's figure draws; beyond it every k-th row (the SVG stays small enough to open)."""


def forecast_report(config: ForecastConfig, result: ForecastResult, split: SeriesSplit,
                    files: Sequence[LoadedSeries]) -> Report:
    """The report of one training run on ``split``, read from ``files`` (the training file, then any test file)."""
    metrics = result.metrics()
    data = Section(translate("report.forecast_report", "Data"), [_provenance(files, split)])
    settings = Section(translate("report.forecast_report", "Settings"),
                       [paragraph(filled(translate("report.forecast_report", "Seed {seed}. Inputs: {join}."),
                                         seed=config.seed, join=', '.join(split.columns))),
                                    settings_table(forecast_run_settings(config, files, result.device))])
    lines = [summary_line(metrics, config)]
    results = Section(translate("report.forecast_report", "Results (as printed by rnnlab forecast)"),
                      [metrics_block(lines), _metrics_table(metrics)])
    if result.notes:
        results.blocks += [paragraph(translate("report.forecast_report", "Warning: ") + localized(note),
                                     "note") for note in result.notes]
    figures = Section(translate("report.forecast_report", "Figures at the end of the run"), [
        figure(_test_chart(config, result).svg(), filled(translate("report.forecast_report",
                                                                   "{column}: the test period"), column=config.column)
               + _thinned(len(result.test.index)),
               translate("report.forecast_report",
                         "Real (red) against the model's one-step-ahead forecast (blue), the naive forecast, "
                         "tomorrow = today (grey dashed), and the other baselines (dashed); the shaded band is the "
                         "prediction interval; the green dashed line projects past the last row, each step feeding "
                         "the next.")),
        figure(_series_chart(config, result, split).svg(), filled(translate("report.forecast_report",
                                                                            "{column}: the whole series"),
                                                                  column=config.column) + _thinned(len(split.index)),
               translate("report.forecast_report",
                         "The series the model saw; the dotted line marks where the test period starts.")),
        figure(_loss_chart(result).svg(), translate("report.forecast_report", "Loss curves"),
               translate("report.forecast_report",
                         "Mean squared error per epoch in scaled units (log scale); ") + _kept(result.best_epoch)),
    ])
    name = Path(files[0].source).name if files else "a price series"
    return Report(title=filled(translate("report.forecast_report", "Stock forecaster: {column} of {name}"),
                               column=config.column, name=name), kind=translate("report.forecast_report",
                                                                                "Stock forecaster"),
                  sections=[data, settings, results, figures])


def forecast_run_settings(config: ForecastConfig, files: Sequence[LoadedSeries], device: str) -> RunSettings:
    """The run's settings and command line: the training file (positional), the test file, the symbol picked from a
    long file, then every field (the target column among them); ``device`` is the one the run reported. Files are
    given from the root, so the command runs from any folder."""
    train, source = files[0], absolute(files[0].source)
    test = absolute(files[1].source) if len(files) > 1 else None
    inputs = [RunInput(translate("report.forecast_report", "Training file"), source, "TRAIN.csv", (positional(source),),
                       default="(required)"),
              RunInput(translate("report.forecast_report", "Test file"),
                       test or "off: the test period is the end of the training file", "--test-csv",
                       input_arguments("--test-csv", test))]
    if train.symbol:
        inputs.append(RunInput(translate("report.forecast_report", "Symbol"), train.symbol, "--symbol",
                               input_arguments("--symbol", train.symbol),
                               default="the file's first"))
    return RunSettings("forecast", config, inputs, device_used=device, not_applied=_not_applied(config, test))


def _not_applied(config: ForecastConfig, test: str | None) -> dict[str, str]:
    """The split settings another one overrides: a test file gives the test period, else a test start date does."""
    if test:
        return {"test_fraction": "a test file gives the test period"} | (
            {"test_from": "a test file gives the test period"} if config.test_from.strip() else {})
    if config.test_from.strip():
        return {"test_fraction": "the test period starts on the date of Test from"}
    return {}


def _x(index: pd.Index) -> tuple[np.ndarray, str]:
    if isinstance(index, pd.DatetimeIndex):
        return dates_as_days(index.tz_localize(None) if index.tz is not None else index), "date"
    return np.asarray(index, dtype=np.float64), "linear"


def _span(index: pd.Index) -> str:
    if len(index) == 0:
        return "no rows"
    if isinstance(index, pd.DatetimeIndex):
        return f"{point_label(index, 0)} to {point_label(index, len(index) - 1)}"
    return f"rows {index[0]} to {index[-1]}"


def _provenance(files: Sequence[LoadedSeries], split: SeriesSplit) -> str:
    rows = []
    for role, loaded in zip(("training file", "test file"), files, strict=False):
        notes = "; ".join(map(localized, loaded.notes)) or "none"
        symbol = f" (symbol {loaded.symbol})" if loaded.symbol else ""
        rows.append([role, Path(loaded.source).name + symbol, len(loaded.frame), _span(loaded.frame.index), notes])
    summary = table([translate("report.forecast_report", "Role"), translate("report.forecast_report", "File"),
                     translate("report.forecast_report", "Rows"), translate("report.forecast_report", "Dates"),
                     translate("report.forecast_report", "What the loader fixed")], rows)
    periods = table([translate("report.forecast_report", "Period"), translate("report.forecast_report", "Rows"),
                     translate("report.forecast_report", "Dates")], [
        ["training", split.n_train, _span(split.index[:split.n_train])],
        ["test", split.n_test, _span(split.index[split.n_train:])],
    ])
    if not split.notes:
        return summary + periods
    chosen = paragraph(f"Rows used: {len(split.values):,} of the {split.n_rows_read:,} read (From, To, Last rows, "
                       "Bar size). " + " ".join(split.notes))
    return summary + chosen + periods


def _metrics_table(metrics: dict[str, Any]) -> str:
    rows = [["Model", _g(metrics["mae"]), _g(metrics["rmse"]), _skill(metrics["skill"]), _dm(metrics)]]
    rows += [[BASELINE_NAMES.get(name, name), _g(errors["mae"]), _g(errors["rmse"]), _skill(errors["skill"]),
              _dm(errors)] for name, errors in metrics["baselines"].items()]
    errors = table([translate("report.forecast_report", "Forecast"), translate("report.forecast_report", "MAE"),
                    translate("report.forecast_report", "RMSE"), translate("report.forecast_report",
                                                                           "Skill (1 − MAE / naive MAE)"),
                    translate("report.forecast_report", "Diebold-Mariano vs naive (squared errors)")], rows)
    scaled = table([translate("report.forecast_report", "Metric"), translate("report.forecast_report", "Model"),
                    translate("report.forecast_report", "Naive forecast")],
                   [["MAPE", _percent(metrics["mape"]), _percent(metrics["naive_mape"])],
                    ["MASE", _g(metrics["mase"]), _g(metrics["naive_mase"])]])
    if metrics["coverage"] is None:
        band = paragraph(translate("report.forecast_report", "No prediction band (interval level 0 or too few "
                                                             "held-out errors to calibrate one)."))
    else:
        band = paragraph(filled(translate("report.forecast_report",
                                          "Prediction band: {value:.0f}% nominal, {band_method} conformal; "
                                          "{band_covered} of the {band_rows} test rows ({value2:.1f}%) fell inside "
                                          "it."),
                                value=100 * metrics['band_level'], band_method=metrics['band_method'],
                                band_covered=metrics['band_covered'], band_rows=metrics['band_rows'],
                                value2=100 * metrics['coverage']))
    return errors + scaled + band


def _dm(metrics: dict[str, Any]) -> str:
    """The Diebold-Mariano statistic against naive and its p-value (below 0: smaller squared errors than naive)."""
    return f"{metrics['dm_statistic']:+.2f} ({p_text(metrics['dm_p_value'])})"


def _percent(fraction: float) -> str:
    """MAPE as a person reads it (the metrics JSON keeps the fraction): 0.00734 -> ``0.734%``."""
    return f"{100 * fraction:.4g}%"


def _skill(value: float) -> str:
    """Skill to 4 decimals with its sign, as the summary line prints it (+0.0018)."""
    return f"{value:+.4f}"


def _g(value: float) -> str:
    return f"{value:.6g}"


def _test_chart(config: ForecastConfig, result: ForecastResult) -> LineChart:
    test, rows = result.test, _drawn(len(result.test.index))
    x, scale = _x(test.index[rows])
    chart = LineChart(translate("report.forecast_report",
                                "date") if scale == "date" else translate("report.forecast_report", "row"),
                      config.column, x_scale=scale)
    px, _ = _x(result.projection_index)
    if test.lower is not None and test.upper is not None:
        band_x, lower, upper = x, test.lower[rows], test.upper[rows]
        if result.projection_band is not None:
            band_x = np.concatenate([x, px[: len(result.projection_band[0])]])  # the band may stop early
            lower, upper = (np.concatenate([a, b]) for a, b in zip((lower, upper), result.projection_band, strict=True))
        chart.band(band_x, lower, upper, f"{100 * test.metrics.interval:.0f}% prediction band", BAND)
    chart.line(x, test.actual[rows], translate("report.forecast_report", "Real"), REAL)
    chart.line(x, test.predicted[rows], translate("report.forecast_report", "Predicted"), PREDICTED)
    chart.line(x, test.naive[rows], BASELINE_NAMES["naive"], NAIVE, dashed=True)
    for name, values in test.baselines.items():
        chart.line(x, values[rows], BASELINE_NAMES.get(name, name), BASELINE_COLOURS.get(name, NAIVE), dashed=True)
    if len(result.projection):
        chart.line(np.concatenate([x[-1:], px]), np.concatenate([test.actual[rows][-1:], result.projection]),
                   translate("report.forecast_report", "Projection"), PROJECTION, dashed=True)
    return chart


def _series_chart(config: ForecastConfig, result: ForecastResult, split: SeriesSplit) -> LineChart:
    rows, test_rows = _drawn(len(split.index)), _drawn(len(result.test.index))
    x, scale = _x(split.index[rows])
    chart = LineChart(translate("report.forecast_report",
                                "date") if scale == "date" else translate("report.forecast_report", "row"),
                      config.column, x_scale=scale)
    chart.line(x, split.values[rows, 0], translate("report.forecast_report", "Real"), REAL)
    test_x, _ = _x(result.test.index[test_rows])
    chart.line(test_x, result.test.predicted[test_rows], translate("report.forecast_report", "Predicted"), PREDICTED)
    if split.n_train < len(split.index):
        chart.marker(_x(split.index[split.n_train:split.n_train + 1])[0][0], "test →")
    return chart


def _drawn(rows: int) -> slice:
    """The rows a figure draws: all up to ``FIGURE_ROWS``, else every k-th, so a run on a million rows still gives
    a report a browser opens (the caption says so)."""
    return slice(None, None, max(1, -(-rows // FIGURE_ROWS)))


def _thinned(rows: int) -> str:
    step = _drawn(rows).step or 1
    if step == 1:
        return ""
    return filled(translate("report.forecast_report", " (every {step}th row of {rows:,} drawn)"), step=step, rows=rows)


def _kept(best_epoch: int) -> str:
    """Which weights the run kept, for the loss chart's caption."""
    if best_epoch == 0:
        return translate("report.forecast_report", "the untrained weights (epoch 0, the naive forecast) were kept: no "
                                                   "trained epoch beat them on the validation windows.")
    return filled(translate("report.forecast_report",
                            "the weights of epoch {epoch} (lowest validation loss) were kept."), epoch=best_epoch)


def _loss_chart(result: ForecastResult) -> LineChart:
    chart = LineChart(translate("report.forecast_report", "epoch"), translate("report.forecast_report",
                                                                              "MSE, scaled (log)"), y_scale="log",
                      integer_x=True)
    epochs = np.arange(1, len(result.train_losses) + 1)
    chart.line(epochs, result.train_losses, translate("report.forecast_report", "Training"), "#1f77b4")
    if result.val_losses:
        chart.line(np.arange(1, len(result.val_losses) + 1), result.val_losses, translate("report.forecast_report",
                                                                                          "Validation"), "#ff7f0e")
    chart.marker(result.best_epoch, f"best epoch {result.best_epoch}")
    return chart


def forecast_report_from_files(config: ForecastConfig, result: ForecastResult, train: LoadedSeries,
                               test: LoadedSeries | None) -> Report:
    """The same report from the files the run was trained on: the split is rebuilt from them as the job built it."""
    split = build_split(train.frame, test.frame if test is not None else None, config)
    return forecast_report(config, result, split, [train] if test is None else [train, test])
