"""RNN Lab's command line: ``python main.py SUBCOMMAND ...`` runs an engine job headless.

Each lab's command-line module (named by the lab registry, ``engine/labs.py``) has ``register(subparsers)`` that adds
its parsers and sets ``handler`` to a function ``handler(args) -> int``. The files a subcommand reads and writes are
declared with their flags (``file_flags``) and checked here before the handler runs. Engine errors end as one line on
stderr and exit status 2; an output that fails at the end of a run (a full disk) ends as one line per failed file and
exit status 1, the other outputs written; an unexpected error ends as one line naming the log file, where its
traceback went (``rnnlab.engine.app_files``), and exit status 1.
Flags must be written in full: argparse's abbreviations are off, so ``--init`` never silently means ``--init-scale``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path
from typing import NoReturn

from rnnlab.cli.file_flags import KEY as FILE_FLAGS
from rnnlab.cli.file_flags import FileFlags, check_files
from rnnlab.engine.app_files import install_logging
from rnnlab.engine.errors import EngineError, JobCancelled
from rnnlab.engine.labs import REGISTRY
from rnnlab.engine.translations import set_language as set_report_language

SUBCOMMAND_MODULES: tuple[str, ...] = (*(entry.cli for entry in REGISTRY), "rnnlab.cli.diagnose", "rnnlab.cli.sweep",
                                        "rnnlab.cli.runs")
"""The labs' command-line modules, the translator's diagnosis, then the experiments' (``sweep`` and ``runs`` work on
every lab)."""

EXIT_USAGE = 2
EXIT_UNEXPECTED = 1
EXIT_INTERRUPTED = 130


class _OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr (with a pointer to --help) and exit 2, and which
    takes no abbreviated flags."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:  # argparse override
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with one subparser per subcommand module."""
    parser = _OneLineParser(prog="rnnlab",
                            description="RNN Lab: run an engine job headless, or start the GUI with no arguments.")
    # A subcommand that never imports torch sets uses_torch False (translate); one with --quiet or file flags
    # (cli/file_flags.py) has its own.
    parser.set_defaults(uses_torch=True, quiet=False, **{FILE_FLAGS: FileFlags()})
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", parser_class=_OneLineParser)
    for module_name in SUBCOMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def run_cli(argv: list[str]) -> int:
    """Parse ``argv`` and run the chosen job; returns the exit status."""
    log_path = install_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    args.argv = list(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help()
        return EXIT_USAGE
    set_report_language(getattr(args, "lang", "en"))
    try:
        check_files(args)
        if args.uses_torch:
            from rnnlab.engine.runtime import configure_torch

            configure_torch()
        return args.handler(args)
    except JobCancelled:
        print("rnnlab: cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED
    except EngineError as exc:
        print(f"rnnlab {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("rnnlab: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the user gets one line; the traceback goes to the log
        logging.getLogger("rnnlab").exception("Unexpected error in %s", args.command)
        print(f"rnnlab {args.command}: {unexpected_error(exc, log_path)}", file=sys.stderr)
        return EXIT_UNEXPECTED


def unexpected_error(exc: Exception, log_path: Path) -> str:
    """An unexpected error in one line (its type and first line) pointing to the log that holds its traceback."""
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"unexpected error: {type(exc).__name__}: {detail} (details in {log_path})"
