"""``translate`` and ``train-translator``: the translation pad's jobs on the command line.

Only what the first translation needs is imported, inside the handlers: ``translate`` runs the saved model in
numpy (``numpy_translator``) and never imports torch (importing it was most of the command's time);
``train-translator`` imports torch to train.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from rnnlab.cli.args import add_param_flags, add_report_language, config_from_args, typed_flags
from rnnlab.cli.file_flags import Outputs, add_input, add_output
from rnnlab.engine.errors import InputError
from rnnlab.engine.plural import plural
from rnnlab.engine.translate.config import ATTENTION_KINDS, DecodingConfig, TranslatorConfig
from rnnlab.engine.translate.lab import TRANSLATOR, TranslatorRun

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

    class DashTextParser(base):  # type: ignore[valid-type, misc]  # the parser's own class, known at run time
        def _parse_optional(self, arg_string: str):  # argparse's private hook
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
    add_input(translate, "--input", "text file", metavar="IN.txt",
              help="translate this UTF-8 text file instead of TEXT, each line on its own: line i of the output "
                   "answers line i of the file, empty lines stay empty (and so does a line a model of pairs "
                   "cannot translate, with a note)")
    add_output(translate, "--output", "translation", metavar="OUT.txt",
               help="write the translation to this file (replaced in one step) instead of printing it")
    translate.add_argument("--attention", choices=ATTENTION_KINDS, default=None,
                           help="which shipped model to use: additive (default) or none; "
                                "with --model, checks the file's model has this attention")
    add_input(translate, "--model", "model file", metavar="FILE", help="a translator model file saved by RNN Lab")
    add_input(translate, "--pairs", "pairs file", metavar="FILE",
              help="grade the model on a held-out file instead of translating: a pairs file read as "
                   "train-translator --pairs reads one (its targets are the expected outputs), or for a Pig Latin "
                   "model a word list, one word a line, graded by the rule; prints the exact accuracy, the "
                   "character error rate and the count")
    add_output(translate, "--json", "JSON", metavar="OUT.json",
               help="also write, per word (per line for a line task), source, output, reference and attention "
                    "matrix to this file (with --input: per line, its text, translation and words or its own "
                    "matrix)")
    add_param_flags(translate, DecodingConfig)
    translate.set_defaults(handler=run_translate, uses_torch=False)
    _accept_text_starting_with_a_dash(translate)

    train = subparsers.add_parser(
        "train-translator", help="train a translator from scratch (English -> Pig Latin, or your own pairs)",
        description="Train a character-level GRU encoder-decoder on the shipped word list (or on the pairs of "
                    "--pairs FILE) and print its exact accuracy on the held-out words (pairs).")
    add_run_arguments(train)
    add_output(train, "--out", "model", metavar="FILE",
               help="save the trained model to FILE (use it with translate --model)")
    add_output(train, "--metrics", "metrics", metavar="OUT.json",
               help="write the metrics as JSON: exact (the held-out exact accuracy), char_error_rate, epochs_run, "
                    "train_seconds")
    add_report_language(train)
    add_output(train, "--report", "report", metavar="FILE.html",
               help="write a lab report: settings, metrics, curves and alignments in one self-contained HTML file")
    train.set_defaults(handler=run_train)


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments that describe a training run (``run_of``): the pairs file and its title, every setting's flag."""
    add_input(parser, "--pairs", "pairs file", metavar="FILE",
              help="learn the task of a pairs file instead of Pig Latin: UTF-8 text with one pair a line, "
                   "source<TAB>target (or a .csv with a header and two columns); each line is one sequence; "
                   "--valid-fraction of the pairs is held out")
    parser.add_argument("--title", metavar="TEXT",
                        help="with --pairs: the task's name, recorded in the model file and shown by the pad and the "
                             "report (default: the file's name)")
    add_param_flags(parser, TranslatorConfig)


def run_of(args: argparse.Namespace) -> TranslatorRun:
    """The translator lab's run the arguments describe; the title and the held-out share of a task of pairs are
    refused without a pairs file."""
    config = config_from_args(args, TranslatorConfig)
    if args.title is not None and not args.pairs:
        raise InputError("--title names a task of pairs: give it with --pairs FILE.")
    if "valid_fraction" in typed_flags(args) and not args.pairs:
        raise InputError("--valid-fraction holds out a share of a pairs file: give it with --pairs FILE (Pig Latin "
                         "has its own held-out words).")
    return TranslatorRun(config, args.pairs or None, args.title)


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
    sequences that differ from the expected on stderr, and the lines left empty; write the JSON if asked."""
    from rnnlab.engine.translate.line_files import (
        TextFile,
        answer_lines,
        read_text_file,
        translate_lines_of,
        write_text_file,
    )
    from rnnlab.engine.translate.utf8 import LINE_BREAK

    if args.pairs is not None:
        return _grade(args)
    if (args.text is None) == (args.input is None):
        raise InputError("Give the text to translate or --input FILE, not both." if args.input is not None else
                         "Give the text to translate, or --input FILE to translate a file line by line.")
    decoding = config_from_args(args, DecodingConfig)
    source = read_text_file(args.input) if args.input is not None else TextFile(LINE_BREAK.split(args.text))
    translator = _load_translator(args)
    task = translator.task
    results = translate_lines_of(source.lines, translator, decoding.beam_width)
    answers, left_empty = answer_lines(results, task)
    translated = source.text_of(answers)
    words = [w for r in results for w in r.words]
    numbered = args.input is not None or len(results) > 1
    notes = [f"line {number}: {note}" if numbered else note
             for number, r in enumerate(results, start=1) for note in r.notes]
    header = {"task": task.title, "splitting": task.splitting, "attention_kind": translator.attention,
              "beam_width": decoding.beam_width}
    if args.input is None:
        key = "words" if task.splitting == "words" else "lines"
        document = {"text": args.text, "translation": translated.removesuffix("\n"), **header,
                    key: [_word_json(w, untranslated=task.splitting == "lines" and bool(w.note)) for w in words],
                    "notes": notes}
    else:
        document = {"input": args.input, **header,
                    "lines": [_line_json(number, line, answer, r, task.splitting)
                              for number, (line, answer, r)
                              in enumerate(zip(source.lines, answers, results, strict=True), 1)]}
    outputs = Outputs(args)
    outputs.write("--json", lambda path: write_text_file(path, _json_text(document)))
    outputs.write("--output", lambda path: write_text_file(path, translated))
    if args.output is None:
        print(translated, end="")
    where = "all in " + args.json if args.json else "give --json FILE for all"
    differing = [(w.typed, w.output, w.reference) for w in words
                 if not w.note and w.reference is not None and not w.correct]
    _report_differences(differing, "the rule" if task.is_pig_latin else "the expected output", where)
    for note in notes[:_LISTED_NOTES]:
        print(f"note: {note}", file=sys.stderr)
    if len(notes) > _LISTED_NOTES:
        print(f"note: and {len(notes) - _LISTED_NOTES} more notes ({where})", file=sys.stderr)
    if left_empty:
        print(f"note: {_left_empty(left_empty) if numbered else 'the output is empty'}: the model cannot "
              f"translate {'them' if len(left_empty) > 1 else 'it'} (the notes say why)", file=sys.stderr)
    return outputs.finish()


def _left_empty(numbers: list[int]) -> str:
    """"line 4 left empty in the output" or "3 lines left empty in the output (4, 7, 9)", the first few of many."""
    if len(numbers) == 1:
        return f"line {numbers[0]} left empty in the output"
    listed = ", ".join(str(n) for n in numbers[:_LISTED_NOTES])
    return f"{len(numbers)} lines left empty in the output ({listed}{', …' if len(numbers) > _LISTED_NOTES else ''})"


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


def _line_json(number: int, line: str, answer: str, result: TextTranslation, splitting: str) -> dict:
    """One input line: its text and the output's line, and for a word task its words, for a line task the line's
    own sequence (source, output, attention; none for a blank line; output null for a line left untranslated)."""
    entry = {"line": number, "text": line, "translation": answer}
    if splitting == "words":
        entry["words"] = [_word_json(w) for w in result.words]
    elif result.words:
        entry.update(_word_json(result.words[0], untranslated=bool(result.words[0].note)))
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


def _word_json(word: TranslatedWord, untranslated: bool = False) -> dict:
    """One sequence's entry; ``untranslated``: a line task's line the model cannot translate, whose output is null
    (the line is left empty in the output, not copied)."""
    rows = word.attention.tolist() if word.attention is not None else None
    return {
        "source": word.typed,
        "output": None if untranslated else word.output,
        "reference": word.reference,
        "correct": word.correct if word.reference is not None else None,
        "source_tokens": list(word.source) + ["</s>"],
        "attention": rows,
        "note": word.note,
    }


def run_train(args: argparse.Namespace) -> int:
    """Train with the flags' configuration, print held-out accuracy, write the model, metrics and report if asked."""
    from rnnlab.cli.progress import TerminalProgress
    from rnnlab.engine.atomic import write_json
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.report.document import write_report
    from rnnlab.engine.translate.summary import summary_lines

    run = run_of(args)
    data = TRANSLATOR.load(run)
    for note in data.notes if data is not None else ():
        print(f"note: {note}", file=sys.stderr)
    job = TRANSLATOR.job(run, data)
    with TerminalProgress(f"Training ({run.config.attention} attention)") as bar:
        result = job(bar, CancelToken())
    for line in summary_lines(result):
        print(line)
    outputs = Outputs(args)
    outputs.write("--out", result.translator.save)
    outputs.write("--metrics", lambda path: write_json(path, result.metrics()))
    outputs.write("--report", lambda path: write_report(TRANSLATOR.report(run, data, result), path))
    return outputs.finish()
