"""Write files so that a crash mid-write never leaves a half file over a good one."""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is renamed over ``target`` in one step.

    On an exception the temporary file is removed and ``target`` is left as it was. The file gets the
    permissions a plain ``open`` would give it (mkstemp alone would leave it readable by its owner only).
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
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        raise _naming(exc, target) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def _naming(error: OSError, target: Path) -> OSError:
    """The same error about ``target`` (the person's file) rather than the temporary file beside it."""
    return type(error)(error.errno, error.strerror or str(error), str(target))
