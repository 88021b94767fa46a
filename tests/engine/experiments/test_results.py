"""Stored runs read as results: configurations in the grid's order, each metric summarised over its seeds, paired
tests between configurations that differ in one setting, the runs' CSV and the printed summary."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from scipy import stats

from rnnlab.engine.experiments.export import runs_table, write_runs_csv
from rnnlab.engine.experiments.results import numeric_metrics
from rnnlab.engine.experiments.runs import DONE, FAILED
from rnnlab.engine.experiments.summary import summary_lines
from tests.engine.experiments.conftest import SEEDS, grid_results, loss_of


@pytest.fixture
def results(store):
    return grid_results(store)

def test_configurations_follow_the_grid_and_hold_their_runs(results):
    assert [c.label for c in results.configurations] == [
        "cell=rnn, learning_rate=0.01", "cell=rnn, learning_rate=0.1", "cell=lstm, learning_rate=0.01",
        "cell=lstm, learning_rate=0.1"]
    assert [len(c.runs) for c in results.configurations] == [3, 3, 3, 3]
    assert (results.total, results.count(DONE), results.count(FAILED)) == (12, 11, 1)
    assert results.metric_names() == ["tail_loss", "solved"]
    assert results.default_metric("tail_loss") == "tail_loss" and results.default_metric("skill") == "tail_loss"
    assert [run.error for run in results.failures()] == ["It broke."]


def test_each_configuration_is_summarised_over_the_seeds_that_gave_the_metric(results):
    summaries = results.summaries("tail_loss")
    first = summaries[0].summary
    values = [loss_of("rnn", 0.01, seed) for seed in range(SEEDS)]
    assert first.n == 3 and first.mean == pytest.approx(np.mean(values)) and first.sd == pytest.approx(
        np.std(values, ddof=1))
    assert summaries[1].summary.n == 2, "the failed run is left out"


def test_paired_tests_compare_configurations_that_differ_in_one_setting_on_their_shared_seeds(results):
    comparisons = results.comparisons("tail_loss")
    assert [c.label for c in comparisons] == [
        "learning_rate: 0.1 - 0.01 at cell=rnn", "cell: lstm - rnn at learning_rate=0.01",
        "cell: lstm - rnn at learning_rate=0.1", "learning_rate: 0.1 - 0.01 at cell=lstm"]
    test = comparisons[1].test
    lstm = [loss_of("lstm", 0.01, s) for s in range(SEEDS)]
    rnn = [loss_of("rnn", 0.01, s) for s in range(SEEDS)]
    assert test.n == 3 and test.p == pytest.approx(stats.ttest_rel(lstm, rnn).pvalue, rel=1e-10)
    assert comparisons[0].test.n == 2, "seed 2 of one side failed"


def test_numeric_metrics_are_top_level_numbers_and_compare_mode_s_per_cell_numbers():
    metrics = {"diverged_at_step": None, "cells": ["rnn", "lstm"], "skill": 0.25, "epochs_run": 3, "solved": True,
               "rnn": {"tail_loss": 0.5, "product_change": "falls"}, "baselines": {"naive": {"mae": 1.0}}}
    assert numeric_metrics(metrics) == {"skill": 0.25, "epochs_run": 3, "rnn.tail_loss": 0.5}
    assert numeric_metrics(None) == {}


def test_the_csv_has_a_row_per_run_with_the_values_as_typed(results, tmp_path):
    header, rows = runs_table(results)
    assert header == ["cell", "learning_rate", "seed", "status", "seconds", "tail_loss", "solved"]
    assert rows[0] == ["rnn", "1e-2", 0, "done", 2.0, loss_of("rnn", 0.01, 0), 0]
    assert rows[5] == ["rnn", "0.1", 2, "failed", 2.0, "", ""]
    path = tmp_path / "runs.csv"
    write_runs_csv(path, results)
    with open(path, encoding="utf-8", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == header and len(read) == 13 and read[1][:3] == ["rnn", "1e-2", "0"]
    assert float(read[1][5]) == loss_of("rnn", 0.01, 0)


def test_a_finished_run_without_the_metric_is_named_as_left_out(store):
    """A diverged run is done (its partial metrics kept) but has no tail loss: the summary says so."""
    import dataclasses

    from rnnlab.engine.experiments.results import ExperimentResults
    from rnnlab.engine.experiments.summary import left_out_text

    results = grid_results(store)
    run = results.runs[0]
    diverged = dataclasses.replace(run, metrics={**(run.metrics or {}), "tail_loss": None, "diverged_at_step": 38})
    changed = ExperimentResults(results.stored, [diverged, *results.runs[1:]])
    assert changed.without("tail_loss") == [diverged] and results.without("tail_loss") == []
    line = f"1 finished run gave no tail_loss and is left out of its figures: {run.key} (diverged at step 38)."
    assert left_out_text(changed, "tail_loss") == line and line in summary_lines(changed, "tail_loss")
    assert left_out_text(results, "tail_loss") == ""


def test_the_summary_says_n_beside_every_figure(results):
    lines = summary_lines(results, "tail_loss")
    assert lines[0] == ("experiment 1 'grid' (gradflow, cell (2) x learning_rate (2) x 3 seeds = 12 runs): 11 done, "
                        "1 failed")
    assert lines[2].split() == ["cell", "learning_rate", "mean", "sd", "95%", "CI", "n"]
    assert lines[3].startswith("rnn   1e-2") and lines[3].endswith("n = 3 seeds")
    assert lines[4].endswith("n = 2 seeds")
    assert lines[7].startswith("paired t-tests of tail_loss")
    assert all(line.endswith(("n = 3 seeds", "n = 2 seeds")) for line in lines[8:]) and len(lines) == 12
