"""Run, Resume and Cancel of an experiment, its progress bar and its status line with the time left, estimated from
the finished runs' seconds and the number of runs going at once."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from rnnlab.gui.i18n import counted, filled, translate
from rnnlab.gui.widgets.run_controls import StatusLabel, format_duration
from rnnlab.gui.widgets.steady_slot import SteadySlot


def time_left(seconds: Sequence[float], remaining: int, workers: int) -> float | None:
    """Seconds until the last of ``remaining`` runs ends, ``workers`` at a time, each taking the mean of the finished
    runs' ``seconds``; None before a run has finished."""
    if not seconds or remaining <= 0:
        return None
    return sum(seconds) / len(seconds) * remaining / max(1, workers)


class SweepControls(QWidget):
    """The row under the experiment's definition. The tab says what is possible (``sync``) and what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_button = QPushButton(translate("experiments.sweep_controls", "Run"), objectName="experimentsRun")
        self.run_button.setShortcut("Ctrl+Return")
        self.resume_button = QPushButton(translate("experiments.sweep_controls", "Resume"),
                                         objectName="experimentsResume")
        self.resume_button.setToolTip(translate("experiments.sweep_controls", "Run only the runs this experiment is "
                                                                              "missing (after a Cancel, a crash or "
                                                                              "a failed run), into the same stored "
                                                                              "experiment"))
        self.cancel_button = QPushButton(translate("experiments.sweep_controls", "Cancel"),
                                         objectName="experimentsCancel")
        self.cancel_button.setShortcut("Esc")
        self.cancel_button.setToolTip(translate("experiments.sweep_controls", "Stop the runs in flight; the "
                                                                              "finished runs stay in the store "
                                                                              "(Resume runs the rest) (Esc)"))
        self.progress_bar = QProgressBar(objectName="experimentsProgress", minimum=0, maximum=1, value=0)
        self.progress_bar.setToolTip(translate("experiments.sweep_controls", "Finished runs of this sweep"))
        self.progress_bar.setFormat(translate("experiments.sweep_controls", "%v of %m runs"))
        self.status_label = StatusLabel(translate("experiments.sweep_controls", "Loading the engine…"),
                                        objectName="experimentsStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.run_button, self.resume_button, self.cancel_button):
            layout.addWidget(button)
        layout.addWidget(self.progress_bar, 1)
        layout.addWidget(SteadySlot(self.status_label), 2)
        self.sync(engine_ready=False, busy=False, valid=False, resumable=False)

    def sync(self, engine_ready: bool, busy: bool, valid: bool, resumable: bool) -> None:
        """Enable what can be done: Run with a valid definition once the engine is in, Resume for an unfinished
        stored experiment, Cancel during a sweep."""
        self.run_button.setEnabled(engine_ready and not busy and valid)
        self.resume_button.setEnabled(engine_ready and not busy and resumable)
        self.cancel_button.setEnabled(busy)
        if not engine_ready:
            self.run_button.setToolTip(translate("experiments.sweep_controls", "The engine (PyTorch) is still "
                                                                               "loading…"))
        elif busy:
            self.run_button.setToolTip(translate("experiments.sweep_controls", "A sweep is going: one at a time. "
                                                                               "Wait for it, or Cancel it."))
        elif not valid:
            self.run_button.setToolTip(translate("experiments.sweep_controls", "Fix the experiment's definition "
                                                                               "first (the reason is beside the "
                                                                               "field)"))
        else:
            self.run_button.setToolTip(translate("experiments.sweep_controls", "Run every run of the experiment "
                                                                               "into a new stored experiment, in "
                                                                               "the background (Ctrl+Return)"))

    def show_progress(self, finished: int, total: int, seconds: Sequence[float], workers: int, failed: int) -> None:
        """``finished`` of ``total`` runs of this sweep, with the time left."""
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(finished)
        text = filled(translate("experiments.sweep_controls", "{finished} of {runs}"), finished=finished,
                      runs=counted(total, "run"))
        if failed:
            text += filled(translate("experiments.sweep_controls", ", {failed} failed"), failed=failed)
        left = time_left(seconds, total - finished, workers)
        if left is not None:
            text += filled(translate("experiments.sweep_controls", "  ·  about {left} left"),
                           left=format_duration(left))
        elif finished < total:
            text += filled(translate("experiments.sweep_controls", "  ·  {runs} going"),
                           runs=counted(min(workers, total - finished), "run"))
        self.status_label.setText(text)

    def say(self, text: str, detail: str = "") -> None:
        """Show ``text`` in the status line (``detail``: its tooltip)."""
        self.status_label.setText(text, detail)
