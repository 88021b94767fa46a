"""The pseudo-locale: a translator that marks every string of the Persian catalogue, so a test can tell a shown text
that went through Qt's translation system from one that did not (``untranslated``)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from PySide6.QtCore import QTranslator

from rnnlab.engine.params import param_specs
from rnnlab.engine.translations import catalog_path

OPEN, CLOSE = "⟦", "⟧"


def catalogue_sources() -> set[tuple[str, str]]:
    root = ElementTree.parse(catalog_path("fa", "ts")).getroot()
    return {(context.findtext("name", ""), message.findtext("source", ""))
            for context in root.iter("context") for message in context.iter("message")}


class PseudoTranslator(QTranslator):
    """Wraps each string of the catalogue in markers; a string not in the catalogue stays bare."""

    def __init__(self, sources: set[tuple[str, str]]) -> None:
        super().__init__()
        self._sources = sources

    def translate(self, context, source_text, disambiguation=None, n=-1):  # Qt's virtual
        return f"{OPEN}{source_text}{CLOSE}" if (context, source_text) in self._sources else ""

    def isEmpty(self):  # noqa: N802 - Qt's virtual
        return False


def code_words() -> set[str]:
    """Words that are code, never translated: the settings' names and choice values (the command line's too)."""
    from rnnlab.engine.labs import REGISTRY

    words = {"PyTorch", "NPZ", "CSV", "JSON", "HTML", "PNG", "SVG", "RNN", "LSTM", "GRU", "MAE", "RMSE", "MSE", "BPTT",
             "ln", "log", "tanh", "sigmoid", "relu", "max", "min", "exp", "diag", "Qt"}
    for entry in REGISTRY:
        for spec in param_specs(entry.lab().settings):
            words.update(str(choice) for choice in spec.choices or ())
            words.add(spec.name)
    return words


def untranslated(text: str, allowed: set[str]) -> str | None:
    """The words of ``text`` outside the markers that are not numbers, file names or code; None when there are none."""
    if re.fullmatch(r"[a-z0-9_-]+", text):
        return None
    rest = re.sub(r"<[^>]*>|&\w+;|RNN Lab|English", " ", text)
    while True:
        inner = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", rest)
        if inner == rest:
            break
        rest = inner
    rest = re.sub(r"\S+\.(csv|json|npz|pt|html|png|txt|svg|db)\b|\S*[/\\]\S*", " ", rest)
    words = [word for word in re.findall(r"[A-Za-z_][A-Za-z_0-9]+", rest) if word not in allowed and "_" not in word]
    return " ".join(words) or None
