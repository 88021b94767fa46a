"""``translate`` and ``train-translator`` on the command line: output, the JSON file, and one-line errors."""

import json

import pytest

from rnnlab.cli import run_cli
from tests.cli.test_cli import run_main

SENTENCE = "the air conditioning is working"
EXPECTED = "ethay airway onditioningcay isway orkingway"


def one_line_error(capsys, argv) -> str:
    """Run the CLI with ``argv``; assert it exits 2 with one line on stderr and no traceback; return that line."""
    status = run_cli(argv)
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err


def test_translate_prints_the_translation_and_writes_the_json(tmp_path, capsys):
    out_json = tmp_path / "out.json"
    assert run_cli(["translate", "The air conditioning is working!", "--json", str(out_json)]) == 0
    assert capsys.readouterr().out.strip() == "Ethay airway onditioningcay isway orkingway!"
    document = json.loads(out_json.read_text(encoding="utf-8"))
    assert document["attention_kind"] == "additive"
    words = document["words"]
    assert [w["source"] for w in words] == ["The", "air", "conditioning", "is", "working"]
    assert [w["output"] for w in words] == [w["reference"] for w in words]
    for word in words:
        rows = word["attention"]
        assert len(rows) == len(word["output"])
        assert all(len(row) == len(word["source"]) + 1 for row in rows)
        assert all(abs(sum(row) - 1) < 1e-4 for row in rows)
        assert word["source_tokens"][-1] == "</s>"


def test_translate_without_attention_has_no_matrix(tmp_path, capsys):
    out_json = tmp_path / "plain.json"
    assert run_cli(["translate", SENTENCE, "--attention", "none", "--json", str(out_json)]) == 0
    assert len(capsys.readouterr().out.split()) == 5
    assert all(w["attention"] is None for w in json.loads(out_json.read_text())["words"])


def test_translate_notes_go_to_stderr(capsys):
    assert run_cli(["translate", "café the"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "café ethay"
    assert "outside a-z" in captured.err


@pytest.mark.parametrize("argv, message", [
    (["translate", "x", "--attention", "dot"], "No dot model is shipped"),
    (["translate", "x", "--model", "/no/such/file.pt"], "not found"),
    (["translate", "x", "--attention", "loud"], "invalid choice"),
    (["train-translator", "--epochs", "0"], "Epochs must be at least 1"),
    (["train-translator", "--epochs", "fast"], "invalid int or 'auto' value: 'fast'"),
    (["train-translator", "--patience", "0"], "Patience must be at least 1"),
    (["train-translator", "--time-budget", "0"], "Time budget (min) must be at least 0.1"),
    (["translate", "some text", "--pairs", "held.tsv"], "--pairs grades the model on a held-out file: give it "
                                                         "without TEXT."),
    (["translate", "--pairs", "held.tsv", "--input", "in.txt"], "give it without --input."),
    (["translate", "--pairs", "held.tsv", "--output", "out.txt"], "give it without --output."),
    (["translate", "--pairs", "held.tsv", "--json", "out.json"], "give it without --json."),
    (["train-translator", "--hidden-size", "abc"], "invalid int value"),
    (["train-translator", "--out", "/no/such/folder/m.pt"], "folder does not exist"),
    (["translate", "hello", "--input", "in.txt"], "not both"),
    (["translate"], "Give the text to translate, or --input FILE"),
    (["translate", "--input", "/no/such/in.txt"], "Cannot read /no/such/in.txt"),
    (["translate", "hello", "--output", "/no/such/folder/out.txt"], "folder does not exist"),
    (["translate", "hello", "--beam-width", "wide"], "invalid int value"),
])
def test_bad_arguments_exit_2_with_one_line(capsys, argv, message):
    try:
        err = one_line_error(capsys, argv)
    except SystemExit as exc:
        assert exc.code == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1
    assert message in err


def test_a_bad_model_file_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"PK\x03\x04 not a model at all\x00")
    assert "not a readable model file" in one_line_error(capsys, ["translate", "x", "--model", str(bad)])


def test_train_then_translate_with_the_saved_model(tmp_path, capsys):
    model = tmp_path / "dot.pt"
    status = run_cli(["train-translator", "--attention", "dot", "--epochs", "1", "--hidden-size", "8",
                      "--embedding-size", "4", "--train-words", "300", "--held-out-words", "50", "--out", str(model)])
    out = capsys.readouterr().out
    assert status == 0 and "held-out exact-word accuracy" in out and "by source length" in out
    assert run_cli(["translate", "hello", "--model", str(model), "--attention", "dot"]) == 0
    capsys.readouterr()
    assert "additive" in one_line_error(capsys,
                                        ["translate", "hello", "--model", str(model), "--attention", "additive"])


def test_train_on_a_pairs_file_then_translate_a_line_with_its_model(tmp_path, capsys):
    pairs, model = tmp_path / "upper.tsv", tmp_path / "upper.pt"
    words = [f"{a}{b} {c}" for a in "abcdef" for b in "ghijk" for c in "lmnop"]
    pairs.write_text("".join(f"{w}\t{w.upper()}\n" for w in words) + "ag l\tdifferent\n", encoding="utf-8")
    status = run_cli(["train-translator", "--pairs", str(pairs), "--epochs", "1", "--hidden-size", "8",
                      "--embedding-size", "4", "--valid-fraction", "0.1", "--title", "Upper case", "--out", str(model)])
    captured = capsys.readouterr()
    assert status == 0 and "held-out exact-pair accuracy" in captured.out and "on 15 pairs" in captured.out
    assert "note: 1 source appeared again with another target" in captured.err
    assert run_cli(["translate", "--model", str(model), "ag l"]) == 0
    assert len(capsys.readouterr().out.strip()) > 0
    from rnnlab.engine.translate.numpy_translator import NumpyTranslator

    assert NumpyTranslator.load(model).task.title == "Upper case"
    assert "--title names a task of pairs" in one_line_error(capsys, ["train-translator", "--title", "x"])
    assert "--valid-fraction holds out" in one_line_error(capsys, ["train-translator", "--valid-fraction", "0.1"])


def test_a_bad_pairs_file_is_one_line_and_trains_nothing(tmp_path, capsys):
    pairs = tmp_path / "few.tsv"
    pairs.write_text("a\tb\n" * 5, encoding="utf-8")
    err = one_line_error(capsys, ["train-translator", "--pairs", str(pairs), "--out", str(tmp_path / "m.pt")])
    assert "1 usable pair" in err and "at least 100" in err and not (tmp_path / "m.pt").exists()


def test_the_real_entry_point_has_no_traceback_on_bad_input():
    out = run_main("translate", "x", "--attention", "dot")
    assert out.returncode == 2 and "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_text_starting_with_a_dash_is_text_and_so_is_text_after_double_dash(capsys):
    assert run_cli(["translate", "-hello"]) == 0
    assert capsys.readouterr().out.strip() == "-ellohay"
    assert run_cli(["translate", "--", "-the air"]) == 0
    assert capsys.readouterr().out.strip() == "-ethay airway"


def test_words_the_model_gets_wrong_are_named_on_stderr(tmp_path, capsys):
    import torch

    from rnnlab.engine.translate.config import TranslatorConfig
    from rnnlab.engine.translate.model import Seq2Seq
    from rnnlab.engine.translate.task import PIG_LATIN
    from rnnlab.engine.translate.translator import Translator

    untrained = tmp_path / "untrained.pt"
    config = TranslatorConfig(hidden_size=8, embedding_size=4)
    model = Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(torch.Generator().manual_seed(0))
    Translator(model, config, PIG_LATIN).save(untrained)
    assert run_cli(["translate", "the air", "--model", str(untrained)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("differs from the rule: the -> ") and "(rule: ethay)" in err and "(rule: airway)" in err
    assert run_cli(["translate", "the air"]) == 0
    assert "differs" not in capsys.readouterr().err


def test_training_flags_show_their_ranges_in_full():
    from rnnlab.cli import build_parser

    help_text = build_parser()._subparsers._group_actions[0].choices["train-translator"].format_help()
    assert "--hidden-size" in help_text and "[4 .. 512]" in help_text and "2147483647" in help_text
