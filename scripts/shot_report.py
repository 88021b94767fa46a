"""Take the docs' screenshot of a lab report: a short gradient-flow compare run with ``--report``, rendered by a
headless Chromium (no display, no network).

Usage: ``python scripts/shot_report.py [docs/report.png] [LANG]`` from the repository root (LANG: en, the default, or fa
for the Persian, right-to-left report: ``docs/fa-report.png``); needs ``chromium`` (or
``chromium-browser`` / ``google-chrome``) on the PATH, e.g. ``apt-get install -y chromium``. The report itself is
written to a temporary folder; the PNG shows the top 1000 x 2300 pixels (title, settings, formulas, metrics and the
first figures).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = ["gradflow", "--compare", "--length", "100", "--hidden", "32", "--steps", "200", "--optimizer", "adam",
       "--learning-rate", "0.01", "--probe-every", "4", "--quiet"]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def main(target: str = "docs/report.png", lang: str = "en") -> int:
    """Write the report in ``lang``, render it with the first browser found, and move the PNG to ``target``."""
    browser = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    if browser is None:
        print(f"shot_report: none of {', '.join(BROWSERS)} is installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.html"
        subprocess.run([sys.executable, "main.py", *RUN, "--report", str(report), "--lang", lang], check=True)
        shot = Path(folder) / "shot.png"
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={shot}", "--window-size=1000,2300", report.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(shot, target)
    print(f"saved {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
