"""Take the docs' screenshot of the Experiments tab: its default experiment, offscreen in the real window.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_experiments.py [docs/experiments.png]``. It opens the main
window at 1280 x 820 on the Experiments tab, runs the tab's default experiment (a plain RNN against an LSTM on the
adding problem, three seeds, two workers) into a run store in a temporary folder, and saves the window once the
sweep has finished and its chart is on show. About a minute of CPU.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from screenshot_window import open_tab, save_window, wait


def main(target: str = "docs/experiments.png") -> int:
    """Run the default experiment in the real window and save the screenshot to ``target``."""
    _app, window, tab = open_tab("experimentsTab")
    with tempfile.TemporaryDirectory() as folder:
        tab.store_path = Path(folder) / "runs.sqlite3"
        tab.controls.run_button.click()
        wait(tab.runner.idle, 600000)
        save_window(window, target)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
