"""Turning a good cache file into one someone else could have put or changed in the shared
temporary folder (the start-up caches must then build their tables again, not read it)."""

from __future__ import annotations

from pathlib import Path

#: the ways of it the cache tests are run with
HOW = ["a symbolic link to a good cache", "writable by others"]


def make_untrusted(path: Path, how: str) -> None:
    """Replace ``path`` by a link to it (moved beside it), or open it to writes by others."""
    if how.startswith("a symbolic link"):
        elsewhere = path.with_name(path.name + ".elsewhere")
        path.rename(elsewhere)
        path.symlink_to(elsewhere)
    else:
        path.chmod(0o666)
