"""A knowledge graph read back from its RDF (``graph.ttl``, N-Triples, a store's triples …).

The inverse of :func:`uniongraph.graph.rdf.to_rdf`, so that every command can take the Turtle
file a build wrote as well as ``graph.json``. The RDF keeps entities (type, label, aliases,
attributes), articles (headline, text, bylines, metadata) and every relation with its
evidence, but not where each mention stands: mentions are found again by looking for the
entity's name and aliases in the text of each article that ``ug:mentions`` it (an article
where none is found keeps one empty mention at offset 0), and byline offsets likewise.
Resolutions (why an alias was taken) are not in the RDF and come back empty.

>>> from uniongraph.graph.rdf import to_rdf
>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation", {"市总工会"})})
>>> back = knowledge_graph_from_rdf(to_rdf(kg))
>>> back.entities["org/x"].name, back.entities["org/x"].type, sorted(back.entities["org/x"].aliases)
('北京市总工会', 'Federation', ['市总工会'])
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..ids import DATA_NS, ONTOLOGY_NS
from ..schema import extracted_relations
from ..model import Article, Byline, Entity, EntityMention, Evidence, KnowledgeGraph, Relation
from .classes import own_type
from .rdf import CURATION_PROPS
from .vocabulary import UG

_BYLINE_ROLES = {UG.reportedBy: "reporter", UG.correspondent: "correspondent"}
#: attributes that hold a list even with one value (the RDF writes one triple per value)
_LIST_ATTRIBUTES = frozenset({"roles"})
_RELATIONS = extracted_relations()


def _local(iri: object) -> str:
    text = str(iri)
    return text[len(DATA_NS):] if text.startswith(DATA_NS) else text


def _value(lit: object) -> Any:
    return lit.toPython() if isinstance(lit, Literal) else str(lit)


def _attribute(text: str) -> tuple[str, Any]:
    """``key=value`` of ``ug:attribute`` back to a key and a JSON value (text if not JSON)."""
    key, _, raw = text.partition("=")
    try:
        return key, json.loads(raw)
    except ValueError:
        return key, raw


def knowledge_graph_from_rdf(g: Graph) -> KnowledgeGraph:
    """The :class:`KnowledgeGraph` of an RDF graph in the ``ug:`` vocabulary."""
    kg = KnowledgeGraph()
    articles: dict[str, Article] = {}
    for node in sorted(set(g.subjects(RDF.type, UG.Article)), key=str):
        aid = _local(node)
        art = Article(id=aid, source=str(g.value(node, UG.sourceFile) or ""),
                      index=int(_value(g.value(node, UG.articleIndex) or 0)),
                      title=str(g.value(node, UG.headline) or ""), text=str(g.value(node, UG.text) or ""),
                      line=int(_value(g.value(node, UG.line) or 1)), kicker=str(g.value(node, UG.kicker) or ""))
        for prop, key in ((UG.date, "date"), (UG.source, "source"), (UG.page, "page"), (UG.recordId, "id")):
            value = g.value(node, prop)
            if value is not None:
                art.metadata[key] = str(value) if key in ("date", "id") else _value(value)
        articles[aid] = art
    kg.articles = sorted(articles.values(), key=lambda a: (a.source, a.index, a.id))

    kinds: dict[URIRef, set[str]] = defaultdict(set)
    for node, cls in g.subject_objects(RDF.type):
        if not isinstance(node, URIRef) or not str(cls).startswith(ONTOLOGY_NS) or cls == UG.Article:
            continue
        if not str(node).startswith(DATA_NS) or "/" not in _local(node):
            continue
        kind = str(cls)[len(ONTOLOGY_NS):]
        if kind in ("Evidence",):
            continue
        kinds[node].add(kind)
    # a node is typed with its class and the classes above it: its own is the most specific
    names: dict[URIRef, tuple[str, str]] = {
        node: (str(g.value(node, RDFS.label) or _local(node)), own_type(found))  # type: ignore[misc]
        for node, found in kinds.items()}
    mentioned_in: dict[URIRef, list[str]] = defaultdict(list)
    for art_node, ent in g.subject_objects(UG.mentions):
        mentioned_in[ent].append(_local(art_node))  # type: ignore[index]

    for node, (name, kind) in sorted(names.items(), key=lambda kv: str(kv[0])):
        if g.value(node, UG.mentionCount) is None and node not in mentioned_in:
            continue  # a byline or relation end only: the views imply it again
        eid = _local(node)
        ent = Entity(id=eid, name=name, type=kind,
                     aliases={str(a) for a in g.objects(node, SKOS.altLabel)})
        for prop, key in ((UG.age, "age"), (UG.role, "role")):
            values = [_value(v) for v in g.objects(node, prop)]
            if values:
                ent.attributes[key] = values[0] if len(values) == 1 else sorted(values, key=str)
        for key in CURATION_PROPS:  # a list even with one value, as uniongraph.curation gives it
            values = sorted(str(v) for v in g.objects(node, UG[key]))
            if values:
                ent.attributes[key] = values
        listed: dict[str, list[Any]] = defaultdict(list)
        for lit in sorted(g.objects(node, UG.attribute), key=str):
            key, value = _attribute(str(lit))
            listed[key].append(value)
        for key, values in listed.items():
            ent.attributes[key] = values if len(values) > 1 or key in _LIST_ATTRIBUTES else values[0]
        ent.mentions = _mentions(ent, sorted(set(mentioned_in.get(node, []))), articles)
        kg.entities[eid] = ent

    for art in kg.articles:
        node = URIRef(DATA_NS + art.id)
        for prop, role in _BYLINE_ROLES.items():
            for person in sorted(g.objects(node, prop), key=str):
                pname = names.get(person, (str(g.value(person, RDFS.label) or _local(person)), ""))[0]  # type: ignore[arg-type]
                start = art.text.find(pname)
                art.bylines.append(Byline(role, pname, max(start, 0), start + len(pname) if start >= 0 else 0))
        art.bylines.sort(key=lambda b: (b.start if b.end else len(art.text), b.role, b.name))  # as written

    for inferred in (False, True):
        rels = kg.inferred_relations if inferred else kg.relations
        for st in sorted(g.subjects(RDF.type, RDF.Statement), key=str):
            if bool(_value(g.value(st, UG.inferred) or Literal(False))) != inferred:
                continue
            pred = str(g.value(st, RDF.predicate) or "")
            relation = pred[len(ONTOLOGY_NS):] if pred.startswith(ONTOLOGY_NS) else ""
            head, tail = g.value(st, RDF.subject), g.value(st, RDF.object)
            if relation not in _RELATIONS or head not in names or tail not in names:
                continue
            evidence = [_evidence(g, ev) for ev in g.objects(st, UG.evidence)]
            evidence.sort(key=lambda e: (e.article_id, e.sentence_start, e.head_start or 0, e.tail_start or 0, e.rule))
            rels.append(Relation(names[head][0], names[head][1], relation,  # type: ignore[index]
                                 names[tail][0], names[tail][1], evidence, inferred))  # type: ignore[index]
        rels.sort(key=lambda r: (r.head_type, r.head, r.relation, r.tail_type, r.tail))
    return kg


def _evidence(g: Graph, ev: object) -> Evidence:
    def num(prop: URIRef) -> int | None:
        value = g.value(ev, prop)  # type: ignore[arg-type]
        return None if value is None else int(_value(value))

    return Evidence(article_id=_local(g.value(ev, UG.article)), sentence=str(g.value(ev, UG.sentence) or ""),  # type: ignore[arg-type]
                    sentence_start=num(UG.sentenceStart) or 0, sentence_end=num(UG.sentenceEnd) or 0,
                    rule=str(g.value(ev, UG.rule) or ""), head_start=num(UG.headStart), head_end=num(UG.headEnd),
                    tail_start=num(UG.tailStart), tail_end=num(UG.tailEnd))


def _mentions(ent: Entity, article_ids: list[str], articles: dict[str, Article]) -> list[EntityMention]:
    """Each place the entity's name or an alias stands in the articles that mention it."""
    forms = sorted({ent.name, *ent.aliases} - {""}, key=lambda s: (-len(s), s))
    out: list[EntityMention] = []
    for aid in article_ids:
        text = articles[aid].text if aid in articles else ""
        taken: list[tuple[int, int]] = []
        for form in forms:
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                if all(end <= a or start >= b for a, b in taken):
                    taken.append((start, end))
                start = text.find(form, end)
        if not taken:
            out.append(EntityMention(aid, 0, 0, ""))
        out.extend(EntityMention(aid, a, b, text[a:b]) for a, b in sorted(taken))
    return out
