"""The summary line says in words how the product norm changes: falls, rises, or underflows to exactly 0."""

import numpy as np

from rnnlab.engine.gradflow.summary import product_change


def test_falling_rising_and_underflowing_products_read_as_words():
    assert product_change(np.array([-12.44, -3.0, 0.0])) == "falls 12.4 decades"
    assert product_change(np.array([3.2, 1.0, 0.0])) == "rises 3.2 decades"
    assert product_change(np.array([-np.inf, -300.0, 0.0])) == "reaches exactly 0 (float64 underflow)"
    assert product_change(np.array([np.nan, 0.0])) == "is not a number (NaN)"
