"""Text from outside the program renders as written: escaped for rich text (labels, pyqtgraph titles and axis labels),
left alone or escaped where Qt guesses (tooltips, message boxes), ``&`` doubled in menu entries."""

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QAction, Qt

from rnnlab.gui.widgets.user_text import auto_literal, escape_html, escape_mnemonic
from tests.gui.shown_text import rendered

TRICKY = ["<b>BOLD<i>.csv", '"><img src=x onerror=alert(1)>.csv', "</svg><script>x</script>", "<b>x</b> → >",
          "&lt;b&gt; &amp; & &#60;", "<!DOCTYPE html><p>x", "two  spaces", " leading", "trailing ", "a\ttab",
          "two\nlines", "<i>x</i>\n<b>y</b>", "Saved forecaster.pt.", "", "'quotes' \"double\""]


@pytest.mark.parametrize("text", TRICKY)
def test_escaped_html_renders_as_the_text(qtbot, text):
    assert rendered(escape_html(text), Qt.TextFormat.RichText) == text


@pytest.mark.parametrize("text", TRICKY)
def test_where_qt_guesses_the_text_is_shown_as_written(qtbot, text):
    assert rendered(auto_literal(text)) == text


def test_text_qt_reads_as_plain_is_left_alone(qtbot):
    for text in ("Saved forecaster.pt.", "Cannot open prices.csv: line 3 has 2 columns.\n\nDetails: a < b",
                 "x & y", "a  b"):
        assert auto_literal(text) == text


@pytest.mark.parametrize("text", TRICKY[:6])
def test_pyqtgraph_titles_and_axis_labels_show_escaped_text_as_written(qtbot, text):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    plot.setTitle(escape_html(text))
    plot.setLabel("left", escape_html(text))
    assert plot.titleLabel.item.toPlainText() == text
    assert plot.getAxis("left").label.toPlainText() == text + " "  # pyqtgraph puts the units (none) after a space


def test_a_menu_entry_shows_its_ampersands(qtbot):
    for text in ("Tom & Jerry.csv", "a&&b", "&1 first"):
        assert QAction(escape_mnemonic(text)).iconText() == text  # iconText: the text as shown, marks removed
