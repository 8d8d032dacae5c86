"""The word table's cache keeps its words as UTF-16 bytes: read back, they are the words jieba
reads from the dictionary file (characters outside the BMP too), and a cache whose bytes do not
decode, whose words do not match its codes, or of the older layout, is rebuilt, never trusted
(bytes damaged on disk fail the checksum first: ``test_word_cache.test_corrupt_cache_ignored``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from uniongraph.extraction import word_cache
from uniongraph.extraction.tokens import jieba, load_uncached
from uniongraph.readwrite.cache_files import read_checked, write_checked

# a word with a character outside the BMP (a surrogate pair in UTF-16), Latin letters, digits
ODD = "总工会 100 n\n𠮷野家 20 nz\nABC公司 30 nt\n3D打印 5 vn\n工会 300 n\n"


def _tokenizer(folder: Path, dictionary: Path) -> jieba.Tokenizer:
    tk = jieba.Tokenizer(dictionary=str(dictionary))
    tk.tmp_dir = str(folder)
    return tk


def _never(tk: object) -> dict[str, str]:
    raise AssertionError("the tables were built again although the cache is fresh")


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    path = tmp_path / "dict.txt"
    path.write_text(ODD, encoding="utf-8")
    return path


def test_words_outside_the_bmp_read_back_as_written(tmp_path: Path, odd: Path) -> None:
    first = _tokenizer(tmp_path, odd)
    built = word_cache.load_tables(first, load_uncached)
    cached = word_cache.load_tables(_tokenizer(tmp_path, odd), _never)
    assert list(cached.codes.items()) == list(built.codes.items())
    assert cached.tag("𠮷野家") == "nz" and cached.frequency("𠮷野") == 0 and cached.tag("ABC公司") == "nt"
    assert isinstance(read_checked(word_cache.cache_path(first), word_cache._header(first))[0], bytes)


def _rewrite(tk: jieba.Tokenizer, change) -> None:  # type: ignore[no-untyped-def]
    """Write the cache again with one part changed, under a valid header and checksum."""
    path, header = word_cache.cache_path(tk), word_cache._header(tk)
    parts = list(read_checked(path, header))
    parts[0] = change(parts[0])
    assert write_checked(path, header, tuple(parts))


@pytest.mark.parametrize("change", [
    lambda words: words[:-1],                                        # odd length: no UTF-16
    lambda words: words + "\n新词".encode("utf-16-le"),              # one word more than codes
    lambda words: words.decode("utf-16-le", "surrogatepass"),        # the older layout: a str
], ids=["odd length", "words and codes differ", "older layout"])
def test_a_cache_that_does_not_decode_is_rebuilt(tmp_path: Path, odd: Path, change) -> None:  # type: ignore[no-untyped-def]
    tk = _tokenizer(tmp_path, odd)
    expected = list(word_cache.load_tables(tk, load_uncached).codes.items())
    _rewrite(tk, change)
    again = _tokenizer(tmp_path, odd)
    assert list(word_cache.load_tables(again, load_uncached).codes.items()) == expected
    third = _tokenizer(tmp_path, odd)  # rebuilt and written anew: read now
    assert list(word_cache.load_tables(third, _never).codes.items()) == expected


def test_the_older_layouts_file_is_another_file(tmp_path: Path, odd: Path) -> None:
    """A uniongraph of the older layout keeps its own file: the two never replace each other's."""
    tk = _tokenizer(tmp_path, odd)
    assert "word-table16" in word_cache.cache_path(tk).name
