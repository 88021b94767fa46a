"""Write files so that a crash mid-write never leaves a half file over a good one."""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def _read_umask() -> int:
    """The process's umask. Reading it means setting it, so this runs once, at import (one thread), never while
    other threads may be creating files."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()

@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is renamed over ``target`` in one step.

    On an exception the temporary file is removed and ``target`` is left as it was. The temporary file's data
    reaches the disk (fsync) before the rename, so a power cut leaves the old file or the new one, never an empty
    one. The file gets the permissions a plain ``open`` would give it (mkstemp alone would leave it readable by
    its owner only).
    A folder that does not exist is refused (FileNotFoundError), never created: a typo in a path must not
    leave the file somewhere the person will not look. Any OSError names ``target``, not the temporary file.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "its folder does not exist", str(target))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _naming(exc, target) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)
        yield tmp
        _flush_to_disk(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise _naming(exc, target) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def _naming(error: OSError, target: Path) -> OSError:
    """The same error about ``target`` (the person's file) rather than the temporary file beside it."""
    return type(error)(error.errno, error.strerror or str(error), str(target))


def _flush_to_disk(path: Path) -> None:
    """Make the file's data durable before it is renamed over the person's file."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
