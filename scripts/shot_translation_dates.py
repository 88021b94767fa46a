"""Take the docs' screenshot of the Translation pad in the bundled date task: held-out dates and the issue's
examples, one a line, the alignment of a whole date.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_translation_dates.py [docs/translation_dates.png]``. It opens
the main window at 1280 x 820, loads the engine, picks "Human dates -> ISO 8601 (example)" in the task picker, adds
the issue's three examples under the held-out dates the pad opens with (they are not pairs of the data, so the
comparison shows them without an expected output), picks the line ``EXAMPLE_LINE`` for the alignment matrix and
saves the window (atomically).
"""

from __future__ import annotations

import sys

from screenshot_window import open_tab, save_window, wait

from rnnlab.gui.translate.task_picker import BUILT_IN_TITLES, DATES

ISSUE_EXAMPLES = ("3 march 1998", "tue, mar 3, 1998", "03.03.1998")
EXAMPLE_LINE = "tue, mar 3, 1998"


def main(target: str = "docs/translation_dates.png") -> int:
    """Set the pad up as described above and save the screenshot to ``target``."""
    _app, window, tab = open_tab("translationTab")
    while not tab.session.has_models or tab.busy_translating or tab.model_runner.busy:
        wait(tab.model_runner.idle, 5000)
    picker = tab.pad.task_picker
    index = picker.findText(BUILT_IN_TITLES[DATES])
    picker.setCurrentIndex(index)
    picker.activated.emit(index)
    wait(tab.task_control.task_runner.idle, 60000)
    if tab.session.task.is_pig_latin:
        raise SystemExit("the date task did not open")
    held_out = tab.pad.source_edit.toPlainText().splitlines()
    tab.pad.source_edit.setPlainText("\n".join(held_out[:3] + list(ISSUE_EXAMPLES)))
    tab.request_translation()
    while tab.busy_translating:
        wait(tab.pad_runner.idle, 5000)
    lines = [tab.pad.word_picker.itemText(i).split("  →  ")[0] for i in range(tab.pad.word_picker.count())]
    tab.pad.word_picker.setCurrentIndex(lines.index(EXAMPLE_LINE))
    save_window(window, target)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
