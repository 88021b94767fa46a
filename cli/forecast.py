"""``python main.py forecast TRAIN.csv``: train the stock forecaster headless, write predictions and metrics."""

from __future__ import annotations

import argparse
import json
import sys

from rnnlab.cli.args import add_param_flags, config_from_args
from rnnlab.cli.progress import TerminalProgress
from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig

_NOT_FLAGS = ("column", "features", "cutoff_date", "validation_fraction", "learning_rate", "horizon")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``forecast`` subcommand."""
    parser = subparsers.add_parser(
        "forecast", help="train the stock forecaster on a price CSV and report MAE against the naive forecast",
        description="Train a stacked RNN on a price CSV (optionally with a separate test CSV, as in the exercise), "
                    "predict the test rows one step ahead and compare with the naive forecast (tomorrow = today).")
    parser.add_argument("train_csv", metavar="TRAIN.csv", help="price CSV to train on (and test on, without --test-csv)")
    parser.add_argument("--test-csv", metavar="TEST.csv", help="separate test CSV continuing the training file")
    parser.add_argument("--column", default=ForecastConfig.column,
                        help="column to forecast (default: Open when present, else the first price-like column)")
    parser.add_argument("--features", default="", help="extra input columns, comma-separated, e.g. High,Low")
    add_param_flags(parser, ForecastConfig, skip=_NOT_FLAGS)
    parser.add_argument("--predictions", metavar="OUT.csv", help="write date,actual,predicted,naive for the test rows")
    parser.add_argument("--metrics", metavar="OUT.json", help="write the metrics as JSON")
    parser.add_argument("--save-model", metavar="FILE", help="save the trained model (weights, scaler, configuration)")
    parser.add_argument("--report", metavar="FILE.html",
                        help="write a lab report: data, settings, metrics and figures in one self-contained HTML file")
    parser.set_defaults(handler=run_forecast)


def run_forecast(args: argparse.Namespace) -> int:
    """Load, train, score, and write what was asked for; prints the metrics summary on stdout."""
    from rnnlab.engine.forecast.export import write_predictions_csv
    from rnnlab.engine.forecast.loader import load_price_csv
    from rnnlab.engine.forecast.summary import summary_line
    from rnnlab.engine.forecast.training import TrainForecaster
    from rnnlab.engine.forecast.windows import build_split
    from rnnlab.engine.jobs import CancelToken

    train = load_price_csv(args.train_csv)
    test = load_price_csv(args.test_csv) if args.test_csv else None
    column = args.column if args.column in train.columns or args.column != ForecastConfig.column else train.default_column()
    config = config_from_args(args, ForecastConfig, column=column, features=args.features)
    for note in train.notes + (test.notes if test else []):
        print(f"note: {note}", file=sys.stderr)
    split = build_split(train.frame, test.frame if test else None, config)
    with TerminalProgress("forecast") as progress:
        result = TrainForecaster(split, config)(progress, CancelToken())
    for note in result.notes:
        print(f"warning: {note}", file=sys.stderr)
    metrics = result.metrics_dict()
    if args.predictions:
        write_predictions_csv(args.predictions, result.test)
    if args.metrics:
        _write_json(args.metrics, metrics)
    if args.save_model:
        result.forecaster.save(args.save_model)
    print(summary_line(metrics, config))
    if args.report:
        from rnnlab.engine.report.document import write_report
        from rnnlab.engine.report.forecast_report import forecast_report

        write_report(forecast_report(config, result, split, [train] + ([test] if test else [])), args.report)
        print(f"report written to {args.report}", file=sys.stderr)
    return 0


def _write_json(path: str, data: dict) -> None:
    try:
        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Could not write {path}: {exc.strerror or exc}.") from exc

