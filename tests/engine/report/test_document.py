"""The HTML document: escaped text, the settings table, versions, print CSS, atomic writing, readable errors."""

import dataclasses
import html
import shlex

import pytest

from rnnlab.engine.errors import OutputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.report.document import Report, Section, figure, paragraph, render, settings_table, write_report
from rnnlab.engine.report.line_chart import LineChart
from rnnlab.engine.report.run_settings import RunInput, RunSettings
from rnnlab.engine.translate.config import TranslatorConfig
from tests.engine.report.self_contained import assert_self_contained, parse_report

HOSTILE = '<script>alert(1)</script><img src="evil.png"> & "quotes"'


def _report(*blocks: str) -> Report:
    return Report(title=HOSTILE, kind="Test", sections=[Section("Section " + HOSTILE, list(blocks))])


def test_user_text_is_escaped_everywhere_and_nothing_loads_from_outside():
    chart = LineChart("x " + HOSTILE, "y").line([0, 1, 2], [1, 2, 3], "legend " + HOSTILE, "#123456")
    text = render(_report(paragraph(HOSTILE), figure(chart.svg(), HOSTILE, HOSTILE)))
    assert "<script" not in text and "<img" not in text
    parsed = assert_self_contained(text)
    assert parsed.tags.count("svg") == 1


def test_head_names_the_software_and_the_page_is_one_document():
    text = render(_report())
    parsed = parse_report(text)
    assert parsed.tags.count("html") == 1 and parsed.tags.count("body") == 1
    for name in ("RNN Lab", "Python", "torch", "numpy", "Qt (PySide6)"):
        assert f"<td>{name}</td>" in text


def test_settings_table_lists_every_field_and_marks_the_changed_ones():
    config = dataclasses.replace(GradflowConfig(), hidden=7, seed=42, clip=None)
    text = settings_table(RunSettings("gradflow", config, device_used="CPU"))
    for field in dataclasses.fields(GradflowConfig):
        assert "--" + field.name.replace("_", "-") in text
    assert '<tr class="changed"><td>Hidden size H</td><td>7</td>' in text
    assert '<tr class="changed"><td>Seed</td><td>42</td>' in text
    assert "<td>Gradient clip</td><td>off</td>" in text
    assert "<td>Device</td><td>cpu (auto)</td>" in text
    assert '<pre class="command">rnnlab gradflow --hidden 7 --clip off --seed 42</pre>' in text


def test_settings_table_escapes_inputs_and_the_command_line():
    run = RunSettings("forecast", ForecastConfig(column=HOSTILE),
                      [RunInput("Training file", HOSTILE, "TRAIN.csv", (HOSTILE,))])
    text = render(_report(settings_table(run)))
    assert "<script" not in text and "<img" not in text
    assert_self_contained(text)
    command = text.split('<pre class="command">')[1].split("</pre>")[0]
    assert shlex.split(html.unescape(command))[2:] == [HOSTILE, "--column", HOSTILE]


def test_a_run_that_no_command_repeats_says_why():
    run = RunSettings("train-translator", TranslatorConfig(), unrepeatable="its pairs were not read from a file")
    text = settings_table(run)
    assert '<pre class="command">' not in text and "its pairs were not read from a file" in text


def test_write_report_replaces_the_file_in_one_step(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    write_report(_report(paragraph("new")), target)
    assert "<p>new</p>" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_unwritable_target_is_an_output_error_saying_why(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="Could not write .*report.html: its folder does not exist."):
        write_report(_report(), blocker / "report.html")
