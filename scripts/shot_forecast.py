"""Take the docs' screenshot of the Stock forecaster tab: a short run offscreen in the real window.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_forecast.py [docs/forecast.png]``. It opens the main
window at 1280 x 820, loads the engine, trains the default configuration (target "change") on the bundled Google
sample for a few epochs with a 20-day projection, and saves the window (atomically) once the run has finished.
"""

from __future__ import annotations

import dataclasses
import sys

from screenshot_window import open_tab, train_and_save


def main(target: str = "docs/forecast.png") -> int:
    """Run the short training in the real window and save the screenshot to ``target``."""
    _app, window, tab = open_tab("forecastTab")
    tab.model_panel.default_button.click()
    tab.params.set_config(dataclasses.replace(tab.params.config(), epochs=8, horizon=20, seed=0))
    train_and_save(window, tab, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
