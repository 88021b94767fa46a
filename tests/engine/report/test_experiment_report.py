"""The sweep's report: self-contained, the settings with the grid, n beside every figure, the chart of the metric
with its CI bars, the paired tests, the curves and every run."""

from __future__ import annotations

import html
import re

import pytest

from rnnlab.engine.report.document import render
from rnnlab.engine.report.experiment_report import experiment_report
from rnnlab.engine.report.line_chart import LineChart
from tests.engine.experiments.conftest import grid_results
from tests.engine.report.self_contained import assert_self_contained


@pytest.fixture
def results(tmp_path):
    from rnnlab.engine.experiments.store import RunStore

    return grid_results(RunStore(tmp_path / "runs.sqlite3"))


def test_the_report_is_self_contained_and_states_what_ran(results):
    text = render(experiment_report(results, "tail_loss"))
    parsed = assert_self_contained(text)
    assert parsed.figure_titles == ["tail_loss by configuration", "loss"]
    plain = html.unescape(text)
    assert "Experiment: grid" in plain
    assert "cell (2) x learning_rate (2) x 3 seeds = 12 runs; 11 done, 1 failed" in plain
    assert "rnnlab sweep gradflow --vary cell=rnn,lstm" in plain
    assert "<td>Cell</td><td>varied: rnn, lstm</td>" in text and "<td>0 to 2, one per run</td>" in text
    assert "<td>Learning rate</td><td>varied: 1e-2, 0.1</td>" in text


def test_every_figure_has_its_n_and_the_tests_their_p(results):
    text = html.unescape(render(experiment_report(results, "tail_loss")))
    results_section = text[text.index("<h2>Results: tail_loss</h2>"):text.index("<h2>Every metric")]
    assert results_section.count("n = 3 seeds") == 3 + 2 and results_section.count("n = 2 seeds") == 1 + 2
    assert "cell: lstm - rnn at learning_rate=0.01" in results_section and "p = " in results_section
    assert "not corrected for the number of tests" in results_section
    every = text[text.index("<h2>Every metric"):text.index("<h2>Loss curves")]
    assert every.count("<h3>") == 4 and every.count("<td>tail_loss</td>") == 4
    runs = text[text.index("<h2>Runs</h2>"):text.index("<h2>Software</h2>")]
    assert runs.count("<tr>") == 13 and "It broke." in runs


def test_the_chart_has_a_line_per_second_setting_value_with_ci_bars_over_the_first(results):
    chart = experiment_report(results, "tail_loss").sections[2].blocks[1]
    assert ">rnn</text>" in chart and ">lstm</text>" in chart, "the first setting's values name the x positions"
    assert ">learning_rate=1e-2</text>" in chart and ">learning_rate=0.1</text>" in chart
    assert len(re.findall(r'<path d="M[^"]*V[^"]*h8', chart)) == 4, "a CI bar per configuration"


def test_a_report_before_any_run_is_done_has_the_settings_and_no_figures(tmp_path, results):
    from rnnlab.engine.experiments.results import ExperimentResults

    empty = ExperimentResults(results.stored, [])
    text = render(experiment_report(empty, None))
    assert_self_contained(text)
    assert "12 runs; 0 done, 12 not run" in html.unescape(text) and "<figure>" not in text


def test_error_bars_are_capped_and_named_positions_replace_the_ticks():
    chart = LineChart("cell", "loss", x_labels=((0, "rnn"), (1, "gru")), x_range=(-0.5, 1.5))
    chart.line([0, 1], [1.0, 2.0], "mean", "#1f77b4").error_bars([0, 1], [0.5, float("nan")], [1.5, 2.5], "#1f77b4")
    svg = chart.svg()
    assert len(re.findall(r'<path d="M[^"]*V[^"]*h8M[^"]*h8"', svg)) == 1, "a bar without its low end is not drawn"
    assert ">rnn</text>" in svg and ">gru</text>" in svg
