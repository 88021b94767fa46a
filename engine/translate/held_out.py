"""The held-out sources of a training run, encoded once and decoded greedily in batches of similar length: the
measurement a training job repeats every couple of seconds, so its cost counts in the time to an accuracy.

Sorting by length lets a batch of short words stop when they end instead of running on beside the longest word of
the set, and the encoding (a stretch of Python) is done once per run rather than at every measurement. Greedy
decoding of a word does not depend on the words beside it (a test checks), so the outputs are those of
``Translator.translate_batch``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import torch

from rnnlab.engine.translate.model import Seq2Seq, pad_batch
from rnnlab.engine.translate.task import SequenceTask

CHUNK = 500
"""Sources decoded at once: small enough to check for cancel often, large enough that each step's work dwarfs
the Python around it."""


class HeldOutSources:
    """``sources`` of ``task`` sorted by length and padded in chunks of ``CHUNK``, ready to decode again and again."""

    def __init__(self, task: SequenceTask, sources: Sequence[str]) -> None:
        self.task = task
        self.count = len(sources)
        order = np.argsort(np.fromiter((len(s) for s in sources), dtype=np.int64, count=len(sources)), kind="stable")
        self._chunks = [(rows, *pad_batch([task.encode(sources[row]) for row in rows]))
                        for rows in (order[start:start + CHUNK].tolist() for start in range(0, len(order), CHUNK))]

    def outputs(self, model: Seq2Seq, check: Callable[[], None]) -> list[str]:
        """``model``'s greedy translation of every source, in the order the sources were given; ``check`` is called
        before each chunk (to raise if the run was cancelled)."""
        device = next(model.parameters()).device
        outputs = [""] * self.count
        for rows, source, lengths in self._chunks:
            check()
            with torch.inference_mode():
                ids, _alignment = model.greedy(source.to(device), lengths, self.task.generation_cap)
            for row, token_ids in zip(rows, ids.cpu().tolist(), strict=True):
                outputs[row] = self.task.decode(token_ids)
        return outputs
