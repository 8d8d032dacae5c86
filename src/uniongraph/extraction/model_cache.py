"""numpy arrays derived from a model file, cached on disk for the next process.

The name tagger's model is a small zip of vocabularies and float16 weights; what decoding needs
(sorted n-gram keys, their rows, float32 weight tables) takes 0.1 s to derive from it in every
build, serially, before any worker starts. Read back from one uncompressed file it takes a few
hundredths of that.

One file per user and model, in ``tempfile.gettempdir()``, named by a hash of the model's bytes;
its header repeats that hash, a format number, each array's dtype, shape and place, and a
checksum of the arrays (asked once per version of the file: ``cache_files.checksum_holds``).
An absent, stale, damaged or unreadable cache is rebuilt from the model (the arrays are the same
either way); a cache that cannot be written is only a missed speed-up.
The arrays are views of a private memory map of the file: no copy, and shared by every process
that maps it.
Writing one removes the caches of this user's earlier models (tens of MB each).

>>> info, arrays = cached("demo", b"model bytes", lambda: ({"n": 1}, {"a": np.arange(3)}))
>>> info, arrays["a"].tolist()
({'n': 1}, [0, 1, 2])
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import mmap
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..readwrite import cache_files
from ..readwrite.cache_files import checksum_holds, open_own, remove_cache

#: bump when the layout of the file changes
FORMAT = 1

Arrays = dict[str, np.ndarray]
Build = Callable[[], tuple[Any, Arrays]]


def cached(kind: str, model: bytes, build: Build, folder: str | os.PathLike[str] | None = None) -> tuple[Any, Arrays]:
    """``build()`` — (``info``: anything marshal writes, named arrays) derived from ``model`` —
    from the cache of ``kind`` when it holds this model's, else built and cached."""
    digest = hashlib.sha256(model).hexdigest()
    path = cache_path(kind, digest, folder)
    found = _read(path, digest)
    if found is not None:
        return found
    info, arrays = build()
    _write(path, digest, info, arrays)
    return info, arrays


def cache_path(kind: str, digest: str, folder: str | os.PathLike[str] | None = None) -> Path:
    """``$TMPDIR/uniongraph-KIND.UID.HASH.cache``: one per user and model."""
    return cache_files.cache_path(kind, digest[:16], folder)


def _read(path: Path, digest: str) -> tuple[Any, Arrays] | None:
    fh = open_own(path)  # a link, or a file someone else put or may change there: none
    if fh is None:
        return None
    try:
        with fh:
            head = marshal.load(fh)
            fmt, found, info, layout, size, crc = head
            if fmt != FORMAT or found != digest:
                return None
            start = _aligned(fh.tell())
            st = os.fstat(fh.fileno())
            if st.st_size != start + size:
                return None
            # mapped, not read: the pages come from the page cache without a copy (a writer
            # never changes the file in place, it replaces it); a private mapping, so the
            # arrays are writable like any others and the file is never written through them
            data = memoryview(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_COPY))[start:]
        if not checksum_holds(path, st, data, crc):  # (asked once per version of the file)
            return None
        arrays = {}
        for name, dtype, shape, offset in layout:
            count = int(np.prod(shape, dtype=np.int64))
            arrays[name] = np.frombuffer(data, dtype=np.dtype(dtype), count=count, offset=offset).reshape(shape)
    except (OSError, ValueError, EOFError, TypeError, IndexError):  # absent, truncated, bad data
        return None
    return info, arrays


def _aligned(offset: int) -> int:
    """Where the arrays begin after a header ending at ``offset``: aligned for numpy."""
    return -(-offset // 64) * 64


def _write(path: Path, digest: str, info: Any, arrays: Arrays) -> None:
    from ..errors import UniongraphError
    from ..readwrite.atomic import write_bytes_atomic

    layout, chunks, offset = [], [], 0
    for name, array in arrays.items():
        layout.append((name, array.dtype.str, tuple(int(n) for n in array.shape), offset))
        blob = np.ascontiguousarray(array).tobytes()  # the cache is read on this machine only
        blob += b"\0" * (-len(blob) % 64)  # each array aligned for numpy
        chunks.append(blob)
        offset += len(blob)
    data = b"".join(chunks)
    try:
        head = marshal.dumps((FORMAT, digest, info, layout, len(data), zlib.crc32(data)))
    except ValueError:  # info marshal cannot write: nothing cached
        return
    head += b"\0" * (_aligned(len(head)) - len(head))
    with contextlib.suppress(OSError, UniongraphError):
        write_bytes_atomic(path, head + data)
        for old in path.parent.glob(path.name.rsplit(".", 2)[0] + ".*.cache"):
            if old != path:  # an earlier model's cache
                remove_cache(old)
