"""The plots' reading aids: log-axis labels that never repeat, decade ranges that only grow, rendered subscripts."""

import numpy as np
import pytest

from rnnlab.gui.gradflow.plots import DecadeAxis, decade_range, distinct_labels, math_html


@pytest.mark.parametrize("low, high", [(-0.02, 0.03), (-0.3, 0.1), (-1.0, 0.0), (-2.0, 1.0), (-7.0, 0.0),
                                       (-64.0, 0.0), (-640.0, 0.0), (0.9, 1.0)])
def test_log_axis_labels_are_distinct_at_every_range(qtbot, low, high):
    axis = DecadeAxis("left")
    labels = []
    for spacing, values in axis.tickValues(low, high, 200):
        labels += [text for text in axis.tickStrings(values, 1.0, spacing) if text]
    assert labels and len(labels) == len(set(labels)), labels


def test_close_values_get_enough_digits():
    assert distinct_labels(list(np.log10([1.1, 1.0, 1.01, 0.99, 0.98]))) == ["1.1", "1", "1.01", "0.99", "0.98"]


def test_decade_ranges_change_only_when_the_data_leaves_them():
    shown = decade_range(None, -3.2, -0.1)
    assert shown == (-4.0, 0.0)
    assert decade_range(shown, -3.9, -1.0) is shown
    assert decade_range(shown, -5.5, -1.0) == (-6.0, 0.0)
    assert decade_range(None, 0.2, 0.2) == (0.0, 1.0)


def test_titles_render_subscripts():
    assert math_html("‖∂c_t/∂c_{t−1}‖ of W_rec") == "‖∂c<sub>t</sub>/∂c<sub>t−1</sub>‖ of W<sub>rec</sub>"
