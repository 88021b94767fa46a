"""The comparison table: graded rows against the expected output, and rows with no expected output left ungraded."""

from rnnlab.gui.translate.compare import NO_REFERENCE, ComparisonTitles, ComparisonView, highlight_differences


def test_differences_are_highlighted():
    assert "span" not in highlight_differences("ethay", "ethay")
    marked = highlight_differences("etay", "ethay")
    assert "·" in marked and "span" in marked


def test_pig_latin_rows_are_graded_against_the_rule(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.show_words([("the", "etay", "ethay", "ethay")])
    text = view.toPlainText()
    assert text.splitlines()[0].split() == ["English", "no", "attention", "attention", "rule"]
    assert "et·ay ✗" in text and "ethay ✓" in text
    assert "not a pair" not in text


def test_a_line_without_a_known_pair_is_shown_ungraded_and_the_table_says_so(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.set_titles(ComparisonTitles("source", "expected", "line"))
    view.show_words([("3 march 1998", None, "1998-03-03", "1998-03-03"),
                     ("march 4 1998", None, "1998-03-04", None)])
    lines = view.toPlainText().splitlines()
    assert lines[0].split() == ["source", "no", "attention", "attention", "expected"]
    assert "(no model)" in lines[1] and "1998-03-03 ✓" in lines[1]
    assert lines[2].endswith(NO_REFERENCE) and "✓" not in lines[2] and "✗" not in lines[2]
    assert "1 of 2 lines is not a pair of this task's data" in view.toPlainText()
    assert "English" not in view.toPlainText() and "rule" not in view.toolTip()
