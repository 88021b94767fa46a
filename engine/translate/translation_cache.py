"""Remember recent translations, so text typed (or a file's lines) asks the model only about sequences it has not
translated yet with the same beam width (torch-free; ``Translator`` and ``NumpyTranslator`` both use it)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Sequence

from rnnlab.engine.translate.text import WordOutput

CACHE_SIZE = 20_000


class TranslationCache:
    """The last ``size`` translations, keyed by (sequence, beam width); the least recently used go first."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[str, int], WordOutput] = OrderedDict()

    def translate(self, words: Sequence[str], beam_width: int,
                  translate_batch: Callable[[Sequence[str], int], list[WordOutput]]) -> list[WordOutput]:
        """The translations of ``words`` in order; the ones not remembered come from one ``translate_batch`` call."""
        missing = list(dict.fromkeys(w for w in words if (w, beam_width) not in self._entries))
        for result in translate_batch(missing, beam_width) if missing else []:
            self._entries[(result.source, beam_width)] = result
        out = []
        for word in words:
            self._entries.move_to_end((word, beam_width))
            out.append(self._entries[(word, beam_width)])
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return out
