"""The results panel's verdict is the engine's Diebold-Mariano verdict, with the skill beside it: beats naive, worse
than naive (in red), not distinguishable, or training found nothing to learn."""

import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QLabel, QWidget

from rnnlab.engine.forecast import training
from rnnlab.engine.forecast.metrics import forecast_metrics
from rnnlab.engine.forecast.verdict import naive_verdict
from rnnlab.gui.forecast.results_panel import ResultsPanel

DAYS = pd.bdate_range("2016-01-04", periods=60, name="Date")


def forecast(model_noise: float, naive_noise: float, seed: int = 0) -> training.TestForecast:
    """A test period where the model's and the naive forecast's errors have the given spreads."""
    rng = np.random.default_rng(seed)
    actual = 700 + np.cumsum(rng.normal(0, 5, len(DAYS)))
    predicted, naive = actual + rng.normal(0, model_noise, len(DAYS)), actual + rng.normal(0, naive_noise, len(DAYS))
    baselines = {"drift": naive + 0.3, "linear": naive - 0.4}
    metrics = forecast_metrics(actual, predicted, naive, actual, baselines)
    return training.TestForecast(index=DAYS, actual=actual, predicted=predicted, naive=naive, metrics=metrics,
                                 baselines=baselines)


@pytest.fixture
def panel(qtbot):
    widget = ResultsPanel(QWidget())
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def shown(panel: ResultsPanel) -> str:
    return panel.findChild(QLabel, "verdictLabel").text()


@pytest.mark.parametrize("model_noise, naive_noise, said", [
    (1.0, 3.0, "beats naive (DM p &lt; 0.001)"),
    (3.0, 1.0, "worse than naive (DM p &lt; 0.001)"),
    (2.0, 2.0, "not distinguishable from naive at the 5% level"),
])
def test_the_verdict_is_the_test_s_with_the_skill_beside_it(panel, model_noise, naive_noise, said):
    test = forecast(model_noise, naive_noise)
    panel.show_forecast(test, "trained here")
    dm = test.metrics.dm
    text = shown(panel)
    assert said in text and f"skill {test.metrics.skill:+.4f}" in text
    assert naive_verdict(dm.statistic, dm.p_value, test.metrics.skill).replace("<", "&lt;") in text
    assert ("color:#b00000" in text) == said.startswith("worse")


def test_the_untrained_network_kept_says_training_found_nothing_to_learn(panel):
    panel.show_forecast(forecast(2.0, 2.0), "trained here", nothing_learned=True)
    assert "Verdict: training found nothing to learn" in shown(panel)
