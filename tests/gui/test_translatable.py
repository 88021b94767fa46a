"""Every text the window shows goes through Qt's translation system and is in the Persian catalogue.

A pseudo-locale translator answers every (context, source) pair of ``rnnlab_fa.ts`` with the source between
markers; the window is then built (every tab, menu, tooltip, table header, plot title, axis title and legend) and
any text with words outside the markers is a string the translators never see. Numbers, file names and code
(the settings' choice values, which are also the command line's) are allowed as they are.
"""

from __future__ import annotations

from rnnlab.gui.app import create_window
from rnnlab.gui.i18n import shown_texts
from tests.gui.pseudo_locale import code_words, untranslated


def test_every_visible_string_of_the_window_is_translatable(qtbot, pseudo_locale, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.tab(index)
    window.recent_menu.aboutToShow.emit()
    allowed = code_words()
    bare = sorted({f"{where}: {text[:100]!r} ({words})" for where, text, _setter in shown_texts(window)
                   if (words := untranslated(text, allowed)) is not None})
    assert not bare, f"{len(bare)} texts do not go through translate():\n" + "\n".join(bare)
