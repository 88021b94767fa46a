"""How long the real window stops answering while each tab works: a 10 ms heartbeat per scenario, offscreen.

Scenarios, each in the real main window through its own controls: every tab trains at its defaults through its Train
button (the gradient-flow tab also in compare mode; each tab is left on show for 2 s before Train is clicked), the
translation pad comes on show the first time (it loads its models and translates), a 3000-word text is pasted into the
translation pad, words are typed into the pad at a human pace (a key every 120 ms), and a 200,000-row price CSV is
opened in the forecaster. For each it prints the longest and the 99th-percentile gap between heartbeats and the
heartbeats delivered of those expected (goal: longest <= 100 ms, p99 <= 50 ms). Then the gradient-flow tab's redraw
rates (loss curve; per-timestep plots and heatmap against the probes computed) and how much slower its optimiser runs
with the plots on show than with another tab in front (same process, same settings, alternating 2 s blocks). It measures
whatever the tabs do on the checkout it runs from. Not a test: run

    QT_QPA_PLATFORM=offscreen python benchmarks/responsiveness.py [--seconds 10] [--only gradflow,paste,...] [--lang fa]

``--lang fa`` measures the same in Persian (right to left, Persian digits, the Persian font).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QPushButton

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.gui.app import create_application, create_window
from rnnlab.gui.heartbeat import Heartbeat, StallReport

SCENARIOS = ("gradflow", "gradflow_compare", "forecast", "pad_shown", "translate", "paste", "typing", "csv",
             "experiments", "hidden_ratio")
SETTLE_S = 2.0
"""Seconds a tab is left on show before its Train button is clicked."""
TYPED = "the quick brown fox jumps over the lazy dog while string theory explains nothing "


def spin(seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_for(signal, timeout_s: float) -> None:
    """Run the event loop until ``signal`` fires or ``timeout_s`` passes."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


class Bench:
    """The application, its window with every tab built and the engine loaded, and the rows measured so far."""

    def __init__(self, seconds: float, language: str = "en") -> None:
        self.seconds = seconds
        self.app = create_application(show_error_dialogs=False, language=language)
        self.window = create_window()
        self.window.confirm_close = False
        self.window.resize(1280, 820)
        self.window.show()
        self.window.start_loading()
        wait_for(self.window.engine_loaded, 180)
        self.tabs = {name: self.window.find_tab(name)
                     for name in ("gradientFlowTab", "forecastTab", "translationTab", "experimentsTab")}
        for tab in self.tabs.values():
            if tab.loading:
                wait_for(tab.loaded, 60)
        from rnnlab.engine.gradflow.training import warm_up_job
        from rnnlab.engine.job_process import run_in_job_process
        from rnnlab.engine.jobs import CancelToken, ignore_progress

        run_in_job_process(warm_up_job(), ignore_progress, CancelToken())  # returns once the job process has warmed up
        self.rows: list[tuple[str, StallReport]] = []
        self.extra: list[str] = []

    def measure(self, name: str, action, seconds: float | None = None) -> StallReport:
        """Start the heartbeat, call ``action``, keep the event loop running for ``seconds``, and record the row."""
        beat = Heartbeat(10)
        beat.start()
        action()
        spin(self.seconds if seconds is None else seconds)
        report = beat.stop()
        self.rows.append((name, report))
        print(f"  {name:34s} {report.line()}", flush=True)
        return report

    def train(self, name: str, tab, before=None, after=None) -> StallReport:
        """Show ``tab`` and let it settle (a tab's first showing loads and draws what it shows: the pad loads its
        models and translates its text in the background, and those results used to land inside the measured
        seconds), click its Train button, measure, call ``after`` (if given) while the run still goes, then cancel
        and wait until the run has stopped."""
        self.window.show_tab(tab)
        if before is not None:
            before()
        spin(SETTLE_S)
        report = self.measure(name, tab.findChild(QPushButton, tab.train_button_name).click)
        if after is not None:
            after()
        self.stop(tab)
        return report

    def stop(self, tab) -> None:
        if tab.runner.busy:
            tab.runner.cancel()
            wait_for(tab.runner.idle, 60)

    # ----- scenarios
    def gradflow(self, compare: bool = False) -> None:
        """The gradient-flow row; then its redraw rates and optimiser speed, counted from 1 s after Train was clicked
        (the run's start and first probe excluded) to the end of the measured seconds."""
        tab = self.tabs["gradientFlowTab"]
        name = "gradient flow trains (compare mode)" if compare else "gradient flow trains (defaults)"
        session, view = tab.session, tab.view
        marks = []

        def mark() -> None:
            marks.append((time.perf_counter(), session.last_step, view.loss_updates, view.snapshot_updates,
                          session.probes_received))

        def configure() -> None:
            tab.params.set_config(GradflowConfig())
            tab.findChild(QCheckBox, "compareCheck").setChecked(compare)
            QTimer.singleShot(int(SETTLE_S * 1000) + 1000, mark)

        self.train(name, tab, configure, after=mark)
        (start, *first), (end, *last) = marks
        steps, loss, probe, probes = ((b - a) / (end - start) for a, b in zip(first, last, strict=True))
        self.extra.append(
            f"{name}: {steps:.1f} optimiser steps/s; loss curve redrawn {loss:.1f}/s; per-timestep plots and heatmap "
            f"redrawn {probe:.1f}/s for {probes:.1f} probes/s computed")

    def hidden_ratio(self, pairs: int = 8, block_s: float = 2.0) -> None:
        """Optimiser steps/s of the default gradient-flow run with its plots on show vs. another tab in front.

        Within each run, blocks of ``block_s`` seconds alternate between hidden and shown (a pair in the order
        hidden-shown, the next shown-hidden), so a change in the machine's load hits both sides alike; a new run
        starts (1 s to warm up) when one ends. The ratio is the median of the pairs' ratios. Both sides train the
        same settings and compute the same probes (the default run's); only the drawing differs.
        """
        tab = self.tabs["gradientFlowTab"]
        train_button = tab.findChild(QPushButton, "trainButton")
        ratios, rates, gui_busy = [], {"shown": [], "hidden": []}, {"shown": [], "hidden": []}
        while len(ratios) < pairs:
            fastest = max(rates["hidden"], default=100.0)
            steps_left = tab.session.config.steps - tab.session.last_step
            if not tab.runner.busy or steps_left < fastest * (2 * block_s + 1):
                self.stop(tab)
                tab.params.set_config(GradflowConfig())
                tab.findChild(QCheckBox, "compareCheck").setChecked(False)
                self.window.show_tab(tab)
                QApplication.processEvents()
                train_button.click()
                spin(1.0)
            order = ("hidden", "shown") if len(ratios) % 2 == 0 else ("shown", "hidden")
            pair = {}
            for mode in order:
                self.window.show_tab(tab if mode == "shown" else self.tabs["forecastTab"])
                first, start, cpu = tab.session.last_step, time.perf_counter(), time.thread_time()
                spin(block_s)
                elapsed = time.perf_counter() - start
                pair[mode] = (tab.session.last_step - first) / elapsed
                gui_busy[mode].append((time.thread_time() - cpu) / elapsed)
            if not tab.runner.busy:
                continue
            ratios.append(pair["shown"] / pair["hidden"])
            for mode, rate in pair.items():
                rates[mode].append(rate)
            print(f"  pair {len(ratios)}: shown {pair['shown']:.1f}, hidden {pair['hidden']:.1f} steps/s, "
                  f"ratio {ratios[-1]:.2f}; "
                  f"GUI thread busy {gui_busy['shown'][-1]:.0%} vs {gui_busy['hidden'][-1]:.0%}",
                  flush=True)
        self.stop(tab)
        self.window.show_tab(tab)
        self.extra.append(
            f"gradient flow optimiser with plots on show vs hidden ({pairs} pairs of {block_s:.0f} s blocks): "
            f"median {np.median(rates['shown']):.1f} vs {np.median(rates['hidden']):.1f} steps/s, median ratio "
            f"{np.median(ratios):.2f} (pairs {min(ratios):.2f}-{max(ratios):.2f}; goal >= 0.90); the GUI thread's CPU "
            f"time {np.median(gui_busy['shown']):.0%} vs {np.median(gui_busy['hidden']):.0%} of the wall time")

    def pad_shown(self) -> None:
        """The translation pad comes on show for the first time in the process: it loads its models and translates
        the text on it in the background, then draws the result (skipped when the pad was on show at start)."""
        tab = self.tabs["translationTab"]
        if self.window.current_tab() is tab or tab.isVisible():
            return
        self.measure("translation pad shown the first time", lambda: self.window.show_tab(tab), seconds=5.0)

    def paste(self) -> None:
        tab = self.tabs["translationTab"]
        self.window.show_tab(tab)
        edit = tab.findChild(QPlainTextEdit, "sourceEdit")
        words = (TYPED.split() * 400)[:3000]
        QApplication.clipboard().setText(" ".join(words))
        edit.clear()
        spin(1.0)

        def paste() -> None:
            edit.setFocus()
            edit.paste()

        self.measure("3000-word text pasted into the pad", paste)

    def typing(self) -> None:
        tab = self.tabs["translationTab"]
        self.window.show_tab(tab)
        edit = tab.findChild(QPlainTextEdit, "sourceEdit")
        edit.clear()
        spin(1.0)
        keys = iter(TYPED * 20)
        timer = QTimer(interval=120)
        timer.timeout.connect(lambda: QTest.keyClick(edit, next(keys)))
        self.measure("typing into the pad (a key / 120 ms)", timer.start)
        timer.stop()

    def experiments(self) -> None:
        """The Experiments tab runs its default experiment (two workers, each a job process) into a new store."""
        tab = self.tabs["experimentsTab"]
        tab.store_path = Path(tempfile.mkdtemp(prefix="rnnlab-bench-")) / "runs.sqlite3"
        self.train("experiments tab runs its default (2 workers)", tab)

    def csv(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="rnnlab-bench-"))
        path = folder / "prices_200k.csv"
        write_price_csv(path, 200_000)
        tab = self.tabs["forecastTab"]
        self.measure("200,000-row CSV opened in the forecaster", lambda: self.window.open_file(path))
        self.stop(tab)

    def print_table(self) -> None:
        print()
        print("| scenario | longest gap | p99 gap | heartbeats delivered |")
        print("|---|---|---|---|")
        for name, report in self.rows:
            print(f"| {name} | {report.longest * 1000:.0f} ms | {report.p99 * 1000:.0f} ms | "
                  f"{report.ticks} of {report.expected} |")
        print()
        for line in self.extra:
            print(line)


def write_price_csv(path: Path, rows: int) -> None:
    """A daily price file of ``rows`` rows (a random walk from 1700-01-01), the shape of a long real export."""
    import pandas as pd

    rng = np.random.default_rng(0)
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.01, rows)))
    frame = pd.DataFrame({"Date": pd.date_range("1700-01-01", periods=rows, freq="D").strftime("%Y-%m-%d"),
                          "Open": close * (1 + rng.normal(0, 0.002, rows)), "High": close * 1.01,
                          "Low": close * 0.99, "Close": close, "Volume": rng.integers(1000, 100000, rows)})
    frame.round(4).to_csv(path, index=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="seconds measured per scenario")
    parser.add_argument("--only", default=",".join(SCENARIOS), help=f"comma-separated subset of {', '.join(SCENARIOS)}")
    parser.add_argument("--lang", choices=("en", "fa"), default="en", help="the window's language (default en)")
    args = parser.parse_args()
    chosen = args.only.split(",")
    print(f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    print(f"language: {args.lang}", flush=True)
    bench = Bench(args.seconds, args.lang)
    steps = {"gradflow": bench.gradflow, "gradflow_compare": lambda: bench.gradflow(compare=True),
             "forecast": lambda: bench.train("forecaster trains (defaults)", bench.tabs["forecastTab"]),
             "pad_shown": bench.pad_shown,
             "translate": lambda: bench.train("translation pad retrains (defaults)", bench.tabs["translationTab"]),
             "paste": bench.paste, "typing": bench.typing, "csv": bench.csv, "experiments": bench.experiments,
             "hidden_ratio": bench.hidden_ratio}
    for name in SCENARIOS:
        if name in chosen:
            steps[name]()
    bench.print_table()
    print(f"load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    bench.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
