"""jieba's prefix dictionary and its word -> tag table, cached together as one table.

Every build loads both before it extracts anything, serially (workers fork after it). The
cache holds them folded (:class:`.word_table.WordTable`: one dict of frequency and tag per word,
not two dicts) and laid out to load fast: the words as one string joined by line breaks (split
in C, no string decoded one by one), their codes as one list, in the prefix dictionary's order.
It loads in about 0.6 of the time of the two tables marshalled as dicts. The string is kept as
UTF-16 bytes, not as marshal's UTF-8: nearly every word is Chinese, three bytes a character in
UTF-8, and decoding UTF-16 into the string's two bytes a character is about a tenth of the work
(60 M of the 1.2 G instructions a build's start-up took to load the table).

The cache lives beside jieba's (``tempfile.gettempdir()``), one file per user and dictionary
file. Its header names the dictionary's path, size and modification time, jieba's version and
the cache's format, and a checksum of the tables: a cache that is absent, stale, from another
version, corrupt or unreadable is rebuilt from jieba (the tables are the same either way), and
a cache that cannot be written is only a missed speed-up, never an error.

>>> from uniongraph.extraction.tokens import jieba, load_uncached
>>> tk = jieba.Tokenizer()
>>> table = load_tables(tk, load_uncached)
>>> tk.initialized, table.tag("总工会"), tk.FREQ["总工会"] == table.frequency("总工会") > 0
(True, 'n', True)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..readwrite import cache_files
from ..readwrite.cache_files import read_checked, write_checked
from .word_table import Frequencies, WordTable

#: bump when what the cache holds, or how the tag table is read, changes
FORMAT = 4

Build = Callable[[Any], dict[str, str]]


def load_tables(tk: Any, build: Build) -> WordTable:
    """Fill ``tk`` (a fresh ``jieba.Tokenizer``) with its prefix dictionary and return its
    words' table: from the cache when it is fresh, else from ``build(tk)`` (which fills ``tk``
    and returns the tag table, as jieba would), then cached for the next process. ``tk.FREQ`` is
    then the table's :class:`.word_table.Frequencies`."""
    header = _header(tk)
    path = cache_path(tk)
    cached = _read(path, header) if header is not None and path is not None else None
    if cached is not None:
        table, tk.total = cached
    else:
        tags = build(tk)
        table = WordTable.fold(tk.FREQ, tags)
        if header is not None and path is not None:  # else no file to key the cache by
            _write(path, header, table, tk.total)
    tk.FREQ, tk.initialized = Frequencies(table), True
    return table


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
    # (format 1 was "words", 2 and 3 "word-table"; named anew when the layout changes, so builds of
    # an older uniongraph on the same machine keep their own file rather than replace this one)
    return cache_files.cache_path("word-table16", digest, tk.tmp_dir)


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


def _read(path: Path, header: tuple[Any, ...]) -> tuple[WordTable, int] | None:
    """The cached table and jieba's ``total``, or None if the cache is absent, stale or damaged."""
    tables = read_checked(path, header)
    if not (isinstance(tables, tuple) and len(tables) == 6):
        return None
    text, codes, shift, tag_names, code_tags, total = tables
    if not (isinstance(text, bytes) and isinstance(codes, list) and isinstance(shift, int)
            and isinstance(tag_names, tuple) and isinstance(code_tags, dict) and isinstance(total, int)):
        return None
    try:
        words = text.decode("utf-16-le", "surrogatepass")
    except UnicodeDecodeError:  # (an odd length, a broken pair: damaged)
        return None
    keys = words.split("\n") if codes else []
    if len(keys) != len(codes):
        return None
    return WordTable(dict(zip(keys, codes)), shift, tag_names, code_tags), total


def _write(path: Path, header: tuple[Any, ...], table: WordTable, total: int) -> None:
    """Cache the table (atomically: readers see the old file or the new one, never half)."""
    if any("\n" in w for w in table.codes):  # (no word of a dictionary file holds a line break)
        return
    write_checked(path, header, ("\n".join(table.codes).encode("utf-16-le", "surrogatepass"),
                                 list(table.codes.values()), table.shift,
                                 table.tag_names, table.code_tags, total))
