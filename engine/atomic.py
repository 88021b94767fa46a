"""Write files so that a crash mid-write never leaves a half file over a good one, and a failed write says which
file and why in words (an OutputError)."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rnnlab.engine.errors import OutputError


def _read_umask() -> int:
    """The process's umask. Reading it means setting it, so this runs once, at import (one thread), never while
    other threads may be creating files."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()

_REASONS = {
    errno.ENOSPC: "no space left on the device",
    getattr(errno, "EDQUOT", -1): "the disk quota is used up",  # EDQUOT: not on every platform
    errno.EFBIG: "the file is larger than this file system (or this process's file-size limit) allows",
    errno.EACCES: "permission denied (a read-only folder or file, or a file another program holds open)",
    errno.EPERM: "permission denied (a read-only folder or file, or a file another program holds open)",
    errno.EROFS: "the device is read-only",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOENT: "its folder does not exist",
    errno.ENAMETOOLONG: "the name is too long for the file system",
}
"""The reasons a write fails that a person can meet, in words; other errors give the system's own text."""


def why_not_written(error: OSError) -> str:
    """Why a write failed, in words a person reads ("no space left on the device")."""
    reason = _REASONS.get(error.errno)
    if reason is not None:
        return reason
    text = error.strerror or str(error) or type(error).__name__
    return text[:1].lower() + text[1:]


@contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is renamed over ``target`` in one step.

    On an exception the temporary file is removed and ``target`` is left as it was. The temporary file's data
    reaches the disk (fsync) before the rename, so a power cut leaves the old file or the new one, never an empty
    one. The file gets the permissions a plain ``open`` would give it (mkstemp alone would leave it readable by
    its owner only).
    Any OSError on the way (the caller's writes included: a full disk, a file-size limit, a read-only device)
    becomes an OutputError naming ``target`` and the reason in words, and a folder that does not exist is refused,
    never created: a typo in a path must not leave the file somewhere the person will not look.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise OutputError(str(target), _REASONS[errno.ENOENT])
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise OutputError(str(target), why_not_written(exc)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)
        yield tmp
        _flush_to_disk(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(str(target), why_not_written(exc)) from exc
    finally:
        _remove_if_left(tmp)


def _remove_if_left(tmp: Path) -> None:
    """Remove the temporary file after a failure; one that cannot be removed (the folder turned read-only) must
    not hide the error that says why the write failed."""
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass


def _flush_to_disk(path: Path) -> None:
    """Make the file's data durable before it is renamed over the person's file."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def write_json(target: str | os.PathLike[str], data: object) -> None:
    """Write ``data`` as indented UTF-8 JSON through :func:`atomic_path` (the ``--metrics`` files)."""
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
