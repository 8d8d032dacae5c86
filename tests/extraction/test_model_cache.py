"""The tagger's arrays cached on disk: the same tagger with or without the cache, rebuilt when stale or damaged."""

from __future__ import annotations

import importlib.resources
import tempfile
from pathlib import Path

import numpy as np
import pytest
from untrusted_cache import HOW, make_untrusted

from uniongraph.extraction import model_cache
from uniongraph.extraction.tagger import MODEL_FILE, NameTagger

TEXT = "全国总工会主席赵立在北京出席闭幕式。上海市总工会副主席李明到会。"


def _arrays() -> tuple[dict, dict[str, np.ndarray]]:
    return {"n": 3, "names": ["a", "b"]}, {
        "ints": np.arange(10, dtype=np.int64), "floats": np.linspace(0, 1, 13, dtype=np.float32).reshape(1, 13),
        "empty": np.zeros((0, 13), dtype=np.float32), "odd": np.arange(3, dtype=np.int16)}


def _never() -> tuple[dict, dict[str, np.ndarray]]:
    raise AssertionError("built again although the cache is fresh")


def _same(a: tuple[dict, dict[str, np.ndarray]], b: tuple[dict, dict[str, np.ndarray]]) -> None:
    assert a[0] == b[0] and list(a[1]) == list(b[1])
    for name, x in a[1].items():
        y = b[1][name]
        assert x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes(), name
        assert y.flags.writeable and y.flags.aligned


def _path(tmp_path: Path, model: bytes = b"model") -> Path:
    import hashlib

    return model_cache.cache_path("test", hashlib.sha256(model).hexdigest(), tmp_path)


def test_cached_then_read(tmp_path: Path) -> None:
    _same(_arrays(), model_cache.cached("test", b"model", _arrays, tmp_path))
    assert _path(tmp_path).is_file()
    _same(_arrays(), model_cache.cached("test", b"model", _never, tmp_path))


def test_another_model_rebuilt_and_the_old_cache_removed(tmp_path: Path) -> None:
    model_cache.cached("test", b"model", _arrays, tmp_path)
    other = ({"n": 4}, {"x": np.ones(5)})
    _same(other, model_cache.cached("test", b"model 2", lambda: other, tmp_path))
    assert not _path(tmp_path).exists() and _path(tmp_path, b"model 2").is_file()


@pytest.mark.parametrize("how", ["truncated", "one byte of the arrays changed", "a byte added", "empty",
                                 "garbage", "another model's file"])
def test_damaged_cache_rebuilt(tmp_path: Path, how: str) -> None:
    model_cache.cached("test", b"model", _arrays, tmp_path)
    path = _path(tmp_path)
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[:-10])
    elif how == "one byte of the arrays changed":
        path.write_bytes(data[:-100] + bytes([data[-100] ^ 1]) + data[-99:])  # in "floats"
    elif how == "a byte added":
        path.write_bytes(data + b"\0")
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(b"\xff" * 200)
    else:
        model_cache.cached("test", b"model 2", _arrays, tmp_path)
        _path(tmp_path, b"model 2").rename(path)
    _same(_arrays(), model_cache.cached("test", b"model", _arrays, tmp_path))
    _same(_arrays(), model_cache.cached("test", b"model", _never, tmp_path))  # rewritten


def test_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("x")
    _same(_arrays(), model_cache.cached("test", b"model", _arrays, tmp_path / "a file" / "below"))


def test_tagger_same_with_and_without_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the cache goes to the test's folder
    model = importlib.resources.files("uniongraph").joinpath("models", MODEL_FILE).read_bytes()
    plain = NameTagger(model)
    for _ in range(2):  # built and cached, then read back
        cached = NameTagger(model, cache=True)
        assert list(tmp_path.glob("uniongraph-tagger.*.cache"))
        assert cached.meta == plain.meta and cached._nc == plain._nc
        assert cached._char_index.tobytes() == plain._char_index.tobytes()
        for group, (keys, rows) in plain._lookup.items():
            assert cached._lookup[group][0].tobytes() == keys.tobytes()
            assert cached._lookup[group][1].tobytes() == rows.tobytes()
        for (g1, s1, w1), (g2, s2, w2) in zip(plain._templates, cached._templates):
            assert (g1, s1, w1.shape, w1.dtype) == (g2, s2, w2.shape, w2.dtype) and w1.tobytes() == w2.tobytes()
        assert cached.tag(TEXT) == plain.tag(TEXT) != []


@pytest.mark.parametrize("how", HOW)
def test_cache_someone_else_could_have_placed_is_not_read(tmp_path: Path, how: str) -> None:
    """The shared temporary folder: a link or a group/world-writable file is built again."""
    model_cache.cached("test", b"model", _arrays, tmp_path)
    make_untrusted(_path(tmp_path), how)
    built = []

    def build() -> dict:
        built.append(True)
        return _arrays()

    _same(_arrays(), model_cache.cached("test", b"model", build, tmp_path))
    assert built
