"""The one background-job mechanism: progress, results, failures, cancel, shutdown and many emits."""

import threading
import time

import pytest

from rnnlab.engine.errors import EngineError
from rnnlab.engine.jobs import Progress
from rnnlab.gui.job_runner import JobRunner


def counting_job(n: int):
    def job(progress, cancel):
        for i in range(n):
            cancel.raise_if_cancelled()
            progress(Progress(fraction=(i + 1) / n, message=f"step {i + 1}"))
        return n

    return job


def endless_job(progress, cancel):
    i = 0
    while True:
        cancel.raise_if_cancelled()
        i += 1
        progress(Progress(fraction=0.5, message=str(i)))
        time.sleep(0.001)


def test_progress_arrives_in_order_and_result_after_thread_stopped(qtbot, no_leaked_jobs):
    runner = JobRunner(max_rate=30)
    seen = []
    runner.progress.connect(lambda events: seen.extend(e.message for e in events))
    with qtbot.waitSignal(runner.finished, timeout=10000) as blocker:
        assert runner.start(counting_job(500))
    assert blocker.args == [500]
    assert not runner.busy
    assert seen == [f"step {i}" for i in range(1, 501)]


def test_progress_is_throttled(qtbot, no_leaked_jobs):
    runner = JobRunner(max_rate=30)
    batches = []
    runner.progress.connect(batches.append)

    def slow_job(progress, cancel):
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            progress(Progress(fraction=0.1))
            time.sleep(0.0005)

    with qtbot.waitSignal(runner.idle, timeout=10000):
        runner.start(slow_job)
    assert 5 <= len(batches) <= 40, len(batches)


def test_the_last_event_before_a_quiet_stretch_arrives_while_the_job_is_still_quiet(qtbot, no_leaked_jobs):
    """Throttling keeps the trailing edge: an event sent just after a batch is not held back until the job ends."""
    runner = JobRunner(max_rate=30)
    release = threading.Event()
    seen = []
    runner.progress.connect(lambda events: seen.extend(e.message for e in events))

    def job(progress, cancel):
        progress(Progress(fraction=0.1, message="first"))
        progress(Progress(fraction=0.9, message="last before the quiet part"))
        release.wait(10)
        return None

    runner.start(job)
    try:
        qtbot.waitUntil(lambda: seen == ["first", "last before the quiet part"], timeout=2000)
        assert runner.busy, "the job was still quiet when the event arrived"
    finally:
        release.set()
    qtbot.waitSignal(runner.idle, timeout=10000).wait()


def test_twenty_thousand_emits_do_not_crash(qtbot, no_leaked_jobs):
    """PySide6 6.12.0 on Python 3.11 aborts after a few thousand emits (bool_dealloc); the pin avoids it."""
    runner = JobRunner(max_rate=0)
    count = []
    runner.progress.connect(lambda events: count.append(len(events)))
    with qtbot.waitSignal(runner.finished, timeout=60000):
        runner.start(counting_job(20000))
    assert sum(count) == 20000
    assert len(count) >= 10000


def test_cancel_stops_within_one_second(qtbot, no_leaked_jobs):
    runner = JobRunner()
    with qtbot.waitSignal(runner.progress, timeout=5000):
        runner.start(endless_job)
    asked = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=1000):
        runner.cancel()
    assert time.monotonic() - asked < 1.0
    assert not runner.busy


def test_engine_error_becomes_failed_message(qtbot, no_leaked_jobs):
    runner = JobRunner()

    def bad_job(progress, cancel):
        raise EngineError("The file has no numeric column.")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(bad_job)
    assert blocker.args == ["The file has no numeric column."]


def test_unexpected_exception_is_reported_not_raised(qtbot, no_leaked_jobs):
    runner = JobRunner()

    def buggy_job(progress, cancel):
        return 1 / 0

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(buggy_job)
    assert "ZeroDivisionError" in blocker.args[0]


def test_second_start_is_refused_while_busy(qtbot, no_leaked_jobs):
    runner = JobRunner()
    assert runner.start(endless_job)
    assert not runner.start(endless_job)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.cancel()


def test_shutdown_joins_a_running_thread(qtbot, no_leaked_jobs):
    runner = JobRunner()
    with qtbot.waitSignal(runner.progress, timeout=5000):
        runner.start(endless_job)
    assert runner.shutdown(2000)
    assert not runner.busy
    names = [t.name for t in threading.enumerate()]
    assert len(names) < 20


@pytest.mark.parametrize("repeat", range(3))
def test_restart_after_cancel_gets_no_stale_progress(qtbot, no_leaked_jobs, repeat):
    runner = JobRunner(max_rate=0)
    with qtbot.waitSignal(runner.progress, timeout=5000):
        runner.start(endless_job)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.cancel()
    seen = []
    runner.progress.connect(lambda events: seen.extend(e.message for e in events))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(counting_job(10))
    assert seen == [f"step {i}" for i in range(1, 11)]


def test_the_handler_given_at_start_takes_that_job_s_result_after_finished_and_before_idle(qtbot, no_leaked_jobs):
    runner = JobRunner()
    order = []
    runner.finished.connect(lambda result: order.append(("finished", result)))
    runner.idle.connect(lambda: order.append(("idle", None)))
    with qtbot.waitSignal(runner.idle, timeout=10000):
        assert runner.start(counting_job(3), lambda result: order.append(("handler", result)))
    assert order == [("finished", 3), ("handler", 3), ("idle", None)]
    order.clear()
    with qtbot.waitSignal(runner.idle, timeout=10000):
        assert runner.start(counting_job(2))
    assert order == [("finished", 2), ("idle", None)], "a handler serves only the job it was given with"


def test_a_job_that_fails_never_reaches_its_handler(qtbot, no_leaked_jobs):
    def failing(progress, cancel):
        raise EngineError("no")

    runner = JobRunner()
    handled = []
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.start(failing, handled.append)
    assert blocker.args == ["no"] and handled == []
