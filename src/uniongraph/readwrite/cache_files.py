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

import os
import stat
from typing import BinaryIO

#: group or others may write it: someone else could have changed it
_OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH


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
