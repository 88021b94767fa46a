"""``rnnlab diagnose``: where a translator's mistakes come from, measured on held-out pairs
(``engine.translate.diagnosis``): free running against teacher forced, the first wrong character, what follows it,
and accuracy by source length."""

from __future__ import annotations

import argparse
import sys

from rnnlab.cli.args import add_report_language
from rnnlab.cli.file_flags import Outputs, add_input, add_output
from rnnlab.engine.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``diagnose`` subcommand."""
    parser = subparsers.add_parser(
        "diagnose", help="diagnose a translator's mistakes: first error on a correct prefix, or compounding after it",
        description="Decode held-out pairs free running (greedy) and teacher forced and compare both with the "
                    "targets: exact and character accuracy each way, where the first wrong character falls, how "
                    "much of the rest is right after the first mistake continuing from it (free) or given the true "
                    "prefix (teacher forced), and exact accuracy by source length. Prints the figures and a "
                    "one-sentence verdict.")
    add_input(parser, "--model", "model file", metavar="FILE",
              help="a translator model file saved by RNN Lab (default: the shipped Pig Latin model of --attention)")
    parser.add_argument("--attention", choices=("additive", "none"), default=None,
                        help="without --model: which shipped Pig Latin model to diagnose, additive (default) or "
                             "none; with --model, checks the file's model has this attention")
    add_input(parser, "--pairs", "pairs file", metavar="FILE",
              help="the held-out pairs to diagnose on: for a Pig Latin model a word list, one word a line, graded "
                   "by the rule (default: the shipped 2,000 held-out words); else a pairs file read as "
                   "train-translator --pairs reads one (default for the date model: the bundled date pairs' "
                   "held-out share)")
    add_output(parser, "--metrics", "metrics", metavar="OUT.json",
               help="write the figures as JSON: pairs_used, exact_free, exact_teacher_forced, char_accuracy_free, "
                    "char_accuracy_teacher_forced, recovery_free, recovery_teacher_forced, first_error_position, "
                    "by_length, verdict")
    add_output(parser, "--report", "report", metavar="OUT.html",
               help="write the diagnosis as a self-contained HTML report with its charts")
    add_report_language(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(handler=run_diagnose)


def run_diagnose(args: argparse.Namespace) -> int:
    """Diagnose the model on the held-out pairs; print the figures, write the metrics and the report if asked."""
    from rnnlab.cli.progress import TerminalProgress
    from rnnlab.engine.atomic import write_json
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.report.diagnosis_report import diagnosis_report
    from rnnlab.engine.report.document import write_report
    from rnnlab.engine.translate.diagnosis import DiagnosisJob, held_out_of, model_name
    from rnnlab.engine.translate.grading import read_held_out
    from rnnlab.engine.translate.pretrained import load_shipped
    from rnnlab.engine.translate.tasks import date_pairs_of
    from rnnlab.engine.translate.translator import Translator
    from rnnlab.engine.translations import translate

    translator = Translator.load(args.model) if args.model is not None else load_shipped(args.attention or "additive")
    if args.model is not None and args.attention is not None and translator.attention != args.attention:
        raise InputError(f"{args.model} holds a model with {translator.attention} attention, not {args.attention}.")
    task = translator.task
    notes: list[str] = []
    if args.pairs is not None:
        held_out = read_held_out(args.pairs, task)
        pairs, notes = held_out.pairs, list(held_out.notes)
        where = args.pairs
    else:
        data = None if task.is_pig_latin else date_pairs_of(task)
        if not task.is_pig_latin and data is None:
            raise InputError("This model is of a task of pairs: give its held-out pairs with --pairs FILE.")
        pairs = held_out_of(task, data, translator.config.valid_fraction)
        where = translate("report.diagnosis", "the shipped held-out words" if task.is_pig_latin
                          else "the bundled date pairs' held-out share")
    with TerminalProgress("Diagnosing", quiet=args.quiet) as bar:
        (diagnosis,) = DiagnosisJob([(model_name(translator), translator)], pairs)(bar, CancelToken())
    for line in diagnosis.summary_lines():
        print(line)
    for note in notes + diagnosis.notes:
        print(f"note: {note}", file=sys.stderr)
    outputs = Outputs(args)
    outputs.write("--metrics", lambda path: write_json(path, diagnosis.metrics()))
    outputs.write("--report", lambda path: write_report(diagnosis_report([diagnosis], where), path))
    return outputs.finish()
