"""``train-translator --epochs auto`` (the default) on the command line: it says why it stopped and which model it
kept; a number is still a fixed run (the refusals are in test_translation_cli's table of bad arguments)."""

from rnnlab.cli import build_parser, run_cli

PAIRS = [(f"{a}{b}{c}", f"{c}{b}{a}") for a in "abcdefg" for b in "hijklmn" for c in "opqrs"]
SMALL = ["--hidden-size", "8", "--embedding-size", "4", "--batch-size", "32", "--valid-fraction", "0.2"]


def _pairs_file(tmp_path):
    path = tmp_path / "reverse.tsv"
    path.write_text("".join(f"{s}\t{t}\n" for s, t in PAIRS), encoding="utf-8")
    return path


def test_auto_prints_why_it_stopped_and_the_epoch_it_kept(tmp_path, capsys):
    assert run_cli(["train-translator", "--pairs", str(_pairs_file(tmp_path)), *SMALL, "--patience", "1"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].startswith("held-out exact-pair accuracy ")
    assert lines[1].startswith(("stopped: no gain in held-out accuracy for 1 evaluation (best ",
                                "stopped: 100% held-out at epoch "))
    assert "; kept the best model, of epoch " in lines[1]
    assert lines[1].split(";")[0] in captured.err, "the progress bar ends with why the run stopped"


def test_a_number_of_epochs_is_a_fixed_run(tmp_path, capsys):
    assert run_cli(["train-translator", "--pairs", str(_pairs_file(tmp_path)), *SMALL, "--epochs", "2"]) == 0
    assert "stopped: the 2 epochs ended; kept the model after the last step (step 14)" in capsys.readouterr().out


def test_the_help_says_auto_is_the_default():
    help_text = " ".join(build_parser()._subparsers._group_actions[0].choices["train-translator"].format_help().split())
    assert "(default: auto)" in help_text and "--patience PATIENCE" in help_text and "--time-budget" in help_text
