"""Plot updates per second of the Gradient flow tab on its default settings, offscreen in the real tab.

Counts, over a few seconds of a default run, how often the loss curve is redrawn (every batch of progress
events) and how often the per-timestep plots get a new probe (every ``probe_every`` steps). The one-off
import PyTorch does when a process makes its first optimiser is done before the clock starts. Not a test: run

    QT_QPA_PLATFORM=offscreen python benchmarks/gradflow_live.py [--seconds 10] [--cell lstm]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rnnlab.engine.gradflow.config import GradflowConfig  # noqa: E402
from rnnlab.gui.gradflow.tab import GradflowTab  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--cell", choices=("rnn", "lstm", "gru"), default=GradflowConfig.cell)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    import torch

    torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)  # first optimiser imports torch._dynamo (~5 s)

    tab = GradflowTab()
    tab.resize(1280, 760)
    tab.show()
    tab.on_engine_ready()
    tab.form.set_config(GradflowConfig(cell=args.cell, steps=100000))
    redraws = []
    tab.runner.progress.connect(lambda events: redraws.append(time.monotonic()))
    tab.run_controls.train_button.click()
    loop = QEventLoop()
    QTimer.singleShot(int(args.seconds * 1000), loop.quit)
    loop.exec()
    probes = tab.view.snapshot_updates
    tab.runner.shutdown()
    span = redraws[-1] - redraws[0] if len(redraws) > 1 else args.seconds
    drawn, _ = tab.view.loss_curves[args.cell].getData()
    steps = 0 if drawn is None else int(drawn[-1])
    print(f"default settings, {args.cell.upper()} T={GradflowConfig.length} H={GradflowConfig.hidden} "
          f"batch {GradflowConfig.batch_size}, probe every {GradflowConfig.probe_every} steps, {args.seconds:.0f} s:")
    print(f"  {steps / args.seconds:.1f} optimiser steps/s, loss plot redrawn {len(redraws) / span:.1f}/s, "
          f"per-timestep plots and heatmap redrawn {probes / args.seconds:.1f}/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
