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
import time
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

    The header is read first, so a stale file costs no more than its header; the checksum is
    asked once per version of a large file (:func:`checksum_holds`)."""
    fh = open_own(path)  # a link, or a file someone else put or may change there: none
    if fh is None:
        return None
    try:
        with fh:
            head = marshal.load(fh)
            if not (isinstance(head, tuple) and len(head) == 2 and head[0] == header):
                return None
            data = fh.read()
            info = os.fstat(fh.fileno())
        if not checksum_holds(path, info, data, head[1]):
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


#: a file smaller than this is checked in full every time: its checksum costs less than a stamp
_STAMPED_FROM = 1 << 20
#: a file changed less than this long ago is not stamped: a change made within one tick of the
#: file system's clock after the stamp would leave the times the stamp holds as they were (git's
#: "racily clean" index entries); the next reader stamps it
_SETTLED_NS = 2_000_000_000


def _stamp_path(path: str | os.PathLike[str]) -> Path:
    return Path(f"{os.fspath(path)}.checked")


def _identity(info: os.stat_result) -> tuple[int, ...]:
    """What a write, a replacement or a truncation of a file changes: its inode, size and times
    (ctime too, which no user can set back)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def checked_before(path: str | os.PathLike[str], info: os.stat_result) -> bool:
    """Whether the cache file at ``path``, as ``info`` (its ``fstat``) finds it now, passed its
    checksum before and has not changed since: the stamp :func:`mark_checked` left beside it
    names the same file, size and times.

    A start-up reads three caches of 36 MB; their checksums were 1 % of the instructions of a
    400-article build. A damaged file is refused all the same: written in place, truncated or
    replaced, its times or inode change, and the stamp no longer matches."""
    if info.st_size < _STAMPED_FROM:
        return False
    fh = open_own(_stamp_path(path))
    if fh is None:
        return False
    try:
        with fh:
            return marshal.load(fh) == _identity(info)
    except (OSError, ValueError, EOFError, TypeError):  # unreadable, truncated, bad data
        return False


def mark_checked(path: str | os.PathLike[str], info: os.stat_result) -> None:
    """Stamp the cache file at ``path`` (``info``: its ``fstat``) as having passed its checksum,
    when it is large and settled (see :data:`_SETTLED_NS`); a stamp that cannot be written is
    only a missed speed-up."""
    from ..errors import UniongraphError
    from .atomic import write_bytes_atomic

    if info.st_size < _STAMPED_FROM or time.time_ns() - info.st_ctime_ns < _SETTLED_NS:
        return
    with contextlib.suppress(OSError, UniongraphError, ValueError):
        write_bytes_atomic(_stamp_path(path), marshal.dumps(_identity(info)))


def checksum_holds(path: str | os.PathLike[str], info: os.stat_result, data: bytes | memoryview, crc: int) -> bool:
    """Whether ``data``, read from the cache file at ``path`` (``info``: its ``fstat``), has the
    checksum ``crc`` its header gives: computed only when the file was not checked before as it
    is now (:func:`checked_before`), and the file stamped once it passes (:func:`mark_checked`)."""
    if checked_before(path, info):
        return True
    if zlib.crc32(data) != crc:
        return False
    mark_checked(path, info)
    return True


def remove_cache(path: str | os.PathLike[str]) -> None:
    """Remove a cache file and its stamp (an earlier model's)."""
    for p in (Path(path), _stamp_path(path)):
        with contextlib.suppress(OSError):
            p.unlink()
