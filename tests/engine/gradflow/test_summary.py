"""The summary line says in words how the product norm changes: falls, rises, or underflows to exactly 0."""

import numpy as np

from rnnlab.engine.gradflow.summary import product_change


def test_falling_rising_and_underflowing_products_read_as_words():
    assert product_change(np.array([-12.44, -3.0, 0.0])) == "falls 12.4 decades"
    assert product_change(np.array([3.2, 1.0, 0.0])) == "rises 3.2 decades"
    assert product_change(np.array([-np.inf, -300.0, 0.0])) == "reaches exactly 0 (float64 underflow)"
    assert product_change(np.array([np.nan, 0.0])) == "is not a number (NaN)"


def test_the_step_where_a_loss_stopped_being_finite_is_found_and_said():
    from rnnlab.engine.gradflow.config import GradflowConfig
    from rnnlab.engine.gradflow.summary import diverged_step, divergence_line
    from rnnlab.engine.gradflow.training import GradflowResult

    assert diverged_step([0.5, 0.4]) is None
    assert diverged_step([0.5, float("nan"), float("inf")]) == 2
    result = GradflowResult(config=GradflowConfig(cell="gru", steps=1000), cells=("gru",), chance_loss=0.167,
                            snapshots={}, losses={"gru": [0.5, 0.4, float("nan")]})
    assert divergence_line(result) == ("GRU loss became NaN at step 3 of 1,000: training stopped there; the figures "
                                       "are the last probe's (step 0)")
    result.losses["gru"] = [0.5, 0.4]
    assert divergence_line(result) == ""
