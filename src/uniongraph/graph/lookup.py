"""Names a user typed that name no entity: the entities they may have meant.

``view --focus`` and ``neighbors`` take a name or alias as the graph spells it. When none
matches, :func:`near_names` says what does: every entity whose name or alias contains what was
typed (or is contained in it), most mentioned first; failing that, the names closest in
spelling (:mod:`difflib`).

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={
...     "org/a": Entity("org/a", "首创集团工会", "TradeUnion"),
...     "org/b": Entity("org/b", "北京首都创业集团有限公司", "Company", {"首创集团"}),
...     "org/c": Entity("org/c", "北京市总工会", "Federation")})
>>> near_names(kg, "首创")
'2 contain it: 北京首都创业集团有限公司 (Company, alias 首创集团), 首创集团工会 (TradeUnion)'
>>> near_names(kg, "北京总工会")
'did you mean 北京市总工会 (Federation)?'
>>> [e.name for e in named(kg, "首创集团")]
['北京首都创业集团有限公司']
"""

from __future__ import annotations

import difflib

from ..ids import fold_name
from ..model import Entity, KnowledgeGraph

#: at most this many entities are named in one message
LIMIT = 10


def _shown(ent: Entity, via: str) -> str:
    alias = f", alias {via}" if via != ent.name else ""
    return f"{ent.name} ({ent.type}{alias})"


def _order(item: tuple[Entity, str]) -> tuple[int, str, str]:
    ent, _ = item
    return (-len(ent.mentions), ent.name, ent.id)


def _names(ent: Entity) -> list[str]:
    return [ent.name, *sorted(ent.aliases)]


def named(kg: KnowledgeGraph, text: str) -> list[Entity]:
    """The entities whose name or alias is ``text`` (NFKC, case-insensitive), most mentioned first."""
    want = fold_name(text)
    found = [(e, e.name) for e in kg.entities.values() if any(fold_name(n) == want for n in _names(e))]
    return [e for e, _ in sorted(found, key=_order)]


def listed(entities: list[Entity]) -> str:
    """``name (Type), …`` of at most :data:`LIMIT` entities."""
    more = f", … and {len(entities) - LIMIT} more" if len(entities) > LIMIT else ""
    return ", ".join(_shown(e, e.name) for e in entities[:LIMIT]) + more


def containing(kg: KnowledgeGraph, text: str) -> list[tuple[Entity, str]]:
    """Entities with a name or alias that contains ``text``, each with the name that matched;
    most mentioned first, then by name."""
    want = fold_name(text)
    if not want:
        return []
    found = [(ent, name) for ent in kg.entities.values()
             for name in [next((n for n in _names(ent) if want in fold_name(n)), None)] if name is not None]
    return sorted(found, key=_order)


def close(kg: KnowledgeGraph, text: str, n: int = 5) -> list[tuple[Entity, str]]:
    """The entities whose name or alias is spelt most like ``text`` (difflib ratio 0.5 or more),
    then those with a name of two characters or more inside ``text``; at most ``n``."""
    want = fold_name(text)
    names: dict[str, tuple[Entity, str]] = {}
    for ent in sorted(kg.entities.values(), key=lambda e: (-len(e.mentions), e.name, e.id)):
        for name in _names(ent):
            names.setdefault(fold_name(name), (ent, name))
    hits = difflib.get_close_matches(want, list(names), n=n * 2, cutoff=0.5)
    hits += sorted((norm for norm in names if len(norm) >= 2 and norm in want and norm not in hits),
                   key=lambda norm: (-len(norm), norm))
    out: list[tuple[Entity, str]] = []
    for norm in hits:
        ent, name = names[norm]
        if all(ent is not e for e, _ in out):
            out.append((ent, name))
    return out[:n]


def near_names(kg: KnowledgeGraph, text: str) -> str:
    """What to tell a user whose ``text`` names no entity: the entities whose names contain it,
    else the closest names, else that none is near (a clause to follow "no entity has that name")."""
    found = containing(kg, text)
    if found:
        more = f", … and {len(found) - LIMIT} more" if len(found) > LIMIT else ""
        listed = ", ".join(_shown(e, via) for e, via in found[:LIMIT])
        return f"{len(found)} contain{'s' if len(found) == 1 else ''} it: {listed}{more}"
    near = close(kg, text)
    if near:
        return "did you mean " + ", ".join(_shown(e, via) for e, via in near) + "?"
    return "none is near it"


__all__ = ["close", "containing", "listed", "named", "near_names"]
