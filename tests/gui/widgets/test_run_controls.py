"""The run row's status line: a long or growing text wraps to two lines, then elides, never moves the layout and
repaints nothing else; progress is shown at most ten times a second."""

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rnnlab.engine.jobs import Progress
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


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_a_new_status_text_repaints_nothing_else_in_the_window(qtbot):
    """In the real window a label in a layout that changed its text repainted the tab around it (the plot panels'
    titles and captions: about 4 ms, 30 times a second while training). The status line sits in a SteadySlot."""
    from rnnlab.gui.app import create_window

    window = create_window()
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.find_tab("gradientFlowTab")
    counter = _PaintCounter()
    qtbot.wait(300)
    for widget in (tab.view, tab.view.loss.title):
        widget.installEventFilter(counter)
    qtbot.waitUntil(lambda: _quiet_for(qtbot, counter), timeout=5000)
    for step in range(5):
        tab.run_controls.status_label.setText(f"Step {step}/1000 · loss {0.1 / (step + 1):.4f}" + " ·" * step)
        qtbot.wait(20)
    assert tab.run_controls.status_label.text().startswith("Step 4/1000")
    assert counter.paints == 0
    window.close()


def _quiet_for(qtbot, counter: _PaintCounter) -> bool:
    """True when nothing watched was painted for 100 ms (the window's start-up paints are over)."""
    counter.paints = 0
    qtbot.wait(100)
    return counter.paints == 0


def test_progress_shows_the_latest_event_at_most_ten_times_a_second(qtbot):
    runner = JobRunner()
    controls = RunControls(runner)
    qtbot.addWidget(controls)
    runner.started_at = time.monotonic()
    controls._on_runner_progress([Progress(fraction=0.1, message="Step 1")])
    assert controls.status_label.text().startswith("Step 1")
    for step in range(2, 6):
        controls._on_runner_progress([Progress(fraction=step / 10, message=f"Step {step}")])
    assert controls.status_label.text().startswith("Step 1"), "shown again within 0.1 s"
    qtbot.waitUntil(lambda: controls.status_label.text().startswith("Step 5"), timeout=1000)
    assert controls.progress_bar.value() == 500
    controls._on_runner_progress([Progress(fraction=0.6, message="Step 6")])
    controls._on_runner_cancelled()
    qtbot.wait(150)
    assert controls.status_label.text() == "Cancelled.", "a run's progress must not overwrite its outcome"
