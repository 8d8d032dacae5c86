"""Shared by the benchmarks: each writes its own section of ``benchmarks/RESULTS.md``.

A section lies between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``; the rest of the file
is kept, and the file is replaced whole (no half-written results if a run is interrupted).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"


def replace_section(path: Path, start: str, end: str, lines: list[str]) -> None:
    """Replace (or append) the section between the markers ``start`` and ``end`` of ``path``."""
    section = "\n".join([start, *lines, end])
    old = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmark results\n"
    if start in old and end in old and old.index(start) < old.index(end):
        new = old[: old.index(start)] + section + old[old.index(end) + len(end) :]
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(new, encoding="utf-8")
    os.replace(tmp, path)


def git_commit() -> str:
    """The short hash of the checked-out commit, or ``unknown``."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"
