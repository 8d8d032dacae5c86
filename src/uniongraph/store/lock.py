"""The writer's lock of a store: one process at a time changes a store folder.

``DIR/lock`` is held with ``flock`` for as long as a writer has the store open (``add``,
``remove``, ``repair``, and ``build --store`` from before it reads its inputs until its new
store is in place). A second writer is refused at once with one line naming the holder's
process id; readers (``query``, ``serve``, ``documents``) take no lock. The kernel drops the
lock when its process ends, however it ends, so a killed writer leaves no stale lock.

``build --store`` swaps a whole new folder in (:mod:`.folder`), so a writer that opened the
lock file of a folder just swapped away checks, once it holds the lock, that its file is
still the one at ``DIR/lock``, and locks the new one otherwise.

>>> import tempfile
>>> folder = tempfile.mkdtemp()
>>> with StoreLock.acquire(folder):
...     StoreLock.acquire(folder)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
uniongraph.errors.OutputError: UG400: ...: in use by another uniongraph process (pid ...); try again when it has finished
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from ..errors import OutputError

try:
    import fcntl
except ImportError:  # Windows: no flock; writers are then not kept apart
    fcntl = None  # type: ignore[assignment]

LOCK = "lock"


class StoreLock:
    """The held lock of one store folder; :meth:`release` (or leaving the ``with``) frees it."""

    def __init__(self, folder: Path, fd: int | None) -> None:
        self.folder = folder
        self._fd = fd

    @classmethod
    def acquire(cls, folder: str | os.PathLike[str], what: str = "") -> StoreLock:
        """Lock ``folder`` (which must exist) for writing, or raise :class:`OutputError` if another
        process holds it; ``what`` (the command) is noted for the message the other one gets."""
        folder = Path(folder)
        if fcntl is None:
            return cls(folder, None)
        path = folder / LOCK
        for _ in range(100):  # a folder swapped for a new one each time: give up in the end
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
            except OSError as exc:
                raise OutputError(f"{folder}: cannot lock the store ({exc.strerror or exc})") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _holder(fd)
                os.close(fd)
                raise OutputError(f"{folder}: in use by another uniongraph process{holder}; "
                                  "try again when it has finished") from None
            except OSError as exc:  # a file system without locks (some network mounts)
                os.close(fd)
                raise OutputError(f"{folder}: cannot lock the store ({exc.strerror or exc})") from None
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except OSError:
                same = False
            if same:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                    os.pwrite(fd, f"{os.getpid()} {what}".strip().encode() + b"\n", 0)
                return cls(folder, fd)
            os.close(fd)  # the folder was replaced while we waited: lock the one there now
        raise OutputError(f"{folder}: keeps being replaced by another process; try again")

    def release(self) -> None:
        """Drop the lock; again, a no-op. The descriptor is forgotten before it is closed: a Ctrl-C
        landing between the two must not make a second release close it again (EBADF, or worse,
        a file opened since under the same number)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the file drops the flock

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.release()


def _holder(fd: int) -> str:
    """`` (pid 123: build --store)`` from the lock file, or nothing if it says nothing readable."""
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""
    pid, _, what = text.partition(" ")
    if not pid.isdigit():
        return ""
    return f" (pid {pid}: {what})" if what else f" (pid {pid})"


__all__ = ["LOCK", "StoreLock"]
