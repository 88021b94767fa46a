"""Reading a big price file: rows per second and peak memory of the forecaster's loader on a generated file of
one-minute OHLCV bars (Date, Open, High, Low, Close, Volume: 6 columns), then the time to combine them into bars.

    python benchmarks/big_prices.py --rows 5000000
    QT_QPA_PLATFORM=offscreen python benchmarks/big_prices.py --rows 5000000 --gui

The file is written to a temporary folder (about 60 MB per million rows) and read in a fresh process, so the peak
resident memory it reports is the loader's alone (the goal: within 2 GB for 5,000,000 rows).

With ``--gui`` the file is opened in the forecaster tab instead, under a 10 ms heartbeat (``gui.heartbeat``): the
longest and 99th-percentile stall of the window's event loop while it loads and first draws the whole series, then
while the chart is zoomed step by step from the whole series to half a day and back (the time of each redraw too),
and, for comparison, while the window does nothing at all (what the machine's load alone costs).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_READ = """
import json, resource, sys, time
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.loader import load_price_csv
from rnnlab.engine.forecast.selection import choose_rows

started = time.perf_counter()
loaded = load_price_csv(sys.argv[1])
read = time.perf_counter() - started
started = time.perf_counter()
bars = choose_rows(loaded.frame, ForecastConfig(column="Close", bar_size=sys.argv[2]))
combined = time.perf_counter() - started
print(json.dumps({"rows": len(loaded.frame), "read_s": read, "bars": len(bars.frame), "bars_s": combined,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "notes": loaded.notes}))
"""


def write_minutes(path: Path, rows: int, chunk: int = 500_000) -> None:
    """``rows`` one-minute OHLCV bars as an exchange exports them, written a chunk at a time."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(0)
    level = 100.0
    start = pd.Timestamp("2015-01-01")
    for first in range(0, rows, chunk):
        n = min(chunk, rows - first)
        close = level + np.cumsum(rng.normal(0, 0.02, n))
        level = float(close[-1])
        index = pd.date_range(start + pd.Timedelta(minutes=first), periods=n, freq="min")
        pd.DataFrame({"Date": index.strftime("%Y-%m-%d %H:%M"), "Open": close.round(3),
                      "High": (close + 0.01).round(3), "Low": (close - 0.01).round(3), "Close": close.round(3),
                      "Volume": rng.integers(1, 1000, n)}).to_csv(path, mode="a" if first else "w",
                                                                   header=not first, index=False)


ZOOM_DAYS = (None, 1000, 300, 100, 30, 10, 3, 1, 0.5, 3, 30, 300, None)
"""The x ranges the GUI mode shows one after the other: the first N days of the series, None for all of it."""


def measure_gui(path: Path, idle_s: float = 10.0) -> None:
    """Open ``path`` in the forecaster tab under a heartbeat; print the stalls while loading, zooming and idle."""
    import gc
    import os

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from rnnlab.gui.forecast.tab import ForecastTab
    from rnnlab.gui.heartbeat import Heartbeat

    def run_loop(seconds: float, signal=None) -> None:
        loop = QEventLoop()
        if signal is not None:
            signal.connect(loop.quit)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    app = QApplication.instance() or QApplication([])
    from rnnlab.engine.forecast.session import ForecastSession
    from rnnlab.engine.job_process import run_in_job_process
    from rnnlab.engine.jobs import CancelToken, ignore_progress

    run_in_job_process(ForecastSession.sample_job, ignore_progress, CancelToken())  # a job process waits, as in the app
    tab = ForecastTab()
    tab.resize(1280, 800)
    tab.show()
    tab.finish_loading()
    run_loop(60, tab.loaded)
    run_loop(0.5)
    gc.collect()
    gc.freeze()  # as the main window does once the engine is in
    beat = Heartbeat(10)
    beat.start()
    started = time.perf_counter()
    tab.open_csv(path)
    run_loop(600, tab.shown)
    tab.chart.grab()
    opened = beat.stop()
    print(f"opened and drawn {len(tab.chart.series):,} rows in {time.perf_counter() - started:.1f} s; "
          f"longest stall {opened.longest * 1000:.0f} ms, p99 {opened.p99 * 1000:.0f} ms "
          f"({opened.ticks} of {opened.expected} heartbeats)")
    view, first = tab.chart.getViewBox(), tab.chart.series.x[0]
    redraws = []
    beat.start()
    for days in ZOOM_DAYS:
        started = time.perf_counter()
        if days is None:
            view.enableAutoRange()
        else:
            view.setXRange(first, first + days * 86400, padding=0)
        tab.chart.grab()
        redraws.append(time.perf_counter() - started)
        run_loop(0.05)
    zoomed = beat.stop()
    print(f"zoomed {len(ZOOM_DAYS)} times (whole series to half a day and back): redraw {min(redraws) * 1000:.0f} to "
          f"{max(redraws) * 1000:.0f} ms; longest stall {zoomed.longest * 1000:.0f} ms, p99 {zoomed.p99 * 1000:.0f} ms")
    beat.start()
    run_loop(idle_s)
    idle = beat.stop()
    print(f"idle {idle_s:.0f} s for comparison: longest stall {idle.longest * 1000:.0f} ms, "
          f"p99 {idle.p99 * 1000:.0f} ms; load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    gc.unfreeze()
    tab.close()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5_000_000, help="rows of the generated file")
    parser.add_argument("--bar", default="1h", help="the bar size to combine them into (default: 1h)")
    parser.add_argument("--gui", action="store_true", help="open the file in the forecaster tab under a heartbeat")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "minutes.csv"
        started = time.perf_counter()
        write_minutes(path, args.rows)
        print(f"wrote {args.rows:,} rows ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
        if args.gui:
            measure_gui(path)
            return 0
        out = subprocess.run([sys.executable, "-c", _READ, str(path), args.bar], cwd=ROOT, capture_output=True,
                             text=True, check=True)
    result = json.loads(out.stdout)
    print(f"{result['rows']:,} rows x 6 columns read in {result['read_s']:.1f} s: "
          f"{result['rows'] / result['read_s']:,.0f} rows/s, peak memory {result['peak_mb']:,.0f} MB; "
          f"combined into {result['bars']:,} bars of {args.bar} in {result['bars_s']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
