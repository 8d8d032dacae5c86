"""Opening a cache file in the shared temporary folder only when it is this user's own.

The start-up caches (jieba's tables, the tagger's arrays, the compiled patterns) live in
``tempfile.gettempdir()``, a folder every user may write. A file there is read back only when it
is a regular file (not a symbolic link to something else, not a named pipe that would block),
owned by this user and writable by nobody else: anything else may have been put there to be
read in its place, and is ignored as if there were no cache (the build is then only slower).

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> mine = os.path.join(folder, "mine.cache")
>>> with open(mine, "wb") as fh:
...     _ = fh.write(b"tables")
>>> os.chmod(mine, 0o600)
>>> with open_own(mine) as fh:
...     fh.read()
b'tables'
>>> os.symlink(mine, os.path.join(folder, "link.cache"))
>>> open_own(os.path.join(folder, "link.cache")) is None
True
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import tempfile
import zlib
from pathlib import Path
from typing import Any, BinaryIO

#: group or others may write it: someone else could have changed it
_OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH


def cache_path(kind: str, key: str | None = None, folder: str | os.PathLike[str] | None = None) -> Path:
    """Where a cache of ``kind`` lives: ``$TMPDIR/uniongraph-KIND.UID[.KEY].cache``, one file per
    user (and per ``key``, e.g. a hash of what it was built from).

    >>> cache_path("words", "ab12", "/tmp/x").name == f"uniongraph-words.{os.getuid()}.ab12.cache"
    True
    """
    user = os.getuid() if hasattr(os, "getuid") else 0
    name = f"uniongraph-{kind}.{user}" + (f".{key}" if key else "") + ".cache"
    return Path(folder or tempfile.gettempdir()) / name


def open_own(path: str | os.PathLike[str]) -> BinaryIO | None:
    """``path`` opened for binary reading, or None when it is missing, a symbolic link, not a
    regular file, another user's, or writable by others."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:  # missing, unreadable, or a symbolic link (O_NOFOLLOW)
        return None
    try:
        info = os.fstat(fd)
        mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        if stat.S_ISREG(info.st_mode) and mine and not info.st_mode & _OTHERS_WRITE:
            return os.fdopen(fd, "rb")
    except OSError:
        pass
    os.close(fd)
    return None


def read_checked(path: str | os.PathLike[str], header: Any) -> Any:
    """What :func:`write_checked` wrote to ``path`` under ``header``, or None when the file is
    not the user's own (:func:`open_own`), absent, of another header (a format, version or
    source that changed), truncated or damaged (its checksum).

    The header is read first, so a stale file costs no more than its header."""
    fh = open_own(path)  # a link, or a file someone else put or may change there: none
    if fh is None:
        return None
    try:
        with fh:
            head = marshal.load(fh)
            if not (isinstance(head, tuple) and len(head) == 2 and head[0] == header):
                return None
            data = fh.read()
        if zlib.crc32(data) != head[1]:
            return None
        return marshal.loads(data)
    except (OSError, ValueError, EOFError, TypeError):  # unreadable, truncated, bad data
        return None


def write_checked(path: str | os.PathLike[str], header: Any, value: Any) -> bool:
    """Write ``value`` (marshal) to ``path`` after ``header`` and a checksum, atomically (readers
    see the old file or the new one, never half): whether it was written. A file that cannot be
    written is only a missed speed-up, never an error."""
    from ..errors import UniongraphError
    from .atomic import write_bytes_atomic

    data = marshal.dumps(value)
    with contextlib.suppress(OSError, UniongraphError, ValueError):
        write_bytes_atomic(path, marshal.dumps((header, zlib.crc32(data))) + data)
        return True
    return False
