"""``rnnlab diagnose``: a translator's mistakes on held-out pairs, printed, as metrics and as a report; the shipped
2,000 held-out Pig Latin words by default, a word list graded by the rule, the date model's own held-out pairs or a
pairs file; refused before any work where the pairs are not at hand."""

import json

import pytest

from rnnlab.cli import run_cli
from rnnlab.engine.resources import resource_path
from tests.cli.test_translation_cli import one_line_error
from tests.engine.report.self_contained import assert_self_contained

pytestmark = pytest.mark.usefixtures("app_torch_settings")

DATE_MODEL = resource_path("dates", "translator_attention.pt")


def test_the_plain_model_s_diagnosis_is_printed_written_and_reported(tmp_path, capsys):
    metrics_path, report_path = tmp_path / "diagnosis.json", tmp_path / "diagnosis.html"
    assert run_cli(["diagnose", "--attention", "none", "--metrics", str(metrics_path), "--report", str(report_path),
                    "--quiet"]) == 0
    printed = capsys.readouterr().out
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    assert metrics["pairs_used"] == 2000
    assert metrics["exact_free"] == metrics["exact_teacher_forced"] == 0.6405, "issue 28's figure, both ways"
    assert metrics["char_accuracy_free"] < metrics["char_accuracy_teacher_forced"]
    assert metrics["recovery_free"] < metrics["recovery_free_edit"] < metrics["recovery_teacher_forced"]
    assert metrics["recovery_gap"] == pytest.approx(metrics["recovery_teacher_forced"] - metrics["recovery_free"])
    assert sum(row["count"] for row in metrics["first_error_position"]["absolute"]) == metrics["wrong_words"] == 719
    assert sum(row["count"] for row in metrics["first_error_position"]["relative"]) == 719
    assert [(b["min_length"], b["max_length"]) for b in metrics["by_length"]] == [(1, 5), (6, 8), (9, 11), (12, None)]
    assert [round(b["exact_free"], 2) for b in metrics["by_length"]] == [0.94, 0.86, 0.67, 0.29]
    assert sum(b["count"] for b in metrics["by_length"]) == 2000
    assert metrics["verdict"] in printed and "64.05% free running, 64.05% teacher forced" in printed
    parsed = assert_self_contained(report_path.read_text(encoding="utf-8"))
    assert "Exact accuracy against source length" in parsed.figure_titles
    assert "Recovery after the first mistake" in parsed.figure_titles


def test_a_word_list_is_graded_by_the_rule_and_what_a_pig_latin_model_does_not_take_is_noted(tmp_path, capsys):
    words = tmp_path / "words.txt"
    words.write_text("string\napple\nsquare\ncafé\n\nrhythm\n", encoding="utf-8")
    metrics_path = tmp_path / "m.json"
    assert run_cli(["diagnose", "--pairs", str(words), "--metrics", str(metrics_path), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "1 line that a Pig Latin model does not take" in err
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    assert metrics["pairs_used"] == 4 and metrics["model"] == "additive attention"


def test_the_date_model_is_diagnosed_on_its_own_held_out_pairs_or_a_pairs_file(tmp_path, capsys):
    metrics_path = tmp_path / "m.json"
    assert run_cli(["diagnose", "--model", str(DATE_MODEL), "--metrics", str(metrics_path), "--quiet"]) == 0
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    assert metrics["pairs_used"] == 1000 and metrics["exact_free"] == metrics["exact_teacher_forced"]
    buckets = metrics["by_length"]
    assert 2 <= len(buckets) <= 4 and buckets[-1]["max_length"] is not None, "quartiles of the source length"
    assert all(a["max_length"] < b["min_length"] for a, b in zip(buckets, buckets[1:], strict=False))
    pairs = tmp_path / "held_out.tsv"
    pairs.write_text("\n".join(resource_path("dates", "date_pairs.tsv").read_text(encoding="utf-8")
                               .splitlines()[:120]) + "\n", encoding="utf-8")
    assert run_cli(["diagnose", "--model", str(DATE_MODEL), "--pairs", str(pairs), "--metrics", str(metrics_path),
                    "--quiet"]) == 0
    assert json.loads(metrics_path.read_text(encoding="utf-8"))["pairs_used"] == 120


def test_a_model_of_other_pairs_without_them_and_the_wrong_attention_are_refused(tmp_path, capsys):
    from rnnlab.engine.translate.config import TranslatorConfig
    from rnnlab.engine.translate.model import Seq2Seq
    from rnnlab.engine.translate.task import SequenceTask
    from rnnlab.engine.translate.translator import Translator

    task = SequenceTask(title="copy", splitting="lines", characters="ab", max_source_length=10, generation_cap=14)
    config = TranslatorConfig(attention="none", hidden_size=4, embedding_size=2)
    model_path = tmp_path / "copy.pt"
    Translator(Seq2Seq(config, task.vocabulary_size), config, task).save(model_path)
    assert "give its held-out pairs with --pairs FILE" in one_line_error(capsys, ["diagnose", "--model",
                                                                                  str(model_path)])
    assert "with none attention, not additive" in one_line_error(
        capsys, ["diagnose", "--model", str(model_path), "--attention", "additive"])


def test_lang_fa_writes_the_report_in_persian_while_the_command_and_the_metrics_stay_english(tmp_path, capsys):
    from rnnlab.engine import translations

    words = tmp_path / "words.txt"
    words.write_text("string\nsquare\nextraordinary\nthe\n", encoding="utf-8")
    metrics_path, report_path = tmp_path / "m.json", tmp_path / "r.html"
    try:
        assert run_cli(["diagnose", "--attention", "none", "--pairs", str(words), "--metrics", str(metrics_path),
                        "--report", str(report_path), "--lang", "fa", "--quiet"]) == 0
    finally:
        translations.set_language("en")
    printed = capsys.readouterr().out
    html = report_path.read_text(encoding="utf-8")
    assert 'lang="fa"' in html and 'dir="rtl"' in html
    parsed = assert_self_contained(html)
    assert "دقت دقیق بر حسب طول مبدأ" in parsed.figure_titles
    assert "Exact accuracy against source length" not in parsed.figure_titles
    assert "free running" in printed, "the command's own output stays English"
    assert json.loads(metrics_path.read_text(encoding="utf-8"))["model"] == "no attention"
