"""``rnnlab sweep LAB ...``: run one lab's run over a grid of settings and seeds, store every run, print the summary.

``LAB`` is a registered lab (``engine/labs.py``); its run arguments (files and setting flags) are its command-line
module's ``add_run_arguments`` and its run their ``run_of``, so a sweep takes exactly the flags of the single command.
Each ``--vary NAME=V1,V2,...`` (NAME a setting's flag without its dashes) varies one setting, ``--seeds N`` runs
seeds 0..N-1 of every configuration. Everything is checked before the first run: a bad ``--vary``, ``--seed``, a
single run's output flag, a configuration the lab refuses, a name already taken.
"""

from __future__ import annotations

import argparse
import importlib
import shlex
import sys
from typing import Any

from rnnlab.cli.args import add_report_language, typed_flags
from rnnlab.cli.file_flags import KEY as FILE_FLAGS
from rnnlab.cli.file_flags import Outputs, add_input_output, add_output
from rnnlab.engine.errors import InputError
from rnnlab.engine.experiments.experiment import Experiment, absolute_path, parse_axis
from rnnlab.engine.experiments.presets import ExperimentPreset, horizon_of, presets_of
from rnnlab.engine.labs import REGISTRY, LabEntry, lab_named, with_settings
from rnnlab.engine.plural import plural

SINGLE_RUN_OUTPUTS = ("--predictions", "--metrics", "--save-model", "--out", "--export")
"""The labs' output flags of one run: a sweep stores every run's metrics and curves instead."""
STORE_FLAG = "--store"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``sweep`` with one sub-command per lab."""
    parser = subparsers.add_parser(
        "sweep", help="run an experiment: one lab's run over settings and seeds, stored, with statistics",
        description="Run a lab's run for every combination of the varied settings' values and seeds 0..N-1, in "
                    "parallel; store every run as it ends (rnnlab runs shows them) and print each configuration's "
                    "mean, sd and 95% confidence interval over the seeds, with paired t-tests.")
    labs = parser.add_subparsers(dest="lab", metavar="LAB", required=True)
    for entry in REGISTRY:
        lab_parser = labs.add_parser(entry.name, help=f"sweep the {entry.title.lower()} ({entry.name}'s flags)",
                                     description=f"A sweep of {entry.title.lower()} runs: the files and setting "
                                                 "flags of its single-run command, plus the sweep's flags.")
        importlib.import_module(entry.cli).add_run_arguments(lab_parser)
        add_sweep_arguments(lab_parser, entry)
        lab_parser.set_defaults(handler=run_sweep, lab_entry=entry)


def add_sweep_arguments(parser: argparse.ArgumentParser, entry: LabEntry) -> None:
    """The sweep's own flags after the lab's run arguments."""
    parser.add_argument("--vary", action="append", default=[], metavar="NAME=V1,V2,...",
                        help="vary a setting over the values listed (NAME is its flag without --: cell=rnn,lstm,gru; "
                             "learning-rate=0.01,0.001); at most twice")
    parser.add_argument("--seeds", type=_positive, metavar="N", help="run seeds 0..N-1 of every configuration "
                                                                     "(default 1)")
    parser.add_argument("--metric", metavar="NAME",
                        help=f"the metric the summary and the report compare (default {entry.lab().headline_metric})")
    _add_preset(parser, entry)
    parser.add_argument("--workers", type=_positive, metavar="N",
                        help="runs trained at once here, each in its own process (default: the physical cores)")
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="run on an existing Dask scheduler (tcp://HOST:PORT) instead; needs rnnlab[cluster]")
    add_input_output(parser, STORE_FLAG, "run store", metavar="FILE",
                     help="the SQLite run store to add to (default: runs.sqlite3 in the app data folder)")
    parser.add_argument("--name", help="the experiment's name in the store (default: made from the grid)")
    parser.add_argument("--resume", action="store_true",
                        help="run only what is missing of the stored experiment of --name (else of the same lab, "
                             "settings, inputs, grid and seeds)")
    add_output(parser, "--csv", "runs table", metavar="OUT.csv",
               help="write one row per run: the varied settings, seed, status, seconds and every numeric metric")
    add_report_language(parser)
    add_output(parser, "--report", "experiment report", metavar="OUT.html",
               help="write the experiment's report: settings, grid, statistics, charts and every run (HTML)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    for flag in SINGLE_RUN_OUTPUTS:
        parser.add_argument(flag, action=_Refused, nargs="?", help=argparse.SUPPRESS)


def _add_preset(parser: argparse.ArgumentParser, entry: LabEntry) -> None:
    """``--preset``: the lab's run presets (where its run arguments have them) and its experiment presets."""
    experiments = presets_of(entry.name)
    if not experiments:
        return
    names = ", ".join(f"{preset.name}: {preset.title}" for preset in experiments.values())
    existing = parser._option_string_actions.get("--preset")  # argparse keeps no public index of its flags
    if existing is None:
        parser.add_argument("--preset", choices=tuple(experiments), help=f"an experiment preset: {names}")
        return
    existing.choices = (*(existing.choices or ()), *experiments)
    existing.help = f"{existing.help}; or an experiment preset: {names}"


class _Refused(argparse.Action):
    """A single run's output flag: refused with what a sweep offers instead."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        parser.error(f"{option_string} writes one run's file: a sweep stores every run (use --csv, --report, or "
                     "rnnlab runs export)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number; got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1; got {value}")
    return value


def run_sweep(args: argparse.Namespace) -> int:
    """Check the whole request, run the missing runs, print the summary, write the CSV and the report."""
    from rnnlab.cli.progress import TerminalProgress
    from rnnlab.engine.experiments.export import write_runs_csv
    from rnnlab.engine.experiments.results import ExperimentResults
    from rnnlab.engine.experiments.store import RunStore
    from rnnlab.engine.experiments.summary import summary_lines
    from rnnlab.engine.experiments.sweep import SweepJob, open_experiment
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.report.document import write_report
    from rnnlab.engine.report.experiment_report import experiment_report

    experiment = experiment_of_args(args)
    executor = _executor(args)
    experiment.check()
    store = RunStore(args.store)
    stored, found = open_experiment(store, experiment, args.resume)
    job = SweepJob(store, stored, executor)
    if not args.quiet:
        state = "resuming" if found else "new"
        print(f"experiment {stored.id} {stored.name!r} ({state}): {stored.experiment.describe()}, "
              f"{len(job.tasks) - len(job.pending)} done already; {_where(args, executor)}; store {store.path}",
              file=sys.stderr)
    with TerminalProgress("sweep", quiet=args.quiet) as bar:
        result = job(bar, CancelToken())
    results = ExperimentResults(stored, store.runs(stored.id))
    metric = chosen_metric(results, args.metric)
    for line in summary_lines(results, metric):
        print(line)
    for run in results.failures()[:10]:
        print(f"failed: {run.key}: {run.error}", file=sys.stderr)
    outputs = Outputs(args)
    outputs.write("--csv", lambda path: write_runs_csv(path, results))
    outputs.write("--report", lambda path: write_report(experiment_report(results, metric), path))
    status = outputs.finish()
    return 1 if result.failed else status


def experiment_of_args(args: argparse.Namespace) -> Experiment:
    """The experiment the arguments describe, its settings and grid checked (an InputError, exit 2, otherwise)."""
    entry: LabEntry = args.lab_entry
    lab = lab_named(entry.name)
    typed = typed_flags(args)
    if "seed" in typed:
        raise InputError("--seed: a sweep runs seeds 0..N-1 of every configuration; give --seeds N.")
    preset = presets_of(entry.name).get(getattr(args, "preset", None) or "")
    if preset is not None:
        args.preset = preset.run_preset
    inputs = [flag for flag in getattr(args, FILE_FLAGS).inputs if flag.name != STORE_FLAG]
    for flag in inputs:
        if getattr(args, flag.dest) is not None:
            setattr(args, flag.dest, absolute_path(getattr(args, flag.dest)))
    run = importlib.import_module(entry.cli).run_of(args)
    run = _with_preset_settings(run, preset, typed)
    axes = tuple(parse_axis(lab, run, text) for text in (args.vary or (preset.vary if preset else ())))
    if len(axes) > 2:
        raise InputError(f"--vary: a sweep varies at most two settings; got {len(axes)}.")
    for axis in axes:
        if axis.name in typed:
            raise InputError(f"--{axis.flag_name} and --vary {axis.flag_name} both set {axis.name}: give one.")
    if args.metric is not None and args.metric.rsplit(".", 1)[-1] not in lab.metric_names:
        raise InputError(f"--metric {args.metric}: {entry.name} runs give no such number; they give "
                         f"{', '.join(lab.metric_names)}.")
    seeds = args.seeds if args.seeds is not None else (preset.seeds if preset else 1)
    files = tuple(getattr(args, flag.dest) for flag in inputs if getattr(args, flag.dest) is not None)
    horizon = horizon_of(preset, {axis.name for axis in axes})
    return Experiment(entry.name, run, axes, seeds, args.name or "", files, shlex.join(["rnnlab", *args.argv]),
                      preset.name if preset is not None else None, horizon)


def _with_preset_settings(run: Any, preset: ExperimentPreset | None, typed: set[str]) -> Any:
    """``run`` with an experiment preset's settings, except those whose flags were typed."""
    if preset is None:
        return run
    return with_settings(run, **{name: value for name, value in preset.settings.items() if name not in typed})


def _executor(args: argparse.Namespace) -> Any:
    """The local executor, or the cluster's (``--cluster``; its module and the ``distributed`` package are optional)."""
    from rnnlab.engine.experiments.local import LocalExecutor

    if args.cluster is None:
        return LocalExecutor(args.workers)
    if args.workers is not None:
        raise InputError("--workers is for local runs; a cluster runs as many at once as it has workers.")
    try:
        cluster = importlib.import_module("rnnlab.engine.experiments.cluster")
    except ImportError as exc:
        raise InputError(f"--cluster needs the cluster extra: pip install 'rnnlab[cluster]' ({exc}).") from None
    return cluster.ClusterExecutor(args.cluster)


def _where(args: argparse.Namespace, executor: Any) -> str:
    if args.cluster is not None:
        return f"cluster {args.cluster}: {plural(executor.workers, 'worker')}"
    return f"{plural(executor.workers, 'local worker')} x {plural(executor.threads, 'torch thread')}"


def chosen_metric(results: Any, metric: str | None) -> str | None:
    """``metric`` if the runs gave it (an InputError listing those they gave otherwise), else the lab's headline."""
    if metric is None:
        return results.default_metric(lab_named(results.experiment.lab).headline_metric)
    names = results.metric_names()
    if names and metric not in names:
        raise InputError(f"--metric {metric}: the runs gave no such number; they gave {', '.join(names)}.")
    return metric

