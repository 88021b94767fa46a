"""What the forecaster's engine writes for the window (a refused file's reason, the loader's notes) is shown in the
window's language: under the pseudo-locale every such text carries the catalogue's marks."""

from rnnlab.engine.translations import ENGINE
from tests.gui.forecast.test_tab import messy_csv, open_csv
from tests.gui.pseudo_locale import OPEN, code_words, untranslated


def test_a_refused_file_and_the_loaders_notes_are_shown_translated(qtbot, pseudo_locale, tab, tmp_path, warnings):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(bytes(range(256)) * 10)
    if tab.open_csv(bad):
        qtbot.waitUntil(lambda: not tab.runner.busy, timeout=30_000)
    allowed = code_words()
    assert len(warnings) == 1 and OPEN in warnings[0], warnings
    assert untranslated(warnings[0], allowed) is None, f"the dialog shows the engine's English: {warnings[0]!r}"

    open_csv(qtbot, tab, messy_csv(tmp_path / "kurse.csv"))
    notes = tab.data_panel.notes_label.text().splitlines()
    assert len(notes) >= 4, notes
    bare = [note for note in notes if untranslated(note, allowed) is not None]
    assert not bare, f"loader notes shown in the engine's English ({ENGINE} context): {bare}"
