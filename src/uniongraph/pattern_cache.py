"""The regular expressions of a build, compiled once and then read back from a per-user file.

The rule modules compile some 650 patterns when they are imported, serially, before any worker
forks: 0.1 s of a build's start-up even with :mod:`.charset_memo`, parsing each pattern and
generating its matching code in Python. That code depends only on the pattern's text, its flags
and the Python version, so a build keeps it, as ``re`` makes it, in a file beside jieba's cache
(``tempfile.gettempdir()``, one per user, checked to be the user's own) and the next process
hands it straight to ``re``'s engine: the same compiled pattern (``Pattern`` objects compare
their code), read in a few milliseconds.

The file's header names the Python version and the engine's constants; a file that is absent,
stale, damaged, not the user's or unreadable is ignored, an entry the engine refuses is compiled
as usual, and a file that cannot be written is only a missed speed-up. A build rewrites it with
the patterns it compiled when one was missing (:func:`save`), so it never grows beyond one
build's patterns. Only text patterns without ``re.DEBUG`` are kept.

>>> import re
>>> install()
>>> re.compile("[\\u4e00-\\u9fff]{2,4}总工会").match("北京市总工会") is not None
True
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from pathlib import Path
from typing import Any

import _sre

from .readwrite import cache_files
from .readwrite.cache_files import read_checked, write_checked

try:
    from re import _compiler as _sre_compiler, _parser as _sre_parser  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

from .re_patching import installed_within

#: bump when what the file holds changes
FORMAT = 1
#: patterns remembered at most (a build compiles about 650)
LIMIT = 5000

Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]  # _sre.compile's arguments after the text

_original = _sre_compiler.compile
_known: dict[tuple[str, int], Entry] = {}  # read from the file
_used: dict[tuple[str, int], Entry] = {}  # compiled in this process, from the file or anew
_missing = False  # a pattern this process compiled was not in the file
_loaded = False  # the file was read into _known
_DEBUG = getattr(_sre_compiler, "SRE_FLAG_DEBUG", 128)


def _header() -> tuple[Any, ...]:
    return (FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)


def cache_path() -> Path:
    """``$TMPDIR/uniongraph-patterns.UID.KEY.cache``, one per user and installation (``KEY``: a
    hash of this package's folder). Checkouts of different versions compile different patterns:
    sharing one file, each build of one rewrote it for the other, and every build compiled anew."""
    return cache_files.cache_path("patterns", _INSTALLATION)


#: this installation's key in the cache file's name
_INSTALLATION = hashlib.sha1(str(Path(__file__).resolve().parent).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _compile(p: Any, flags: int = 0) -> Any:
    """``re``'s own compile (its steps, unchanged), with the code of a known pattern read back."""
    global _missing
    if not isinstance(p, str) or flags & _DEBUG:
        return _original(p, flags)
    key = (p, flags)
    entry = _known.get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(p, *entry)
        except Exception:  # noqa: BLE001 - code the engine refuses: compiled as usual below
            _known.pop(key, None)
        else:
            _used[key] = entry
            return compiled
    parsed = _sre_parser.parse(p, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _sre.compile(p, *entry)
    if len(_used) >= LIMIT:  # a process that makes patterns on the fly: the build's are in by now
        return compiled
    # kept as plain ints (the flags may be a RegexFlag, the opcodes are int subclasses): marshal
    # writes no subclass, and the engine reads the same numbers
    _used[(p, int(flags))] = (int(entry[0]), list(map(int, code)), entry[2], dict(groupindex), entry[4])
    _missing = True
    return compiled


def install() -> None:
    """Let ``re`` use the file (idempotent); the file (if it is fresh and the user's own) is read
    at the first install of the process only, not at every block of :func:`installed`."""
    global _loaded
    if _sre_compiler.compile is _compile:
        return
    if not _loaded:
        _known.update(_read(cache_path()))
        _loaded = True
    _sre_compiler.compile = _compile


def uninstall() -> None:
    """Give ``re`` its own compile back."""
    _sre_compiler.compile = _original


def installed() -> contextlib.AbstractContextManager[None]:
    """Read patterns back only inside the block (the build's warm-up, which imports the rule
    modules), then give ``re`` its own compile back, unless it was installed before the block."""
    return installed_within(lambda: _sre_compiler.compile is _compile, install, uninstall)


def save() -> None:
    """Write the patterns this process compiled, if one of them was not in the file."""
    global _missing
    if _missing and _used and write_checked(cache_path(), _header(), dict(_used)):
        _missing = False


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    known = read_checked(path, _header())
    return known if isinstance(known, dict) else {}
