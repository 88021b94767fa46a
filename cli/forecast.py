"""``python main.py forecast TRAIN.csv``: train the stock forecaster headless, write predictions and metrics.

It runs the forecaster lab (``engine/forecast/lab.py``) as the tab does: read the file(s), train, write; every
configuration field is a flag (``engine/forecast/config.py`` declares them), plus the files, ``--symbol`` and
``--quiet``.
"""

from __future__ import annotations

import argparse
import sys

from rnnlab.cli.args import add_param_flags, add_report_language, config_from_args
from rnnlab.cli.file_flags import Outputs, add_input, add_output
from rnnlab.cli.progress import TerminalProgress
from rnnlab.engine.atomic import write_json
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.lab import FORECAST, ForecastRun
from rnnlab.engine.params import param_specs


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``forecast`` subcommand."""
    parser = subparsers.add_parser(
        "forecast", help="train the stock forecaster on a price CSV and report MAE against the naive forecast",
        description="Train a stacked RNN on a price CSV (optionally with a separate test CSV, as in the exercise), "
                    "predict the test rows one step ahead and compare with the naive forecast (tomorrow = today).")
    add_run_arguments(parser)
    add_output(parser, "--predictions", "predictions", metavar="OUT.csv",
               help="write the test rows' forecasts as CSV: date,actual,predicted,naive,drift,linear (and "
                    "lower,upper with an interval)")
    add_output(parser, "--metrics", "metrics", metavar="OUT.json",
               help="write the metrics as JSON: errors, skill, baselines, band_level and coverage, epochs, seconds, "
                    "device_used")
    add_output(parser, "--save-model", "model", metavar="FILE",
               help="save the trained model (weights, scaler, configuration)")
    add_report_language(parser)
    add_output(parser, "--report", "report", metavar="FILE.html",
               help="write a lab report: data, settings, metrics and figures in one self-contained HTML file")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no loader notes (warnings and "
                                                                "errors still go to stderr)")
    parser.set_defaults(handler=run_forecast)


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments that describe a run (``run_of``): the price files, the symbol and every setting's flag."""
    add_input(parser, "train_csv", "price CSV", metavar="TRAIN.csv",
              help="price CSV to train on (and test on, without --test-csv)")
    add_input(parser, "--test-csv", "price CSV", metavar="TEST.csv",
              help="separate test CSV continuing the training file")
    parser.add_argument("--symbol", help="the series to use from a long file with a symbol column (default: the first)")
    add_param_flags(parser, ForecastConfig)


def run_of(args: argparse.Namespace) -> ForecastRun:
    """The forecaster lab's run the arguments describe."""
    return ForecastRun(config_from_args(args, ForecastConfig), args.train_csv, args.test_csv, args.symbol)


def run_forecast(args: argparse.Namespace) -> int:
    """Load, train, score, and write what was asked for; prints the metrics summary on stdout."""
    from rnnlab.engine.forecast.export import write_predictions_csv
    from rnnlab.engine.forecast.intervals import BandUnsupported
    from rnnlab.engine.forecast.summary import summary_line
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.report.document import write_report

    run = run_of(args)
    inputs = FORECAST.load(run)
    if not args.quiet:
        for note in inputs.notes():
            print(f"note: {note}", file=sys.stderr)
    try:
        job = FORECAST.job(run, inputs)
    except BandUnsupported as exc:
        raise BandUnsupported(exc.shortfall, {spec.name: spec.flag for spec in param_specs(ForecastConfig)}) from None
    with TerminalProgress("forecast", quiet=args.quiet) as progress:
        result = job(progress, CancelToken())
    for note in result.notes:
        print(f"warning: {note}", file=sys.stderr)
    metrics = result.metrics()
    print(summary_line(metrics, result.forecaster.config))
    outputs = Outputs(args)
    outputs.write("--predictions", lambda path: write_predictions_csv(path, result.test))
    outputs.write("--metrics", lambda path: write_json(path, metrics))
    outputs.write("--save-model", result.forecaster.save)
    outputs.write("--report", lambda path: write_report(FORECAST.report(run, inputs, result), path))
    return outputs.finish()
