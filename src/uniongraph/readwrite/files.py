"""Reading a UTF-8 graph file with one-line errors that name it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import GraphFileError


def special_file(mode: int) -> str | None:
    """Why a file of this ``st_mode`` must not be opened for reading, or None: a named pipe would
    wait for a writer, a device such as /dev/zero never ends, a socket cannot be read. The one
    table of such kinds, for inputs (:func:`uniongraph.reading.open_input`) and graph files alike."""
    for test, what in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return f"not a regular file ({what})"
    return None


def not_regular(path: str | os.PathLike[str]) -> str | None:
    """:func:`special_file` of ``path``, checked without opening it (a missing file is left to
    the reader to report).

    >>> not_regular("/dev/null")
    'not a regular file (a character device)'
    """
    try:
        return special_file(os.stat(path).st_mode)
    except OSError:
        return None


def read_utf8(path: str | os.PathLike[str]) -> tuple[Path, str]:
    """The path and text of a UTF-8 file; :class:`GraphFileError` naming it if unreadable."""
    p = Path(path)
    if (why := not_regular(p)) is not None:
        raise GraphFileError(f"{p}: {why}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise GraphFileError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    try:
        return p, data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GraphFileError(f"{p}: not UTF-8 (byte {exc.start})") from exc
