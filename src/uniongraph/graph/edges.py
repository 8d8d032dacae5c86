"""The relations of a graph as edges: one per head, tail and relation, as RDF has one triple.

A fact read in several articles, or both read and inferred, is one edge: its evidence sentences
and rules are the distinct ones of all its relations (read before inferred), and it is inferred
only if no relation behind it was read. The NetworkX graph (:mod:`.networkx`) and the HTML view
(:mod:`uniongraph.readwrite.html`) draw these edges; plain dicts, so the view needs no NetworkX.
"""

from __future__ import annotations

from typing import Any

from ..model import KnowledgeGraph
from .nodes import NodeIndex

#: an edge: (head id, tail id, relation)
EdgeKey = tuple[str, str, str]


def relation_edges(kg: KnowledgeGraph, index: NodeIndex | None = None) -> dict[EdgeKey, dict[str, Any]]:
    """``(head id, tail id, relation) -> {"relation", "evidence", "rules", "inferred"}``, the edge
    data of a NetworkX ``MultiDiGraph`` keyed by relation, in the order the edges are first met
    (``kg.relations``, then ``kg.inferred_relations``). ``index`` names the ends (a new
    :class:`NodeIndex` of ``kg`` if not given; pass one to share its implied nodes).

    >>> from uniongraph.model import Evidence, KnowledgeGraph, Relation
    >>> ev = Evidence("article/a-0", "张伟任甲公司经理。", 0, 9, "title")
    >>> kg = KnowledgeGraph(relations=[Relation("张伟", "Person", "worksFor", "甲公司", "Company", [ev])],
    ...                     inferred_relations=[Relation("张伟", "Person", "worksFor", "甲公司", "Company",
    ...                                                  [ev], inferred=True)])
    >>> [(key[2], data["evidence"], data["rules"], data["inferred"]) for key, data in relation_edges(kg).items()]
    [('worksFor', ['张伟任甲公司经理。'], ['title'], False)]
    """
    index = NodeIndex(kg) if index is None else index
    merged: dict[EdgeKey, tuple[dict[str, None], dict[str, None], list[bool]]] = {}
    for rels, inferred in ((kg.relations, False), (kg.inferred_relations, True)):
        for rel in rels:
            head, tail = index.ends(rel)
            found = merged.get((head, tail, rel.relation))
            if found is None:
                found = merged[head, tail, rel.relation] = ({}, {}, [inferred])
            sentences, rules, only_inferred = found
            for ev in rel.evidence:
                sentences.setdefault(ev.sentence)
                rules.setdefault(ev.rule)
            only_inferred[0] = only_inferred[0] and inferred
    return {key: {"relation": key[2], "evidence": list(sentences), "rules": list(rules), "inferred": flag[0]}
            for key, (sentences, rules, flag) in merged.items()}


__all__ = ["EdgeKey", "relation_edges"]
