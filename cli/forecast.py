"""``python main.py forecast TRAIN.csv``: train the stock forecaster headless, write predictions and metrics.

It drives the same ``ForecastSession`` as the tab: open the file(s), train, export; every configuration field is a
flag (``engine/forecast/config.py`` declares them), plus the files, ``--symbol`` and ``--quiet``.
"""

from __future__ import annotations

import argparse
import sys

from rnnlab.cli.args import add_param_flags, config_from_args
from rnnlab.cli.file_flags import Outputs, add_input, add_output
from rnnlab.cli.progress import TerminalProgress
from rnnlab.engine.atomic import write_json
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.params import param_specs


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``forecast`` subcommand."""
    parser = subparsers.add_parser(
        "forecast", help="train the stock forecaster on a price CSV and report MAE against the naive forecast",
        description="Train a stacked RNN on a price CSV (optionally with a separate test CSV, as in the exercise), "
                    "predict the test rows one step ahead and compare with the naive forecast (tomorrow = today).")
    add_input(parser, "train_csv", "price CSV", metavar="TRAIN.csv",
              help="price CSV to train on (and test on, without --test-csv)")
    add_input(parser, "--test-csv", "price CSV", metavar="TEST.csv",
              help="separate test CSV continuing the training file")
    parser.add_argument("--symbol", help="the series to use from a long file with a symbol column (default: the first)")
    add_param_flags(parser, ForecastConfig)
    add_output(parser, "--predictions", "predictions", metavar="OUT.csv",
               help="write the test rows' forecasts as CSV: date,actual,predicted,naive,drift,linear (and "
                    "lower,upper with an interval)")
    add_output(parser, "--metrics", "metrics", metavar="OUT.json", help="write the metrics as JSON")
    add_output(parser, "--save-model", "model", metavar="FILE",
               help="save the trained model (weights, scaler, configuration)")
    add_output(parser, "--report", "report", metavar="FILE.html",
               help="write a lab report: data, settings, metrics and figures in one self-contained HTML file")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no loader notes (warnings and "
                                                                "errors still go to stderr)")
    parser.set_defaults(handler=run_forecast)


def run_forecast(args: argparse.Namespace) -> int:
    """Load, train, score, and write what was asked for; prints the metrics summary on stdout."""
    from rnnlab.engine.forecast.intervals import BandUnsupported
    from rnnlab.engine.forecast.session import ForecastSession
    from rnnlab.engine.forecast.summary import summary_line
    from rnnlab.engine.jobs import CancelToken, ignore_progress
    from rnnlab.engine.report.document import write_report
    from rnnlab.engine.report.forecast_report import forecast_report

    session = ForecastSession()
    session.accept(session.open_job(args.train_csv, "train", args.symbol)(ignore_progress, CancelToken()))
    if args.test_csv:
        session.accept(session.open_job(args.test_csv, "test")(ignore_progress, CancelToken()))
    train = session.train_data
    column = args.column
    if column == ForecastConfig.column and column not in train.columns:
        column = train.default_column()
    config = config_from_args(args, ForecastConfig, column=column)
    if not args.quiet:
        for note in session.notes():
            print(f"note: {note}", file=sys.stderr)
    try:
        job = session.train_job(config)
    except BandUnsupported as exc:
        raise BandUnsupported(exc.shortfall, {spec.name: spec.flag for spec in param_specs(ForecastConfig)}) from None
    with TerminalProgress("forecast", quiet=args.quiet) as progress:
        result = job(progress, CancelToken())
    session.accept(result)
    for note in result.notes:
        print(f"warning: {note}", file=sys.stderr)
    metrics = result.metrics_dict()
    print(summary_line(metrics, config))
    files = [session.train_data] + ([session.test_data] if session.test_data else [])
    outputs = Outputs(args)
    outputs.write("--predictions", lambda path: session.export_predictions_job(path)(ignore_progress, CancelToken()))
    outputs.write("--metrics", lambda path: write_json(path, metrics))
    outputs.write("--save-model", lambda path: session.save_model_job(path)(ignore_progress, CancelToken()))
    outputs.write("--report", lambda path: write_report(forecast_report(job.config, result, job.split, files), path))
    return outputs.finish()

