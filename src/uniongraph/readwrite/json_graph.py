"""JSON files of the knowledge graph (schema ``uniongraph-graph/1``), the gold files' shape.

``write_json`` / ``read_json`` round-trip a :class:`~uniongraph.model.KnowledgeGraph` exactly,
except for what is only a build's working state: the per-article ``sentences``, ``mentions`` and
``relations`` lists (the merged ``entities`` and ``relations`` hold what they found) are not
written. Output is deterministic: entities sorted by id, relations by (head type, head,
relation, tail type, tail), aliases sorted, free-form dicts sorted by key; articles, mentions and
evidence keep their order. Offsets are character offsets into the article ``text``.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation", {"市总工会"})})
>>> parse_json(generate_json(kg)) == kg
True
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import GraphFileError, OutputError
from ..model import (
    Article,
    Byline,
    Entity,
    EntityMention,
    Evidence,
    KnowledgeGraph,
    Relation,
    Resolution,
)
from .atomic import write_text_atomic
from .files import read_utf8

SCHEMA = "uniongraph-graph/1"


def _sorted_dict(d: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(d[k]) for k in sorted(d)}


def _plain(value: Any) -> Any:
    """A JSON-ready copy: dicts sorted by key, sets as sorted lists."""
    if isinstance(value, dict):
        return _sorted_dict(value)
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False))
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _article(art: Article) -> dict[str, Any]:
    return {
        "id": art.id, "title": art.title, "source": art.source, "index": art.index,
        "line": art.line, "kicker": art.kicker,
        "reporters": art.reporters, "correspondents": art.correspondents,
        "bylines": [{"role": b.role, "name": b.name, "start": b.start, "end": b.end}
                    for b in art.bylines],
        "metadata": _sorted_dict(art.metadata), "text": art.text,
    }


def _entity(ent: Entity) -> dict[str, Any]:
    return {
        "id": ent.id, "name": ent.name, "type": ent.type, "aliases": sorted(ent.aliases),
        "attributes": _sorted_dict(ent.attributes),
        "mentions": [{"article": m.article_id, "start": m.start, "end": m.end, "text": m.text}
                     for m in ent.mentions],
        "resolutions": [{"alias": r.alias, "reason": r.reason, "article": r.article_id}
                        for r in ent.resolutions],
    }


def _relation(rel: Relation) -> dict[str, Any]:
    return {
        "head": rel.head, "head_type": rel.head_type, "relation": rel.relation,
        "tail": rel.tail, "tail_type": rel.tail_type,
        "evidence": [{"article": e.article_id, "sentence": e.sentence, "start": e.sentence_start,
                      "end": e.sentence_end, "rule": e.rule,
                      "head_start": e.head_start, "head_end": e.head_end,
                      "tail_start": e.tail_start, "tail_end": e.tail_end} for e in rel.evidence],
    }


def graph_to_dict(kg: KnowledgeGraph) -> dict[str, Any]:
    """The JSON-ready dict of a knowledge graph (see the module docstring for the order)."""
    def rels(items: list[Relation]) -> list[dict[str, Any]]:
        return [_relation(r) for r in sorted(items, key=lambda r: r.key)]

    return {
        "schema": SCHEMA,
        "articles": [_article(a) for a in kg.articles],
        "entities": [_entity(kg.entities[k]) for k in sorted(kg.entities)],
        "relations": rels(kg.relations),
        "inferred_relations": rels(kg.inferred_relations),
        "failures": list(kg.failures),
    }


def generate_json(kg: KnowledgeGraph) -> str:
    """The JSON text of a knowledge graph: UTF-8 characters kept, one top-level key per line
    and one article, entity or relation per line inside its list, final newline.

    One record per line keeps the file easy to grep and diff, and lets json's C encoder write
    each record (an indented dump runs the pure-Python encoder: 5× slower on a large graph).
    """
    # allow_nan=False: NaN/Infinity would make a file other JSON readers reject.
    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    parts = []
    for key, value in graph_to_dict(kg).items():
        if isinstance(value, list) and value:
            body = ",\n".join("  " + dump(item) for item in value)
            parts.append(f" {dump(key)}: [\n{body}\n ]")
        else:
            parts.append(f" {dump(key)}: {dump(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def write_json(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    """Write the knowledge graph as JSON to ``path`` (UTF-8, atomically); returns the path.

    Raises :class:`OutputError` if an attribute value has no JSON form (an object, NaN).
    """
    try:
        text = generate_json(kg)
    except (TypeError, ValueError) as exc:
        raise OutputError(f"{path}: cannot write as JSON: {exc}") from exc
    return write_text_atomic(path, text)


class _Bad(Exception):
    """A structural problem, reported with the JSON path where it was found."""


def _get(obj: Any, key: str, where: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
    if not isinstance(obj, dict):
        raise _Bad(f"{where}: expected an object")
    if key not in obj:
        if default is ...:
            raise _Bad(f"{where}: missing {key!r}")
        return default
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _kinds(kind)):
        raise _Bad(f"{where}.{key}: expected {_kind_name(kind)}, got {type(value).__name__}")
    return value


def _kinds(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    return " or ".join(k.__name__ for k in _kinds(kind))


_OPT_INT = (int, type(None))


def _read_relation(obj: Any, where: str, inferred: bool) -> Relation:
    evidence = []
    for i, e in enumerate(_get(obj, "evidence", where, list, [])):
        w = f"{where}.evidence[{i}]"
        evidence.append(Evidence(
            article_id=_get(e, "article", w, str), sentence=_get(e, "sentence", w, str),
            sentence_start=_get(e, "start", w, int), sentence_end=_get(e, "end", w, int),
            rule=_get(e, "rule", w, str, ""),
            head_start=_get(e, "head_start", w, _OPT_INT, None),
            head_end=_get(e, "head_end", w, _OPT_INT, None),
            tail_start=_get(e, "tail_start", w, _OPT_INT, None),
            tail_end=_get(e, "tail_end", w, _OPT_INT, None)))
    return Relation(head=_get(obj, "head", where, str), head_type=_get(obj, "head_type", where, str),
                    relation=_get(obj, "relation", where, str), tail=_get(obj, "tail", where, str),
                    tail_type=_get(obj, "tail_type", where, str), evidence=evidence,
                    inferred=inferred)


def _read_article(obj: Any, where: str) -> Article:
    bylines = [Byline(role=_get(b, "role", f"{where}.bylines[{i}]", str),
                      name=_get(b, "name", f"{where}.bylines[{i}]", str),
                      start=_get(b, "start", f"{where}.bylines[{i}]", int),
                      end=_get(b, "end", f"{where}.bylines[{i}]", int))
               for i, b in enumerate(_get(obj, "bylines", where, list, []))]
    return Article(id=_get(obj, "id", where, str), source=_get(obj, "source", where, str),
                   index=_get(obj, "index", where, int, 0), title=_get(obj, "title", where, str),
                   text=_get(obj, "text", where, str, ""), line=_get(obj, "line", where, int, 1),
                   kicker=_get(obj, "kicker", where, str, ""), bylines=bylines,
                   metadata=dict(_get(obj, "metadata", where, dict, {})))


def _read_entity(obj: Any, where: str) -> Entity:
    mentions = [EntityMention(article_id=_get(m, "article", f"{where}.mentions[{i}]", str),
                              start=_get(m, "start", f"{where}.mentions[{i}]", int),
                              end=_get(m, "end", f"{where}.mentions[{i}]", int),
                              text=_get(m, "text", f"{where}.mentions[{i}]", str))
                for i, m in enumerate(_get(obj, "mentions", where, list, []))]
    resolutions = [Resolution(alias=_get(r, "alias", f"{where}.resolutions[{i}]", str),
                              reason=_get(r, "reason", f"{where}.resolutions[{i}]", str),
                              article_id=_get(r, "article", f"{where}.resolutions[{i}]", str))
                   for i, r in enumerate(_get(obj, "resolutions", where, list, []))]
    aliases = _get(obj, "aliases", where, list, [])
    if not all(isinstance(a, str) for a in aliases):
        raise _Bad(f"{where}.aliases: expected strings")
    return Entity(id=_get(obj, "id", where, str), name=_get(obj, "name", where, str),
                  type=_get(obj, "type", where, str), aliases=set(aliases),
                  attributes=dict(_get(obj, "attributes", where, dict, {})),
                  mentions=mentions, resolutions=resolutions)


def graph_from_dict(data: Any) -> KnowledgeGraph:
    """The knowledge graph of a dict in the ``uniongraph-graph/1`` shape (raises ``ValueError``)."""
    try:
        schema = _get(data, "schema", "$", str)
        if schema != SCHEMA:
            raise _Bad(f"$.schema: expected {SCHEMA!r}, got {schema!r}")
        kg = KnowledgeGraph()
        for i, a in enumerate(_get(data, "articles", "$", list, [])):
            kg.articles.append(_read_article(a, f"$.articles[{i}]"))
        for i, e in enumerate(_get(data, "entities", "$", list, [])):
            ent = _read_entity(e, f"$.entities[{i}]")
            if ent.id in kg.entities:
                raise _Bad(f"$.entities[{i}].id: duplicate id {ent.id!r}")
            kg.entities[ent.id] = ent
        for i, r in enumerate(_get(data, "relations", "$", list, [])):
            kg.relations.append(_read_relation(r, f"$.relations[{i}]", inferred=False))
        for i, r in enumerate(_get(data, "inferred_relations", "$", list, [])):
            kg.inferred_relations.append(_read_relation(r, f"$.inferred_relations[{i}]", inferred=True))
        failures = _get(data, "failures", "$", list, [])
        kg.failures = [str(f) for f in failures]
    except _Bad as exc:
        raise ValueError(str(exc)) from None
    return kg


def parse_json(text: str, source: str = "<string>") -> KnowledgeGraph:
    """The knowledge graph of a JSON text; errors are :class:`GraphFileError` naming ``source``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GraphFileError(f"{source}:{exc.lineno}: invalid JSON: {exc.msg} (column {exc.colno})") from exc
    try:
        return graph_from_dict(data)
    except ValueError as exc:
        raise GraphFileError(f"{source}: not a uniongraph graph: {exc}") from exc


def read_json(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Read a knowledge graph written by :func:`write_json`.

    Raises :class:`GraphFileError` with one line naming the file (and line, for JSON syntax).
    """
    p, text = read_utf8(path)
    return parse_json(text, str(p))
