"""``translate`` and ``train-translator``: the translation pad's jobs on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rnnlab.cli.args import add_param_flags, config_from_args
from rnnlab.cli.progress import TerminalProgress
from rnnlab.engine.errors import InputError
from rnnlab.engine.translate.config import ATTENTION_KINDS, TranslatorConfig


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``translate`` and ``train-translator`` subcommands."""
    translate = subparsers.add_parser(
        "translate", help="translate English text to Pig Latin with a trained model",
        description="Translate TEXT to Pig Latin one character at a time with a shipped or saved model; "
                    "prints the translation, notes about words left alone go to stderr.")
    translate.add_argument("text", metavar="TEXT", help="the English text to translate (quote it)")
    translate.add_argument("--attention", choices=ATTENTION_KINDS, default=None,
                           help="which shipped model to use: additive (default) or none; "
                                "with --model, checks the file's model has this attention")
    translate.add_argument("--model", metavar="FILE", help="a translator model file saved by RNN Lab")
    translate.add_argument("--json", metavar="OUT.json",
                           help="also write, per word, source, output, reference and attention matrix to this file")
    translate.set_defaults(handler=run_translate)

    train = subparsers.add_parser(
        "train-translator", help="train an English -> Pig Latin translator from scratch",
        description="Train a character-level GRU encoder-decoder on the shipped word list and print its "
                    "exact-word accuracy on the held-out words.")
    add_param_flags(train, TranslatorConfig, skip=("hidden_size",))
    train.add_argument("--hidden", type=int, default=TranslatorConfig.hidden_size, dest="hidden_size", metavar="H",
                       help=f"units of each GRU (default: {TranslatorConfig.hidden_size})")
    train.add_argument("--out", metavar="FILE", help="save the trained model to FILE (use it with translate --model)")
    train.add_argument("--report", metavar="FILE.html",
                       help="write a lab report: settings, metrics, curves and alignments in one self-contained HTML file")
    train.set_defaults(handler=run_train)


def _load_translator(args: argparse.Namespace):
    from rnnlab.engine.translate.pretrained import load_shipped
    from rnnlab.engine.translate.translator import Translator

    if args.model is None:
        return load_shipped(args.attention or "additive")
    translator = Translator.load(args.model)
    if args.attention is not None and translator.attention != args.attention:
        raise InputError(f"{args.model} holds a model with {translator.attention} attention, not {args.attention}.")
    return translator


def run_translate(args: argparse.Namespace) -> int:
    """Translate the text, print it, and write the per-word JSON if asked."""
    from rnnlab.engine.atomic import atomic_path
    from rnnlab.engine.translate.text import translate_text

    translator = _load_translator(args)
    result = translate_text(args.text, translator)
    if args.json:
        document = {
            "text": args.text,
            "translation": result.text,
            "attention_kind": translator.attention,
            "words": [_word_json(w) for w in result.words],
            "notes": result.notes,
        }
        try:
            with atomic_path(args.json) as tmp:
                tmp.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"Cannot write {args.json}: {exc.strerror or exc}.") from exc
    print(result.text)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def _word_json(word) -> dict:
    rows = word.attention.tolist() if word.attention is not None else None
    return {
        "source": word.typed,
        "output": word.output,
        "reference": word.reference,
        "correct": word.correct,
        "source_tokens": list(word.source) + ["</s>"],
        "attention": rows,
        "note": word.note,
    }


def run_train(args: argparse.Namespace) -> int:
    """Train with the flags' configuration, print held-out accuracy, save if --out was given."""
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.translate.summary import summary_lines
    from rnnlab.engine.translate.training import TranslatorTraining

    config = config_from_args(args, TranslatorConfig)
    if args.out and not Path(args.out).resolve().parent.is_dir():
        raise InputError(f"Cannot save to {args.out}: its folder does not exist.")
    with TerminalProgress(f"Training ({config.attention} attention)") as bar:
        result = TranslatorTraining(config)(bar, CancelToken())
    for line in summary_lines(result):
        print(line)
    if args.out:
        try:
            result.translator.save(args.out)
        except OSError as exc:
            raise InputError(f"Cannot save to {args.out}: {exc.strerror or exc}.") from exc
        print(f"saved to {args.out}")
    if args.report:
        from rnnlab.engine.report.document import write_report
        from rnnlab.engine.report.translate_report import translator_report

        write_report(translator_report(result), args.report)
        print(f"report written to {args.report}", file=sys.stderr)
    return 0
