"""Curation without code: a corrections file kept next to the corpus, applied at build and add.

A researcher writes what extraction got wrong in ``corrections.toml`` (:mod:`.corrections`):
reject a name, retype it, merge two names, split one, add an alias. ``uniongraph build`` applies
the file it is given (``--corrections FILE``) or finds beside its inputs; a store remembers the
corrections it was built with and ``uniongraph add`` applies them to every new document
(:mod:`.apply`). Each entity a correction shaped says so: ``ug:curatedBy "corrections.toml:12"``
and ``ug:curationReason`` in graph.ttl, ``curatedBy``/``curationReason`` attributes in graph.json.

The functions a tool needs (the explorer of ``uniongraph serve`` writes corrections with them)::

    fix = read_corrections("corpus/corrections.toml")     # never raises for what the file holds
    fix.errors                                            # one InputError line per table left out
    kg2 = apply_corrections(kg, fix)                      # a build's graph, corrected (kg kept)
    rule = append_correction("corpus/corrections.toml", Correction("reject", "贺卡", reason="…"))
    with GraphStore("store") as st:
        st.set_corrections(read_corrections("corpus/corrections.toml"))   # re-applied to the store
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
from .apply import RESOLUTION, annotate, apply_corrections, correct_article, correct_document, report
from .corrections import (
    DEFAULT_NAME,
    KINDS,
    Correction,
    Corrections,
    find_corrections,
    parse_corrections,
    read_corrections,
)


def corrections_for(path: str | os.PathLike[str] | None, inputs: list[str] | None = None) -> Corrections | None:
    """The corrections a command applies: the file at ``path`` if given, else the
    ``corrections.toml`` beside ``inputs`` (:func:`find_corrections`: ``ValueError`` if they
    have several), else ``None``."""
    if path is not None:
        return read_corrections(path)
    found = find_corrections(list(inputs or []))
    return read_corrections(found) if found is not None else None


def append_correction(path: str | os.PathLike[str], correction: Correction) -> Correction:
    """Add one correction at the end of the file at ``path`` (made if missing), atomically; the
    correction with the line it now starts at.

    Raises :class:`InputError` (one line naming the file) if the correction cannot be used or
    contradicts one already there; the file is then left as it was.
    """
    from ..readwrite.atomic import write_text_atomic

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig") if p.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(p), f"cannot read the corrections file ({getattr(exc, 'strerror', None) or exc})") from None
    if text and not text.endswith("\n"):
        text += "\n"
    head = text + ("\n" if text.strip() else "")
    line = head.count("\n") + 1
    new_text = head + correction.to_toml()
    before = parse_corrections(text, p.name, path=str(p))
    after = parse_corrections(new_text, p.name, path=str(p))
    known = {(e.line, e.reason) for e in before.errors}
    fresh = [e for e in after.errors if (e.line, e.reason) not in known]
    mine = [e for e in fresh if e.line == line] or fresh
    if mine:
        raise InputError(str(p), mine[0].reason, line)
    added = [r for r in after.rules if r.line == line]
    if not added:
        raise InputError(str(p), f"{correction.describe()}: nothing to add", line)
    write_text_atomic(p, new_text)
    return added[0]


__all__ = ["Correction", "Corrections", "DEFAULT_NAME", "KINDS", "RESOLUTION", "annotate", "append_correction",
           "apply_corrections", "correct_article", "correct_document", "corrections_for", "find_corrections", "parse_corrections",
           "read_corrections", "report"]
