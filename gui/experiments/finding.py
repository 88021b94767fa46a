"""What an experiment found, in a few lines for the tab's status line: the horizons (for an experiment with a
horizon rule), the runs left out of the chosen metric, the paired tests."""

from __future__ import annotations

from rnnlab.engine.experiments.horizon import horizons
from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.experiments.stats import p_text
from rnnlab.engine.experiments.summary import interval_text, left_out_text, number, seeds_text
from rnnlab.gui.i18n import filled, translate


def finding_lines(results: ExperimentResults, metric: str) -> list[str]:
    """The horizons on one line (``Horizon (length, n = 3 seeds): rnn 10, lstm 160, gru at least 320``), the line
    naming the runs without ``metric``, then each paired test of ``metric`` on a line."""
    found = horizons(results)
    lines = [filled(translate("experiments.finding", "Horizon ({name}, n = {seeds} seeds): "), name=found[0].axis.name,
                    seeds=found[0].seeds)
             + ", ".join(f"{h.label} {h.text}" for h in found)] if found else []
    lines += [line for line in [left_out_text(results, metric)] if line]
    lines += [f"{c.label}: {metric} {number(c.test.mean_difference)} "
              f"{interval_text(c.test.low, c.test.high)}, {p_text(c.test.p)}, {seeds_text(c.test.n)}"
              for c in results.comparisons(metric)]
    return lines
