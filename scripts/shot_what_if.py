"""Take the docs' screenshot of the Gradient flow tab's What-if mode: a sigmoid RNN at initialisation, no training.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_what_if.py [docs/what_if.png] [SCALE]``. It opens the main
window at 1280 x 820, loads the engine, picks a plain RNN with the sigmoid (T=100, H=32, seed 0), turns What if on,
moves the scale slider to SCALE (default 3: gamma*||W_rec||_2 is about 1.5, so the dashed bound rises going back in
time while the product still falls: the bound promises nothing there) and saves the window (atomically). A few
seconds of CPU.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QSlider
from screenshot_window import open_tab, save_window, wait

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.gui.gradflow.what_if import position_of

SHOT_CONFIG = GradflowConfig(cell="rnn", activation="sigmoid")


def main(target: str = "docs/what_if.png", scale: str = "3") -> int:
    """Show the what-if of SHOT_CONFIG at recurrent scale ``scale`` and save the screenshot to ``target``."""
    _app, window, tab = open_tab("gradientFlowTab")
    tab.params.set_config(SHOT_CONFIG)
    tab.compare_check.setChecked(False)
    tab.what_if_panel.toggle.click()
    wait(tab.what_if.drawn, 30000)
    tab.findChild(QSlider, "whatIfScaleSlider").setValue(position_of(float(scale)))
    wait(tab.what_if.drawn, 30000)
    wait(tab.what_if.drawn, 500)  # let the frame settle (no further draw is expected)
    save_window(window, target)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
