"""How fast the gradient-flow tab's What-if mode answers the scale slider, in the real window, offscreen.

For each setting (the defaults: an LSTM at T=100, H=32; the same as a sigmoid RNN, a tanh RNN and a GRU) What if is
turned on and the slider is moved through 20 positions (scale 0.2 to 5), each waited for before the next, as a slow
drag. Per position: the seconds from the slider's move to the drawn plots (``latency``: the probe on the worker
thread, then the curves set on the GUI thread), the probe's compute alone, the GUI thread's drawing, and a synchronous
repaint of the plots after it (the paint the next frame would do). A 10 ms heartbeat gives the longest event-loop gap
over the drag. Prints medians and maxima (goal: latency plus paint under 100 ms). Not a test: run

    QT_QPA_PLATFORM=offscreen python benchmarks/what_if.py [--positions 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtWidgets import QPushButton, QSlider
from responsiveness import wait_for

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.gui.app import create_application, create_window
from rnnlab.gui.gradflow.what_if import position_of
from rnnlab.gui.heartbeat import Heartbeat

SETTINGS = {"defaults (LSTM)": GradflowConfig(), "RNN sigmoid": GradflowConfig(cell="rnn"),
            "RNN tanh": GradflowConfig(cell="rnn", activation="tanh"), "GRU": GradflowConfig(cell="gru")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--positions", type=int, default=20)
    args = parser.parse_args()
    app = create_application()
    window = create_window()
    window.confirm_close = False
    window.resize(1400, 900)
    window.show()
    window.start_loading()
    wait_for(window.engine_loaded, 120)
    tab = window.find_tab("gradientFlowTab")
    slider = tab.findChild(QSlider, "whatIfScaleSlider")
    mode = tab.what_if
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    print(f"{'setting':18s} {'latency ms':>16s} {'compute ms':>16s} {'draw ms':>14s} {'paint ms':>14s} "
          f"{'latency+paint':>14s}  longest gap")
    for name, config in SETTINGS.items():
        tab.params.set_config(config)
        if not mode.active:
            tab.findChild(QPushButton, "whatIfToggle").click()
        wait_for(mode.drawn, 30)
        rows = []
        beat = Heartbeat(10)
        beat.start()
        for position in np.linspace(position_of(0.2), slider.maximum(), args.positions).round().astype(int):
            slider.setValue(int(position))
            wait_for(mode.drawn, 30)
            painting = time.perf_counter()
            tab.view.repaint()
            paint = time.perf_counter() - painting
            rows.append((mode.latency, mode.shown.seconds, mode.draw_seconds, paint, mode.latency + paint))
        report = beat.stop()
        ms = np.array(rows) * 1000
        cols = " ".join(f"{np.median(ms[:, k]):6.0f} (max {ms[:, k].max():4.0f})" for k in range(5))
        print(f"{name:18s} {cols}  {report.longest * 1000:.0f} ms")
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
