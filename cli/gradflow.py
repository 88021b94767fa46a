"""``gradflow``: train a cell on a long-range task headless and report how its gradient decays over time."""

from __future__ import annotations

import argparse

from rnnlab.cli.args import add_param_flags, add_report_language, config_from_args
from rnnlab.cli.file_flags import Outputs, add_output
from rnnlab.cli.progress import TerminalProgress
from rnnlab.engine.errors import InputError, TrainingDiverged
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GRADFLOW, GradflowRun
from rnnlab.engine.gradflow.presets import PRESETS
from rnnlab.engine.recurrent import CELLS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``gradflow`` subcommand; its flags come from GradflowConfig's bounds (as the tab's controls do)."""
    parser = subparsers.add_parser(
        "gradflow", help="train an RNN, LSTM or GRU and measure its per-timestep gradient flow",
        description="Train a recurrent cell on a long-range task and print its final loss and how many decades "
                    "||dc_{T-1}/dc_t|| loses from the last step back to the first, on a fixed probe sequence.")
    add_run_arguments(parser)
    add_output(parser, "--export", "arrays", metavar="FILE",
               help="write the arrays behind the plots, the weights and the loss to FILE (.npz) for --cell")
    add_output(parser, "--metrics", "metrics", metavar="OUT.json",
               help="write the metrics as JSON: chance_loss, final_loss, tail_loss (the mean of the last 10%% of the "
                    "steps), solved (1 when tail_loss < 0.1 chance_loss), product_decades (decades "
                    "||dc_{T-1}/dc_t|| falls), steps_run, train_seconds, diverged_at_step; in compare mode under each "
                    "cell's name")
    add_report_language(parser)
    add_output(parser, "--report", "report", metavar="FILE.html",
               help="write a lab report: settings, formulas, metrics and figures in one self-contained HTML file")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--what-if", action="store_true",
                        help="no training: build the network as a run with these settings and seed starts, probe it "
                             "at initialisation and print ||W_rec||_2, the spectral radius, gamma*||W_rec||_2 and the "
                             "bound (gamma*||W_rec||_2)^t (plain RNN) beside the product's change; --export writes "
                             "the arrays of a run's first probe (step 0). Not with --compare, --metrics or --report")
    parser.set_defaults(handler=run_gradflow)


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments that describe a run (``run_of``): every setting's flag, ``--preset`` and ``--compare``."""
    add_param_flags(parser, GradflowConfig)
    parser.add_argument("--preset", choices=tuple(PRESETS),
                        help="start from settings that reproduce a paper (flags set to other than their defaults "
                             "override it): " + "; ".join(f"{p.name}: {p.cited_title}" for p in PRESETS.values()))
    parser.add_argument("--compare", action="store_true",
                        help=f"train {', '.join(c.upper() for c in CELLS)} side by side on the same data and seed")


def run_of(args: argparse.Namespace) -> GradflowRun:
    """What the flags ask to train: the configuration (a preset's, changed by the flags typed) and compare mode (asked
    for, or set by the preset)."""
    preset = PRESETS[args.preset] if args.preset else None
    config = config_from_args(args, GradflowConfig, base=preset.config if preset is not None else None)
    return GradflowRun(config, compare=args.compare or (preset is not None and preset.compare), preset=args.preset)


def run_gradflow(args: argparse.Namespace) -> int:
    """Run the training job with a progress bar, print the summary, write the export, metrics and report if asked.

    A run that diverges is a result too (the ``exploding`` preset exists to show it): its lines, export, metrics and
    report are of the run up to the step where the loss stopped being finite, and it still ends with the divergence
    message and exit status 2, naming the files written.
    """
    from rnnlab.engine.atomic import write_json
    from rnnlab.engine.gradflow.export import export_npz
    from rnnlab.engine.gradflow.summary import summary_lines
    from rnnlab.engine.gradflow.training import diverged_run
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.report.document import write_report

    run = run_of(args)
    if args.what_if:
        return run_what_if(args, run)
    config = run.config
    job = GRADFLOW.job(run)
    diverged = None
    try:
        with TerminalProgress("gradflow", quiet=args.quiet) as bar:
            result = job(bar, CancelToken())
    except TrainingDiverged as exc:
        partial = diverged_run(exc)
        if partial is None:
            raise
        result, diverged = partial, exc
    for line in summary_lines(result):
        print(line)
    outputs = Outputs(args)
    outputs.write("--export", lambda path: export_npz(result.snapshots[config.cell], path, result.losses[config.cell]))
    outputs.write("--metrics", lambda path: write_json(path, result.metrics()))
    outputs.write("--report", lambda path: write_report(GRADFLOW.report(run, None, result), path))
    status = outputs.finish()
    if diverged is not None:
        written = f" The run up to it was written to {', '.join(outputs.written)}." if outputs.written else ""
        raise TrainingDiverged(f"{diverged}{written}")
    return status


def run_what_if(args: argparse.Namespace, run: GradflowRun) -> int:
    """``--what-if``: probe the configured cell at initialisation, print what the bound says, write ``--export``.

    Refuses, before any work, what a probe without training cannot give: several cells, metrics, a report."""
    from rnnlab.engine.gradflow.export import export_npz
    from rnnlab.engine.gradflow.what_if import what_if, what_if_lines

    refused = [flag for flag, given in (("--compare", run.compare), ("--metrics", args.metrics is not None),
                                        ("--report", args.report is not None)) if given]
    if refused:
        raise InputError(f"--what-if trains nothing, so it takes no {' or '.join(refused)} (they describe a "
                         f"training run); leave {'them' if len(refused) > 1 else 'it'} out.")
    result = what_if(run.config)
    for line in what_if_lines(result):
        print(line)
    outputs = Outputs(args)
    outputs.write("--export", lambda path: export_npz(result.snapshot, path, []))
    return outputs.finish()
