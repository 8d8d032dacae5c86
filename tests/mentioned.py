"""The names found in one invented text, for the recogniser tests (one helper instead of a
``_names``/``_persons``/``_places`` in each test file).

>>> "海河钢铁集团有限公司" in names("海河钢铁集团有限公司召开职代会。", "Company")
True
>>> names("海河钢铁集团有限公司召开职代会。", ("Person", "Place"))
set()
"""

from __future__ import annotations

from collections.abc import Collection

from uniongraph.extraction.pipeline import extract_text


def names(text: str, type_: str | Collection[str] | None = None, *, written: bool = False,
          entities_only: bool = False) -> set[str]:
    """The names of the mentions of ``type_`` (one type, several, or all when None) in ``text``:
    canonical names, or the forms as written with ``written``; ``entities_only`` leaves out the
    flat NER names that are no entities of the graph (modifier mentions: 李|大妈, 中国|特色)."""
    types = {type_} if isinstance(type_, str) else type_
    return {m.text if written else m.name for m in extract_text(text).mentions
            if (types is None or m.type in types) and not (entities_only and m.modifier)}
