"""What a store folder is, and replacing one the way outputs are replaced.

A folder is a store when its ``store.json`` is a store marker: a JSON object whose ``schema``
is ``uniongraph-store/N`` (any other ``store.json`` is someone else's file). ``build --store
DIR`` replaces a store as a build replaces its outputs (:class:`StoreReplacement`):

1. before reading any input, DIR is checked: it must not exist, be empty, or be a store that
   holds nothing but what a store holds (a folder with other files in it is refused, never
   deleted), and the store is locked (:mod:`.lock`) until the new one is in place;
2. the new store is written into a hidden sibling folder ``.DIR.new.PID.XXXX``;
3. it is swapped in with one atomic ``renameat2(RENAME_EXCHANGE)`` (where the system has none:
   two renames with Ctrl-C held back), and only then is the old store deleted, entry by entry,
   deleting only names a store makes.

So an interrupt (SIGINT, SIGTERM, SIGKILL) at any moment leaves the old store or the new one,
whole. What a killed build leaves is a hidden sibling; the next ``build --store`` of that store
deletes it once its writer no longer runs (and restores the old store if a kill fell between
the two renames of the fallback).

>>> check_apart("out/", "out/store")
Traceback (most recent call last):
...
ValueError: --store out/store is inside --out out/: give two separate folders
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import re
import secrets
import shutil
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..errors import OutputError
from .lock import LOCK, StoreLock

if TYPE_CHECKING:
    from ..curation import Corrections
    from ..model import KnowledgeGraph

MARKER = "store.json"
SCHEMA_PREFIX = "uniongraph-store/"
LEDGER = "ledger.sqlite"
RDF = "oxigraph"
#: what a store folder may hold: its own files, SQLite's journals, what ``repair`` works in
_FILES = {MARKER, LEDGER, f"{LEDGER}-journal", f"{LEDGER}-wal", f"{LEDGER}-shm", LOCK,
          f"{LEDGER}.repair", f"{LEDGER}.repair-journal"}
_FOLDERS = {RDF, f"{RDF}.repair", f"{RDF}.old"}
#: what a file manager leaves in any folder it shows
_DESKTOP = {".DS_Store", "Thumbs.db", "desktop.ini"}
#: the marker's temporary file while it is rewritten (readwrite.atomic's naming)
_MARKER_TEMP = re.compile(r"\.store\.json\.\d+\..*\.tmp\Z")
#: the files of a RocksDB database (Oxigraph's): 000012.sst, CURRENT, MANIFEST-000005, LOG.old.1712 …
_ROCKSDB = re.compile(r"(\d+\.(sst|log|blob|dbtmp)|bulk-\d+\.sst|CURRENT|IDENTITY|LOCK|LOG(\.old\.\d+)?"
                      r"|MANIFEST-\d+|OPTIONS-\d+(\.dbtmp)?)\Z")  # bulk-N.sst: Oxigraph's bulk loader


def read_marker(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The store marker of the folder ``path``, or ``None`` if it has none (or another ``store.json``)."""
    f = Path(path) / MARKER
    try:
        if not f.is_file() or f.stat().st_size > 65536:
            return None
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and isinstance(data.get("schema"), str) and data["schema"].startswith(SCHEMA_PREFIX):
        return data
    return None


def is_store(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a store folder (its ``store.json`` is a store marker, not just any file)."""
    return read_marker(path) is not None


def _is_store_entry(entry: Path) -> bool:
    """Whether a folder entry is one a store makes (a folder of them: only its own files inside)."""
    name = entry.name
    if name in _DESKTOP or _MARKER_TEMP.match(name):
        return True
    try:
        if name in _FOLDERS:
            return entry.is_dir() and not entry.is_symlink() and all(
                _ROCKSDB.match(e.name) and e.is_file() and not e.is_symlink() for e in entry.iterdir())
        return name in _FILES and entry.is_file() and not entry.is_symlink()
    except OSError:
        return False  # unreadable: not known to be ours, so never deleted


def foreign_entries(path: str | os.PathLike[str]) -> list[str]:
    """The names in the folder ``path`` that no store makes (a user's files), sorted."""
    return sorted(e.name for e in Path(path).iterdir() if not _is_store_entry(e))


def is_empty_folder(path: Path) -> bool:
    """No entries but a lock file and what file managers leave."""
    return all(e.name in _DESKTOP or e.name == LOCK for e in path.iterdir())


def listed(names: list[str], limit: int = 4) -> str:
    """The first ``limit`` names, comma-separated, and how many more (for one-line messages)."""
    return ", ".join(names[:limit]) + (f" and {len(names) - limit} more" if len(names) > limit else "")


def check_replaceable(path: Path) -> bool:
    """Raise :class:`OutputError` unless ``path`` may be replaced by a new store: it does not
    exist, is an empty folder, or is a store holding only what a store holds. Whether it is a store."""
    if not path.exists():
        return False
    if not path.is_dir():
        raise OutputError(f"{path}: exists and is not a folder; give a new or empty folder, or a store")
    try:
        if is_empty_folder(path):
            return False
        if not is_store(path):
            why = (f"its {MARKER} is not a store marker" if (path / MARKER).exists()
                   else f"holds {listed(sorted(e.name for e in path.iterdir()))}")
            raise OutputError(f"{path}: not a uniongraph store ({why}); not replaced: give a new or empty folder")
        foreign = foreign_entries(path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot read the folder ({exc.strerror or exc})") from None
    if foreign:
        raise OutputError(f"{path}: a store that also holds other files ({listed(foreign)}); not replaced: "
                          "move them out, or give another folder")
    return True


def check_apart(out: str | os.PathLike[str], store: str | os.PathLike[str]) -> None:
    """Raise ``ValueError`` if the output folder and the store are the same folder or one holds the other."""
    o, s = Path(out).resolve(), Path(store).resolve()
    if o == s:
        raise ValueError(f"--out {out} and --store {store} are the same folder: give two separate folders")
    if s in o.parents:
        raise ValueError(f"--out {out} is inside --store {store}: give two separate folders")
    if o in s.parents:
        raise ValueError(f"--store {store} is inside --out {out}: give two separate folders")


def remove_store_folder(path: Path) -> list[str]:
    """Delete a store folder, only the names a store makes; the names left (then the folder stays)."""
    left = []
    try:
        entries = sorted(path.iterdir())
    except OSError:
        return [str(path)]
    for entry in entries:
        if not _is_store_entry(entry):
            left.append(entry.name)
        elif entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
    if not left:
        with contextlib.suppress(OSError):
            path.rmdir()
    return left


def _sibling(target: Path, kind: str, *, make: bool) -> Path:
    """A hidden sibling ``.NAME.KIND.PID.XXXXXXXX`` of ``target`` (kind: new or old), made as an
    empty folder with ``make`` (with the permissions of a plain mkdir: a store is not private)."""
    while True:
        path = target.parent / f".{target.name}.{kind}.{os.getpid()}.{secrets.token_hex(4)}"
        if not make:
            if not os.path.lexists(path):
                return path
            continue
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue


def clean_siblings(target: Path) -> None:
    """Tidy what killed builds of ``target`` left: delete their new stores, and put an old store back
    if a kill fell between the two renames of a swap (``target`` missing, ``.NAME.old.*`` whole)."""
    from ..readwrite.atomic import left_by_ended_process

    try:
        siblings = sorted(target.parent.iterdir())
    except OSError:
        return
    for sib in siblings:
        for kind in ("new", "old"):
            prefix = f".{target.name}.{kind}."
            if not sib.name.startswith(prefix) or not sib.is_dir() or sib.is_symlink():
                continue
            if not left_by_ended_process(sib.name[len(prefix):]):
                continue
            if kind == "old" and not os.path.lexists(target) and is_store(sib):
                with contextlib.suppress(OSError):
                    os.rename(sib, target)
                continue
            with contextlib.suppress(OSError):
                remove_store_folder(sib)


def exchange_paths(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); ``False`` if unsupported here.
    Shared with the store's repair, which swaps a rebuilt database in the same way."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False  # a file system that cannot exchange
    raise OSError(err, os.strerror(err), str(b))


def swap_in(new: Path, target: Path, *, exchange: bool = True) -> Path | None:
    """Put the folder ``new`` at ``target``; the folder now holding what was at ``target`` (to delete),
    or ``None`` if nothing was there. Ctrl-C and SIGTERM wait until the swap is done."""
    from ..readwrite.atomic import signals_held  # the same hold the output files are renamed under

    with signals_held():
        if not os.path.lexists(target):
            os.rename(new, target)
            old = None
        elif exchange and exchange_paths(new, target):
            old = new
        else:
            # two renames: a kill between them leaves no target, and clean_siblings puts the old back
            old = _sibling(target, "old", make=False)
            os.rename(target, old)
            os.rename(new, target)
    with contextlib.suppress(OSError):  # the renames themselves on disk
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return old


class StoreReplacement:
    """``build --store DIR``: check and lock DIR on entering, before any input is read; :meth:`write`
    a new store beside it and swap it in; on leaving, unlock and drop what was not swapped in.

    >>> with StoreReplacement("store/") as rep:   # doctest: +SKIP
    ...     kg = build(["page.md"])
    ...     rep.write(kg)
    """

    def __init__(self, path: str | os.PathLike[str], *, exchange: bool = True) -> None:
        self.path = Path(path)
        self.target = Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path
        self.exchange = exchange
        self._lock: StoreLock | None = None
        self._new: Path | None = None

    def __enter__(self) -> StoreReplacement:
        clean_siblings(self.target)
        if check_replaceable(self.target):
            self._lock = StoreLock.acquire(self.target, "build --store")
            check_replaceable(self.target)  # as it is now that no one else can change it
        return self

    def write(self, kg: KnowledgeGraph, *, corrections: Corrections | None = None, region: str | None = None) -> Path:
        """Write ``kg`` as the new store beside the old one and swap it in; the store's path.

        The store remembers the ``corrections`` the build applied (``add`` applies them to new
        documents) and the ``region`` it was given."""
        from . import GraphStore

        target = self.target
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._new = _sibling(target, "new", make=True)
        except OSError as exc:
            raise OutputError(f"{target}: cannot create the store ({exc.strerror or exc})") from None
        with GraphStore(self._new) as st:
            st.remember_corrections(corrections)
            st.add_built(kg, region=region)
        if self._lock is None and check_replaceable(target):  # a store made while we built
            self._lock = StoreLock.acquire(target, "build --store")
            check_replaceable(target)
        try:
            old = swap_in(self._new, target, exchange=self.exchange)
        except OSError as exc:
            raise OutputError(f"{target}: cannot put the new store in place ({exc.strerror or exc}); "
                              "the old one is left as it was") from None
        self._new = old  # now the old store: dropped below, or on leaving if interrupted first
        self.release()
        if old is not None:
            remove_store_folder(old)
        self._new = None
        return self.path

    def release(self) -> None:
        lock, self._lock = self._lock, None  # forgotten first: an interrupt here releases it once
        if lock is not None:
            lock.release()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        if self._new is not None:  # not swapped in: an error or an interrupt
            remove_store_folder(self._new)
            self._new = None
        self.release()


__all__ = ["MARKER", "StoreReplacement", "check_apart", "check_replaceable", "clean_siblings",
           "foreign_entries", "is_empty_folder", "is_store", "read_marker", "remove_store_folder", "swap_in"]
