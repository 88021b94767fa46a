"""``translate --input IN --output OUT`` and ``--beam-width``: line i answers line i, refusals exit 2 with one line
and touch nothing, and the command stays torch-free."""

import json
import subprocess
import sys

import pytest

from rnnlab.cli import run_cli
from tests.cli.test_translation_cli import one_line_error
from tests.conftest import PROJECT_ROOT

LINES = ["The air conditioning is working!", "", "Mr McDonald’s café, psst", "   ", "日本語 and emoji 🙂 here"]
EXPECTED = ["Ethay airway onditioningcay isway orkingway!", "", "Mray onaldMcDay’say café, psstay", "   ",
            "日本語 andway emojiway 🙂 erehay"]


def test_each_line_of_the_input_is_answered_by_the_same_line_of_the_output(tmp_path, capsys):
    source, target, document = tmp_path / "in.txt", tmp_path / "out.txt", tmp_path / "out.json"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert run_cli(["translate", "--input", str(source), "--output", str(target), "--json", str(document)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert target.read_text(encoding="utf-8") == "\n".join(EXPECTED) + "\n"
    assert "note: line 3: “café”: has letters outside a-z" in captured.err
    assert "note: line 5: “日本語”" in captured.err
    lines = json.loads(document.read_text(encoding="utf-8"))["lines"]
    assert [line["line"] for line in lines] == [1, 2, 3, 4, 5]
    assert [line["text"] for line in lines] == LINES and [line["translation"] for line in lines] == EXPECTED
    assert [w["source"] for w in lines[0]["words"]] == ["The", "air", "conditioning", "is", "working"]
    assert lines[1]["words"] == [] and lines[3]["words"] == []
    for word in lines[0]["words"]:
        assert len(word["attention"]) == len(word["output"])
        assert all(len(row) == len(word["source"]) + 1 for row in word["attention"])


def test_windows_line_breaks_are_kept_a_byte_order_mark_dropped_and_the_output_ends_in_a_line_break(tmp_path, capsys):
    source, target = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_bytes("\ufeffhello\r\n\r\nthe air".encode("utf-8"))
    assert run_cli(["translate", "--input", str(source), "--output", str(target)]) == 0
    assert target.read_bytes() == "ellohay\r\n\r\nethay airway\r\n".encode("utf-8")
    assert run_cli(["translate", "--input", str(source)]) == 0
    assert capsys.readouterr().out == "ellohay\r\n\r\nethay airway\r\n"


def test_without_output_the_lines_are_printed_and_an_empty_file_gives_an_empty_output(tmp_path, capsys):
    source = tmp_path / "in.txt"
    source.write_text("hello\n\nworld\n", encoding="utf-8")
    assert run_cli(["translate", "--input", str(source)]) == 0
    assert capsys.readouterr().out == "ellohay\n\norldway\n"
    empty, target = tmp_path / "empty.txt", tmp_path / "out.txt"
    empty.write_bytes(b"")
    assert run_cli(["translate", "--input", str(empty), "--output", str(target)]) == 0
    assert target.read_bytes() == b""


def test_the_beam_width_is_taken_reported_and_bounded(tmp_path, capsys):
    document = tmp_path / "out.json"
    assert run_cli(["translate", "the air", "--beam-width", "3", "--json", str(document)]) == 0
    assert capsys.readouterr().out == "ethay airway\n"
    assert json.loads(document.read_text(encoding="utf-8"))["beam_width"] == 3
    assert "Beam width must be at most 16" in one_line_error(capsys, ["translate", "x", "--beam-width", "17"])
    assert "Beam width must be at least 1" in one_line_error(capsys, ["translate", "x", "--beam-width", "0"])


def test_a_model_that_greedy_decoding_gets_wrong_answers_differently_with_a_beam(tmp_path, capsys):
    import torch

    from rnnlab.engine.translate.config import TranslatorConfig
    from rnnlab.engine.translate.model import Seq2Seq
    from rnnlab.engine.translate.numpy_translator import NumpyTranslator
    from rnnlab.engine.translate.task import PIG_LATIN
    from rnnlab.engine.translate.translator import Translator

    path = tmp_path / "untrained.pt"
    config = TranslatorConfig(attention="dot", hidden_size=8, embedding_size=4)
    Translator(Seq2Seq(config, PIG_LATIN.vocabulary_size).initialise(torch.Generator().manual_seed(0)), config,
               PIG_LATIN).save(path)
    words = ["the", "air", "hello", "strength", "working", "psst", "a"]
    numpy_translator = NumpyTranslator.load(path)
    expected = {k: " ".join(r.output for r in numpy_translator.translate_batch(words, k)) for k in (1, 4)}
    assert expected[1] != expected[4], "the untrained model should decode differently with a beam"
    for k in (1, 4):
        assert run_cli(["translate", " ".join(words), "--model", str(path), "--beam-width", str(k)]) == 0
        assert capsys.readouterr().out.strip() == expected[k]


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (it holds binary data)"),
    ("hello\n".encode("utf-16"), "saved as UTF-16"),
    (b"hello\nthe caf\xe9\n", "line 2 has the byte 0xe9"),
])
def test_a_file_that_is_not_utf8_text_is_refused_and_the_output_is_left_alone(tmp_path, capsys, content, message):
    source, target = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_bytes(content)
    target.write_text("keep me", encoding="utf-8")
    assert message in one_line_error(capsys, ["translate", "--input", str(source), "--output", str(target)])
    assert target.read_text(encoding="utf-8") == "keep me"


def test_translating_a_file_does_not_import_torch(tmp_path):
    source, target = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_text("the air\n\nis working\n", encoding="utf-8")
    code = ("import sys; from rnnlab.cli import run_cli; "
            f"status = run_cli(['translate', '--input', {str(source)!r}, '--output', {str(target)!r}, "
            "'--beam-width', '2']); assert status == 0; assert 'torch' not in sys.modules, 'torch was imported'")
    subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, check=True)
    assert target.read_text(encoding="utf-8") == "ethay airway\n\nisway orkingway\n"


def test_a_line_task_model_translates_each_line_as_one_sequence(tmp_path, capsys):
    import torch

    from rnnlab.engine.translate.config import TranslatorConfig
    from rnnlab.engine.translate.model import Seq2Seq
    from rnnlab.engine.translate.task import SequenceTask
    from rnnlab.engine.translate.translator import Translator

    task = SequenceTask("dates", "lines", " 0123456789-abcdefghijklmnopqrstuvwxyz,.", max_source_length=30,
                        generation_cap=12)
    config = TranslatorConfig(attention="additive", hidden_size=8, embedding_size=4)
    model = tmp_path / "dates.pt"
    Translator(Seq2Seq(config, task.vocabulary_size).initialise(torch.Generator().manual_seed(0)), config,
               task).save(model)
    source, target, document = tmp_path / "in.txt", tmp_path / "out.txt", tmp_path / "out.json"
    source.write_text("3 march 1998\n\ntue, mar 3, 1998\n03.03.1998 ü\n", encoding="utf-8")
    assert run_cli(["translate", "--model", str(model), "--input", str(source), "--output", str(target),
                    "--json", str(document), "--beam-width", "3"]) == 0
    err = capsys.readouterr().err
    assert "note: line 4: “03.03.1998 ü”: has characters the model never saw ('ü'); not translated." in err
    assert "note: line 4 left empty in the output: the model cannot translate it" in err
    out_lines = target.read_text(encoding="utf-8").split("\n")
    assert len(out_lines) == 5 and out_lines[1] == "" and out_lines[3] == "" and out_lines[4] == ""
    assert out_lines[0] and out_lines[2], "the lines it can translate are translated"
    meta = json.loads(document.read_text(encoding="utf-8"))
    assert (meta["task"], meta["splitting"], meta["beam_width"]) == ("dates", "lines", 3)
    lines = meta["lines"]
    assert [line["translation"] for line in lines] == out_lines[:4]
    first = lines[0]
    assert first["source"] == "3 march 1998" and first["output"] == out_lines[0] and first["reference"] is None
    assert len(first["attention"]) == len(first["output"])
    assert all(len(row) == len("3 march 1998") + 1 and abs(sum(row) - 1) < 1e-4 for row in first["attention"])
    assert lines[1]["attention"] is None and lines[3]["attention"] is None and lines[3]["note"]
    assert lines[3]["output"] is None and lines[3]["translation"] == "" and lines[3]["source"] == "03.03.1998 ü"
    assert run_cli(["translate", "--model", str(model), "1998 ü"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "\n"
    assert captured.err.splitlines() == ["note: “1998 ü”: has characters the model never saw ('ü'); not translated.",
                                         "note: the output is empty: the model cannot translate it (the notes say "
                                         "why)"]
