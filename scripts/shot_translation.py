"""Take the README's screenshot of the Translation pad: the test sentence, an alignment matrix, a live retraining.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_translation.py [docs/translation.png]``. It opens the
main window at 1280 x 820, loads the engine and the shipped models, types the assignment's test sentence, picks
"conditioning" for the heatmap, starts a retraining with the default settings and saves the window (atomically)
once the held-out accuracy passes 90%; then it cancels the run, so the shipped models stay in the pad.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from engine.atomic import atomic_path  # noqa: E402
from engine.translate.config import TranslatorConfig  # noqa: E402
from gui.app import create_application, create_window  # noqa: E402
from gui.translation_tab import TranslationTab  # noqa: E402

SENTENCE = "The air conditioning is working, isn't it?"
SHOT_CONFIG = TranslatorConfig(attention="additive", held_out_words=500)
SHOT_ACCURACY = 0.9


def _wait(signal, timeout_ms: int) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def main(target: str = "docs/translation.png") -> int:
    """Set the pad up as described above and save the screenshot to ``target``."""
    app = create_application()
    window = create_window()
    window.resize(1280, 820)
    window.show()
    window.start_engine_load()
    _wait(window.engine_loaded, 120000)
    tab = window.findChild(TranslationTab, "translationTab")
    window.tabs.setCurrentWidget(tab)
    tab.source_edit.setPlainText(SENTENCE)
    tab.retranslate()
    tab.word_picker.setCurrentIndex(2)
    tab.params.set_config(SHOT_CONFIG)
    tab.run_controls.train_button.click()
    while tab.runner.busy and (not tab.accuracy_points or tab.accuracy_points[-1][1] < 100 * SHOT_ACCURACY):
        _wait(tab.runner.progress, 5000)
    app.processEvents()
    with atomic_path(target) as tmp:
        window.grab().save(str(tmp), "PNG")
    tab.runner.cancel()
    if tab.runner.busy:
        _wait(tab.runner.idle, 30000)
    window.confirm_close = False
    window.close()
    print(f"saved {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
