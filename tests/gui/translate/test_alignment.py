"""The alignment heatmap labels every character it pairs, spaces included."""

import numpy as np

from rnnlab.gui.translate.alignment import END_LABEL, SPACE_LABEL, AlignmentView


def test_spaces_of_a_line_are_visible_on_the_axes_and_in_the_tooltip(qtbot):
    view = AlignmentView()
    qtbot.addWidget(view)
    matrix = np.full((3, 6), 1 / 6, dtype=np.float32)
    view.show_alignment("3 may", "0 5", matrix)
    assert view.showing_plot
    assert view.columns == ["3", SPACE_LABEL, "m", "a", "y", END_LABEL] and view.rows == ["0", SPACE_LABEL, "5"]
    expected = f"writing “{SPACE_LABEL}” (character 2) looks at “{SPACE_LABEL}”: weight 0.167"
    assert view.weight_text(1.5, 1.5) == expected


def test_an_empty_output_is_said_not_drawn(qtbot):
    view = AlignmentView()
    qtbot.addWidget(view)
    view.show_alignment("3 may", "", np.zeros((0, 6), dtype=np.float32))
    assert not view.showing_plot and "wrote nothing" in view.message.text()


def test_a_long_line_labels_every_kth_character_and_the_tooltip_still_names_each_cell(qtbot):
    view = AlignmentView()
    qtbot.addWidget(view)
    source, output = "abcdefghij" * 12, "x" * 61
    view.show_alignment(source, output, np.full((61, 121), 1 / 121, dtype=np.float32))
    bottom = view.plot.getAxis("bottom")._tickLevels[0]
    left = view.plot.getAxis("left")._tickLevels[0]
    assert len(bottom) <= 48 and [label for _x, label in bottom[:2]] == ["a", "d"]
    assert len(left) <= 20
    assert view.weight_text(1.5, 60.5) == "writing “x” (character 61) looks at “b”: weight 0.008"
    assert view.plot.titleLabel.text.endswith("…")


def test_a_wide_title_is_cut_to_the_plot_so_the_colour_bar_stays_in_view(qtbot):
    view = AlignmentView()
    qtbot.addWidget(view)
    view.resize(420, 320)
    view.show()
    qtbot.waitExposed(view)
    view.show_alignment("W" * 25, "W" * 25, np.full((25, 26), 1 / 26, dtype=np.float32))
    title = view.plot.titleLabel.item
    assert title.toPlainText().endswith("…")
    assert title.boundingRect().width() <= view.plot_widget.width()
    bar = view.colour_bar.mapRectToScene(view.colour_bar.boundingRect())
    assert bar.right() <= view.plot_widget.width()
    view.resize(900, 320)
    qtbot.waitUntil(lambda: not view.plot.titleLabel.item.toPlainText().endswith("…"))
