"""Take the docs' screenshots of the window in Persian (right to left): one PNG per tab, before any training.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_persian.py [docs]``. It opens the main window in Persian
(``--lang fa``), with the bundled Vazirmatn font where the system has no Persian font, shows each tab once the
engine has loaded (in the pad, the docs' sentence translated) and saves ``docs/fa-<tab>.png``. A few seconds, no
training.
"""

from __future__ import annotations

import sys
from pathlib import Path

from screenshot_window import open_tab, save_window, wait
from shot_translation import translate_sentence


def main(folder: str = "docs") -> int:
    """Save one screenshot per tab of the Persian window into ``folder``."""
    _app, window, _tab = open_tab("gradientFlowTab", language="fa")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tab(index)
        if getattr(tab, "loading", False):
            wait(tab.loaded, 60_000)
        if window.tab_name(index) == "translationTab":
            translate_sentence(tab)
        save_window(window, str(Path(folder) / f"fa-{window.tab_name(index)}.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
