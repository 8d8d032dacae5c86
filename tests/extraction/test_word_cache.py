"""The cache of jieba's prefix dictionary and tag table gives the look-ups jieba would, or is rebuilt."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from untrusted_cache import HOW, make_untrusted

from uniongraph.extraction import word_cache
from uniongraph.extraction.tokens import jieba, load_uncached
from uniongraph.extraction.word_table import WordTable

SMALL = "总工会 100 n\n北京 200 ns\n工会 300 n\n赵立 10 nr\n"


def _never(tk: object) -> dict[str, str]:
    raise AssertionError("the tables were built again although the cache is fresh")


def _tokenizer(folder: Path, dictionary: Path | None = None) -> jieba.Tokenizer:
    tk = jieba.Tokenizer(dictionary=str(dictionary)) if dictionary else jieba.Tokenizer()
    tk.tmp_dir = str(folder)  # jieba's cache and ours in the test's folder
    return tk


def _jieba(tk: jieba.Tokenizer, tags: dict[str, str]) -> tuple[list, int, dict]:
    """jieba's tables: the prefix dictionary in its order, its total, the tag table."""
    return list(tk.FREQ.items()), tk.total, tags


def _tables(tk: jieba.Tokenizer, table: WordTable) -> tuple[list, int, dict]:
    """What ``tk`` and the loaded table look up, as :func:`_jieba`'s tables."""
    freq, tags = table.unfold()
    assert list(tk.FREQ.items()) == list(freq.items())  # jieba reads FREQ through the table
    for word in list(freq)[:: max(1, len(freq) // 2000)] + ["不是词语啊", "x"]:
        assert table.frequency(word) == tk.FREQ.get(word) == freq.get(word)
        assert table.tag(word) == tags.get(word) and table.is_word(word) == (word in tags)
    assert table.tags(list(freq)[:500]) == [tags.get(w) for w in list(freq)[:500]]
    return list(freq.items()), tk.total, tags


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "dict.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_default_dictionary_same_tables_as_jieba(tmp_path: Path) -> None:
    jieba_cache = Path(tempfile.gettempdir()) / "jieba.cache"
    if jieba_cache.is_file():  # saves jieba building it again here (a second or two)
        shutil.copy(jieba_cache, tmp_path / "jieba.cache")
    plain = _tokenizer(tmp_path)
    expected = _jieba(plain, load_uncached(plain))

    first = _tokenizer(tmp_path)
    assert _tables(first, word_cache.load_tables(first, load_uncached)) == expected
    assert word_cache.cache_path(first).is_file()
    second = _tokenizer(tmp_path)
    table = word_cache.load_tables(second, _never)
    assert second.initialized and _tables(second, table) == expected
    assert list(second.cut("崂山区总工会举办活动")) == list(plain.cut("崂山区总工会举办活动"))


def test_small_dictionary_cached_then_read(tmp_path: Path, small: Path) -> None:
    first = _tokenizer(tmp_path, small)
    table = word_cache.load_tables(first, load_uncached)
    assert table.unfold()[1] == {"总工会": "n", "北京": "ns", "工会": "n", "赵立": "nr"}
    assert first.FREQ["总工会"] == 100 and first.FREQ["总工"] == 0  # a prefix
    assert table.tag("总工") is None and not table.is_word("总工") and table.is_word("工会")
    second = _tokenizer(tmp_path, small)
    assert _tables(second, word_cache.load_tables(second, _never)) == _tables(first, table)


@pytest.mark.parametrize("change", ["new size", "same size, new time"])
def test_stale_cache_rebuilt(tmp_path: Path, small: Path, change: str) -> None:
    tk = _tokenizer(tmp_path, small)
    word_cache.load_tables(tk, load_uncached)
    st = small.stat()
    if change == "new size":
        small.write_text(SMALL + "工人 50 n\n", encoding="utf-8")
    else:
        small.write_text(SMALL.replace("赵立 10 nr", "赵立 10 nz"), encoding="utf-8")
        os.utime(small, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    os.utime(tmp_path / next(p.name for p in tmp_path.glob("jieba.u*.cache")),
             ns=(st.st_atime_ns, st.st_mtime_ns - 5_000_000_000))  # jieba's own cache: older, rebuilt too
    again = _tokenizer(tmp_path, small)
    table = word_cache.load_tables(again, load_uncached)
    plain = _tokenizer(tmp_path, small)
    assert _tables(again, table) == _jieba(plain, load_uncached(plain))
    assert table.tag("工人") == "n" if change == "new size" else table.tag("赵立") == "nz"
    third = _tokenizer(tmp_path, small)
    assert _tables(third, word_cache.load_tables(third, _never)) == _tables(again, table)  # the rebuilt cache is read now


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "one byte changed":  # a tag letter deep in the tables: still valid marshal data
        at = data.rindex(b"nr")
        path.write_bytes(data[:at] + b"nz" + data[at + 2:])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(b"\xff" * 100)
    elif how == "a folder":
        path.unlink()
        path.mkdir()


@pytest.mark.parametrize("how", ["truncated", "one byte changed", "empty", "garbage", "a folder"])
def test_corrupt_cache_ignored(tmp_path: Path, small: Path, how: str) -> None:
    tk = _tokenizer(tmp_path, small)
    expected = _tables(tk, word_cache.load_tables(tk, load_uncached))
    _damage(word_cache.cache_path(tk), how)
    again = _tokenizer(tmp_path, small)
    assert _tables(again, word_cache.load_tables(again, load_uncached)) == expected
    if how != "a folder":  # a folder in its place cannot be replaced: the cache is only missed
        third = _tokenizer(tmp_path, small)
        assert _tables(third, word_cache.load_tables(third, _never)) == expected


def test_unwritable_cache_folder_is_no_error(tmp_path: Path, small: Path) -> None:
    (tmp_path / "a file").write_text("x")
    tk = _tokenizer(tmp_path, small)
    tk.tmp_dir = str(tmp_path / "a file" / "below")  # no folder can be made there
    table = word_cache.load_tables(tk, load_uncached)
    assert table.tag("北京") == "ns" and tk.initialized and tk.FREQ["北京"] == 200


@pytest.mark.parametrize("how", HOW)
def test_cache_someone_else_could_have_placed_is_not_read(tmp_path: Path, small: Path, how: str) -> None:
    """The shared temporary folder: a link or a group/world-writable file is built again, not read."""
    tk = _tokenizer(tmp_path, small)
    expected = _tables(tk, word_cache.load_tables(tk, load_uncached))
    make_untrusted(word_cache.cache_path(tk), how)
    built = []

    def build(tk: jieba.Tokenizer) -> dict[str, str]:
        built.append(True)
        return load_uncached(tk)

    again = _tokenizer(tmp_path, small)
    assert _tables(again, word_cache.load_tables(again, build)) == expected and built


def test_folded_table_gives_jiebas_lookups_in_odd_dictionaries() -> None:
    """A word of frequency 0 is a word with its tag, yet no word to cut (jieba's DAG skips it);
    the tags' memory gives the same tags on every call."""
    freq = {"工": 0, "工会": 0, "北": 0, "北京": 200, "京": 5}
    tags = {"工会": "n", "北京": "ns", "京": "j"}
    table = WordTable.fold(freq, tags)
    assert table.unfold() == (freq, tags)
    words = ["工会", "北京", "工", "上海", "京", "工会"]
    expected = [tags.get(w) for w in words]
    assert table.tags(words) == expected and table.tags(words) == expected
    assert table.is_word("工会") and table.frequency("工会") == 0 and not table.is_word("工")
    with pytest.raises(ValueError):
        WordTable.fold({"北京": 1}, {"上海": "ns"})


def test_cut_on_the_folded_table_is_jiebas(tmp_path: Path) -> None:
    """segment cuts on the folded table as jieba cuts on its own (a word of frequency 0 too)."""
    from uniongraph.extraction import segment

    path = tmp_path / "dict.txt"
    path.write_text("总工会 100 n\n总工 0 n\n工会 300 n\n北京 200 ns\n北京市 50 ns\n市总 2 j\n", encoding="utf-8")
    plain = _tokenizer(tmp_path, path)
    plain.initialize()
    folded = _tokenizer(tmp_path, path)
    word_cache.load_tables(folded, load_uncached)
    for text in ("北京市总工会", "北京总工会工会", "总工北京市市总", "工会北京"):
        assert segment.words(folded, text) == list(plain.cut(text, HMM=True)) == list(folded.cut(text, HMM=True))
        assert list(folded.cut(text, HMM=False)) == list(plain.cut(text, HMM=False))
