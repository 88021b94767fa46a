"""The Train / Cancel / progress row every training tab uses, bound to the tab's JobRunner.

It shows the job's fraction and status line with the time remaining (a :class:`StatusLabel`: two lines at most,
the end elided when even they are too short, and no say in the tab's layout), keeps Train disabled while the engine
(torch) is still loading or a run is going, and Cancel enabled only during a run.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QTextLayout
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from rnnlab.engine.jobs import Progress
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import engine_text, filled, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.widgets.steady_slot import SteadySlot
from rnnlab.gui.widgets.user_text import auto_literal

SHOW_INTERVAL_S = 0.1
"""The progress bar and status line show the latest progress at most 10 times a second (the runner delivers up to 30
batches a second): enough to read, and the GUI thread's time is time a training thread waits for the interpreter."""


def format_duration(seconds: float) -> str:
    """Render a duration for a person: ``45 s``, ``3 min 05 s``, ``1 h 02 min``."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return filled(translate("widgets.run_controls", "{seconds} s"), seconds=seconds)
    if seconds < 3600:
        return filled(translate("widgets.run_controls", "{minutes} min {seconds:02d} s"), minutes=seconds // 60,
                      seconds=seconds % 60)
    return filled(translate("widgets.run_controls", "{hours} h {minutes:02d} min"), hours=seconds // 3600,
                  minutes=seconds % 3600 // 60)


class StatusLabel(QLabel):
    """A status line that never moves the layout around it: always two text lines high, its width given by the
    layout (the text's length is ignored), the text wrapped at spaces onto the second line and its end elided with
    "…" when even two lines are too short; the whole text is then the tooltip. A status text that grew by a word
    ("about 1 min 05 s left") used to lay the whole tab out again, plots included (a stall each time)."""

    LINES = 2
    MIN_WIDTH = 140
    """Never squeezed to nothing by its row, even in a 900-pixel-wide window."""

    def __init__(self, text: str = "", parent: QWidget | None = None, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self._text = ""
        self._detail = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.MIN_WIDTH)
        self.setFixedHeight(self.LINES * self.fontMetrics().lineSpacing() + 4)
        self.setText(text)

    def setText(self, text: str, detail: str = "") -> None:
        """Show ``text``; ``detail`` (when given) is the tooltip, else the whole text when it had to be elided."""
        self._text, self._detail = text, detail
        self._fit()

    def text(self) -> str:
        """The whole status text, however much of it is on show."""
        return self._text

    def shown_text(self) -> str:
        """What is on show: at most two lines, the second ending in "…" when the text did not fit."""
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(1, self.contentsRect().width())
        layout = QTextLayout(self._text, self.font())
        layout.beginLayout()
        spans: list[tuple[int, int]] = []
        while len(spans) <= self.LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        lines = [self._text[start:start + length].rstrip() for start, length in spans[:self.LINES]]
        elided = len(spans) > self.LINES
        if elided:
            rest = self._text[spans[self.LINES - 1][0]:]
            lines[-1] = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
        super().setText("\n".join(lines))
        self.setToolTip(auto_literal(self._detail or (self._text if elided else "")))


class RunControls(QWidget):
    """Train and Cancel buttons, a progress bar and a status label with time remaining."""

    def __init__(self, runner: JobRunner, train_text: str = translatable("widgets.run_controls", "Train"),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._engine_ready = False
        self.train_button = QPushButton(translate("widgets.run_controls", train_text), objectName="trainButton")
        self.train_button.setToolTip(translate("widgets.run_controls", "Start training in the background "
                                                                       "(Ctrl+Return)"))
        self.train_button.setShortcut("Ctrl+Return")
        self.cancel_button = QPushButton(translate("widgets.run_controls", "Cancel"), objectName="cancelButton")
        self.cancel_button.setToolTip(translate("widgets.run_controls", "Stop the run; what was learned so far "
                                                                        "stays on screen (Esc)"))
        self.cancel_button.setShortcut("Esc")
        self.cancel_button.setEnabled(False)
        self.progress_bar = QProgressBar(objectName="progressBar")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("")
        self.status_label = StatusLabel(translate("widgets.run_controls", "Loading engine…"), objectName="statusLabel")
        self._latest: Progress | None = None
        self._shown_at = 0.0
        self._show_timer = QTimer(self, singleShot=True)
        self._show_timer.timeout.connect(self._show_latest)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.train_button)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.progress_bar, 1)
        layout.addWidget(SteadySlot(self.status_label), 2)
        self.cancel_button.clicked.connect(runner.cancel)
        runner.started.connect(self._on_runner_started)
        runner.progress.connect(self._on_runner_progress)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        runner.idle.connect(self._sync_buttons)
        self._sync_buttons()

    def set_engine_ready(self) -> None:
        """Called once torch has loaded: Train becomes available."""
        self._engine_ready = True
        if not self._runner.busy:
            self.status_label.setText(translate("widgets.run_controls", "Ready."))
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.train_button.setEnabled(self._engine_ready and not self._runner.busy)
        self.cancel_button.setEnabled(self._runner.busy)
        if not self._engine_ready:
            self.train_button.setToolTip(translate("widgets.run_controls", "The engine (PyTorch) is still loading…"))
        elif self._runner.busy:
            self.train_button.setToolTip(translate("widgets.run_controls", "A run is going: one run at a time. Wait "
                                                                           "for it, or Cancel it (Esc)."))
        else:
            self.train_button.setToolTip(translate("widgets.run_controls", "Start training in the background "
                                                                           "(Ctrl+Return)"))

    def _on_runner_started(self) -> None:
        self._forget_latest()
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p%")
        self.status_label.setText(translate("widgets.run_controls", "Starting…"))
        self._sync_buttons()

    def _on_runner_progress(self, events: list) -> None:
        """Keep the latest event; show it now, or when ``SHOW_INTERVAL_S`` has passed since the last one shown."""
        self._latest = events[-1]
        wait = self._shown_at + SHOW_INTERVAL_S - time.monotonic()
        if wait <= 0:
            self._show_latest()
        elif not self._show_timer.isActive():
            self._show_timer.start(max(1, round(wait * 1000)))

    def _show_latest(self) -> None:
        if self._latest is None:
            return
        last, self._latest = self._latest, None
        self._shown_at = time.monotonic()
        fraction = min(max(float(last.fraction), 0.0), 1.0)
        self.progress_bar.setValue(int(fraction * 1000))
        elapsed = time.monotonic() - self._runner.started_at
        text = engine_text(last.message)
        if 0.0 < fraction < 1.0 and (fraction > 0.02 or elapsed > 3.0) and elapsed > 1.0:
            remaining = elapsed * (1.0 - fraction) / fraction
            template = (translate("widgets.run_controls", "at most {duration} left") if last.at_most
                        else translate("widgets.run_controls", "about {duration} left"))
            left = filled(template, duration=format_duration(remaining))
            text = f"{text}  ·  {left}" if text else left
        self.status_label.setText(text)

    def _forget_latest(self) -> None:
        """A run started or ended: progress not shown yet belongs to it and must not overwrite what comes next."""
        self._latest = None
        self._show_timer.stop()

    def _on_runner_finished(self, result: object) -> None:
        self._forget_latest()
        self.progress_bar.setValue(1000)
        elapsed = time.monotonic() - self._runner.started_at
        self.status_label.setText(filled(translate("widgets.run_controls", "Done in {format_duration}."),
                                         format_duration=format_duration(elapsed)))

    def _on_runner_failed(self, message: str) -> None:
        self._forget_latest()
        self.status_label.setText(translate("widgets.run_controls", "Stopped: ") + message.splitlines()[0],
                                  detail=message)

    def _on_runner_cancelled(self) -> None:
        self._forget_latest()
        self.status_label.setText(translate("widgets.run_controls", "Cancelled."))
