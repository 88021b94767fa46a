"""``translate`` and ``train-translator``: the translation pad's jobs on the command line.

Only what the first translation needs is imported, inside the handlers: ``translate`` runs the saved model in
numpy (``numpy_translator``) and never imports torch (about 2 s of a 2.5 s command before); ``train-translator``
imports torch to train.
"""

from __future__ import annotations

import argparse
import json
import sys

from rnnlab.cli.args import add_param_flags, config_from_args, refuse_missing_folders
from rnnlab.engine.errors import InputError
from rnnlab.engine.translate.config import ATTENTION_KINDS, TranslatorConfig


def _accept_text_starting_with_a_dash(parser: argparse.ArgumentParser) -> None:
    """Let TEXT start with a dash (``translate "-hello"``): argparse would read it as ``-h`` with an argument.

    Anything that starts with a single dash and is not one of the parser's own options is text; ``--`` before
    the text works as well.
    """
    base = type(parser)

    class DashTextParser(base):  # type: ignore[valid-type, misc]
        def _parse_optional(self, arg_string: str):  # noqa: ANN202 - argparse's private hook
            if arg_string[:1] == "-" and arg_string[:2] != "--" and arg_string not in self._option_string_actions:
                return None
            return super()._parse_optional(arg_string)

    parser.__class__ = DashTextParser


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``translate`` and ``train-translator`` subcommands."""
    translate = subparsers.add_parser(
        "translate", help="translate English text to Pig Latin with a trained model",
        description="Translate TEXT to Pig Latin one character at a time with a shipped or saved model; "
                    "prints the translation. On stderr: the words where the model's output differs from the "
                    "rule, and notes about words left alone.")
    translate.add_argument("text", metavar="TEXT", help="the English text to translate (quote it; text that "
                                                        "starts with a dash is fine, or put -- before it)")
    translate.add_argument("--attention", choices=ATTENTION_KINDS, default=None,
                           help="which shipped model to use: additive (default) or none; "
                                "with --model, checks the file's model has this attention")
    translate.add_argument("--model", metavar="FILE", help="a translator model file saved by RNN Lab")
    translate.add_argument("--json", metavar="OUT.json",
                           help="also write, per word, source, output, reference and attention matrix to this file")
    translate.set_defaults(handler=run_translate, uses_torch=False)
    _accept_text_starting_with_a_dash(translate)

    train = subparsers.add_parser(
        "train-translator", help="train a translator from scratch (English -> Pig Latin, or your own pairs)",
        description="Train a character-level GRU encoder-decoder on the shipped word list (or on the pairs of "
                    "--pairs FILE) and print its exact accuracy on the held-out words (pairs).")
    train.add_argument("--pairs", metavar="FILE",
                       help="learn the task of a pairs file instead of Pig Latin: UTF-8 text with one pair a line, "
                            "source<TAB>target (or a .csv with a header and two columns); each line is one sequence; "
                            "--valid-fraction of the pairs is held out")
    add_param_flags(train, TranslatorConfig)
    train.add_argument("--out", metavar="FILE", help="save the trained model to FILE (use it with translate --model)")
    train.add_argument("--report", metavar="FILE.html",
                       help="write a lab report: settings, metrics, curves and alignments in one self-contained HTML file")
    train.set_defaults(handler=run_train)


def _load_translator(args: argparse.Namespace):
    from rnnlab.engine.translate.numpy_translator import NumpyTranslator
    from rnnlab.engine.translate.pretrained import shipped_model_path

    if args.model is None:
        return NumpyTranslator.load(shipped_model_path(args.attention or "additive"))
    translator = NumpyTranslator.load(args.model)
    if args.attention is not None and translator.attention != args.attention:
        raise InputError(f"{args.model} holds a model with {translator.attention} attention, not {args.attention}.")
    return translator


def run_translate(args: argparse.Namespace) -> int:
    """Translate the text, print it, name the words that differ from the rule, write the per-word JSON if asked."""
    from rnnlab.engine.atomic import atomic_path
    from rnnlab.engine.translate.lines import translate_document

    translator = _load_translator(args)
    result = translate_document(args.text, translator)
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
    differing = [w for w in result.words if not w.note and not w.correct]
    if differing:
        print("differs from the rule: " + ", ".join(f"{w.typed} -> {w.output} (rule: {w.reference})"
                                                    for w in differing), file=sys.stderr)
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
    from rnnlab.cli.progress import TerminalProgress

    config = config_from_args(args, TranslatorConfig)
    refuse_missing_folders({"--out": args.out, "--report": args.report})
    data = None
    if args.pairs:
        from rnnlab.engine.translate.pairs import read_pairs

        data = read_pairs(args.pairs)
        for note in data.notes:
            print(f"note: {note}", file=sys.stderr)
    with TerminalProgress(f"Training ({config.attention} attention)") as bar:
        result = TranslatorTraining(config, data)(bar, CancelToken())
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
