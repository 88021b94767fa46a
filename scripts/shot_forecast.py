"""Take the README's screenshot of the Stock forecaster tab: a short run offscreen in the real window.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_forecast.py [docs/forecast.png]``. It opens the main
window at 1280 x 820, loads the engine, trains the default configuration (target "change") on the bundled Google
sample for a few epochs with a 20-day projection, and saves the window (atomically) once the run has finished.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from engine.atomic import atomic_path  # noqa: E402
from gui.app import create_application, create_window  # noqa: E402
from gui.forecast_tab import ForecastTab  # noqa: E402


def _wait(signal, timeout_ms: int) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main(target: str = "docs/forecast.png") -> int:
    """Run the short training in the real window and save the screenshot to ``target``."""
    app = create_application()
    window = create_window()
    window.resize(1280, 820)
    window.show()
    window.start_engine_load()
    _wait(window.engine_loaded, 120000)
    tab = window.findChild(ForecastTab, "forecastTab")
    window.tabs.setCurrentWidget(tab)
    tab.findChild(type(tab.default_button), "defaultPresetButton").click()
    tab.params.set_config(dataclasses.replace(tab.params.config(), epochs=8, horizon=20, seed=0))
    tab.run_controls.train_button.click()
    _wait(tab.runner.idle, 600000)
    app.processEvents()
    with atomic_path(target) as tmp:
        if not window.grab().save(str(tmp), "PNG"):
            raise SystemExit(f"could not write {target}")
    window.close()
    print(f"saved {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
