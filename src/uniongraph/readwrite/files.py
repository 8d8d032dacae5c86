"""Reading a UTF-8 graph file with one-line errors that name it."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import GraphFileError


def read_utf8(path: str | os.PathLike[str]) -> tuple[Path, str]:
    """The path and text of a UTF-8 file; :class:`GraphFileError` naming it if unreadable."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise GraphFileError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    try:
        return p, data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GraphFileError(f"{p}: not UTF-8 (byte {exc.start})") from exc
