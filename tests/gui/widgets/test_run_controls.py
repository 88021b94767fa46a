"""The run row's status line: a long or growing text wraps to two lines, then elides, and never moves the layout."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.widgets.run_controls import RunControls

LONG = ("Epoch 17 of 30, training loss 0.0123, validation loss 0.0456, best so far at epoch 15; the learning rate "
        "was halved twice  ·  about 1 min 05 s left, and this sentence keeps going to be sure it cannot fit")


def test_status_text_wraps_then_elides_without_moving_the_layout(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    controls = RunControls(JobRunner(window))
    below = QLabel("the plots")
    layout = QVBoxLayout(window)
    layout.addWidget(below, 1)
    layout.addWidget(controls)
    window.resize(700, 400)
    window.show()
    qtbot.waitExposed(window)
    label = controls.status_label
    label.setText("Ready.")
    qtbot.wait(10)
    before = (below.geometry(), controls.geometry(), label.geometry())
    for text in ("Epoch 17 of 30  ·  about 1 min 05 s left", LONG, "Done in 3 s."):
        label.setText(text)
        qtbot.wait(10)
        assert (below.geometry(), controls.geometry(), label.geometry()) == before, text
        assert label.text() == text
    label.setText(LONG)
    shown = label.shown_text().split("\n")
    assert len(shown) == 2 and shown[1].endswith("…") and label.toolTip() == LONG
    label.setText("Epoch 2 of 30")
    assert label.shown_text() == "Epoch 2 of 30" and label.toolTip() == ""


def test_a_failure_keeps_its_whole_message_in_the_tooltip(qtbot):
    controls = RunControls(JobRunner())
    qtbot.addWidget(controls)
    controls._on_runner_failed("Could not train.\nDetails: the loss became NaN at step 12.")
    assert controls.status_label.text() == "Stopped: Could not train."
    assert "step 12" in controls.status_label.toolTip()
