"""The explorer's JSON answers: search, an entity's facts, articles, timeline, neighbours and
co-mentions, each read from the graph with a small query and cut to a page.

Every answer is bounded: a search pages through the in-memory name index (:mod:`.names`); the
queries about one entity are fixed texts in which the entity's IRI (and a source filter) are
*substituted* by Oxigraph (:mod:`.worker`), never written into the text, and each is cut at a
row limit (:data:`MAX_FACT_ROWS` …) that the answer reports as ``truncated``. Nothing returns the
whole graph. The queries run in the same sandboxed worker processes, under the same time limit,
as ``/sparql``.

Filters (query parameters, all optional)::

    types=Person,Place        entity types of the other end (search: of the entity)
    relations=worksFor,…      relations kept
    inferred=0                leave out inferred facts
    from=1998-01-05 to=…      facts with evidence in an article of that day range; articles and
                              co-mentions of those days (an article without a date is then left out)
    source=PFR-1998-01        the same, for articles of that source (``ug:source``)
    min_degree=1              entities related to at least this many others (1: hide isolated)

The graph is followed: each request compares the graph's signature (:func:`.worker.source_signature`)
with the one the index was read at, and reads the index again when it changed (the workers
reopen the graph themselves), so answers follow ``uniongraph add``/``remove``/``build --store``.

>>> sorted(Filters.parse({"types": "Person,Place", "from": "1998-01-05", "min_degree": "1"}).types)
['Person', 'Place']
>>> Filters.parse({"from": "1998-13-45"})
Traceback (most recent call last):
...
uniongraph.serve.explorer.BadRequest: from: not a date (YYYY-MM-DD): '1998-13-45'
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import UniongraphError
from ..ids import DATA_NS, ONTOLOGY_NS
from ..schema import ENTITY_TYPE_NAMES, RELATION_LABELS, TYPE_LABELS, TYPE_STYLE, extracted_relations
from .names import INDEX_QUERIES, Named, NameIndex, build_index, local_name, most_specific
from .worker import QueryRefused, QueryTimeout, source_signature

__all__ = ["Explorer", "Filters", "BadRequest"]

#: rows read about one entity at most (its facts, their evidence, its articles, its co-mentions)
MAX_FACT_ROWS = 5000
MAX_EVIDENCE_ROWS = 20000
MAX_ARTICLE_ROWS = 20000
MAX_COMENTION_ROWS = 2000
#: a page of results at most, and the furthest offset
MAX_LIMIT = 200
MAX_OFFSET = 100_000
#: evidence sentences shown per fact, dates and sources listed per edge, article text shown
EVIDENCE_PER_FACT = 3
DATES_PER_EDGE = 40
MAX_TEXT = 20_000
#: longest search text and source name taken
MAX_QUERY_CHARS = 200
#: answers about single entities kept between requests (per graph version)
CACHE_SIZE = 256
#: after the name index could not be read (a graph too big for the time limit), the seconds
#: before it is tried again: meanwhile the explorer answers 503 at once, and /sparql works
RETRY_SECONDS = 30
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_UG = ONTOLOGY_NS

# The entity (?e) and the source (?src) are substituted, so they are projected (SEP-0007).
FACTS = ("SELECT ?e ?st ?dir ?p ?o ?inf WHERE { "
         "{ ?st rdf:subject ?e ; rdf:object ?o . BIND(\"out\" AS ?dir) } UNION "
         "{ ?st rdf:object ?e ; rdf:subject ?o . BIND(\"in\" AS ?dir) } "
         "?st rdf:predicate ?p ; ug:inferred ?inf }")
# (every piece of evidence has a rule and an article with a headline: required patterns, which
# Oxigraph evaluates faster than OPTIONAL ones)
EVIDENCE = ("SELECT ?e ?st ?sent ?rule ?a ?d ?src ?h WHERE { { ?st rdf:subject ?e } UNION { ?st rdf:object ?e } "
            "?st ug:evidence ?ev . ?ev ug:sentence ?sent ; ug:article ?a ; ug:rule ?rule . ?a ug:headline ?h . "
            "OPTIONAL { ?a ug:date ?d } OPTIONAL { ?a ug:source ?src } }")
ARTICLES = ("SELECT ?e ?a ?d ?src ?h WHERE { ?a ug:mentions ?e . OPTIONAL { ?a ug:date ?d } "
            "OPTIONAL { ?a ug:source ?src } OPTIONAL { ?a ug:headline ?h } }")
# {dates} and {source} are filled with fixed text (a checked date, or a pattern naming ?src). The
# articles are made distinct first, so each (article, other entity) pair is one row and COUNT(*)
# counts articles (COUNT(DISTINCT) over the join is several times slower on a hub).
COMENTIONS = ("SELECT ?e {project} ?o (COUNT(*) AS ?w) WHERE {{ "
              "{{ SELECT DISTINCT ?e {project} ?a WHERE {{ ?a ug:mentions ?e . {dates}{source}}} }} "
              "?a ug:mentions ?o . FILTER(?o != ?e) }} GROUP BY ?e {project} ?o ORDER BY DESC(?w)")
ARTICLE = ("SELECT ?a ?h ?d ?src ?page ?k ?file ?text WHERE { ?a ug:headline ?h . OPTIONAL { ?a ug:date ?d } "
           "OPTIONAL { ?a ug:source ?src } OPTIONAL { ?a ug:page ?page } OPTIONAL { ?a ug:kicker ?k } "
           "OPTIONAL { ?a ug:sourceFile ?file } OPTIONAL { ?a ug:text ?text } } LIMIT 1")
ARTICLE_MENTIONS = "SELECT ?a ?e WHERE { ?a ug:mentions ?e }"
NODE = "SELECT ?e ?t ?l WHERE { ?e a ?t ; rdfs:label ?l }"
# HOOK (#16, curation): the corrections file (uniongraph.curation) records what it changed as
# ug:curatedBy (and a reason) on the entity. Whatever ug:curat… properties an entity has are
# shown on its page, with the properties of a curation node they point to. Keep in step with
# uniongraph.curation once it states its vocabulary.
CURATION = ("SELECT ?e ?p ?v ?p2 ?v2 WHERE { ?e ?p ?v . FILTER(STRSTARTS(STR(?p), \"" + _UG + "curat\")) "
            "OPTIONAL { ?v ?p2 ?v2 . FILTER(isIRI(?v)) } }")
SUMMARY = {
    "sum_relations": ("SELECT ?p ?inf (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement ; rdf:predicate ?p ; "
                  "ug:inferred ?inf } GROUP BY ?p ?inf"),
    "sum_sources": ("SELECT ?src (COUNT(?a) AS ?n) WHERE { ?a a ug:Article ; ug:source ?src } "
                "GROUP BY ?src ORDER BY DESC(?n) ?src LIMIT 500"),
    "sum_dates": ("SELECT (MIN(STR(?d)) AS ?lo) (MAX(STR(?d)) AS ?hi) (COUNT(DISTINCT ?a) AS ?n) WHERE { "
              "?a a ug:Article ; ug:date ?d . FILTER(DATATYPE(?d) = xsd:date) }"),
    "sum_articles": "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ug:Article }",
}


class BadRequest(Exception):
    """A request the explorer cannot answer: an HTTP status and one line."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _ints(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name}: not a whole number: {raw[:40]!r}") from None
    if not low <= value <= high:
        raise BadRequest(f"{name}: {value} is outside {low}..{high}")
    return value


def _page(params: Mapping[str, str], limit: int) -> tuple[int, int]:
    """``offset`` and ``limit`` of a paged answer (``limit`` the default), checked."""
    return _ints(params, "offset", 0, 0, MAX_OFFSET), _ints(params, "limit", limit, 1, MAX_LIMIT)


def _names(params: Mapping[str, str], name: str, known: set[str] | frozenset[str]) -> frozenset[str] | None:
    raw = params.get(name)
    if raw is None or raw.strip() == "":
        return None
    items = frozenset(p.strip() for p in raw.split(",") if p.strip())
    unknown = sorted(items - set(known))
    if unknown:
        raise BadRequest(f"{name}: unknown {unknown[0][:60]!r} (known: {', '.join(sorted(known))})")
    return items


def _date(params: Mapping[str, str], name: str) -> str | None:
    raw = (params.get(name) or "").strip()
    if not raw:
        return None
    try:
        if not _DATE.match(raw):
            raise ValueError
        dt.date.fromisoformat(raw)
    except ValueError:
        raise BadRequest(f"{name}: not a date (YYYY-MM-DD): {raw[:40]!r}") from None
    return raw


@dataclass(frozen=True)
class Filters:
    """What a request keeps (see the module's doc)."""

    types: frozenset[str] | None = None
    relations: frozenset[str] | None = None
    inferred: bool = True
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    min_degree: int = 0

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> Filters:
        source = params.get("source") or None
        if source is not None and len(source) > MAX_QUERY_CHARS:
            raise BadRequest(f"source: longer than {MAX_QUERY_CHARS} characters")
        inferred = (params.get("inferred") or "1").strip().lower()
        if inferred not in ("0", "1", "true", "false"):
            raise BadRequest(f"inferred: 0 or 1, not {inferred[:20]!r}")
        f = cls(types=_names(params, "types", set(ENTITY_TYPE_NAMES)),
                relations=_names(params, "relations", set(extracted_relations())),
                inferred=inferred in ("1", "true"), date_from=_date(params, "from"), date_to=_date(params, "to"),
                source=source, min_degree=_ints(params, "min_degree", 0, 0, 1_000_000))
        if f.date_from and f.date_to and f.date_from > f.date_to:
            raise BadRequest(f"from {f.date_from} is after to {f.date_to}")
        return f

    @property
    def by_article(self) -> bool:
        """Whether the filters choose articles (a date range or a source)."""
        return bool(self.date_from or self.date_to or self.source)

    def article_ok(self, date: str | None, source: str | None) -> bool:
        """Whether an article of this ``date`` (an ``xsd:date`` text or ``None``) and source passes."""
        if self.source is not None and source != self.source:
            return False
        if self.date_from or self.date_to:
            if date is None or not _DATE.match(date):
                return False
            if (self.date_from and date < self.date_from) or (self.date_to and date > self.date_to):
                return False
        return True

    def entity_ok(self, n: Named | None, *, root: bool = False) -> bool:
        """Whether an entity passes the type and degree filters (the entity asked about always does)."""
        if root:
            return True
        if n is None:
            return self.types is None and self.min_degree == 0
        return (self.types is None or n.type in self.types) and n.degree >= self.min_degree


def _value(term: Any) -> str | None:
    return None if term is None else term[1]


def _date_of(term: Any) -> str | None:
    """The text of an article's date (``1998-01-05``; a date the corpus wrote otherwise as written)."""
    return None if term is None else term[1]


class _Cache:
    """Answers about single entities, for the current graph version only."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> Any:
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        return None

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)

    def clear(self) -> None:
        self.items.clear()


class Explorer:
    """The explorer's answers over the graph at ``source``, asked of ``pool`` (a :class:`.pool.WorkerPool`)."""

    def __init__(self, source: str, pool: Any) -> None:
        self.source = source
        self.pool = pool
        self.signature: tuple[Any, ...] | None = None
        self.index = NameIndex([])
        self.summary_data: dict[str, Any] = {}
        self.generation = 0
        self.loaded_in = 0.0  # seconds the last reading of the index took
        self._lock = asyncio.Lock()
        self._cache = _Cache(CACHE_SIZE)
        self._failed: tuple[tuple[Any, ...], float, str] | None = None  # signature, when, why

    # ------------------------------------------------------------ the graph's version

    async def current(self) -> None:
        """Read the index (again) if the graph changed since it was read."""
        if source_signature(self.source) == self.signature:
            return
        async with self._lock:
            sig = source_signature(self.source)  # taken before reading: a change meanwhile reads again
            if sig == self.signature:
                return
            if self._failed is not None and self._failed[0] == sig and time.monotonic() - self._failed[1] < RETRY_SECONDS:
                raise BadRequest(self._failed[2], 503)
            started = time.monotonic()
            names = [*INDEX_QUERIES, *SUMMARY]
            texts = [*INDEX_QUERIES.values(), *SUMMARY.values()]
            try:
                answers = await asyncio.gather(*(self._ask(t, max_rows=50_000_000) for t in texts))
            except (QueryTimeout, QueryRefused, UniongraphError, RuntimeError) as exc:
                why = (f"the explorer could not read the names of the graph ({' '.join(str(exc).split())[:200]}); "
                       f"it tries again in {RETRY_SECONDS} s; /sparql answers meanwhile")
                self._failed = (sig, time.monotonic(), why)
                raise BadRequest(why, 503) from None
            self._failed = None
            got = dict(zip(names, answers))
            self.index = build_index({k: got[k] for k in INDEX_QUERIES})
            self.summary_data = self._summary(got)
            self._cache.clear()
            self.signature = sig
            self.generation += 1
            self.loaded_in = time.monotonic() - started

    async def _ask(self, sparql: str, *, bindings: dict[str, Any] | None = None, max_rows: int) -> tuple[Any, ...]:
        return await self.pool.query(sparql, time.monotonic(), bindings=bindings, max_rows=max_rows)

    async def _select(self, sparql: str, bindings: dict[str, Any], max_rows: int) -> tuple[list[list[Any]], bool]:
        """The rows of a query about one entity (cached for this graph version), and whether they were cut."""
        key = (self.generation, sparql, tuple(sorted(bindings.items())), max_rows)
        hit = self._cache.get(key)
        if hit is None:
            answer = await self._ask(sparql, bindings=bindings, max_rows=max_rows)
            hit = (answer[2], answer[3])
            self._cache.put(key, hit)
        return hit

    def _entity_term(self, eid: str) -> tuple[str, str]:
        if not eid or len(eid) > 4096 or any(c in eid for c in "<>\"{}|^`\\ \n\r\t"):
            raise BadRequest("no such entity", 404)
        return ("uri", DATA_NS + eid)

    async def _named(self, eid: str) -> Named:
        """The entity ``eid`` from the index, else from the graph (a node the index did not hold); 404."""
        n = self.index.get(eid)
        if n is not None:
            return n
        term = self._entity_term(eid)
        rows, _ = await self._select(NODE, {"e": term}, 50)
        kind = most_specific([t for _, tt, _ in rows if (t := local_name(tt, ONTOLOGY_NS))])
        if not rows or kind is None:
            raise BadRequest("no such entity", 404)
        return Named(eid, rows[0][2][1], kind)

    # ------------------------------------------------------------ answers

    def _summary(self, got: dict[str, tuple[Any, ...]]) -> dict[str, Any]:
        rels: dict[str, dict[str, Any]] = {}
        for p, inf, n in got["sum_relations"][2]:
            name = local_name(p, ONTOLOGY_NS)
            if name is None:
                continue
            r = rels.setdefault(name, {"name": name, "count": 0, "inferred": 0})
            r["count"] += int(n[1])
            if inf is not None and inf[1] in ("true", "1"):
                r["inferred"] += int(n[1])
        dates = got["sum_dates"][2][0] if got["sum_dates"][2] else [None, None, None]
        articles = int(got["sum_articles"][2][0][0][1]) if got["sum_articles"][2] else 0
        return {"relations": rels,
                "sources": [{"source": s[1], "articles": int(n[1])} for s, n in got["sum_sources"][2] if s and n],
                "dates": {"min": _value(dates[0]), "max": _value(dates[1]),
                          "dated": int(dates[2][1]) if dates[2] else 0},
                "articles": articles}

    async def summary(self) -> dict[str, Any]:
        """Counts and the values the filters can take: types, relations, sources, the date range."""
        await self.current()
        counts = self.index.type_counts()
        types = [{"name": t, "zh": TYPE_LABELS[t][0], "en": TYPE_LABELS[t][1], "colour": TYPE_STYLE[t][0],
                  "shape": TYPE_STYLE[t][1], "symbol": TYPE_STYLE[t][2], "count": counts.get(t, 0)}
                 for t in ENTITY_TYPE_NAMES]
        held = self.summary_data["relations"]
        relations = [{"name": r, "zh": RELATION_LABELS[r][0], "en": RELATION_LABELS[r][1],
                      "count": held.get(r, {}).get("count", 0), "inferred": held.get(r, {}).get("inferred", 0)}
                     for r in extracted_relations()]
        return {"generation": self.generation, "entities": len(self.index), "articles": self.summary_data["articles"],
                "statements": sum(r["count"] for r in relations), "types": types, "relations": relations,
                "sources": self.summary_data["sources"], "dates": self.summary_data["dates"],
                "complete": self.index.complete, "loaded_in": round(self.loaded_in, 3)}

    async def search(self, params: Mapping[str, str]) -> dict[str, Any]:
        """Entities whose name or alias holds ``q`` (all, without ``q``), best first, a page of them."""
        await self.current()
        q = params.get("q") or ""
        if len(q) > MAX_QUERY_CHARS:
            raise BadRequest(f"q: longer than {MAX_QUERY_CHARS} characters")
        f = Filters.parse(params)
        offset, limit = _page(params, 30)
        total, hits = self.index.search(q, types=set(f.types) if f.types else None, min_degree=f.min_degree,
                                        offset=offset, limit=limit)
        return {"generation": self.generation, "q": q, "total": total, "offset": offset,
                "items": [n.as_json() for n in hits]}

    async def _facts(self, eid: str, f: Filters) -> tuple[list[dict[str, Any]], bool]:
        """The facts of ``eid`` that pass ``f``: one per statement, with its evidence (all of it)."""
        term = self._entity_term(eid)
        (rows, cut), (evrows, evcut) = await asyncio.gather(
            self._select(FACTS, {"e": term}, MAX_FACT_ROWS), self._select(EVIDENCE, {"e": term}, MAX_EVIDENCE_ROWS))
        evidence: dict[str, list[dict[str, Any]]] = {}
        for _, st, sent, rule, a, d, src, h in evrows:
            evidence.setdefault(st[1], []).append({
                "sentence": _value(sent), "rule": _value(rule), "article": local_name(a), "headline": _value(h),
                "date": _date_of(d), "source": _value(src)})
        facts = []
        for _, st, direction, p, o, inf in rows:
            relation, other = local_name(p, ONTOLOGY_NS), local_name(o)
            if relation is None or other is None:
                continue
            inferred = inf is not None and inf[1] in ("true", "1")
            if (f.relations is not None and relation not in f.relations) or (inferred and not f.inferred):
                continue
            evs = evidence.get(st[1], [])
            if f.by_article:
                evs = [e for e in evs if f.article_ok(e["date"], e["source"])]
                if not evs:
                    continue
            n = self.index.get(other)
            if not f.entity_ok(n):
                continue
            evs = sorted(evs, key=lambda e: (e["date"] or "9999", e["article"] or "", e["sentence"] or ""))
            facts.append({"id": local_name(st) or st[1], "relation": relation, "direction": direction[1],
                          "inferred": inferred, "other": other, "evidence": evs})
        return facts, cut or evcut

    def _node(self, eid: str) -> dict[str, Any]:
        n = self.index.get(eid)
        return n.as_json() if n is not None else {"id": eid, "name": eid.split("/", 1)[-1], "type": "",
                                                  "aliases": [], "more_aliases": 0, "mentions": 0,
                                                  "degree": 0, "articles": 0}

    async def entity(self, params: Mapping[str, str]) -> dict[str, Any]:
        """One entity: what the index holds, its facts with evidence sentences (filtered), curation."""
        await self.current()
        eid = params.get("id") or ""
        f = Filters.parse(params)
        named = await self._named(eid)
        facts, cut = await self._facts(eid, f)
        facts.sort(key=lambda x: (x["inferred"], x["direction"] == "in", x["relation"],
                                  self._node(x["other"])["name"], x["id"]))
        limit = _ints(params, "limit", 200, 1, 1000)
        shown = []
        for fact in facts[:limit]:
            evs = fact["evidence"]
            shown.append({**fact, "other": self._node(fact["other"]), "evidence": evs[:EVIDENCE_PER_FACT],
                          "evidence_total": len(evs)})
        curation = await self._curation(eid)
        return {"generation": self.generation, "entity": named.as_json() | {"aliases": list(named.aliases)},
                "facts": shown, "facts_total": len(facts), "truncated": cut, "curation": curation}

    async def _curation(self, eid: str) -> list[dict[str, Any]]:
        """HOOK (#16, curation): the entity's ug:curat… properties (see :data:`CURATION`)."""
        rows, _ = await self._select(CURATION, {"e": self._entity_term(eid)}, 100)
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for _, p, v, p2, v2 in rows:
            key = (p[1], v[1])
            item = out.setdefault(key, {"property": p[1].removeprefix(_UG), "value": v[1], "details": []})
            if p2 is not None and v2 is not None:
                item["details"].append({"property": p2[1].rsplit("#", 1)[-1].rsplit("/", 1)[-1], "value": v2[1]})
        return list(out.values())

    async def neighbours(self, params: Mapping[str, str]) -> dict[str, Any]:
        """The entities ``id`` has a stated relation with (filtered), a page of them with their edges."""
        await self.current()
        eid = params.get("id") or ""
        f = Filters.parse(params)
        offset, limit = _page(params, 25)
        named = await self._named(eid)
        facts, cut = await self._facts(eid, f)
        by_other: dict[str, list[dict[str, Any]]] = {}
        for fact in facts:
            by_other.setdefault(fact["other"], []).append(fact)

        def weight(other: str) -> tuple[Any, ...]:
            fs = by_other[other]
            n = self.index.get(other)
            return (all(x["inferred"] for x in fs), -sum(len(x["evidence"]) for x in fs),
                    -(n.degree if n else 0), n.name if n else other)

        others = sorted(by_other, key=weight)
        page = others[offset:offset + limit]
        edges = []
        for other in page:
            for fact in by_other[other]:
                head, tail = (eid, other) if fact["direction"] == "out" else (other, eid)
                dates = sorted({e["date"] for e in fact["evidence"] if e["date"]})
                sources = sorted({e["source"] for e in fact["evidence"] if e["source"]})
                edges.append({"id": fact["id"], "from": head, "to": tail, "relation": fact["relation"],
                              "inferred": fact["inferred"], "evidence": len(fact["evidence"]),
                              "dates": dates[:DATES_PER_EDGE], "more_dates": max(0, len(dates) - DATES_PER_EDGE),
                              "sources": sources[:10]})
        return {"generation": self.generation, "entity": named.as_json(), "total": len(others), "offset": offset,
                "nodes": [self._node(o) for o in page], "edges": edges, "truncated": cut}

    async def articles(self, params: Mapping[str, str]) -> dict[str, Any]:
        """The articles naming ``id`` (filtered), a page of them by date, and its timeline: articles
        per day (the source filter applies to the timeline, the date range does not)."""
        await self.current()
        eid = params.get("id") or ""
        f = Filters.parse(params)
        offset, limit = _page(params, 20)
        await self._named(eid)
        rows, cut = await self._select(ARTICLES, {"e": self._entity_term(eid)}, MAX_ARTICLE_ROWS)
        seen: dict[str, dict[str, Any]] = {}
        for _, a, d, src, h in rows:
            aid = local_name(a)
            if aid is not None and aid not in seen:
                seen[aid] = {"id": aid, "date": _date_of(d), "source": _value(src), "headline": _value(h)}
        timeline: dict[str, int] = {}
        undated = 0
        for art in seen.values():
            if f.source is not None and art["source"] != f.source:
                continue
            if art["date"] and _DATE.match(art["date"]):
                timeline[art["date"]] = timeline.get(art["date"], 0) + 1
            else:
                undated += 1
        kept = sorted((a for a in seen.values() if f.article_ok(a["date"], a["source"])),
                      key=lambda a: (a["date"] or "9999", a["headline"] or "", a["id"]))
        return {"generation": self.generation, "total": len(kept), "offset": offset, "items": kept[offset:offset + limit],
                "timeline": [{"date": d, "articles": n} for d, n in sorted(timeline.items())], "undated": undated,
                "truncated": cut}

    async def comentions(self, params: Mapping[str, str]) -> dict[str, Any]:
        """The entities named in the same articles as ``id``, weighted by how many (filtered), a page."""
        await self.current()
        eid = params.get("id") or ""
        f = Filters.parse(params)
        offset, limit = _page(params, 25)
        named = await self._named(eid)
        dates = ""
        if f.date_from or f.date_to:  # checked dates (YYYY-MM-DD), written into the text as plain strings
            cond = ["DATATYPE(?d) = xsd:date"]
            if f.date_from:
                cond.append(f'STR(?d) >= "{f.date_from}"')
            if f.date_to:
                cond.append(f'STR(?d) <= "{f.date_to}"')
            dates = f"?a ug:date ?d . FILTER({' && '.join(cond)}) "
        bindings: dict[str, Any] = {"e": self._entity_term(eid)}
        source, project = "", ""
        if f.source is not None:
            source, project = "?a ug:source ?src . ", "?src"
            bindings["src"] = ("literal", f.source, None, None)
        query = COMENTIONS.format(project=project, dates=dates, source=source)
        rows, cut = await self._select(query, bindings, MAX_COMENTION_ROWS)
        items = []
        for row in rows:
            other, w = local_name(row[-2]), int(row[-1][1])
            if other is None:
                continue
            n = self.index.get(other)
            if n is None or not f.entity_ok(n):
                continue
            items.append(n.as_json() | {"weight": w})
        items.sort(key=lambda i: (-i["weight"], -i["degree"], i["name"], i["id"]))
        return {"generation": self.generation, "entity": named.as_json(), "total": len(items), "offset": offset,
                "items": items[offset:offset + limit], "truncated": cut}

    async def article(self, params: Mapping[str, str]) -> dict[str, Any]:
        """One article: headline, date, source, its text (the first :data:`MAX_TEXT` characters) and the
        entities it names."""
        await self.current()
        aid = params.get("id") or ""
        if not aid.startswith("article/"):
            raise BadRequest("no such article", 404)
        term = self._entity_term(aid)
        (rows, _), (mentions, cut) = await asyncio.gather(
            self._select(ARTICLE, {"a": term}, 1), self._select(ARTICLE_MENTIONS, {"a": term}, 2000))
        if not rows:
            raise BadRequest("no such article", 404)
        _, h, d, src, page, kicker, file, text = rows[0]
        body = _value(text) or ""
        named = [n for _, e in mentions if (eid := local_name(e)) and (n := self.index.get(eid)) is not None]
        named.sort(key=lambda n: (-n.degree, n.name))
        return {"generation": self.generation, "id": aid, "headline": _value(h), "date": _date_of(d),
                "source": _value(src), "page": _value(page), "kicker": _value(kicker), "file": _value(file),
                "text": body[:MAX_TEXT], "text_cut": len(body) > MAX_TEXT,
                "entities": [n.as_json() for n in named], "truncated": cut}
