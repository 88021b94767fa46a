"""A saved translator's translation (any task; greedy or beam search) in numpy, without importing torch: the
command line's fast path.

Importing torch was most of the time ``python main.py translate`` took to run a small model. This module
reads the same checkpoint file (a zip holding a pickle and raw tensor bytes, the format ``torch.save`` writes)
with a restricted unpickler that knows only the three names such a file uses, and runs the same equations as
``model.py`` in float32 numpy. A test checks that it writes exactly what the torch model writes, with the same
alignment matrices; training and the GUI keep using torch.
"""

from __future__ import annotations

import os
import pickle
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from rnnlab.engine.checkpoints import check_payload, unreadable
from rnnlab.engine.errors import ModelFileError
from rnnlab.engine.translate.config import ATTENTION_KINDS
from rnnlab.engine.translate.decoding import BeamSearch
from rnnlab.engine.translate.lab import CHECKPOINT_KIND
from rnnlab.engine.translate.task import SequenceTask, task_from_checkpoint
from rnnlab.engine.translate.text import WordOutput
from rnnlab.engine.translate.translation_cache import TranslationCache

_DTYPES = {"FloatStorage": np.float32, "LongStorage": np.int64, "DoubleStorage": np.float64}
_HALF_PRECISION = ("HalfStorage", "BFloat16Storage")
_BATCH = 512


def expected_shapes(attention: str, hidden: int, embedding: int, vocabulary: int) -> dict[str, tuple[int, ...]]:
    """Every tensor this module reads from a translator of ``attention`` kind with a ``vocabulary`` of tokens, and
    its shape: exactly the ``state_dict`` of ``model.Seq2Seq`` (a test keeps the two equal, so a change to the torch
    model fails until this file follows it)."""
    gates, memory = 3 * hidden, 2 * hidden
    context = memory if attention != "none" else 0
    shapes = {"encoder.embedding.weight": (vocabulary, embedding),
              "encoder.bridge.weight": (hidden, memory), "encoder.bridge.bias": (hidden,),
              "decoder.embedding.weight": (vocabulary, embedding),
              "decoder.cell.weight_ih": (gates, embedding + context), "decoder.cell.weight_hh": (gates, hidden),
              "decoder.cell.bias_ih": (gates,), "decoder.cell.bias_hh": (gates,),
              "decoder.output.weight": (vocabulary, hidden + context), "decoder.output.bias": (vocabulary,)}
    for suffix in ("l0", "l0_reverse"):
        shapes.update({f"encoder.gru.weight_ih_{suffix}": (gates, embedding),
                       f"encoder.gru.weight_hh_{suffix}": (gates, hidden),
                       f"encoder.gru.bias_ih_{suffix}": (gates,), f"encoder.gru.bias_hh_{suffix}": (gates,)})
    if attention != "none":
        shapes.update({"decoder.attention.query.weight": (hidden, hidden),
                       "decoder.attention.key.weight": (hidden, memory)})
    if attention == "additive":
        shapes.update({"decoder.attention.key.bias": (hidden,), "decoder.attention.score.weight": (1, hidden)})
    return shapes


def expected_keys(attention: str) -> frozenset[str]:
    """The names of the tensors a translator of ``attention`` kind holds (the same for every size)."""
    return frozenset(expected_shapes(attention, 1, 1, 1))


class _HalfPrecisionError(Exception):
    """The file stores its weights in half precision, which RNN Lab never writes."""


class _StorageType:
    """Stands for ``torch.FloatStorage`` and friends while unpickling: only its numpy dtype matters."""

    def __init__(self, dtype: type) -> None:
        self.dtype = dtype


def _rebuild_tensor(storage: np.ndarray, offset: int, size: tuple[int, ...], stride: tuple[int, ...],
                    *_ignored: object) -> np.ndarray:
    """``torch._utils._rebuild_tensor_v2`` for numpy: the view of ``storage`` the tensor was."""
    item = storage.itemsize
    view = np.lib.stride_tricks.as_strided(storage[offset:], shape=tuple(size), strides=[s * item for s in stride])
    return np.array(view)


class _CheckpointUnpickler(pickle.Unpickler):
    """Builds numpy arrays where the file has tensors; any other class in the file is refused."""

    def __init__(self, data: bytes, archive: zipfile.ZipFile, prefix: str) -> None:
        import io

        super().__init__(io.BytesIO(data))
        self._archive = archive
        self._prefix = prefix

    def find_class(self, module: str, name: str) -> object:  # pickle's hook
        if (module, name) == ("collections", "OrderedDict"):
            return OrderedDict
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return _rebuild_tensor
        if module == "torch" and name in _DTYPES:
            return _StorageType(_DTYPES[name])
        if module == "torch" and name in _HALF_PRECISION:
            raise _HalfPrecisionError(name)
        raise pickle.UnpicklingError(f"global {module}.{name} is not allowed")

    def persistent_load(self, pid: tuple[str, _StorageType, str, str, int]) -> np.ndarray:
        _, storage_type, key, _location, _count = pid
        raw = self._archive.read(f"{self._prefix}/data/{key}")
        return np.frombuffer(raw, dtype=storage_type.dtype)


def read_checkpoint(path: str | os.PathLike[str]) -> object:
    """The checkpoint's payload with numpy arrays for tensors (``check_payload`` checks its shape); any problem is a
    ModelFileError."""
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"Model file not found: {path}")
    try:
        with zipfile.ZipFile(path) as archive:
            pickled = next(n for n in archive.namelist() if n.endswith("/data.pkl"))
            prefix = pickled[: -len("/data.pkl")]
            return _CheckpointUnpickler(archive.read(pickled), archive, prefix).load()
    except _HalfPrecisionError as exc:
        raise ModelFileError(f"{path.name} has translator settings this version cannot use: half-precision "
                             "weights (RNN Lab saves float32).") from exc
    except pickle.UnpicklingError as exc:
        if "not allowed" not in str(exc):
            raise unreadable(path) from exc
        raise ModelFileError(f"{path.name} was refused: it holds objects other than plain weights, which could run "
                             "code when loaded. Only RNN Lab model files can be opened.") from exc
    except Exception as exc:  # a damaged file can fail in many ways; say so in one sentence
        raise unreadable(path) from exc


def _sigmoid(x: np.ndarray) -> np.ndarray:
    sigmoid: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return sigmoid


def _gru(x: np.ndarray, h: np.ndarray, w_ih: np.ndarray, w_hh: np.ndarray, b_ih: np.ndarray,
         b_hh: np.ndarray) -> np.ndarray:
    """One GRU step (PyTorch's gate order r, z, n): ``h' = (1 - z) * n + z * h``."""
    gi = x @ w_ih.T + b_ih
    gh = h @ w_hh.T + b_hh
    size = h.shape[-1]
    r = _sigmoid(gi[:, :size] + gh[:, :size])
    z = _sigmoid(gi[:, size:2 * size] + gh[:, size:2 * size])
    n = np.tanh(gi[:, 2 * size:] + r * gh[:, 2 * size:])
    new_state: np.ndarray = (1.0 - z) * n + z * h
    return new_state


class NumpyTranslator:
    """A saved translator run in numpy: ``translate_words`` as ``Translator`` has it (greedy or beam, with
    alignments)."""

    def __init__(self, state: dict[str, np.ndarray], attention: str, task: SequenceTask,
                 evaluation: dict[str, Any] | None = None) -> None:
        self.w = state
        self.attention = attention
        self.task = task
        self.evaluation = evaluation or {}
        self.hidden = state["encoder.gru.weight_hh_l0"].shape[1]
        self._cache = TranslationCache()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> "NumpyTranslator":
        """Read a translator checkpoint written by ``Translator.save`` (same checks of kind and vocabulary)."""
        name = os.path.basename(os.fspath(path))
        payload = check_payload(read_checkpoint(path), CHECKPOINT_KIND, name)
        recorded_extra, recorded_config = payload.get("extra"), payload.get("config")
        extra: dict[str, Any] = recorded_extra if isinstance(recorded_extra, dict) else {}
        task = task_from_checkpoint(extra, name)
        config: dict[str, Any] = recorded_config if isinstance(recorded_config, dict) else {}
        if config.get("attention") not in ATTENTION_KINDS:
            raise ModelFileError(f"{name} has translator settings this version cannot use: attention "
                                 f"{config.get('attention')!r}.")
        mismatch = ModelFileError(f"{name}: its weights do not match its settings (damaged or edited file).")
        state = payload.get("state")
        try:
            shapes = expected_shapes(config["attention"], int(config["hidden_size"]), int(config["embedding_size"]),
                                     task.vocabulary_size)
        except (KeyError, TypeError, ValueError) as exc:
            raise mismatch from exc
        if not isinstance(state, dict) or set(state) != set(shapes):
            raise mismatch
        if any(np.shape(state[key]) != shape for key, shape in shapes.items()):
            raise mismatch
        try:
            translator = cls(dict(state), config["attention"], task, extra.get("evaluation"))
            translator.translate_batch([task.characters[:1]])
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise mismatch from exc
        return translator

    def _encode(self, words: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        w = self.w
        ids = [self.task.encode(word) for word in words]
        lengths = np.array([len(i) for i in ids])
        steps = int(lengths.max())
        embedded = np.zeros((len(ids), steps, w["encoder.embedding.weight"].shape[1]), dtype=np.float32)
        for row, tokens in enumerate(ids):
            embedded[row, : len(tokens)] = w["encoder.embedding.weight"][tokens]
        memory = np.zeros((len(ids), steps, 2 * self.hidden), dtype=np.float32)
        finals = []
        for suffix, order, half in (("", range(steps), slice(0, self.hidden)),
                                    ("_reverse", range(steps - 1, -1, -1), slice(self.hidden, None))):
            weights = [w[f"encoder.gru.{k}_l0{suffix}"] for k in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")]
            h = np.zeros((len(ids), self.hidden), dtype=np.float32)
            for t in order:
                real = (t < lengths)[:, None]
                h = np.where(real, _gru(embedded[:, t], h, *weights), h)
                memory[:, t, half] = np.where(real, h, 0.0)
            finals.append(h)
        state = np.tanh(np.concatenate(finals, axis=-1) @ w["encoder.bridge.weight"].T + w["encoder.bridge.bias"])
        mask = np.arange(steps)[None, :] < lengths[:, None]
        return memory, state, mask

    def _attend(self, state: np.ndarray, memory: np.ndarray, keys: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        query = state @ w["decoder.attention.query.weight"].T
        if self.attention == "additive":
            scores = np.tanh(query[:, None, :] + keys) @ w["decoder.attention.score.weight"][0]
        else:
            scores = np.einsum("bsd,bd->bs", keys, query) / np.sqrt(query.shape[-1])
        scores = np.where(mask, scores, -np.inf)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        weights: np.ndarray = scores / scores.sum(axis=-1, keepdims=True)
        return weights

    def _step(self, previous: np.ndarray, state: np.ndarray, memory: np.ndarray, keys: np.ndarray | None,
              mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """One character, as ``model.Decoder.step``: (logits, new state, attention weights or None)."""
        w = self.w
        cell = [w[f"decoder.cell.{k}"] for k in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")]
        embedded = w["decoder.embedding.weight"][previous]
        weights = None
        if keys is None:
            state = _gru(embedded, state, *cell)
            features = state
        else:
            weights = self._attend(state, memory, keys, mask)
            context = np.einsum("bs,bsd->bd", weights, memory)
            state = _gru(np.concatenate([embedded, context], axis=-1), state, *cell)
            features = np.concatenate([state, context], axis=-1)
        return features @ w["decoder.output.weight"].T + w["decoder.output.bias"], state, weights

    def _beam_search(self, memory: np.ndarray, state: np.ndarray, keys: np.ndarray | None, mask: np.ndarray,
                     width: int) -> tuple[np.ndarray, np.ndarray | None]:
        """``Seq2Seq.beam_search``: the same ``decoding.BeamSearch`` over the same equations. This is the only
        decoder here: width 1 is greedy decoding exactly (``Seq2Seq.greedy``, which the tests compare it with)."""
        memory, state, mask = (np.repeat(a, width, axis=0) for a in (memory, state, mask))
        keys = np.repeat(keys, width, axis=0) if keys is not None else None
        beam = BeamSearch(len(state) // width, width)
        previous = beam.first_tokens()
        for _ in range(self.task.generation_cap):
            logits, state, weights = self._step(previous, state, memory, keys, mask)
            rows, previous = beam.advance(logits, weights)
            if beam.finished:
                break
            state = state[rows]
        return beam.result()

    def translate_batch(self, words: Sequence[str], beam_width: int = 1) -> list[WordOutput]:
        """Decode every sequence of the task's characters, greedily or with a beam of ``beam_width``, with the
        alignment matrix when the model has attention; in chunks of ``_BATCH`` sequences, as ``Translator`` does, so
        a long file's memory stays small."""
        results: list[WordOutput] = []
        for start in range(0, len(words), _BATCH):
            results += self._translate_chunk(words[start:start + _BATCH], beam_width)
        return results

    def _translate_chunk(self, words: Sequence[str], beam_width: int) -> list[WordOutput]:
        if not words:
            return []
        for word in words:
            if not self.task.can_encode(word):
                raise ValueError(f"cannot translate {word!r}")
        w = self.w
        memory, state, mask = self._encode(words)
        keys = None
        if self.attention != "none":
            keys = memory @ w["decoder.attention.key.weight"].T
            if "decoder.attention.key.bias" in w:
                keys = keys + w["decoder.attention.key.bias"]
        ids, matrices = self._beam_search(memory, state, keys, mask, beam_width)
        results = []
        for row, word in enumerate(words):
            output = self.task.decode(ids[row].tolist())
            matrix = None if matrices is None else matrices[row, : len(output), : len(word) + 1].astype(np.float32)
            results.append(WordOutput(source=word, output=output, attention=matrix))
        return results

    def translate_words(self, words: Sequence[str], beam_width: int = 1) -> list[WordOutput]:
        """Like translate_batch, but words translated recently with the same beam width come from a cache (a file
        is translated in one batch, then line by line from the cache)."""
        return self._cache.translate(words, beam_width, self.translate_batch)
