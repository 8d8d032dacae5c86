"""The store's ledger: extracted articles and the merged graph, row by row, in SQLite.

Why a ledger and not one big JSON file: adding ten documents to a store of thousands must
cost about ten documents. The ledger keeps

- every document (by content digest) and its articles, with their mentions and extracted
  relations as one row each, indexed by the canonical name they concern;
- the merged graph: one row per entity, per merged relation and per inferred relation, plus
  the name forms each entity answers to and the forms it looks up when facts are inferred.

An update (documents in, documents out) re-merges only the names the changed documents touch,
with :func:`~uniongraph.extraction.merge.merge_articles` itself, run on *skeleton articles*
that hold exactly the stored mentions and relations of those names. Inferred facts are redone
for the entities whose name-lookups (``X工会`` -> ``X``, ``崂山区总工会`` -> ``青岛市总工会``,
``崂山区总工会`` -> ``崂山区``) can see a changed name. The result equals merging every article
at once, for articles in (source, index) order; the cost grows with the mentions of the touched
names, not with the store.

>>> led = Ledger(":memory:")
>>> led.document_count()
0
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extraction.lexicon import Lexicons, load_lexicons
from ..extraction.merge import _place_prefix, merge_articles  # the same rule the merge uses
from ..model import Article, Entity, EntityMention, KnowledgeGraph, Mention, Relation, Resolution, Sentence
from .records import (
    article_from_record,
    article_record,
    mention_from_record,
    mention_record,
    relation_from_record,
    relation_record,
)

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    digest TEXT PRIMARY KEY, path TEXT NOT NULL, region TEXT, articles INTEGER NOT NULL,
    seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, digest TEXT NOT NULL, source TEXT NOT NULL, idx INTEGER NOT NULL,
    data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_digest ON articles(digest);
CREATE TABLE IF NOT EXISTS mentions (
    name TEXT NOT NULL, article_id TEXT NOT NULL, pos INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_name ON mentions(name);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS arels (
    article_id TEXT NOT NULL, pos INTEGER NOT NULL, head TEXT NOT NULL, tail TEXT NOT NULL,
    data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS arels_head ON arels(head);
CREATE INDEX IF NOT EXISTS arels_tail ON arels(tail);
CREATE INDEX IF NOT EXISTS arels_article ON arels(article_id);
CREATE TABLE IF NOT EXISTS entities (
    name TEXT PRIMARY KEY, id TEXT NOT NULL, okey TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entities_id ON entities(id);
CREATE TABLE IF NOT EXISTS forms (form TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS forms_form ON forms(form);
CREATE INDEX IF NOT EXISTS forms_name ON forms(name);
CREATE TABLE IF NOT EXISTS lookups (form TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lookups_form ON lookups(form);
CREATE INDEX IF NOT EXISTS lookups_name ON lookups(name);
CREATE TABLE IF NOT EXISTS relations (
    head TEXT NOT NULL, relation TEXT NOT NULL, tail TEXT NOT NULL, okey TEXT NOT NULL,
    data TEXT NOT NULL, PRIMARY KEY (head, relation, tail));
CREATE INDEX IF NOT EXISTS relations_tail ON relations(tail);
CREATE TABLE IF NOT EXISTS inferred (head TEXT NOT NULL, okey TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS inferred_head ON inferred(head);
"""

_CHUNK = 500  # SQLite caps the number of parameters of one statement


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass
class DocumentInfo:
    """A document held by a store: content digest, the path it was added from, its articles."""

    digest: str
    path: str
    region: str | None
    articles: int


@dataclass
class Change:
    """What one update did: the affected part of the graph before and after, for the RDF side."""

    old: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    new: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    added: list[str] = field(default_factory=list)      # document digests
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)    # already held (added) / not held (removed)
    names: int = 0                                      # canonical names re-merged

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def inference_lookups(name: str, lex: Lexicons) -> set[str]:
    """The name forms :func:`~uniongraph.extraction.merge.infer_relations` may look up for ``name``.

    A superset (type is not checked), so that a change to any of these forms re-infers the
    facts of ``name``.

    >>> "青岛市总工会" in inference_lookups("崂山区总工会", load_lexicons())
    True
    """
    out: set[str] = set()
    if name.endswith("工会"):
        out.add(name[: -len("工会")])
    place = _place_prefix(name, lex)
    if place is None:
        return out
    out.add(place)
    full = place if place in lex.places else lex.place_aliases[place][0]
    if name == place + "总工会":
        for parent in lex.ancestors(full)[:1]:
            forms = (parent, *lex.places[parent].aliases) if parent in lex.places else (parent,)
            out.update(form + "总工会" for form in forms)
    return out


def _sentence_of(art: Article, m: Mention) -> list[Any]:
    sent = next((s for s in art.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        # what merge's evidence falls back to when no sentence holds the mention
        return [m.start, m.end, art.text[m.start : m.end]]
    return [sent.start, sent.end, sent.text]


def _entity_data(ent: Entity) -> dict[str, Any]:
    return {"id": ent.id, "name": ent.name, "type": ent.type, "aliases": sorted(ent.aliases),
            "attributes": ent.attributes,
            "mentions": [[m.article_id, m.start, m.end, m.text] for m in ent.mentions],
            "resolutions": [[r.alias, r.reason, r.article_id] for r in ent.resolutions]}


def _entity_from_data(d: dict[str, Any]) -> Entity:
    return Entity(d["id"], d["name"], d["type"], set(d["aliases"]), dict(d["attributes"]),
                  [EntityMention(*m) for m in d["mentions"]], [Resolution(*r) for r in d["resolutions"]])


class Ledger:
    """A SQLite ledger at ``path`` (``":memory:"`` for a throw-away one)."""

    def __init__(self, path: str | Path, *, uri: bool = False) -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, uri=uri)
        if not uri:  # a read-only URI opens an existing ledger as it is
            self.db.executescript(_SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            self.db.commit()
        self._lex: Lexicons | None = None

    @property
    def lex(self) -> Lexicons:
        """The lexicons merging needs (loaded on first use: reading a store needs none)."""
        if self._lex is None:
            self._lex = load_lexicons()
        return self._lex

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ reading

    def document_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def documents(self) -> list[DocumentInfo]:
        """Documents in the order they were added."""
        rows = self.db.execute("SELECT digest, path, region, articles FROM documents ORDER BY seq")
        return [DocumentInfo(*r) for r in rows]

    def has_document(self, digest: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE digest = ?", (digest,)).fetchone() is not None

    def find_documents(self, key: str) -> list[DocumentInfo]:
        """Documents whose digest starts with ``key`` or whose path is ``key``."""
        rows = self.db.execute(
            "SELECT digest, path, region, articles FROM documents WHERE path = ? OR digest LIKE ? ORDER BY seq",
            (key, key.replace("%", "").replace("_", "") + "%"))
        return [DocumentInfo(*r) for r in rows]

    def entity_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM entities")}

    def has_entity_id(self, eid: str) -> bool:
        return self.db.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is not None

    def _in(self, sql: str, values: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` with each ``{}`` replaced by a chunk of ``?`` placeholders, over all ``values``."""
        times = sql.count("{}")
        for chunk in _chunks(values):
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(sql.replace("{}", marks), chunk * times)

    def export(self) -> KnowledgeGraph:
        """The whole merged graph, as a build of every stored article at once would give it."""
        kg = KnowledgeGraph()
        rows = self.db.execute("SELECT data FROM articles ORDER BY source, idx, id")
        for (data,) in rows:
            kg.articles.append(article_from_record(json.loads(data)))
        ents = sorted(((json.loads(ok), data) for ok, data in self.db.execute("SELECT okey, data FROM entities")),
                      key=lambda p: p[0])
        for _, data in ents:
            ent = _entity_from_data(json.loads(data))
            kg.entities[ent.id] = ent
        rels = sorted(((json.loads(ok), data) for ok, data in self.db.execute("SELECT okey, data FROM relations")),
                      key=lambda p: p[0])
        kg.relations = [relation_from_record(json.loads(d)) for _, d in rels]
        inf = sorted(((json.loads(ok), data) for ok, data in self.db.execute("SELECT okey, data FROM inferred")),
                     key=lambda p: p[0])
        kg.inferred_relations = [relation_from_record(json.loads(d)) for _, d in inf]
        return kg

    # ------------------------------------------------------------ updating

    def update(self, added: list[tuple[str, str, str | None, list[Article]]], removed: Iterable[str] = ()) -> Change:
        """Add documents ``(digest, path, region, extracted articles)`` and remove documents by digest.

        A document already held is skipped (adding twice changes nothing), as is removing one
        that is not held. Everything happens in one SQLite transaction.
        """
        change = Change()
        with self.db:
            new_articles: list[Article] = []
            seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM documents").fetchone()[0]
            seen: set[str] = set()
            for digest, path, region, articles in added:
                if digest in seen or self.has_document(digest):
                    change.skipped.append(digest)
                    continue
                seen.add(digest)
                seq += 1
                self.db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?)",
                                (digest, path, region, len(articles), seq))
                change.added.append(digest)
                new_articles.extend(articles)
            gone: list[Article] = []
            for digest in dict.fromkeys(removed):
                if not self.has_document(digest):
                    change.skipped.append(digest)
                    continue
                change.removed.append(digest)
                for (data,) in self.db.execute("SELECT data FROM articles WHERE digest = ?", (digest,)):
                    gone.append(article_from_record(json.loads(data)))
                self.db.execute("DELETE FROM documents WHERE digest = ?", (digest,))
            if change.changed:
                self._apply(new_articles, gone, change)
        return change

    def _apply(self, new_articles: list[Article], gone: list[Article], change: Change) -> None:
        db = self.db
        touched: set[str] = set()
        gone_ids = [a.id for a in gone]
        for row in self._in("SELECT name FROM mentions WHERE article_id IN ({})", gone_ids):
            touched.add(row[0])
        for row in self._in("SELECT head, tail FROM arels WHERE article_id IN ({})", gone_ids):
            touched.update(row)
        for table in ("mentions", "arels", "articles"):
            col = "id" if table == "articles" else "article_id"
            for i in range(0, len(gone_ids), _CHUNK):
                chunk = gone_ids[i : i + _CHUNK]
                db.execute(f"DELETE FROM {table} WHERE {col} IN ({','.join('?' * len(chunk))})", chunk)
        for art in new_articles:
            db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)",
                       (art.id, art.id.split("/")[-1].rsplit("-", 1)[0], art.source, art.index,
                        _dumps(article_record(art, working_state=False))))
            db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)", [
                (m.key, art.id, pos, _dumps({**mention_record(m), "sentence": _sentence_of(art, m)}))
                for pos, m in enumerate(art.mentions)])
            db.executemany("INSERT INTO arels VALUES (?, ?, ?, ?, ?)", [
                (art.id, pos, r.head, r.tail, _dumps(relation_record(r))) for pos, r in enumerate(art.relations)])
            touched.update(m.key for m in art.mentions)
            for r in art.relations:
                touched.update((r.head, r.tail))
        change.old.articles, change.new.articles = gone, new_articles

        # names whose entity may change, and the ends of their relations (needed to merge them)
        ends: set[str] = set()
        for head, tail in self._in("SELECT head, tail FROM arels WHERE head IN ({}) OR tail IN ({})", touched):
            ends.update((head, tail))
        first = self._merge(touched | ends)
        old_entities = {name: _entity_from_data(json.loads(d)) for name, d in
                        self._in("SELECT name, data FROM entities WHERE name IN ({})", touched)}
        forms: set[str] = set()
        for ent in old_entities.values():
            forms.update({ent.name, *ent.aliases})
        for ent in first.entities.values():
            if ent.name in touched:
                forms.update({ent.name, *ent.aliases})
        # entities whose inferred facts may change: the touched ones and those looking them up
        heads = set(touched)
        heads.update(r[0] for r in self._in("SELECT name FROM lookups WHERE form IN ({})", forms))
        looked = set()
        for h in heads:
            looked |= inference_lookups(h, self.lex)
        targets = {r[0] for r in self._in("SELECT name FROM forms WHERE form IN ({})", looked)}
        targets.update(e.name for e in first.entities.values() if {e.name, *e.aliases} & looked)
        names = touched | ends | heads | targets
        sub = first if names == touched | ends else self._merge(names)
        change.names = len(names)

        # old rows of what may change, for the RDF side, then the new rows; only what differs
        # goes to the RDF side (a hub such as 中国 is touched often but rarely changes)
        old_rel_rows = {(h, r, t): d for h, r, t, d in self._in(
            "SELECT head, relation, tail, data FROM relations WHERE head IN ({}) OR tail IN ({})", touched)}
        old_inf_rows: dict[str, list[str]] = defaultdict(list)
        for h, d in self._in("SELECT head, data FROM inferred WHERE head IN ({})", heads):
            old_inf_rows[h].append(d)
        for table, col in (("entities", "name"), ("forms", "name"), ("lookups", "name"),
                           ("inferred", "head")):
            keys = touched if table != "inferred" else heads
            for vals in _chunks(keys):
                db.execute(f"DELETE FROM {table} WHERE {col} IN ({','.join('?' * len(vals))})", vals)
        for vals in _chunks(touched):
            marks = ",".join("?" * len(vals))
            db.execute(f"DELETE FROM relations WHERE head IN ({marks}) OR tail IN ({marks})", (*vals, *vals))
        okeys = self._entity_okeys(sub)
        kept: set[str] = set()
        for ent in sub.entities.values():
            if ent.name not in touched:
                continue
            before = old_entities.get(ent.name)
            if before is not None and _dumps(_entity_data(before)) == _dumps(_entity_data(ent)):
                kept.add(ent.name)
            else:
                change.new.entities[ent.id] = ent
            db.execute("INSERT INTO entities VALUES (?, ?, ?, ?)",
                       (ent.name, ent.id, _dumps(okeys[ent.name]), _dumps(_entity_data(ent))))
            db.executemany("INSERT INTO forms VALUES (?, ?)", [(f, ent.name) for f in sorted({ent.name, *ent.aliases})])
            db.executemany("INSERT INTO lookups VALUES (?, ?)",
                           [(f, ent.name) for f in sorted(inference_lookups(ent.name, self.lex))])
        change.old.entities = {e.id: e for n, e in old_entities.items() if n not in kept}
        rel_okeys = self._relation_okeys(sub)
        new_rel_keys = set()
        for rel in sub.relations:
            if rel.head in touched or rel.tail in touched:
                key = (rel.head, rel.relation, rel.tail)
                new_rel_keys.add(key)
                if old_rel_rows.get(key) != _dumps(relation_record(rel)):
                    change.new.relations.append(rel)
                    if key in old_rel_rows:
                        change.old.relations.append(relation_from_record(json.loads(old_rel_rows[key])))
                db.execute("INSERT INTO relations VALUES (?, ?, ?, ?, ?)",
                           (rel.head, rel.relation, rel.tail, _dumps(rel_okeys[(rel.head, rel.relation, rel.tail)]),
                            _dumps(relation_record(rel))))
        change.old.relations += [relation_from_record(json.loads(d)) for k, d in old_rel_rows.items()
                                 if k not in new_rel_keys]
        seqs: dict[str, int] = defaultdict(int)
        new_inf: dict[str, list[Relation]] = defaultdict(list)
        for rel in sub.inferred_relations:
            if rel.head in heads:
                new_inf[rel.head].append(rel)
        for head in heads:
            if sorted(_dumps(relation_record(r)) for r in new_inf.get(head, [])) != sorted(old_inf_rows.get(head, [])):
                change.new.inferred_relations += new_inf.get(head, [])
                change.old.inferred_relations += [relation_from_record(json.loads(d)) for d in old_inf_rows.get(head, [])]
        for rel in sub.inferred_relations:
            if rel.head in heads:
                seqs[rel.head] += 1
                db.execute("INSERT INTO inferred VALUES (?, ?, ?)",
                           (rel.head, _dumps([*okeys[rel.head], seqs[rel.head]]), _dumps(relation_record(rel))))

    def _skeletons(self, names: set[str]) -> list[Article]:
        """Articles holding just the stored mentions of ``names`` and the relations touching them."""
        arts: dict[str, Article] = {}
        self._relpos: dict[str, list[int]] = {}
        mentions: dict[str, list[tuple[int, Mention, list[Any]]]] = defaultdict(list)
        rels: dict[str, dict[int, Relation]] = defaultdict(dict)
        for article_id, pos, data in self._in("SELECT article_id, pos, data FROM mentions WHERE name IN ({})", names):
            d = json.loads(data)
            mentions[article_id].append((pos, mention_from_record(d), d["sentence"]))
        for article_id, pos, data in self._in(
                "SELECT article_id, pos, data FROM arels WHERE head IN ({}) OR tail IN ({})", names):
            rels[article_id][pos] = relation_from_record(json.loads(data))
        ids = set(mentions) | set(rels)
        for article_id, source, idx in self._in("SELECT id, source, idx FROM articles WHERE id IN ({})", ids):
            arts[article_id] = Article(article_id, source, idx, "", "")
        for article_id, art in arts.items():
            found = sorted(mentions.get(article_id, []), key=lambda t: t[0])
            art.mentions = [m for _, m, _ in found]
            art.sentences = [Sentence(*s) for s in sorted({tuple(s) for _, _, s in found})]
            found_rels = sorted(rels.get(article_id, {}).items())
            art.relations = [r for _, r in found_rels]
            self._relpos[article_id] = [pos for pos, _ in found_rels]
        return sorted(arts.values(), key=lambda a: (a.source, a.index, a.id))

    def _merge(self, names: set[str]) -> KnowledgeGraph:
        self._last_skeletons = self._skeletons(names)
        return merge_articles(self._last_skeletons, self.lex)

    def _entity_okeys(self, kg: KnowledgeGraph) -> dict[str, list[Any]]:
        """Per entity name, the key merge_articles orders entities by: first mention, then name."""
        out: dict[str, list[Any]] = {}
        for art in self._last_skeletons:
            for m in art.mentions:
                key = [art.source, art.index, m.start, m.key]
                if m.key not in out or key < out[m.key]:
                    out[m.key] = key
        return out

    def _relation_okeys(self, kg: KnowledgeGraph) -> dict[tuple[str, str, str], list[Any]]:
        """Per merged relation, where it was first read (merge_articles keeps that order)."""
        out: dict[tuple[str, str, str], list[Any]] = {}
        for art in self._last_skeletons:
            for pos, r in zip(self._relpos[art.id], art.relations):
                out.setdefault((r.head, r.relation, r.tail), [art.source, art.index, pos])
        return out


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    vals = sorted(set(values))
    for i in range(0, len(vals), _CHUNK):
        yield vals[i : i + _CHUNK]
