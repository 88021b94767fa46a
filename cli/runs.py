"""``rnnlab runs list | show ID | export ID --csv FILE``: the experiments of a run store and their runs.

Reading a store needs no torch: these commands start quickly.
"""

from __future__ import annotations

import argparse
import sys

from rnnlab.cli.args import add_report_language
from rnnlab.cli.file_flags import Outputs, add_input, add_output
from rnnlab.engine.errors import InputError

STORE_HELP = "the SQLite run store to read (default: runs.sqlite3 in the app data folder)"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``runs`` with its ``list``, ``show`` and ``export`` sub-commands."""
    parser = subparsers.add_parser("runs", help="list the stored experiments, show one, export its runs",
                                   description="The experiments rnnlab sweep stored, and their runs.")
    commands = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="every experiment in the store: id, name, lab, grid, runs done",
                                  description="Every experiment in the store, oldest first.")
    add_input(listing, "--store", "run store", metavar="FILE", help=STORE_HELP)
    listing.set_defaults(handler=run_list, uses_torch=False)

    show = commands.add_parser("show", help="an experiment's summary and its runs",
                               description="An experiment's settings, the summary table a sweep prints, and "
                                           "every run with its status, seconds and metric.")
    _add_reference(show)
    show.set_defaults(handler=run_show, uses_torch=False)

    export = commands.add_parser("export", help="write an experiment's runs as CSV (and its report)",
                                 description="Write an experiment's runs as CSV, one row per run, as sweep --csv "
                                             "does; --report writes its report as sweep --report does.")
    _add_reference(export)
    add_output(export, "--csv", "runs table", metavar="FILE", help="the CSV to write (one row per run)")
    add_report_language(export)
    add_output(export, "--report", "experiment report", metavar="OUT.html", help="also write the report (HTML)")
    export.set_defaults(handler=run_export, uses_torch=False)


def _add_reference(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("experiment", metavar="ID", help="the experiment's id (rnnlab runs list) or name")
    add_input(parser, "--store", "run store", metavar="FILE", help=STORE_HELP)
    parser.add_argument("--metric", metavar="NAME", help="the metric to summarise (default: the lab's headline)")


def _store(args: argparse.Namespace):
    from rnnlab.engine.experiments.store import RunStore

    return RunStore(args.store, create=False)


def run_list(args: argparse.Namespace) -> int:
    """One line per experiment."""
    from rnnlab.engine.experiments.store import default_store_path
    from rnnlab.engine.experiments.summary import aligned

    if args.store is None and not default_store_path().exists():
        print(f"no experiments yet (rnnlab sweep stores them in {default_store_path()})", file=sys.stderr)
        return 0
    listings = _store(args).experiments()
    rows = [["id", "name", "lab", "grid", "runs", "created"]]
    for listing in listings:
        stored = listing.stored
        runs = f"{listing.done} of {listing.total} done" + (f", {listing.failed} failed" if listing.failed else "")
        rows.append([str(stored.id), stored.name, stored.lab, stored.experiment.describe(), runs, stored.created])
    for line in aligned(rows):
        print(line)
    return 0


def run_show(args: argparse.Namespace) -> int:
    """The summary table, then every run."""
    from rnnlab.cli.sweep import chosen_metric
    from rnnlab.engine.experiments.summary import aligned, number, summary_lines

    results = _results(args)
    metric = chosen_metric(results, args.metric)
    for line in summary_lines(results, metric):
        print(line)
    if results.experiment.command:
        print(f"command: {results.experiment.command}")
    rows = [["run", "status", "seconds", metric or "metric", "host", "finished", "error"]]
    for configuration in results.configurations:
        for run in sorted(configuration.runs, key=lambda run: run.seed):
            value = configuration.values(metric).get(run.seed) if metric else None
            rows.append([run.key, run.status, f"{run.seconds:.2f}", number(value), run.host, run.finished,
                         run.error or ""])
    for line in aligned(rows):
        print(line)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the CSV (and the report)."""
    from rnnlab.cli.sweep import chosen_metric
    from rnnlab.engine.experiments.export import write_runs_csv
    from rnnlab.engine.report.document import write_report
    from rnnlab.engine.report.experiment_report import experiment_report

    if args.csv is None:
        raise InputError("runs export: give --csv FILE (and --report FILE.html if you want the report too).")
    results = _results(args)
    metric = chosen_metric(results, args.metric)
    outputs = Outputs(args)
    outputs.write("--csv", lambda path: write_runs_csv(path, results))
    outputs.write("--report", lambda path: write_report(experiment_report(results, metric), path))
    return outputs.finish()


def _results(args: argparse.Namespace):
    from rnnlab.engine.experiments.results import ExperimentResults

    store = _store(args)
    stored = store.experiment(args.experiment)
    return ExperimentResults(stored, store.runs(stored.id))
