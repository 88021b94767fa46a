"""The files a subcommand reads and writes, declared once with their flags.

``add_input`` and ``add_output`` add a file flag to a subcommand's parser and record it (``add_input_output`` one
that is both, such as a run store). Before the handler does
any work, ``check_files`` refuses (exit 2, one line naming both flags) an output that resolves to one of the inputs
or to another output, an output that is an existing folder or whose folder does not exist, and an input that is a
folder. At the end of the run the handler writes each output through ``Outputs``, which attempts every one whatever
happened to the others and says in one line per failure which file could not be written and why. ``~`` in a file
flag is the home folder on every platform (Windows shells do not expand it), so what is checked is what is opened;
paths are compared by the operating system's rules (``engine/same_file.py``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from rnnlab.engine.errors import EngineError, InputError, OutputError
from rnnlab.engine.same_file import PathRules, rules_of, same_file

_SEPARATORS = tuple({"/", os.sep, os.altsep or "/"})
"""An output path ending in one of these names a folder, even one that does not exist yet (``--predictions out/``)."""

KEY = "file_flags"
"""The parser default (and namespace entry) that holds a subcommand's declared file flags."""


@dataclass(frozen=True)
class FileFlag:
    """One declared file flag: its name as the person types it (``--report``, or a positional's metavar), where
    argparse keeps its value, and what it is: for an input the kind of file it must be ("model file"), for an
    output what is written there ("report")."""

    name: str
    dest: str
    what: str


@dataclass
class FileFlags:
    """A subcommand's input and output file flags, in the order they were declared."""

    inputs: list[FileFlag] = field(default_factory=list)
    outputs: list[FileFlag] = field(default_factory=list)

    def output(self, name: str) -> FileFlag:
        """The declared output flag called ``name`` (a KeyError for one never declared: a programming error)."""
        for flag in self.outputs:
            if flag.name == name:
                return flag
        raise KeyError(name)


def add_input(parser: argparse.ArgumentParser, name: str, kind: str, **kwargs) -> None:
    """Add a file the subcommand reads (``kind``: what it must be, e.g. "model file"); ``kwargs`` go to argparse."""
    _declared(parser).inputs.append(_file_flag(parser.add_argument(name, **kwargs), kind))


def add_output(parser: argparse.ArgumentParser, name: str, what: str, **kwargs) -> None:
    """Add a file the subcommand writes (``what``: what goes there, e.g. "report"); ``kwargs`` go to argparse."""
    _declared(parser).outputs.append(_file_flag(parser.add_argument(name, **kwargs), what))


def add_input_output(parser: argparse.ArgumentParser, name: str, kind: str, **kwargs) -> None:
    """Add a file the subcommand both reads and writes in place (``kind``: what it must be, e.g. "run store"): an
    input no output may be, and an output checked like the others, but never compared with itself."""
    flag = _file_flag(parser.add_argument(name, **kwargs), kind)
    _declared(parser).inputs.append(flag)
    _declared(parser).outputs.append(flag)


def _declared(parser: argparse.ArgumentParser) -> FileFlags:
    """The parser's own FileFlags, made at its first file flag."""
    flags = parser.get_default(KEY)
    if flags is None:
        flags = FileFlags()
        parser.set_defaults(**{KEY: flags})
    return flags


def _file_flag(action: argparse.Action, what: str) -> FileFlag:
    metavar = action.metavar if isinstance(action.metavar, str) else None  # a tuple names several values
    name = action.option_strings[0] if action.option_strings else (metavar or action.dest)
    return FileFlag(name, action.dest, what)


def check_files(args: argparse.Namespace, rules: PathRules | None = None) -> None:
    """Refuse, before any work, a request that would destroy or lose a file; expands ``~`` in every file flag.

    An input that is a folder, an output that is a folder (or ends with a path separator, as a folder's name
    does) or whose folder does not exist, an output that is an
    input, two outputs on one file: each an InputError (exit 2) naming the flags. ``rules`` defaults to this
    operating system's.
    """
    rules = rules or rules_of()
    flags: FileFlags = getattr(args, KEY)
    inputs = _given(args, flags.inputs)
    outputs = _given(args, flags.outputs)
    for flag, path in inputs:
        if Path(path).is_dir():
            raise InputError(f"{flag.name} {path} is a folder, not a {flag.what}.")
    for index, (flag, path) in enumerate(outputs):
        if Path(path).is_dir() or path.endswith(_SEPARATORS):
            raise InputError(f"{flag.name} {path} is a folder: give the name of a file to write the {flag.what} to.")
        if not Path(path).resolve().parent.is_dir():
            raise InputError(f"Cannot write {path} ({flag.name}): its folder does not exist.")
        for input_flag, input_path in inputs:
            if input_flag is not flag and same_file(path, input_path, rules):
                raise InputError(f"{flag.name} {path} is the input {input_flag.name}{_spelt(input_path, path)}: "
                                 f"writing the {flag.what} there would destroy the file the run reads. Give another "
                                 "file name.")
        for other_flag, other_path in outputs[:index]:
            if same_file(path, other_path, rules):
                raise InputError(f"{flag.name} {path} is also {other_flag.name}{_spelt(other_path, path)}: each "
                                 "output needs a file of its own (the second would replace the first).")


def _given(args: argparse.Namespace, flags: list[FileFlag]) -> list[tuple[FileFlag, str]]:
    """The flags given on the command line with their paths, ``~`` expanded (and stored back in ``args``)."""
    given = []
    for flag in flags:
        path = getattr(args, flag.dest)
        if path is not None:
            path = os.path.expanduser(path)
            setattr(args, flag.dest, path)
            given.append((flag, path))
    return given


def _spelt(path: str, as_given: str) -> str:
    """`` (PATH)`` where the other flag's path is spelt differently from ``as_given``, so the clash can be seen."""
    return "" if path == as_given else f" ({path})"


class Outputs:
    """The outputs of one run, written at its end: every output asked for is attempted whatever happened to the
    others; each failure is kept with its reason and said by :meth:`finish`."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args
        self._flags: FileFlags = getattr(args, KEY)
        self.written: list[str] = []
        self._failures: list[tuple[FileFlag, str, str]] = []

    def write(self, name: str, writer: Callable[[str], object]) -> None:
        """Call ``writer(path)`` if the output flag ``name`` was given; a failure is kept, not raised."""
        flag = self._flags.output(name)
        path = getattr(self._args, flag.dest)
        if path is None:
            return
        try:
            writer(path)
        except OutputError as exc:
            self._failures.append((flag, path, exc.reason))
            return
        except EngineError as exc:
            self._failures.append((flag, path, str(exc)))
            return
        except Exception as exc:  # one broken output must not cost the others; details in the log
            from rnnlab.cli import unexpected_error
            from rnnlab.engine.app_files import log_file

            logging.getLogger("rnnlab").exception("Writing %s (%s) failed", path, name)
            self._failures.append((flag, path, unexpected_error(exc, log_file())))
            return
        self.written.append(path)
        if not self._args.quiet:
            print(f"{flag.what} written to {path}", file=sys.stderr)

    def finish(self) -> int:
        """Say each failure in one line (which file, why, and which files were written); the exit status: 0 when
        every output was written, 1 when one failed late (the run itself was not the problem)."""
        if self.written:
            written = "written: " + ", ".join(self.written)
        else:
            written = "no other file written"
        for flag, path, reason in self._failures:
            print(f"rnnlab {self._args.command}: error: {flag.name} {path} not written: {reason.rstrip('.')} "
                  f"({written})", file=sys.stderr)
        return 1 if self._failures else 0
