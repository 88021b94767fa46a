"""A trained translator ready to use: translates words in batches, and saves and loads itself as a checkpoint."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from typing import Any, Sequence

import numpy as np
import torch

from rnnlab.engine.checkpoints import checkpoint_bytes, load_checkpoint, read_checkpoint_bytes, save_checkpoint
from rnnlab.engine.errors import InputError, ModelFileError
from rnnlab.engine.params import validate
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.lab import CHECKPOINT_KIND
from rnnlab.engine.translate.metrics import Evaluation, evaluate
from rnnlab.engine.translate.model import Seq2Seq, build_empty, pad_batch
from rnnlab.engine.translate.task import SequenceTask, task_from_checkpoint
from rnnlab.engine.translate.text import WordOutput
from rnnlab.engine.translate.translation_cache import TranslationCache

_BATCH = 512


class Translator:
    """A Seq2Seq model with its configuration and its task; ``translate_words`` remembers recent sequences for
    typing speed."""

    def __init__(self, model: Seq2Seq, config: TranslatorConfig, task: SequenceTask,
                 evaluation: dict[str, Any] | None = None) -> None:
        self.model = model.eval()
        self.config = config
        self.task = task
        self.evaluation = evaluation or {}
        self._cache = TranslationCache()

    @property
    def attention(self) -> str:
        """The attention kind: none, additive or dot."""
        return self.config.attention

    def translate_batch(self, words: Sequence[str], beam_width: int = 1) -> list[WordOutput]:
        """Decode every sequence (made of the task's characters, at most its longest source) in batches, uncached,
        on the device the model is on: greedily (width 1, the faster path) or with a beam of ``beam_width``
        hypotheses per sequence."""
        results: list[WordOutput] = []
        device = next(self.model.parameters()).device
        for start in range(0, len(words), _BATCH):
            chunk = list(words[start:start + _BATCH])
            for word in chunk:
                if not self.task.can_encode(word):
                    raise ValueError(f"cannot translate {word!r}: only the task's characters, up to "
                                     f"{self.task.max_source_length} of them")
            source, lengths = pad_batch([self.task.encode(w) for w in chunk])
            with torch.inference_mode():
                cap = self.task.generation_cap
                if beam_width == 1:
                    ids, alignment = self.model.greedy(source.to(device), lengths, cap)
                else:
                    ids, alignment = self.model.beam_search(source.to(device), lengths, beam_width, cap)
            token_ids = ids.cpu().numpy()
            weights = alignment.cpu().numpy() if alignment is not None else None
            for row, word in enumerate(chunk):
                output = self.task.decode(token_ids[row].tolist())
                matrix = None
                if weights is not None:
                    matrix = np.array(weights[row, : len(output), : len(word) + 1], dtype=np.float32)
                results.append(WordOutput(source=word, output=output, attention=matrix))
        return results

    def translate_words(self, words: Sequence[str], beam_width: int = 1) -> list[WordOutput]:
        """Like translate_batch, but words translated recently with the same beam width come from a cache."""
        return self._cache.translate(words, beam_width, self.translate_batch)

    def evaluate(self, pairs: Sequence[tuple[str, str]]) -> Evaluation:
        """Exact accuracy and character error rate of the translations of the sources of ``pairs`` against
        their targets."""
        sources = [source for source, _target in pairs]
        outputs = [r.output for r in self.translate_batch(sources)]
        return evaluate(sources, outputs, [target for _source, target in pairs])

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model in the one checkpoint format (kind ``translator``) with its task, atomically."""
        save_checkpoint(path, CHECKPOINT_KIND, *self._checkpoint_parts())

    def to_bytes(self) -> bytes:
        """The bytes of the file :meth:`save` writes."""
        return checkpoint_bytes(CHECKPOINT_KIND, *self._checkpoint_parts())

    def __reduce__(self) -> tuple[Callable[[bytes], Translator], tuple[bytes]]:
        """A translator pickles as its checkpoint (a retrained model comes back from its job process this way): the
        one model format, weights on the CPU, no cache or device state. Every pickle or deep copy is therefore a
        ``torch.save``/``torch.load`` round trip."""
        return Translator.from_bytes, (self.to_bytes(),)

    def _checkpoint_parts(self) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        state = {k: v.detach().cpu().clone() for k, v in self.model.state_dict().items()}
        return (dataclasses.asdict(self.config), state,
                {"vocabulary": list(self.task.tokens), "task": self.task.as_dict(), "evaluation": self.evaluation})

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> "Translator":
        """Read a translator checkpoint; any mismatch becomes a ModelFileError with a readable message."""
        return cls._from_payload(load_checkpoint(path, CHECKPOINT_KIND), os.path.basename(os.fspath(path)))

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "The retrained model") -> "Translator":
        """Read the bytes of :meth:`to_bytes` as :meth:`load` reads a file."""
        return cls._from_payload(read_checkpoint_bytes(data, CHECKPOINT_KIND, name), name)

    @classmethod
    def _from_payload(cls, payload: dict[str, Any], name: str) -> "Translator":
        recorded = payload.get("extra")
        extra: dict[str, Any] = recorded if isinstance(recorded, dict) else {}
        task = task_from_checkpoint(extra, name)
        config = _config_from(payload.get("config"), name)
        model = build_empty(config, task.vocabulary_size)
        state = payload.get("state", {})
        try:
            model.load_state_dict(state)
        except (RuntimeError, TypeError, AttributeError) as exc:
            raise ModelFileError(f"{name}: its weights do not match its settings (damaged or edited file).") from exc
        evaluation = extra.get("evaluation")
        return cls(model, config, task, evaluation if isinstance(evaluation, dict) else {})


def _config_from(values: object, name: str) -> TranslatorConfig:
    if not isinstance(values, dict):
        raise ModelFileError(f"{name} has no translator settings.")
    known = {f.name for f in dataclasses.fields(TranslatorConfig)}
    try:
        config = TranslatorConfig(**{k: v for k, v in values.items() if k in known})
        return validate(config)
    except (TypeError, ValueError, InputError) as exc:
        raise ModelFileError(f"{name} has translator settings this version cannot use: {exc}") from exc
