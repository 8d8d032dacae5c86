"""cache_files.open_own: a start-up cache in the shared temporary folder is read only when it is
this user's own regular file, writable by nobody else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from uniongraph.readwrite import cache_files
from uniongraph.readwrite.cache_files import open_own


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    path = tmp_path / "mine.cache"
    path.write_bytes(b"tables")
    path.chmod(0o644)
    return path


def test_own_regular_file_is_read(mine: Path) -> None:
    fh = open_own(mine)
    assert fh is not None
    with fh:
        assert fh.read() == b"tables"


def test_symbolic_link_is_not_followed(tmp_path: Path, mine: Path) -> None:
    link = tmp_path / "link.cache"
    link.symlink_to(mine)
    assert open_own(link) is None


@pytest.mark.parametrize("mode", [0o664, 0o646, 0o666])
def test_file_others_may_write_is_refused(mine: Path, mode: int) -> None:
    mine.chmod(mode)
    assert open_own(mine) is None


def test_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.cache"
    os.mkfifo(fifo)
    assert open_own(fifo) is None  # O_NONBLOCK: no writer needed to return


def test_missing_file_and_folder_are_none(tmp_path: Path) -> None:
    assert open_own(tmp_path / "absent.cache") is None
    assert open_own(tmp_path) is None


def test_every_cache_is_named_by_kind_user_and_key(tmp_path):
    """The three start-up caches share one naming: per kind, per user, per what they were built from."""
    from uniongraph import pattern_cache
    from uniongraph.extraction import model_cache

    user = os.getuid() if hasattr(os, "getuid") else 0
    assert cache_files.cache_path("words", "ab12", tmp_path) == tmp_path / f"uniongraph-words.{user}.ab12.cache"
    assert cache_files.cache_path("patterns").name == f"uniongraph-patterns.{user}.cache"
    assert pattern_cache.cache_path() == cache_files.cache_path("patterns", pattern_cache._INSTALLATION)
    assert model_cache.cache_path("tagger", "f" * 64, tmp_path).name == f"uniongraph-tagger.{user}.{'f' * 16}.cache"
    assert cache_files.cache_path("words", "ab12") != cache_files.cache_path("words", "cd34")


def test_the_pattern_cache_is_one_per_installation():
    """Checkouts of different versions (a worktree beside the main one, a venv's install) compile
    different patterns: one file each, or each build would rewrite the other's."""
    import hashlib
    from pathlib import Path

    from uniongraph import pattern_cache

    folder = str(Path(pattern_cache.__file__).resolve().parent)
    key = hashlib.sha1(folder.encode("utf-8")).hexdigest()[:16]
    assert pattern_cache.cache_path().name.endswith(f".{key}.cache")
    assert key != hashlib.sha1(b"/elsewhere/uniongraph").hexdigest()[:16]
