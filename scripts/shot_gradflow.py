"""Take the docs' screenshot of the Gradient flow tab: a compare run at the defaults, offscreen in the real window.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_gradflow.py [docs/gradflow.png]``. It opens the main
window at 1280 x 820, loads the engine, trains RNN, LSTM and GRU side by side on the adding problem with the
default settings for 700 steps (by then the LSTM has solved it: the lesson the tab teaches), and saves the
window (atomically) once the run has finished. About a minute of CPU.
"""

from __future__ import annotations

import sys

from screenshot_window import open_tab, train_and_save

from rnnlab.engine.gradflow.config import GradflowConfig

SHOT_CONFIG = GradflowConfig(steps=700, probe_every=10)


def main(target: str = "docs/gradflow.png") -> int:
    """Run the short training in the real window and save the screenshot to ``target``."""
    _app, window, tab = open_tab("gradientFlowTab")
    tab.params.set_config(SHOT_CONFIG)
    tab.compare_check.setChecked(True)
    train_and_save(window, tab, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
