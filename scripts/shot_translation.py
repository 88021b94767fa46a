"""Take the docs' screenshot of the Translation pad: a sentence with the rule's tricky words, an alignment matrix,
a live retraining.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/shot_translation.py [docs/translation.png]``. It opens the
main window at 1280 x 820, loads the engine and the shipped models, types the sentence, picks "conditioning"
for the heatmap, starts a retraining with the default settings and saves the window (atomically) once the
held-out accuracy passes 90%; then it cancels the run, so the shipped models stay in the pad.
"""

from __future__ import annotations

import sys

from screenshot_window import open_tab, save_window, wait

from rnnlab.engine.translate.config import TranslatorConfig

SENTENCE = "The air conditioning is working, isn't it? Mr McDonald's DVD, psst: yellow quilts."
SHOT_CONFIG = TranslatorConfig(attention="additive", held_out_words=500)
SHOT_ACCURACY = 0.9


def translate_sentence(tab) -> None:
    """The pad with the docs' sentence translated by the shipped models and the alignment of "conditioning" on
    show (the Persian screenshots show the same)."""
    while not tab.session.has_models or tab.busy_translating:
        wait(tab.pad_runner.idle, 5000)
    tab.pad.source_edit.setPlainText(SENTENCE)
    tab.request_translation()
    while tab.busy_translating:
        wait(tab.pad_runner.idle, 5000)
    tab.pad.word_picker.setCurrentIndex(2)


def main(target: str = "docs/translation.png") -> int:
    """Set the pad up as described above and save the screenshot to ``target``."""
    _app, window, tab = open_tab("translationTab")
    translate_sentence(tab)
    panel = tab.retrain_panel
    panel.params.set_config(SHOT_CONFIG)
    panel.run_controls.train_button.click()
    while tab.runner.busy and (not panel.accuracy_points or panel.accuracy_points[-1][1] < 100 * SHOT_ACCURACY):
        wait(tab.runner.progress, 5000)
    save_window(window, target)
    tab.runner.cancel()
    if tab.runner.busy:
        wait(tab.runner.idle, 30000)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
