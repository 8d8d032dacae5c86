"""Write a file all at once: to a temporary file in the same folder, then rename.

A failure half-way (disk full, an exception while rendering) leaves the old file, or no file,
never a truncated one. Text is always encoded as UTF-8 here, whatever the locale says.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import OutputError


def _umask() -> int:
    # os.umask can only be read by setting it; set it straight back.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary sibling file and an atomic rename.

    Missing parent folders are created. Raises :class:`OutputError` naming the file.
    """
    return write_files_atomic({Path(path): data})[0]


def write_files_atomic(files: Mapping[Path, bytes]) -> list[Path]:
    """Write several files as one step: every temporary file first, then the renames.

    A failure (or Ctrl-C) while the data is written leaves every old file in place and no
    temporary file behind; the renames at the end run with SIGINT/SIGTERM held back, so the
    files of one build are never found beside those of another. Raises :class:`OutputError`.
    """
    temps: dict[Path, str] = {}
    target = next(iter(files), Path("."))
    try:
        for target, data in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(target)
            fd, temps[target] = tempfile.mkstemp(dir=target.parent, prefix=_temp_prefix(target), suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            # mkstemp makes the file private (0600); give it the permissions a plain open() would.
            os.chmod(temps[target], 0o666 & ~_umask())
        with signals_held():
            for target in list(temps):
                os.replace(temps.pop(target), target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    finally:
        for tmp in temps.values():
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return list(files)


def _temp_prefix(target: Path) -> str:
    """``.graph.ttl.PID.``: the writing process is in the name, so its leftovers can be told."""
    return f"{_temp_stem(target)}{os.getpid()}."


def _temp_stem(target: Path) -> str:
    """``.graph.ttl.``: how every temporary sibling of ``target`` begins, whoever wrote it."""
    return f".{target.name}."


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Delete temporary siblings of ``target`` left by writers that no longer run; those deleted.

    Only a process killed outright (SIGKILL, power loss) while writing leaves one; a temporary
    file of a process still running (another build into the same folder) is left alone.

    >>> remove_stale_temporaries(Path(tempfile.mkdtemp()) / "graph.ttl")
    []
    """
    removed = []
    prefix = _temp_stem(target)
    try:
        siblings = list(target.parent.iterdir())
    except OSError:
        return removed
    for path in siblings:
        name = path.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        if not left_by_ended_process(name[len(prefix):]):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def left_by_ended_process(rest: str) -> bool:
    """Whether a temporary name's ``rest`` (after its prefix) starts with the pid of a process that
    has ended (``4711.…``): not this one, nor one still running, so that what it left half-written
    is not taken from it; shared with the store's folder clean-up."""
    pid = rest.split(".", 1)[0]
    return pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid))


def _running(pid: int) -> bool:
    """Whether a process ``pid`` may still be running (one we may not signal counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process (or unknown): keep its file
    return True


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold back Ctrl-C and SIGTERM (delivered right after) for the few renames that publish files
    (the output files here; a store's folder in :func:`uniongraph.store.folder.swap_in`)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    # Masking covers this thread only: a signal sent to the process can still land on another
    # thread (numpy's BLAS threads), whose C handler makes Python raise here at once. So the
    # Python handlers are swapped too, for ones that only note the signal until the block ends.
    caught: list[int] = []
    handlers = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum)) for sig in held}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        if caught:
            signal.raise_signal(caught[0])  # delivered now, to the handler it was meant for


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 (with ``\\n`` line ends on every platform) atomically."""
    return write_bytes_atomic(path, text.encode("utf-8"))
