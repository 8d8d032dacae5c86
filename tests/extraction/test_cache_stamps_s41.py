"""A large cache's checksum is asked once per version of the file (``cache_files.checked_before``):
what a stamped file gives is what the full check gives, and a file changed after its stamp is
refused as before."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from uniongraph.extraction import model_cache
from uniongraph.readwrite import cache_files
from uniongraph.readwrite.cache_files import read_checked, write_checked

VALUE = {"words": ["总工会", "职工"] * 500, "codes": list(range(1000))}


@pytest.fixture
def stamping(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file stamped, however small or fresh."""
    monkeypatch.setattr(cache_files, "_STAMPED_FROM", 0)
    monkeypatch.setattr(cache_files, "_SETTLED_NS", 0)


def _no_checksum(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: object) -> int:
        raise AssertionError("checksum asked of a stamped file")
    monkeypatch.setattr(cache_files.zlib, "crc32", refuse)


def _change_in_place(path: Path, at: int) -> None:
    time.sleep(0.05)  # (past a tick of the file system's clock: a real change comes long after the stamp)
    with open(path, "r+b") as fh:
        fh.seek(at)
        byte = fh.read(1)
        fh.seek(at)
        fh.write(bytes([byte[0] ^ 1]))


def test_stamped_file_read_without_its_checksum_gives_the_same(tmp_path: Path, stamping: None,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.cache"
    assert write_checked(path, ("h", 1), VALUE)
    full = read_checked(path, ("h", 1))  # checked in full, then stamped
    assert full == VALUE and Path(f"{path}.checked").is_file()
    _no_checksum(monkeypatch)
    assert read_checked(path, ("h", 1)) == full


def test_file_changed_after_its_stamp_is_refused(tmp_path: Path, stamping: None) -> None:
    path = tmp_path / "c.cache"
    write_checked(path, ("h", 1), VALUE)
    assert read_checked(path, ("h", 1)) == VALUE
    _change_in_place(path, path.stat().st_size - 20)
    assert read_checked(path, ("h", 1)) is None


def test_file_replaced_after_its_stamp_is_checked_again(tmp_path: Path, stamping: None) -> None:
    path = tmp_path / "c.cache"
    write_checked(path, ("h", 1), VALUE)
    read_checked(path, ("h", 1))
    good = path.read_bytes()
    time.sleep(0.05)
    path.write_bytes(good[:-20] + bytes([good[-20] ^ 1]) + good[-19:])  # same size, one bit changed
    assert read_checked(path, ("h", 1)) is None


def test_fresh_or_small_files_are_not_stamped(tmp_path: Path) -> None:
    small = tmp_path / "small.cache"
    write_checked(small, ("h", 1), VALUE)
    assert read_checked(small, ("h", 1)) == VALUE and not Path(f"{small}.checked").exists()
    large = tmp_path / "large.cache"
    write_checked(large, ("h", 1), {"blob": bytes(range(256)) * 5000})  # over a MB, but just written
    assert read_checked(large, ("h", 1)) is not None and not Path(f"{large}.checked").exists()


def _arrays() -> tuple[dict, dict[str, np.ndarray]]:
    return {"n": 2}, {"weights": np.linspace(0, 1, 4096, dtype=np.float32), "keys": np.arange(512, dtype=np.int64)}


def _never() -> tuple[dict, dict[str, np.ndarray]]:
    raise AssertionError("built again although the cache is fresh")


def test_tagger_arrays_stamped_read_the_same_and_refused_once_changed(tmp_path: Path, stamping: None,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    model_cache.cached("test", b"model", _arrays, tmp_path)
    info, full = model_cache.cached("test", b"model", _never, tmp_path)  # checked in full, stamped
    with monkeypatch.context() as m:
        m.setattr(model_cache.zlib, "crc32", lambda data: (_ for _ in ()).throw(AssertionError("checksum asked")))
        info2, stamped = model_cache.cached("test", b"model", _never, tmp_path)
        assert info2 == info and {k: v.tobytes() for k, v in stamped.items()} == {k: v.tobytes() for k, v in full.items()}
    import hashlib

    path = model_cache.cache_path("test", hashlib.sha256(b"model").hexdigest(), tmp_path)
    _change_in_place(path, path.stat().st_size - 100)
    rebuilt = []
    model_cache.cached("test", b"model", lambda: rebuilt.append(1) or _arrays(), tmp_path)
    assert rebuilt == [1]


def test_an_earlier_models_cache_goes_with_its_stamp(tmp_path: Path, stamping: None) -> None:
    model_cache.cached("test", b"model", _arrays, tmp_path)
    model_cache.cached("test", b"model", _never, tmp_path)
    assert len(list(tmp_path.glob("*.checked"))) == 1
    model_cache.cached("test", b"model 2", _arrays, tmp_path)
    assert not list(tmp_path.glob("*.checked"))
