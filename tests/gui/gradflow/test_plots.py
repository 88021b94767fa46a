"""The plots' reading aids: log-axis labels that never repeat (the reports' tick rule), decade ranges that only grow,
rendered subscripts."""

import pytest

from rnnlab.engine.report.ticks import log_ticks
from rnnlab.gui.gradflow.plots import DecadeAxis, decade_range, math_html


@pytest.mark.parametrize("low, high", [(-0.02, 0.03), (-0.3, 0.1), (-1.0, 0.0), (-2.0, 1.0), (-7.0, 0.0),
                                       (-64.0, 0.0), (-640.0, 0.0), (0.9, 1.0), (0.0, 1e-6)])
def test_log_axis_labels_are_distinct_at_every_range(qtbot, low, high):
    axis = DecadeAxis("left")
    labels = []
    for spacing, values in axis.tickValues(low, high, 200):
        labels += [text for text in axis.tickStrings(values, 1.0, spacing) if text]
    assert labels and len(labels) == len(set(labels)), labels


def test_screen_and_report_label_a_range_alike(qtbot):
    axis = DecadeAxis("left")
    for low, high in [(-40.0, 0.0), (-1.4, 0.05), (2.1, 2.3)]:
        (spacing, values), = axis.tickValues(low, high, 6 * 28)
        assert (values, axis.tickStrings(values, 1.0, spacing)) == log_ticks(low, high, 6)


def test_decade_ranges_change_only_when_the_data_leaves_them():
    shown = decade_range(None, -3.2, -0.1)
    assert shown == (-4.0, 0.0)
    assert decade_range(shown, -3.9, -1.0) is shown
    assert decade_range(shown, -5.5, -1.0) == (-6.0, 0.0)
    assert decade_range(None, 0.2, 0.2) == (0.0, 1.0)


def test_titles_render_subscripts():
    assert math_html("‖∂c_t/∂c_{t−1}‖ of W_rec") == "‖∂c<sub>t</sub>/∂c<sub>t−1</sub>‖ of W<sub>rec</sub>"
