"""The command line's contract: --help, exit 2 with one line on bad arguments, no traceback."""

import subprocess
import sys

from tests.conftest import PROJECT_ROOT


def run_main(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout)


def test_help_lists_subcommands():
    out = run_main("--help")
    assert out.returncode == 0
    assert "SUBCOMMAND" in out.stdout


def test_unknown_subcommand_is_one_line_exit_2():
    out = run_main("no-such-command")
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr
