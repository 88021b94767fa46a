"""RNN Lab's entry point (the ``rnnlab`` and ``rnnlab-gui`` commands, ``python main.py``): no arguments opens the
GUI; a subcommand runs the same engine job headless."""

from __future__ import annotations

import io
import multiprocessing
import sys


def _prepare_platform() -> None:
    """Platform fixes that must run before anything else.

    A windowed Windows build has no console: ``sys.stdout``/``sys.stderr`` are None and anything that
    prints would crash. On Windows torch must also be imported before PySide6 (WinError 1114 otherwise).
    """
    if sys.stdout is None:
        sys.stdout = io.StringIO()
    if sys.stderr is None:
        sys.stderr = io.StringIO()
    if sys.platform == "win32":
        import torch  # noqa: F401


SELF_TEST_FLAG = "--self-test"
LANGUAGE_FLAG = "--lang"


def _window_language(args: list[str]) -> tuple[list[str], str | None]:
    """Take the window's ``--lang LANGUAGE`` (system, en, fa) out of the arguments, when it is not a subcommand's."""
    if len(args) >= 2 and args[0] == LANGUAGE_FLAG:
        return args[2:], args[1]
    if len(args) >= 3 and args[0] == SELF_TEST_FLAG and args[1] == LANGUAGE_FLAG:
        return [SELF_TEST_FLAG, *args[3:]], args[2]
    return args, None


def main(argv: list[str] | None = None) -> int:
    """Run the GUI, its self-test (``--self-test``), or the CLI when a subcommand is given.

    The CLI returns its exit status; the GUI and the self-test end the process themselves
    (``rnnlab.gui.app.end_process``).
    """
    multiprocessing.freeze_support()
    _prepare_platform()
    args, language = _window_language(sys.argv[1:] if argv is None else argv)
    if language is not None and language not in ("system", "en", "fa"):
        print(f"rnnlab: error: --lang {language}: choose from system, en, fa", file=sys.stderr)
        return 2
    if args == [SELF_TEST_FLAG]:
        from rnnlab.gui.app import run_self_test_gui

        return run_self_test_gui(language)
    if args:
        from rnnlab.cli import run_cli

        return run_cli(args)
    from rnnlab.gui.app import run_gui

    return run_gui(language)
