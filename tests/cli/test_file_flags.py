"""The files a subcommand reads and writes: no output may land on an input, on another output or on a folder
(refused before any work, exit 2, one line naming both flags), by the path rules of each operating system; and an
output that fails at the end of a run (a full disk) costs only itself (exit 1, one line per failure)."""

from __future__ import annotations

import itertools
import json
import os
import unicodedata
from pathlib import Path

import pytest

from rnnlab.cli import build_parser, run_cli
from rnnlab.cli.file_flags import check_files
from rnnlab.engine.errors import InputError
from rnnlab.engine.resources import resource_path
from rnnlab.engine.same_file import LINUX, MACOS, WINDOWS, rules_of, same_file
from tests.file_size_limit import run_with_file_size_limit

DECLARED = {
    "forecast": (["TRAIN.csv", "--test-csv"], ["--predictions", "--metrics", "--save-model", "--report"]),
    "gradflow": ([], ["--export", "--metrics", "--report"]),
    "train-translator": (["--pairs"], ["--out", "--metrics", "--report"]),
    "translate": (["--input", "--model", "--pairs"], ["--output", "--json"]),
}
"""Every subcommand's input and output file flags: a flag added to a subcommand is added here (one line)."""

SIZE_LIMIT_MESSAGE = "the file is larger than this file system (or this process's file-size limit) allows"


def declared_flags(command: str):
    parser = build_parser()
    subparser = parser._subparsers._group_actions[0].choices[command]
    return subparser.get_default("file_flags")


@pytest.mark.parametrize("command", sorted(DECLARED))
def test_every_subcommand_declares_its_input_and_output_files(command):
    flags = declared_flags(command)
    assert ([f.name for f in flags.inputs], [f.name for f in flags.outputs]) == DECLARED[command]


def argv(command: str, paths: dict[str, str], spare: Path) -> list[str]:
    """A command line giving each flag of ``paths`` its path; what the subcommand needs besides (its TRAIN.csv,
    translate's TEXT) is filled in with ``spare``, an ordinary file."""
    line = [command]
    if command == "forecast":
        line.append(paths.pop("TRAIN.csv", str(spare)))
    if command == "translate" and "--input" not in paths:
        line.append("some text")
    for flag, path in paths.items():
        line += [flag, path]
    return line


def one_line_refusal(capsys, line: list[str]) -> str:
    assert run_cli(line) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err.strip()


INPUT_OUTPUT = [(command, source, output) for command, (inputs, outputs) in DECLARED.items()
                for source, output in itertools.product(inputs, outputs)]
OUTPUT_OUTPUT = [(command, first, second) for command, (_inputs, outputs) in DECLARED.items()
                 for first, second in itertools.combinations(outputs, 2)]
SPELLINGS = ["same", "dot-dot", "symlink", "home", "hard link"]


def spelt(kind: str, target: Path, tmp_path: Path, monkeypatch) -> str:
    """Another spelling of ``target``'s path: the same text, through ``..``, a symlink, ``~`` or a hard link."""
    if kind == "same":
        return str(target)
    if kind == "dot-dot":
        (tmp_path / "sub").mkdir(exist_ok=True)
        return str(tmp_path / "sub" / ".." / target.name)
    if kind == "symlink":
        link = tmp_path / f"link-to-{target.name}"
        link.symlink_to(target)
        return str(link)
    if kind == "home":
        monkeypatch.setenv("HOME", str(tmp_path))
        monkeypatch.setenv("USERPROFILE", str(tmp_path))
        return f"~/{target.name}"
    link = tmp_path / f"hard-{target.name}"
    os.link(target, link)
    return str(link)


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize("command, source, output", INPUT_OUTPUT)
def test_an_output_on_an_input_is_refused_before_any_work_naming_both_flags(tmp_path, capsys, monkeypatch, command,
                                                                          source, output, spelling):
    read, spare = tmp_path / "input.txt", tmp_path / "spare.txt"
    read.write_text("keep me", encoding="utf-8")
    spare.write_text("x", encoding="utf-8")
    written = spelt(spelling, read, tmp_path, monkeypatch)
    err = one_line_refusal(capsys, argv(command, {source: str(read), output: written}, spare))
    assert err.startswith(f"rnnlab {command}: error: {output} {os.path.expanduser(written)} is the input {source}")
    assert "would destroy the file the run reads" in err
    assert read.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("spelling", ["same", "dot-dot", "home"])
@pytest.mark.parametrize("command, first, second", OUTPUT_OUTPUT)
def test_two_outputs_on_one_file_are_refused_before_any_work(tmp_path, capsys, monkeypatch, command, first, second,
                                                             spelling):
    target = tmp_path / "out.file"
    spare = tmp_path / "spare.txt"
    spare.write_text("x", encoding="utf-8")
    other = spelt(spelling, target, tmp_path, monkeypatch)
    err = one_line_refusal(capsys, argv(command, {first: str(target), second: other}, spare))
    assert err.startswith(f"rnnlab {command}: error: {second} {os.path.expanduser(other)} is also {first}")
    assert "each output needs a file of its own" in err and not target.exists()


@pytest.mark.parametrize("command, output", [(c, o) for c, (_i, outputs) in DECLARED.items() for o in outputs])
def test_an_output_that_is_a_folder_is_refused_before_any_work(tmp_path, capsys, command, output):
    folder = tmp_path / "results"
    folder.mkdir()
    spare = tmp_path / "spare.txt"
    spare.write_text("x", encoding="utf-8")
    err = one_line_refusal(capsys, argv(command, {output: str(folder)}, spare))
    assert err.startswith(f"rnnlab {command}: error: {output} {folder} is a folder: give the name of a file")
    assert list(folder.iterdir()) == []
    planned = f"{tmp_path / 'planned'}{os.sep}"  # a folder meant to be made: never a file named "planned"
    err = one_line_refusal(capsys, argv(command, {output: planned}, spare))
    assert err.startswith(f"rnnlab {command}: error: {output} {planned} is a folder: give the name of a file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results", "spare.txt"]


@pytest.mark.parametrize("command, source, kind", [
    ("forecast", "TRAIN.csv", "price CSV"), ("forecast", "--test-csv", "price CSV"),
    ("train-translator", "--pairs", "pairs file"), ("translate", "--input", "text file"),
    ("translate", "--model", "model file"),
])
def test_an_input_that_is_a_folder_is_refused_as_not_the_file_it_should_be(tmp_path, capsys, command, source, kind):
    folder, spare = tmp_path / "models", tmp_path / "spare.txt"
    folder.mkdir()
    spare.write_text("x", encoding="utf-8")
    err = one_line_refusal(capsys, argv(command, {source: str(folder)}, spare))
    assert err == f"rnnlab {command}: error: {source} {folder} is a folder, not a {kind}."


# ----- the path rules of the three operating systems, on any machine
def test_the_rules_are_each_operating_system_s():
    assert (rules_of("linux"), rules_of("win32"), rules_of("darwin")) == (LINUX, WINDOWS, MACOS)


@pytest.mark.parametrize("rules, same", [(LINUX, False), (WINDOWS, True), (MACOS, True)])
def test_case_tells_files_apart_on_linux_only(tmp_path, rules, same):
    (tmp_path / "Prices.csv").write_text("x")
    assert same_file(tmp_path / "Prices.csv", tmp_path / "sub" / ".." / "PRICES.CSV", rules) is same
    assert same_file(tmp_path / "out.csv", tmp_path / "OUT.csv", rules) is same, "neither exists yet"


@pytest.mark.parametrize("rules, same", [(LINUX, False), (WINDOWS, False), (MACOS, True)])
def test_a_composed_and_a_decomposed_accent_are_one_name_on_macos_only(tmp_path, rules, same):
    composed = unicodedata.normalize("NFC", "café.csv")
    (tmp_path / composed).write_text("x")
    decomposed = tmp_path / unicodedata.normalize("NFD", "café.csv")
    assert same_file(tmp_path / composed, decomposed, rules) is same


@pytest.mark.parametrize("rules", [LINUX, WINDOWS, MACOS])
def test_where_both_files_exist_the_file_system_answers(tmp_path, rules):
    first, second = tmp_path / "a.csv", tmp_path / "A.csv"
    first.write_text("one")
    second.write_text("two")  # two files on this case-sensitive file system, whatever the rules say of names
    assert same_file(first, second, rules) is False
    os.link(first, tmp_path / "hard.csv")
    assert same_file(first, tmp_path / "hard.csv", rules) is True


@pytest.mark.parametrize("rules, refused", [(LINUX, False), (WINDOWS, True), (MACOS, True)])
def test_the_command_line_check_follows_the_rules_it_is_given(tmp_path, rules, refused):
    (tmp_path / "prices.csv").write_text("Date,Close\n")
    args = build_parser().parse_args(["forecast", str(tmp_path / "prices.csv"), "--predictions",
                                      str(tmp_path / "PRICES.CSV")])
    if refused:
        with pytest.raises(InputError, match="--predictions .*PRICES.CSV is the input TRAIN.csv"):
            check_files(args, rules)
    else:
        check_files(args, rules)


# ----- outputs that fail at the end of a run, for real: every file capped at a size the run's later files exceed
def test_forecast_writes_every_output_it_can_and_names_each_one_it_could_not(tmp_path):
    folder = resource_path("stock")
    files = {name: tmp_path / name for name in ("p.csv", "m.json", "m.pt", "r.html")}
    out = run_with_file_size_limit(
        ["main.py", "forecast", str(folder / "Google_Stock_Price_Train.csv"), "--test-csv",
         str(folder / "Google_Stock_Price_Test.csv"), "--window", "8", "--layers", "1", "--units", "6", "--epochs",
         "2", "--batch-size", "64", "--quiet", "--predictions", str(files["p.csv"]), "--metrics", str(files["m.json"]),
         "--save-model", str(files["m.pt"]), "--report", str(files["r.html"])], limit_bytes=10_000)
    assert out.returncode == 1, out.stderr
    written = f"(written: {files['p.csv']}, {files['m.json']})"
    assert out.stderr.strip().splitlines() == [
        f"rnnlab forecast: error: --save-model {files['m.pt']} not written: {SIZE_LIMIT_MESSAGE} {written}",
        f"rnnlab forecast: error: --report {files['r.html']} not written: {SIZE_LIMIT_MESSAGE} {written}"]
    assert "naive forecast" in out.stdout
    assert json.loads(files["m.json"].read_text())["n_test"] == 20
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "p.csv"], "no partial file is left behind"


def test_gradflow_train_translator_and_translate_keep_what_they_wrote(tmp_path):
    gradflow = run_with_file_size_limit(
        ["main.py", "gradflow", "--length", "12", "--hidden", "6", "--steps", "3", "--batch-size", "4",
         "--export", str(tmp_path / "g.npz"), "--report", str(tmp_path / "g.html")], limit_bytes=12_000)
    assert gradflow.returncode == 1, gradflow.stderr
    assert f"arrays written to {tmp_path / 'g.npz'}" in gradflow.stderr
    assert gradflow.stderr.strip().splitlines()[-1] == (f"rnnlab gradflow: error: --report {tmp_path / 'g.html'} not "
                                                        f"written: {SIZE_LIMIT_MESSAGE} "
                                                        f"(written: {tmp_path / 'g.npz'})")
    train = run_with_file_size_limit(
        ["main.py", "train-translator", "--epochs", "1", "--hidden-size", "8", "--embedding-size", "4",
         "--train-words", "300", "--held-out-words", "50", "--out", str(tmp_path / "t.pt"), "--report",
         str(tmp_path / "t.html")], limit_bytes=40_000)
    assert train.returncode == 1, train.stderr
    assert train.stderr.strip().splitlines()[-1] == (f"rnnlab train-translator: error: --report {tmp_path / 't.html'} "
                                                     f"not written: {SIZE_LIMIT_MESSAGE} "
                                                     f"(written: {tmp_path / 't.pt'})")
    source = tmp_path / "in.txt"
    source.write_text("the air conditioning is working\n" * 20, encoding="utf-8")
    translate = run_with_file_size_limit(
        ["main.py", "translate", "--input", str(source), "--json", str(tmp_path / "t.json"), "--output",
         str(tmp_path / "t.txt")], limit_bytes=5_000)
    assert translate.returncode == 1, translate.stderr
    assert translate.stderr.strip().splitlines() == [
        f"translation written to {tmp_path / 't.txt'}",
        f"rnnlab translate: error: --json {tmp_path / 't.json'} not written: {SIZE_LIMIT_MESSAGE} "
        f"(written: {tmp_path / 't.txt'})"]
    assert (tmp_path / "t.txt").read_text(encoding="utf-8") == "ethay airway onditioningcay isway orkingway\n" * 20
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.npz", "in.txt", "t.pt", "t.txt"]


def test_an_output_that_fails_with_a_bug_costs_only_itself(tmp_path, capsys, monkeypatch):
    import rnnlab.engine.report.document as document

    def broken(_report):
        raise RuntimeError("renderer on fire\nsecond line")

    monkeypatch.setattr(document, "render", broken)
    export, report = tmp_path / "g.npz", tmp_path / "g.html"
    status = run_cli(["gradflow", "--length", "10", "--hidden", "4", "--steps", "2", "--batch-size", "2", "--quiet",
                      "--report", str(report), "--export", str(export)])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1 and export.is_file() and not report.exists()
    assert len(err) == 1 and err[0].startswith(f"rnnlab gradflow: error: --report {report} not written: unexpected "
                                               "error: RuntimeError: renderer on fire (details in ")
    assert err[0].endswith(f"(written: {export})")
