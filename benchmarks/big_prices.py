"""Reading a big price file: rows per second and peak memory of the forecaster's loader on a generated file of
one-minute OHLCV bars (Date, Open, High, Low, Close, Volume: 6 columns), then the time to combine them into bars.

    python benchmarks/big_prices.py --rows 5000000

The file is written to a temporary folder (about 60 MB per million rows) and read in a fresh process, so the peak
resident memory it reports is the loader's alone (the goal: within 2 GB for 5,000,000 rows).
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5_000_000, help="rows of the generated file")
    parser.add_argument("--bar", default="1h", help="the bar size to combine them into (default: 1h)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "minutes.csv"
        started = time.perf_counter()
        write_minutes(path, args.rows)
        print(f"wrote {args.rows:,} rows ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
        out = subprocess.run([sys.executable, "-c", _READ, str(path), args.bar], cwd=ROOT, capture_output=True,
                             text=True, check=True)
    result = json.loads(out.stdout)
    print(f"{result['rows']:,} rows x 6 columns read in {result['read_s']:.1f} s: "
          f"{result['rows'] / result['read_s']:,.0f} rows/s, peak memory {result['peak_mb']:,.0f} MB; "
          f"combined into {result['bars']:,} bars of {args.bar} in {result['bars_s']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
