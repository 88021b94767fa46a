"""A job's result as it comes back from a job process when it is big: its pickle without its arrays' data, and that
data in a file in shared memory that the receiving process maps instead of copying (``engine.job_process``)."""

from __future__ import annotations

import contextlib
import io
import mmap
import os
import pickle
import tempfile
from dataclasses import dataclass
from typing import Any

MAP_BYTES = 8 * 1024 * 1024
"""A result whose arrays hold this many bytes or more comes back as a file in shared memory that the caller maps."""
MAP_FOLDER = "/dev/shm"
"""Where such a file is written: memory, not disk (where there is no such folder, results come through the pipe)."""


@dataclass(frozen=True)
class MappedResult:
    """A big result as its pickle without its arrays' data, and that data in a file in shared memory.

    Unpickling 240 MB of arrays (5,000,000 rows of prices) copies them while holding the interpreter lock for 0.2 s
    or more, and the window beside the receiving thread froze that long; mapped, the arrays are the file's pages,
    read when first touched, and no copy is made (the mapping is private: writes stay in the caller)."""

    payload: bytes
    path: str
    spans: tuple[tuple[int, int], ...]

    @classmethod
    def pack(cls, value: Any) -> Any:
        """``value`` itself when small (or no shared memory here), else a ``MappedResult`` of it."""
        buffers: list[pickle.PickleBuffer] = []
        pickled = io.BytesIO()
        _ResultPickler(pickled, protocol=5, buffer_callback=buffers.append).dump(value)
        payload = pickled.getvalue()
        raws = [buffer.raw() for buffer in buffers]
        if sum(raw.nbytes for raw in raws) < MAP_BYTES or not os.path.isdir(MAP_FOLDER):
            return value
        spans, offset = [], 0
        handle, path = tempfile.mkstemp(prefix="rnnlab-result-", dir=MAP_FOLDER)
        with os.fdopen(handle, "wb") as out:
            for raw in raws:
                offset += -offset % 64  # each array starts aligned
                out.seek(offset)
                out.write(raw)
                spans.append((offset, raw.nbytes))
                offset += raw.nbytes
        return cls(payload, path, tuple(spans))

    def unpack(self) -> Any:
        """The result, its arrays on the mapped file (removed at once: the mapping keeps its pages)."""
        try:
            with open(self.path, "rb") as source:
                size = os.fstat(source.fileno()).st_size
                pages = mmap.mmap(source.fileno(), size, access=mmap.ACCESS_COPY) if size else b""
        finally:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        view = memoryview(pages)
        return pickle.loads(self.payload, buffers=[view[start:start + size] for start, size in self.spans])


class _ResultPickler(pickle.Pickler):
    """A pickler that leaves arrays of dates and durations out of band too, as plain int64 (numpy leaves only
    arrays of plain numbers out of band, and a date index of 5,000,000 rows is 40 MB)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj).__name__ == "ndarray" and getattr(obj, "dtype", None) is not None and obj.dtype.kind in "mM" \
                and obj.flags.c_contiguous:
            return _as_dtype, (obj.view("i8"), obj.dtype.str)
        return NotImplemented


def _as_dtype(values: Any, dtype: str) -> Any:
    """``values`` (an int64 array) seen as ``dtype`` (dates or durations), without a copy."""
    return values.view(dtype)
