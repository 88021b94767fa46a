"""The Persian catalogue is complete and current: lupdate finds no string of the sources missing from the .ts and
none obsolete, every entry is translated, the shipped .qm is the compiled .ts, and the settings' texts file is the
one the ``param()`` declarations give (``scripts/update_translations.py --check``)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from rnnlab.engine.translations import catalog_path
from scripts.update_translations import check, param_texts

FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")


def test_the_catalogue_is_complete_current_and_compiled():
    assert check() == []


def test_every_translation_keeps_the_fields_of_its_source():
    """A translation that lost or renamed a ``{field}`` would fail when filled."""
    root = ElementTree.parse(catalog_path("fa", "ts")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.findtext("translation", "") or source
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(translation)), source


def test_the_settings_labels_and_help_are_picked_up_for_translation():
    texts = param_texts()
    assert "Hidden size H" in texts and "Units in the recurrent state." in texts
    assert "Stock forecaster" in texts, "the labs' tab titles (the registry's) too"
