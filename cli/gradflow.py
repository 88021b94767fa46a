"""``gradflow``: train a cell on a long-range task headless and report how its gradient decays over time."""

from __future__ import annotations

import argparse
import sys

from rnnlab.cli.args import add_param_flags, config_from_args, refuse_missing_folders
from rnnlab.cli.progress import TerminalProgress
from rnnlab.engine.errors import TrainingDiverged
from rnnlab.engine.gradflow.config import CELLS, GradflowConfig
from rnnlab.engine.gradflow.presets import PRESETS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``gradflow`` subcommand; its flags come from GradflowConfig's bounds (as the tab's controls do)."""
    parser = subparsers.add_parser(
        "gradflow", help="train an RNN, LSTM or GRU and measure its per-timestep gradient flow",
        description="Train a recurrent cell on a long-range task and print its final loss and how many decades "
                    "||dc_{T-1}/dc_t|| loses from the last step back to the first, on a fixed probe sequence.")
    add_param_flags(parser, GradflowConfig)
    parser.add_argument("--preset", choices=tuple(PRESETS),
                        help="start from settings that reproduce a paper (flags set to other than their defaults "
                             "override it): " + "; ".join(f"{p.name}: {p.title}" for p in PRESETS.values()))
    parser.add_argument("--compare", action="store_true",
                        help=f"train {', '.join(c.upper() for c in CELLS)} side by side on the same data and seed")
    parser.add_argument("--export", metavar="FILE",
                        help="write the arrays behind the plots and the weights to FILE (.npz) for --cell")
    parser.add_argument("--report", metavar="FILE.html",
                        help="write a lab report: settings, formulas, metrics and figures in one self-contained HTML file")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(handler=run_gradflow)


def run_gradflow(args: argparse.Namespace) -> int:
    """Run the training job with a progress bar, print the summary, export if asked."""
    from rnnlab.engine.gradflow.export import export_npz
    from rnnlab.engine.gradflow.summary import summary_lines
    from rnnlab.engine.gradflow.training import GradflowTraining
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.report.document import write_report
    from rnnlab.engine.report.gradflow_report import ProbeHistory, gradflow_report

    refuse_missing_folders({"--export": args.export, "--report": args.report})
    preset = PRESETS[args.preset] if args.preset else None
    config = config_from_args(args, GradflowConfig, base=preset.config if preset is not None else None)
    compare = args.compare or (preset is not None and preset.compare)
    cells = CELLS if compare else (config.cell,)
    history = ProbeHistory(config.steps)
    try:
        with TerminalProgress("gradflow", quiet=args.quiet) as bar:
            result = GradflowTraining(config, cells)(history.recording(bar), CancelToken())
    except TrainingDiverged as diverged:
        for line in summary_lines(diverged.partial) if diverged.partial is not None else ():
            print(line)
        raise
    for line in summary_lines(result):
        print(line)
    if args.export:
        export_npz(result.snapshots[config.cell], args.export)
        print(f"exported {config.cell.upper()} arrays to {args.export}", file=sys.stderr)
    if args.report:
        write_report(gradflow_report(result, history, args.preset), args.report)
        print(f"report written to {args.report}", file=sys.stderr)
    return 0
