"""Atomic writes: the files of one step appear together, and leftovers of killed writers go."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from uniongraph.readwrite.atomic import remove_stale_temporaries, write_files_atomic


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid  # reaped: no process has this id now (until the system reuses it)


def test_writes_every_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    files = {tmp_path / "graph.ttl": "@prefix ug: <x#> .\n".encode(), tmp_path / "graph.json": b"{}\n"}
    write_files_atomic(files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", "graph.ttl"]
    assert (tmp_path / "graph.json").read_bytes() == b"{}\n"


def test_leftovers_of_dead_writers_go_and_live_writers_keep_theirs(tmp_path: Path) -> None:
    dead = tmp_path / f".graph.ttl.{_dead_pid()}.abc123.tmp"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = tmp_path / f".graph.ttl.{sleeper.pid}.def456.tmp"
        other_output = tmp_path / f".graph.json.{_dead_pid()}.x.tmp"   # another output's: not ours to judge here
        unrelated = tmp_path / ".graph.ttl.notes.tmp"                   # not a writer's name
        for path in (dead, live, other_output, unrelated):
            path.write_text("半截")
        write_files_atomic({tmp_path / "graph.ttl": b"new\n"})
        assert not dead.exists()
        assert live.exists() and other_output.exists() and unrelated.exists()
        assert (tmp_path / "graph.ttl").read_bytes() == b"new\n"
    finally:
        sleeper.kill()
        sleeper.wait()


def test_own_temporaries_are_never_taken_for_leftovers(tmp_path: Path) -> None:
    mine = tmp_path / f".graph.ttl.{os.getpid()}.zzz.tmp"
    mine.write_text("x")
    assert remove_stale_temporaries(tmp_path / "graph.ttl") == []
    assert mine.exists()
