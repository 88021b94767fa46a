"""The heartbeat sees a stall of the event loop and reports its length."""

import time

from rnnlab.gui.heartbeat import Heartbeat


def test_a_blocked_event_loop_shows_as_the_longest_gap(qtbot):
    beat = Heartbeat(interval_ms=10)
    beat.start()
    qtbot.wait(100)
    time.sleep(0.25)
    qtbot.wait(50)
    report = beat.stop()
    assert 0.24 <= report.longest < 1.0
    assert report.ticks >= 5
    assert report.expected >= report.ticks


def test_an_idle_event_loop_has_short_gaps(qtbot):
    beat = Heartbeat(interval_ms=10)
    beat.start()
    qtbot.wait(200)
    report = beat.stop()
    assert report.longest < 0.2
