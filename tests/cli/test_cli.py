"""The command line's contract: --help, exit 2 with one line on bad arguments, no traceback."""

import subprocess
import sys

from tests.conftest import PROJECT_ROOT


def run_main(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_help_lists_subcommands():
    out = run_main("--help")
    assert out.returncode == 0
    assert "SUBCOMMAND" in out.stdout


def test_unknown_subcommand_is_one_line_exit_2():
    out = run_main("no-such-command")
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_an_unexpected_error_is_one_line_naming_the_log_and_the_traceback_goes_there(monkeypatch, capsys, tmp_path):
    import logging

    import rnnlab.cli as cli
    import rnnlab.cli.gradflow

    monkeypatch.setenv("RNNLAB_HOME", str(tmp_path))

    def broken(_args):
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(rnnlab.cli.gradflow, "run_gradflow", broken)
    logger = logging.getLogger("rnnlab")
    monkeypatch.setattr(logger, "handlers", list(logger.handlers))
    assert cli.run_cli(["gradflow", "--steps", "1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "disk on fire" in err[0] and "Traceback" not in err[0]
    log_path = tmp_path / "logs" / "rnnlab.log"
    assert str(log_path) in err[0]
    for handler in logging.getLogger("rnnlab").handlers:
        handler.flush()
    assert "Traceback" in log_path.read_text(encoding="utf-8")


def test_flags_are_never_abbreviated():
    out = run_main("gradflow", "--step", "1")
    assert out.returncode == 2
    assert "unrecognized arguments: --step" in out.stderr
