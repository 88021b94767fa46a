"""``translate`` and ``train-translator``: the translation pad's jobs on the command line.

Only what the first translation needs is imported, inside the handlers: ``translate`` runs the saved model in
numpy (``numpy_translator``) and never imports torch (about 2 s of a 2.5 s command before); ``train-translator``
imports torch to train.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from rnnlab.cli.args import add_param_flags, config_from_args, refuse_missing_folders, typed_flags
from rnnlab.engine.errors import InputError
from rnnlab.engine.plural import plural
from rnnlab.engine.translate.config import ATTENTION_KINDS, DecodingConfig, TranslatorConfig

if TYPE_CHECKING:
    from rnnlab.engine.translate.numpy_translator import NumpyTranslator
    from rnnlab.engine.translate.text import TextTranslation, TranslatedWord

_LISTED_DIFFERENCES = 20
_LISTED_NOTES = 20
"""A whole file can have thousands of misses or notes; stderr names the first ones and --json holds them all."""


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
        "translate", help="translate text with a trained model (English -> Pig Latin, or a model's own task)",
        description="Translate TEXT (or each line of --input FILE) one character at a time with a shipped or saved "
                    "model: word by word to Pig Latin, or each line as one sequence for a model trained on a pairs "
                    "file. Prints the translation (or writes it to --output FILE). On stderr: the words where the "
                    "model's output differs from the rule, and notes about what was left alone. With --pairs FILE it "
                    "grades the model on held-out pairs instead: exact accuracy and character error rate.")
    translate.add_argument("text", metavar="TEXT", nargs="?", default=None,
                           help="the text to translate (quote it; text that starts with a dash is fine, or put -- "
                                "before it); leave it out with --input")
    translate.add_argument("--input", metavar="IN.txt",
                           help="translate this UTF-8 text file instead of TEXT, each line on its own: line i of the "
                                "output answers line i of the file, empty lines stay empty")
    translate.add_argument("--output", metavar="OUT.txt",
                           help="write the translation to this file (replaced in one step) instead of printing it")
    translate.add_argument("--attention", choices=ATTENTION_KINDS, default=None,
                           help="which shipped model to use: additive (default) or none; "
                                "with --model, checks the file's model has this attention")
    translate.add_argument("--model", metavar="FILE", help="a translator model file saved by RNN Lab")
    translate.add_argument("--pairs", metavar="FILE",
                           help="grade the model on a held-out file instead of translating: a pairs file read as "
                                "train-translator --pairs reads one (its targets are the expected outputs), or for "
                                "a Pig Latin model a word list, one word a line, graded by the rule; prints the exact "
                                "accuracy, the character error rate and the count")
    translate.add_argument("--json", metavar="OUT.json",
                           help="also write, per word (per line for a line task), source, output, reference and "
                                "attention matrix to this file (with --input: per line, its text, translation and "
                                "words or its own matrix)")
    add_param_flags(translate, DecodingConfig)
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
    train.add_argument("--title", metavar="TEXT",
                       help="with --pairs: the task's name, recorded in the model file and shown by the pad and the "
                            "report (default: the file's name)")
    add_param_flags(train, TranslatorConfig)
    train.add_argument("--out", metavar="FILE", help="save the trained model to FILE (use it with translate --model)")
    train.add_argument("--report", metavar="FILE.html",
                       help="write a lab report: settings, metrics, curves and alignments in one self-contained HTML file")
    train.set_defaults(handler=run_train)


def _load_translator(args: argparse.Namespace) -> NumpyTranslator:
    from rnnlab.engine.translate.numpy_translator import NumpyTranslator
    from rnnlab.engine.translate.pretrained import shipped_model_path

    if args.model is None:
        return NumpyTranslator.load(shipped_model_path(args.attention or "additive"))
    translator = NumpyTranslator.load(args.model)
    if args.attention is not None and translator.attention != args.attention:
        raise InputError(f"{args.model} holds a model with {translator.attention} attention, not {args.attention}.")
    return translator


def run_translate(args: argparse.Namespace) -> int:
    """Translate TEXT or each line of --input as the model's task splits it; print it or write --output; name the
    sequences that differ from the expected on stderr; write the JSON if asked."""
    from rnnlab.engine.translate.line_files import read_text_file, translate_lines_of, write_text_file
    from rnnlab.engine.translate.lines import translate_document

    if args.pairs is not None:
        return _grade(args)
    if (args.text is None) == (args.input is None):
        raise InputError("Give the text to translate or --input FILE, not both." if args.input is not None else
                         "Give the text to translate, or --input FILE to translate a file line by line.")
    decoding = config_from_args(args, DecodingConfig)
    refuse_missing_folders({"--output": args.output, "--json": args.json})
    source = read_text_file(args.input) if args.input is not None else None
    translator = _load_translator(args)
    task = translator.task
    header = {"task": task.title, "splitting": task.splitting, "attention_kind": translator.attention,
              "beam_width": decoding.beam_width}
    if source is None:
        result = translate_document(args.text, translator, beam_width=decoding.beam_width)
        translated, words, notes = result.text, result.words, result.notes
        if args.json:
            key = "words" if task.splitting == "words" else "lines"
            write_text_file(args.json, _json_text({"text": args.text, "translation": result.text, **header,
                                                   key: [_word_json(w) for w in result.words],
                                                   "notes": result.notes}))
    else:
        results = translate_lines_of(source.lines, translator, decoding.beam_width)
        translated = source.text_of([r.text for r in results])
        words = [w for r in results for w in r.words]
        notes = [f"line {number}: {note}" for number, r in enumerate(results, start=1) for note in r.notes]
        if args.json:
            lines = [_line_json(number, line, r, task.splitting)
                     for number, (line, r) in enumerate(zip(source.lines, results), start=1)]
            write_text_file(args.json, _json_text({"input": args.input, **header, "lines": lines}))
    if args.output:
        write_text_file(args.output, translated)
    else:
        print(translated, end="" if source is not None and source.final_newline else "\n")
    where = "all in " + args.json if args.json else "give --json FILE for all"
    differing = [(w.typed, w.output, w.reference) for w in words
                 if not w.note and w.reference is not None and not w.correct]
    _report_differences(differing, "the rule" if task.is_pig_latin else "the expected output", where)
    for note in notes[:_LISTED_NOTES]:
        print(f"note: {note}", file=sys.stderr)
    if len(notes) > _LISTED_NOTES:
        print(f"note: and {len(notes) - _LISTED_NOTES} more notes ({where})", file=sys.stderr)
    return 0


def _grade(args: argparse.Namespace) -> int:
    """``translate --pairs FILE``: the model's exact accuracy, character error rate and count on a held-out file
    (stdout), the differing pairs and the notes of reading and grading it (stderr)."""
    from rnnlab.engine.translate.grading import grade, read_held_out

    given = [flag for flag, value in (("TEXT", args.text), ("--input", args.input), ("--output", args.output),
                                      ("--json", args.json)) if value is not None]
    if given:
        raise InputError(f"--pairs grades the model on a held-out file: give it without {' or '.join(given)}.")
    decoding = config_from_args(args, DecodingConfig)
    translator = _load_translator(args)
    task = translator.task
    graded = grade(translator, read_held_out(args.pairs, task), decoding.beam_width)
    evaluation = graded.evaluation
    unit = "word" if task.is_pig_latin else "pair"
    print(f"exact-{unit} accuracy {evaluation.accuracy:.2%} ({evaluation.words - len(evaluation.mistakes):,} of "
          f"{plural(evaluation.words, unit)}), character error rate {evaluation.char_error_rate:.4f}")
    _report_differences(evaluation.mistakes, "the rule" if task.is_pig_latin else "the expected output",
                        "not listed")
    for note in graded.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def _json_text(document: dict) -> str:
    return json.dumps(document, indent=1, ensure_ascii=False)


def _line_json(number: int, line: str, result: TextTranslation, splitting: str) -> dict:
    """One input line: its text and translation, and for a word task its words, for a line task the line's own
    sequence (source, output, attention; none for a blank line)."""
    entry = {"line": number, "text": line, "translation": result.text}
    if splitting == "words":
        entry["words"] = [_word_json(w) for w in result.words]
    elif result.words:
        entry.update(_word_json(result.words[0]))
    else:
        entry["attention"] = None
    entry["notes"] = result.notes
    return entry


def _report_differences(differences: list[tuple[str, str, str]], expected: str, where: str) -> None:
    """One stderr line naming the sequences (typed, output, reference) whose translation differs from the
    ``expected`` one, each once (the first few of many, then ``where`` the others are)."""
    differing = list(dict.fromkeys(differences))
    if not differing:
        return
    label = "rule" if expected == "the rule" else "expected"
    listed = ", ".join(f"{typed} -> {output} ({label}: {reference})"
                       for typed, output, reference in differing[:_LISTED_DIFFERENCES])
    more = len(differing) - _LISTED_DIFFERENCES
    print(f"differs from {expected}: " + listed + (f" and {more} more ({where})" if more > 0 else ""),
          file=sys.stderr)


def _word_json(word: TranslatedWord) -> dict:
    rows = word.attention.tolist() if word.attention is not None else None
    return {
        "source": word.typed,
        "output": word.output,
        "reference": word.reference,
        "correct": word.correct if word.reference is not None else None,
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
    if args.title is not None and not args.pairs:
        raise InputError("--title names a task of pairs: give it with --pairs FILE.")
    if "valid_fraction" in typed_flags(args) and not args.pairs:
        raise InputError("--valid-fraction holds out a share of a pairs file: give it with --pairs FILE (Pig Latin "
                         "has its own held-out words).")
    refuse_missing_folders({"--out": args.out, "--report": args.report})
    data = None
    if args.pairs:
        from rnnlab.engine.translate.pairs import read_pairs

        data = read_pairs(args.pairs, args.title)
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
