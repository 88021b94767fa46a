"""A heartbeat that measures how long the event loop stops answering: the proof that the window never freezes.

A 10 ms ``QTimer`` records the time between its ticks; a gap much longer than the interval is a stall the person
saw as a frozen window. Benchmarks, tests and the self-test use it around whatever they drive.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer


@dataclass(frozen=True)
class StallReport:
    """What a heartbeat saw: the longest gap and the 99th percentile gap (seconds), ticks delivered and expected."""

    longest: float
    p99: float
    ticks: int
    expected: int

    def line(self) -> str:
        """The report as one table row: longest and 99th percentile gap in ms, ticks delivered of expected."""
        return f"{self.longest * 1000:7.0f} ms  {self.p99 * 1000:6.0f} ms  {self.ticks:5d} / {self.expected:5d}"


class Heartbeat(QObject):
    """Ticks every ``interval_ms`` on the thread it lives on (the GUI thread) and records the gaps between ticks."""

    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval = interval_ms / 1000
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.setTimerType(self._timer.timerType().PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._gaps: list[float] = []
        self._started = 0.0
        self._last = 0.0

    def start(self) -> None:
        """Forget earlier gaps and start measuring."""
        self._gaps = []
        self._started = self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> StallReport:
        """Stop measuring and report; the gap up to now counts too (a stall that is still going on)."""
        self._timer.stop()
        now = time.perf_counter()
        gaps = [*self._gaps, now - self._last]
        ordered = sorted(gaps)
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        return StallReport(longest=ordered[-1], p99=p99, ticks=len(self._gaps),
                           expected=max(1, round((now - self._started) / self._interval)))

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self._gaps.append(now - self._last)
        self._last = now
