"""``translate --pairs FILE``: a model graded on a held-out file (a pairs file read as ``train-translator --pairs``
reads it, or a word list graded by the rule for Pig Latin), with the count, exact accuracy and character error rate
the torch model gives; torch-free. (Refused with TEXT, --input, --output or --json: test_translation_cli's table of
bad arguments.)"""

import subprocess
import sys

import pytest

from rnnlab.cli import run_cli
from rnnlab.engine.resources import resource_path
from rnnlab.engine.translate.metrics import evaluate
from rnnlab.engine.translate.pig_latin import pig_latin
from tests.cli.test_translation_cli import one_line_error
from tests.conftest import PROJECT_ROOT

DATE_MODEL = resource_path("dates", "translator_attention.pt")


def _last_digit_changed(line: str) -> str:
    source, target = line.split("\t")
    return f"{source}\t{target[:-1]}{'1' if target[-1] == '0' else '0'}"


@pytest.fixture(scope="module")
def date_file(tmp_path_factory):
    """150 bundled date pairs as a held-out file a person could write: a header-less TSV with a repeated pair, three
    targets changed (so the model cannot match them) and a source with a character the date model never saw."""
    lines = resource_path("dates", "date_pairs.tsv").read_text(encoding="utf-8").splitlines()[:150]
    changed = [_last_digit_changed(line) if n % 50 == 0 else line for n, line in enumerate(lines)]
    path = tmp_path_factory.mktemp("held") / "held_out.tsv"
    path.write_text("\n".join(changed + [changed[7], "3 märz 1998\t1998-03-03"]) + "\n", encoding="utf-8")
    return path


def test_a_model_of_pairs_is_graded_on_a_pairs_file_as_the_torch_model_grades_it(date_file, capsys):
    from rnnlab.engine.translate.pairs import read_pairs
    from rnnlab.engine.translate.translator import Translator

    pairs = list(read_pairs(date_file).pairs)
    model = Translator.load(DATE_MODEL)
    readable = [source for source, _target in pairs if model.task.can_encode(source)]
    outputs = dict(zip(readable, (r.output for r in model.translate_batch(readable)), strict=True))
    expected = evaluate([s for s, _t in pairs], [outputs.get(s, "") for s, _t in pairs], [t for _s, t in pairs])
    assert len(pairs) == 151 and len(readable) == 150 and len(expected.mistakes) >= 4
    assert run_cli(["translate", "--model", str(DATE_MODEL), "--pairs", str(date_file)]) == 0
    captured = capsys.readouterr()
    right = expected.words - len(expected.mistakes)
    assert captured.out == (f"exact-pair accuracy {expected.accuracy:.2%} ({right} of 151 pairs), character error "
                            f"rate {expected.char_error_rate:.4f}\n")
    err = captured.err.splitlines()
    assert err[0].startswith("differs from the expected output: ")
    assert "3 märz 1998 ->  (expected: 1998-03-03)" in err[0]
    assert err[1:] == ["note: 1 repeated pair skipped.",
                       "note: 1 source the model cannot read (characters it was never taught, or over "
                       f"{model.task.max_source_length} of them) counted as wrong, e.g. '3 märz 1998'."]


def test_a_pig_latin_model_is_graded_on_a_word_list_by_the_rule(tmp_path, capsys):
    words = tmp_path / "words.txt"
    words.write_text("the\nAir\n\nstring\nsquare\ncafé\nthe\nfbi\n", encoding="utf-8")
    assert run_cli(["translate", "--pairs", str(words)]) == 0
    captured = capsys.readouterr()
    references = [pig_latin(w) for w in ("the", "air", "string", "square", "fbi")]
    cer = 1 / sum(len(r) for r in references)
    assert captured.out == f"exact-word accuracy 80.00% (4 of 5 words), character error rate {cer:.4f}\n"
    assert captured.err.splitlines() == [
        "differs from the rule: fbi -> ibbay (rule: ifbay)",
        "note: 1 line that a Pig Latin model does not take (letters outside a-z, over 24 letters, hyphens or "
        "apostrophes) skipped, e.g. line 6: 'café'.",
        "note: 1 repeated word skipped."]


def test_a_word_list_of_pairs_or_a_pairs_file_without_tabs_is_refused_with_the_reason(tmp_path, capsys):
    course = tmp_path / "pig_latin_small.txt"
    course.write_text("apprehensive apprehensiveway\ngrew ewgray\n", encoding="utf-8")
    assert "line 1: more than one word" in one_line_error(capsys, ["translate", "--pairs", str(course)])
    assert "no tab" in one_line_error(capsys, ["translate", "--model", str(DATE_MODEL), "--pairs", str(course)])


def test_grading_does_not_import_torch(date_file):
    code = ("import sys; from rnnlab.cli import run_cli; "
            f"status = run_cli(['translate', '--model', {str(DATE_MODEL)!r}, '--pairs', {str(date_file)!r}]); "
            "assert status == 0; assert 'torch' not in sys.modules, 'torch was imported'")
    subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, check=True, capture_output=True)
