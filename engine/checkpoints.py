"""The one checkpoint format of RNN Lab: a torch file holding kind, format version, configuration and tensors.

Loading uses ``torch.load(..., weights_only=True)``, so a file from elsewhere cannot run code, and every
problem (truncated file, wrong kind, newer format) becomes a ModelFileError with a readable message.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any, Callable

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.errors import ModelFileError
from rnnlab.engine.translations import translatable

FORMAT_VERSION = 1
_MAGIC = "rnnlab-checkpoint"


def save_checkpoint(path: str | os.PathLike[str], kind: str, config: dict[str, Any], state: dict[str, Any],
                    extra: dict[str, Any] | None = None) -> None:
    """Write a checkpoint atomically; ``state`` holds tensors, ``config``/``extra`` plain values only.

    The bytes are built in memory and written by Python, not by ``torch.save`` to the file: torch's writer turns
    a full disk into ``RuntimeError: [enforce fail at inline_container.cc...] unexpected pos``, while a plain
    write raises the OSError that ``atomic_path`` names in words (an OutputError), leaving no partial file."""
    data = checkpoint_bytes(kind, config, state, extra)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def checkpoint_bytes(kind: str, config: dict[str, Any], state: dict[str, Any],
                     extra: dict[str, Any] | None = None) -> bytes:
    """The bytes ``save_checkpoint`` would write: how a model crosses from a job process to the app."""
    import torch

    buffer = io.BytesIO()
    torch.save(_payload(kind, config, state, extra), buffer)
    return buffer.getvalue()


def _payload(kind: str, config: dict[str, Any], state: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    """What a checkpoint holds: the marks that make it an RNN Lab file of ``kind``, then its contents."""
    return {"magic": _MAGIC, "format_version": FORMAT_VERSION, "kind": kind, "config": config, "state": state,
            "extra": extra or {}}


def load_checkpoint(path: str | os.PathLike[str], kind: str) -> dict[str, Any]:
    """Read a checkpoint safely and check it is an RNN Lab file of the expected ``kind``."""
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(translatable("Engine", "Model file not found: {path}"), path=path)
    return _read(path, kind, path.name, lambda: unreadable(path))


def read_checkpoint_bytes(data: bytes, kind: str, name: str) -> dict[str, Any]:
    """Read the bytes of a checkpoint (``checkpoint_bytes``) as safely as a file; ``name`` says whose they are."""
    return _read(io.BytesIO(data), kind, name,
                 lambda: ModelFileError(translatable("Engine", "{name} is not a readable model (truncated or "
                                                               "corrupt)."), name=name))


def _read(source: Path | io.BytesIO, kind: str, name: str, unreadable_error: Callable[[], ModelFileError]
          ) -> dict[str, Any]:
    """``torch.load`` with weights only, every failure a ModelFileError, then ``check_payload``."""
    import pickle

    import torch

    try:
        payload = torch.load(source, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        if "global" not in str(exc).lower():
            raise unreadable_error() from exc
        raise ModelFileError(
            translatable("Engine", "{name} was refused: it holds objects other than plain weights, which could run "
                                   "code when loaded. Only RNN Lab model files can be opened."), name=name
        ) from exc
    except Exception as exc:  # a damaged file can fail inside the unpickler in many ways
        raise unreadable_error() from exc
    return check_payload(payload, kind, name)


def unreadable(path: Path) -> ModelFileError:
    """Why ``path`` could not be read as a model: a text file (a pairs or price file given as a model) is named as
    one; anything else is truncated or corrupt."""
    try:
        with path.open("rb") as file:
            head = file.read(4096)
        head.decode("utf-8")
        is_text = bool(head.strip()) and b"\x00" not in head
    except (OSError, UnicodeDecodeError):
        is_text = False
    if is_text:
        return ModelFileError(translatable("Engine", "{name} is a text file, not a model file: models are written by "
                                                     "the tabs' Save actions and the command line's --out."),
                              name=path.name)
    return ModelFileError(translatable("Engine", "{name} is not a readable model file (truncated or corrupt)."),
                          name=path.name)


def check_payload(payload: object, kind: str, name: str) -> dict[str, Any]:
    """Check an unpickled checkpoint is an RNN Lab file of a format this version reads and of ``kind``
    (shared by ``load_checkpoint`` and the torch-free reader of the translator's command line)."""
    if not isinstance(payload, dict) or payload.get("magic") != _MAGIC:
        raise ModelFileError(translatable("Engine", "{name} is not an RNN Lab model file."), name=name)
    version = payload.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ModelFileError(
            translatable("Engine", "{name} was written by a newer RNN Lab (format {version}); this version reads "
                                   "format {readable}. Update RNN Lab to open it."),
            name=name, version=version, readable=FORMAT_VERSION
        )
    if payload.get("kind") != kind:
        raise ModelFileError(translatable("Engine", "{name} holds a {found} model, not a {kind} model."),
                             name=name, found=payload.get('kind'), kind=kind)
    return payload
