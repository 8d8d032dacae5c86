"""jieba's prefix dictionary and its word -> tag table, cached together in one file.

Every build loads both before it extracts anything, serially (workers fork after it): jieba's
own cache gives the prefix dictionary (``FREQ`` and ``total``), and the tag table is parsed
from the dictionary file. One marshal blob holding all three loads in about two thirds of the
time of the two: the words are the same string objects in both tables, so marshal writes each
once and reads it back once, and the few tags are written once each.

The cache lives beside jieba's (``tempfile.gettempdir()``), one file per user and dictionary
file. Its header names the dictionary's path, size and modification time, jieba's version and
the cache's format, and a checksum of the tables: a cache that is absent, stale, from another
version, corrupt or unreadable is rebuilt from jieba (the tables are the same either way), and
a cache that cannot be written is only a missed speed-up, never an error.

>>> from uniongraph.extraction.tokens import jieba, load_uncached
>>> tk = jieba.Tokenizer()
>>> tags = load_tables(tk, load_uncached)
>>> tk.initialized, tags["总工会"]
(True, 'n')
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..readwrite import cache_files
from ..readwrite.cache_files import read_checked, write_checked

#: bump when what the cache holds, or how the tag table is read, changes
FORMAT = 1

Build = Callable[[Any], dict[str, str]]


def load_tables(tk: Any, build: Build) -> dict[str, str]:
    """Fill ``tk`` (a fresh ``jieba.Tokenizer``) with its prefix dictionary and return its tag
    table: from the cache when it is fresh, else from ``build(tk)`` (which fills ``tk`` and
    returns the table, as jieba would), then cached for the next process."""
    header = _header(tk)
    path = cache_path(tk)
    if header is None or path is None:  # no file to key the cache by
        return build(tk)
    tables = _read(path, header)
    if tables is not None:
        tk.FREQ, tk.total, tk.initialized = tables[0], tables[1], True
        return tables[2]
    tags = build(tk)
    _write(path, header, tk.FREQ, tk.total, tags)
    return tags


def dictionary_file(tk: Any) -> str | None:
    """The path of ``tk``'s dictionary file (jieba's own ``dict.txt`` by default), or None."""
    import jieba

    if tk.dictionary is not None:
        return os.path.abspath(tk.dictionary) if isinstance(tk.dictionary, str) else None
    return os.path.join(os.path.dirname(os.path.abspath(jieba.__file__)), jieba.DEFAULT_DICT_NAME)


def cache_path(tk: Any) -> Path | None:
    """Where the tables of ``tk``'s dictionary are cached: named by user and dictionary path."""
    source = dictionary_file(tk)
    if source is None:
        return None
    digest = hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache_files.cache_path("words", digest, tk.tmp_dir)


def _header(tk: Any) -> tuple[Any, ...] | None:
    """What a cache must have been built from to be used: the dictionary file (path, size,
    modification time), jieba's version and the cache format."""
    import jieba

    source = dictionary_file(tk)
    if source is None:
        return None
    try:
        st = os.stat(source)
    except OSError:
        return None
    return (FORMAT, source, st.st_size, st.st_mtime_ns, str(getattr(jieba, "__version__", "")))


def _read(path: Path, header: tuple[Any, ...]) -> tuple[dict[str, int], int, dict[str, str]] | None:
    """The cached (FREQ, total, tags), or None if the cache is absent, stale or damaged."""
    tables = read_checked(path, header)
    if not (isinstance(tables, tuple) and len(tables) == 3):
        return None
    freq, total, tags = tables
    if not (isinstance(freq, dict) and isinstance(total, int) and isinstance(tags, dict)):
        return None
    return freq, total, tags


def _write(path: Path, header: tuple[Any, ...], freq: dict[str, int], total: int,
           tags: dict[str, str]) -> None:
    """Cache the tables (atomically: readers see the old file or the new one, never half)."""
    # the tag table's words as the very string objects of FREQ's keys, and each tag as one
    # object, so that marshal writes them once (and the loaded tables share them)
    words = {w: w for w in freq}
    kinds: dict[str, str] = {}
    shared = {words.get(w, w): kinds.setdefault(t, t) for w, t in tags.items()}
    write_checked(path, header, (freq, total, shared))
