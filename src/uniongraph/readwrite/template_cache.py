"""Compiled Jinja templates of the HTML view, kept in memory and in a per-user folder on disk.

The view's template inlines vis-network: 470 kB of template text to Jinja, 0.07-0.15 s to
compile on every build, a few ms to load back. Compiled code is kept in memory for the renders
of one process and in Jinja's own safe per-user cache folder (``$TMPDIR/_jinja2-cache-UID``,
private, owner checked) for the next build. Jinja names each entry by the template's name and
checks it against a hash of the template's source and against the Jinja and Python versions,
so a changed template is compiled again; the page is the same bytes either way. A disk cache
that is missing, damaged, unsafe or not writable is only a missed speed-up: the template is
compiled as before.

>>> from jinja2 import DictLoader, Environment
>>> env = Environment(loader=DictLoader({"t": "{{ x }}!"}), bytecode_cache=TemplateCache(None))
>>> env.get_template("t").render(x=1)
'1!'
"""

from __future__ import annotations

from typing import Any

from jinja2 import BytecodeCache, FileSystemBytecodeCache

#: names of uniongraph's entries in the shared folder (``%s``: Jinja's key of the template)
PATTERN = "uniongraph-%s.cache"


class TemplateCache(BytecodeCache):
    """Compiled templates in memory, then on disk under ``directory`` (``""``: Jinja's
    per-user folder; ``None``: memory only)."""

    def __init__(self, directory: str | None = "") -> None:
        self.code: dict[str, bytes] = {}
        self.disk: FileSystemBytecodeCache | None = None
        if directory is not None:
            try:  # Jinja refuses a folder it cannot create or that someone else owns
                self.disk = FileSystemBytecodeCache(directory or None, PATTERN)
            except Exception:
                self.disk = None

    def load_bytecode(self, bucket: Any) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])
            return
        if self.disk is None:
            return
        try:
            self.disk.load_bytecode(bucket)  # resets the bucket on a stale checksum or version
        except Exception:  # damage Jinja does not catch (an unreadable checksum): compile
            bucket.reset()
        if bucket.code is not None:
            self.code[bucket.key] = bucket.bytecode_to_string()

    def dump_bytecode(self, bucket: Any) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()
        if self.disk is not None:
            try:
                self.disk.dump_bytecode(bucket)  # atomic: a temporary file, then a rename
            except Exception:  # full or read-only disk: the next build compiles again
                pass
