"""Pickle-free JSON records of extracted articles and name groups, as a store keeps them.

``readwrite.json_graph`` writes the merged graph and leaves out each article's working state
(sentences, mentions, relations). A store must be able to merge an article again later, so
it keeps that state too: :func:`article_record` / :func:`article_from_record` round-trip an
extracted :class:`~uniongraph.model.Article` exactly, and :func:`mention_record` /
:func:`relation_record` give the per-name rows the store indexes. :func:`group_record` keeps
the merge state of a name without its mention list (the store holds that as rows).

>>> from uniongraph.model import Article, Mention, Sentence
>>> art = Article("article/ab-0", "p.md", 0, "标题", "标题\\n北京市总工会召开会议。",
...               sentences=[Sentence(3, 14, "北京市总工会召开会议。")],
...               mentions=[Mention(3, 9, "北京市总工会", "Federation", "北京市总工会", "org")])
>>> article_from_record(article_record(art)) == art
True
"""

from __future__ import annotations

from typing import Any

from ..extraction.merge import NameGroup
from ..model import MENTION_ATTRIBUTES, Article, Byline, Evidence, Mention, Relation, Sentence

SCHEMA = "uniongraph-articles/1"


def mention_record(m: Mention) -> dict[str, Any]:
    """A mention as a JSON-ready dict."""
    return {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "name": m.name,
            "source": m.source, "priority": m.priority, "attributes": dict(m.attributes),
            "canonical": m.canonical, "resolution": m.resolution}


def mention_from_record(d: dict[str, Any]) -> Mention:
    """The mention of a :func:`mention_record` dict."""
    attrs = {k: v for k, v in (d.get("attributes") or {}).items() if k in MENTION_ATTRIBUTES}
    return Mention(d["start"], d["end"], d["text"], d["type"], d["name"], d["source"],
                   d.get("priority", 0), d.get("canonical"), d.get("resolution"), **attrs)


def evidence_record(e: Evidence) -> list[Any]:
    """Evidence as a compact JSON list (field order of :class:`~uniongraph.model.Evidence`)."""
    return [e.article_id, e.sentence, e.sentence_start, e.sentence_end, e.rule,
            e.head_start, e.head_end, e.tail_start, e.tail_end]


def relation_record(r: Relation) -> dict[str, Any]:
    """A relation (extracted or merged) as a JSON-ready dict."""
    return {"head": r.head, "head_type": r.head_type, "relation": r.relation, "tail": r.tail,
            "tail_type": r.tail_type, "inferred": r.inferred,
            "evidence": [evidence_record(e) for e in r.evidence]}


def relation_from_record(d: dict[str, Any]) -> Relation:
    """The relation of a :func:`relation_record` dict."""
    return Relation(d["head"], d["head_type"], d["relation"], d["tail"], d["tail_type"],
                    [Evidence(*e) for e in d["evidence"]], bool(d.get("inferred", False)))


def article_record(art: Article, *, working_state: bool = True) -> dict[str, Any]:
    """An article as a JSON-ready dict; with ``working_state`` its sentences, mentions and relations too."""
    d: dict[str, Any] = {
        "id": art.id, "source": art.source, "index": art.index, "title": art.title, "text": art.text,
        "line": art.line, "kicker": art.kicker,
        "bylines": [[b.role, b.name, b.start, b.end] for b in art.bylines],
        "metadata": dict(art.metadata),
        "sentences": [[s.start, s.end, s.text] for s in art.sentences],
    }
    if art.curation is not None:  # what corrections changed (uniongraph.curation)
        d["curation"] = art.curation
    if working_state:
        d["mentions"] = [mention_record(m) for m in art.mentions]
        d["relations"] = [relation_record(r) for r in art.relations]
    return d


def article_from_record(d: dict[str, Any]) -> Article:
    """The article of an :func:`article_record` dict."""
    return Article(
        id=d["id"], source=d["source"], index=d["index"], title=d["title"], text=d["text"],
        line=d.get("line", 1), kicker=d.get("kicker", ""),
        bylines=[Byline(*b) for b in d.get("bylines", [])],
        metadata=dict(d.get("metadata") or {}),
        sentences=[Sentence(*s) for s in d.get("sentences", [])],
        mentions=[mention_from_record(m) for m in d.get("mentions", [])],
        relations=[relation_from_record(r) for r in d.get("relations", [])],
        curation=d.get("curation"),
    )


def group_record(g: NameGroup) -> dict[str, Any]:
    """A name group, without mentions and resolutions, as a JSON-ready dict."""
    return {"name": g.name, "first": g.first, "head": g.head, "count": g.count,
            "aliases": sorted(g.aliases), "age": g.age,
            "roles": [[k, r] for r, k in sorted(g.roles.items(), key=lambda p: p[1])],
            "all": dict(g.all_types), "direct": dict(g.direct_types), "venue": g.venue}


def group_from_record(d: dict[str, Any]) -> NameGroup:
    """The name group of a :func:`group_record` dict (keys and mentions as tuples again)."""
    head, age = d["head"], d["age"]
    return NameGroup(
        d["name"], tuple(d["first"]) if d["first"] else None,  # type: ignore[arg-type]
        (tuple(head[0]), tuple(head[1]), tuple(head[2])) if head else None,  # type: ignore[arg-type]
        d["count"], set(d["aliases"]), (tuple(age[0]), age[1]) if age else None,
        {r: tuple(k) for k, r in d["roles"]}, dict(d["all"]), dict(d["direct"]), d["venue"])
