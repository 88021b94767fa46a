"""The memory-horizon preset (its grid, budget and success rule) and the horizon rule applied to made-up stored runs:
none, some and all solved, exactly the needed seeds, a failed run, a diverged one; its table, summary lines, share
chart, CSV and report; the rule kept in the stored definition."""

from __future__ import annotations

import csv

import pytest

from rnnlab.engine.experiments.experiment import Experiment, experiment_of, parse_axis
from rnnlab.engine.experiments.horizon import charts_share, horizon_lines, horizon_table, horizons
from rnnlab.engine.experiments.horizon_rule import HorizonRule
from rnnlab.engine.experiments.presets import PRESETS, presets_of
from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.experiments.runs import DONE, FAILED, RunOutcome
from rnnlab.engine.gradflow.lab import GRADFLOW
from rnnlab.engine.gradflow.summary import SOLVED_FRACTION
from tests.engine.experiments.conftest import TINY_GRADFLOW

RULE = HorizonRule(metric="solved", axis="length", min_successes=2)
SOLVED = {
    # (cell, length): the seeds that solve; rnn: 2 of 3 at 10 (exactly the rule), 1 of 3 at 20, none at 40
    ("rnn", 10): {0, 1}, ("rnn", 20): {2},
    # lstm solves everything, though seed 2's run at 40 failed: still 2 of 3
    ("lstm", 10): {0, 1, 2}, ("lstm", 20): {0, 1, 2}, ("lstm", 40): {0, 1},
    # gru: 2 of 3 at 40 only (not at 10 or 20): the largest length that meets the rule is its horizon
    ("gru", 10): {0}, ("gru", 40): {1, 2},
}
FAILED_KEY = "length=40,cell=lstm,seed=2"
DIVERGED_KEY = "length=20,cell=gru,seed=1"


def horizon_experiment(store, rule: HorizonRule | None = RULE):
    axes = (parse_axis(GRADFLOW, TINY_GRADFLOW, "length=10,20,40"),
            parse_axis(GRADFLOW, TINY_GRADFLOW, "cell=rnn,lstm,gru"))
    stored = store.add_experiment(Experiment("gradflow", TINY_GRADFLOW, axes, 3, "horizon", preset="memory-horizon",
                                             horizon=rule))
    for task in stored.experiment.tasks(stored.id):
        solved = int(task.seed in SOLVED.get((task.point["cell"], task.point["length"]), set()))
        metrics = {"chance_loss": 1 / 6, "tail_loss": 0.001 if solved else 0.15, "solved": solved}
        if task.key == DIVERGED_KEY:
            metrics = {"chance_loss": 1 / 6, "tail_loss": None, "solved": None}
        failed = task.key == FAILED_KEY
        store.record(task, RunOutcome(task.experiment_id, task.key, FAILED if failed else DONE,
                                      None if failed else metrics, None, 1.0, "h", "0.1.0", "2.5",
                                      "It broke." if failed else None))
    return ExperimentResults(stored, store.runs(stored.id))


def test_the_preset_varies_t_then_the_cell_over_three_seeds_with_a_fixed_budget_and_the_labs_success_rule():
    preset = PRESETS["memory-horizon"]
    assert presets_of("gradflow") == {"memory-horizon": preset}
    assert preset.vary == ("length=10,20,40,80,160,320", "cell=rnn,lstm,gru") and preset.seeds == 3
    assert preset.settings["task"] == "adding" and preset.settings["steps"] == 1000
    assert preset.horizon == RULE
    assert SOLVED_FRACTION == 0.1, "solved: the tail loss below a tenth of the chance loss (MSE 0.0167)"
    assert "1997" in preset.notes[0] and "1994" in preset.notes[0] and "Adam" in preset.notes[1]


def test_each_cells_horizon_is_the_largest_t_where_enough_seeds_solve(store):
    found = {h.label: h for h in horizons(horizon_experiment(store))}
    assert found["rnn"].value == 10 and found["rnn"].text == "10" and found["rnn"].successes == (2, 1, 0)
    assert found["lstm"].text == "at least 40" and found["lstm"].successes == (3, 3, 2), "a failed run is no success"
    assert found["gru"].value == 40 and found["gru"].successes == (1, 0, 2), "a diverged run (no metric) neither"
    assert found["rnn"].shares() == (2 / 3, 1 / 3, 0.0)


def test_no_t_solved_is_none(store):
    results = horizon_experiment(store, HorizonRule("solved", "length", 3))
    found = {h.label: h.text for h in horizons(results)}
    assert found == {"rnn": "none", "lstm": "20", "gru": "none"}, "3 of 3: the failed run at 40 counts against"


def test_the_table_and_the_summary_lines_name_every_cells_horizon_with_n(store):
    results = horizon_experiment(store)
    header, rows = horizon_table(results)
    assert header == ["cell", "horizon", "length=10", "length=20", "length=40", "n"]
    assert rows[0] == ["rnn", "10", "2/3", "1/3", "0/3", "3"]
    lines = horizon_lines(results)
    assert lines[0] == "horizon: the largest length at which at least 2 of 3 seeds give solved = 1"
    assert lines[2].strip().startswith("lstm: horizon at least 40") and lines[2].endswith("n = 3 seeds)")


def test_an_experiment_without_a_rule_has_no_horizon_and_charts_its_means(store):
    results = horizon_experiment(store, None)
    assert horizons(results) == [] and horizon_lines(results) == [] and horizon_table(results) == ([], [])
    assert not charts_share(results.experiment, "solved")
    assert results.default_metric("tail_loss") == "tail_loss"


def test_the_rule_is_kept_in_the_stored_definition_outside_the_fingerprint(store):
    results = horizon_experiment(store)
    experiment = results.experiment
    again = experiment_of(experiment.definition())
    assert again.horizon == RULE and again.preset == "memory-horizon"
    plain = Experiment("gradflow", TINY_GRADFLOW, experiment.axes, 3)
    assert plain.fingerprint() == experiment.fingerprint(), "the rule does not change what the runs measure"
    old = experiment.definition()
    del old["horizon"], old["preset"]
    assert experiment_of(old).horizon is None, "a definition stored before horizons reads as none"
    assert results.default_metric("tail_loss") == "solved", "the experiment decides by its rule's metric"


def test_a_rule_over_a_setting_not_varied_is_refused():
    with pytest.raises(Exception, match="horizon is read over length"):
        Experiment("gradflow", TINY_GRADFLOW, (parse_axis(GRADFLOW, TINY_GRADFLOW, "cell=rnn,lstm"),), 3,
                   horizon=RULE)


def test_the_share_chart_joins_shares_on_a_log_axis_without_intervals(store):
    from rnnlab.engine.report.experiment_report import metric_chart

    results = horizon_experiment(store)
    assert charts_share(results.experiment, "solved") and not charts_share(results.experiment, "tail_loss")
    chart = metric_chart(results, "solved")
    assert [s.kind for s in chart.series] == ["line", "line", "line"], "no error bars"
    assert [label for _, label in chart.x_labels] == ["10", "20", "40"]
    assert [x for x, _ in chart.x_labels] == pytest.approx([1.0, 1.30103, 1.60206], abs=1e-5)
    assert list(chart.series[0].y) == pytest.approx([2 / 3, 1 / 3, 0])
    assert list(chart.series[1].y) == pytest.approx([1, 1, 2 / 3]), "of all seeds, as the horizon counts: a failed " \
                                                                      "run is not a success"
    assert chart.series[1].label == "cell=lstm"
    assert "errors" in {s.kind for s in metric_chart(results, "tail_loss").series}, "other metrics keep their CIs"


def test_every_csv_row_has_the_cell_length_seed_and_the_labs_metrics(store, tmp_path):
    from rnnlab.engine.experiments.export import write_runs_csv

    results = horizon_experiment(store)
    write_runs_csv(tmp_path / "runs.csv", results)
    with open(tmp_path / "runs.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 27
    done = [row for row in rows if row["status"] == "done"]
    assert all(row["cell"] and row["length"] and row["seed"] != "" for row in rows)
    assert {"solved", "tail_loss", "chance_loss"} <= set(rows[0]) and all(row["chance_loss"] for row in done)


def test_the_report_names_the_horizons_and_the_papers_beside_them(store):
    from rnnlab.engine.report.experiment_report import experiment_report

    report = experiment_report(horizon_experiment(store), "solved")
    titles = [section.heading for section in report.sections]
    assert titles[1:3] == ["Horizon", "Beside the papers"]
    text = "".join(report.sections[1].blocks)
    assert "at least 40" in text and "2/3" in text
    assert "Hochreiter" in "".join(report.sections[2].blocks)
