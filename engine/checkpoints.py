"""The one checkpoint format of RNN Lab: a torch file holding kind, format version, configuration and tensors.

Loading uses ``torch.load(..., weights_only=True)``, so a file from elsewhere cannot run code, and every
problem (truncated file, wrong kind, newer format) becomes a ModelFileError with a readable message.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.errors import ModelFileError

FORMAT_VERSION = 1
_MAGIC = "rnnlab-checkpoint"


def save_checkpoint(path: str | os.PathLike, kind: str, config: dict, state: dict, extra: dict | None = None) -> None:
    """Write a checkpoint atomically; ``state`` holds tensors, ``config``/``extra`` plain values only."""
    import torch

    payload = {
        "magic": _MAGIC,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "config": config,
        "state": state,
        "extra": extra or {},
    }
    with atomic_path(path) as tmp:
        torch.save(payload, tmp)


def load_checkpoint(path: str | os.PathLike, kind: str) -> dict[str, Any]:
    """Read a checkpoint safely and check it is an RNN Lab file of the expected ``kind``."""
    import pickle

    import torch

    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"Model file not found: {path}")
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        if "global" not in str(exc).lower():
            raise unreadable(path) from exc
        raise ModelFileError(
            f"{path.name} was refused: it holds objects other than plain weights, which could run code "
            "when loaded. Only RNN Lab model files can be opened."
        ) from exc
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail inside the unpickler in many ways
        raise unreadable(path) from exc
    return check_payload(payload, kind, path.name)


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
        return ModelFileError(f"{path.name} is a text file, not a model file: models are written by the tabs' Save "
                              "actions and the command line's --out.")
    return ModelFileError(f"{path.name} is not a readable model file (truncated or corrupt).")


def check_payload(payload: object, kind: str, name: str) -> dict[str, Any]:
    """Check an unpickled checkpoint is an RNN Lab file of a format this version reads and of ``kind``
    (shared by ``load_checkpoint`` and the torch-free reader of the translator's command line)."""
    if not isinstance(payload, dict) or payload.get("magic") != _MAGIC:
        raise ModelFileError(f"{name} is not an RNN Lab model file.")
    version = payload.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ModelFileError(
            f"{name} was written by a newer RNN Lab (format {version}); this version reads format "
            f"{FORMAT_VERSION}. Update RNN Lab to open it."
        )
    if payload.get("kind") != kind:
        raise ModelFileError(f"{name} holds a {payload.get('kind')} model, not a {kind} model.")
    return payload
