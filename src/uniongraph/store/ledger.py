"""The store's ledger: extracted articles and the merged graph, row by row, in SQLite.

Why a ledger and not one big JSON file: adding ten documents to a store of thousands must
cost about ten documents. The ledger keeps

- every document (by content digest) and its articles, with their mentions and extracted
  relations as one row each, indexed by the canonical name (or relation) they concern;
- the merged graph without its long lists: per entity its
  :class:`~uniongraph.extraction.merge.NameGroup` without the mention list (types, aliases,
  first mention, count …), per merged relation its ends' types and where it was first read (the
  evidence stays in the article relations), per inferred relation the fact itself; plus the
  name forms each entity answers to and the forms it looks up when facts are inferred.

Adding documents combines each touched name's stored group with the group of the new
mentions, gives known relations the new evidence, and re-infers facts only for entities whose
name-lookups (``X工会`` -> ``X``, ``崂山区总工会`` -> ``青岛市总工会``, ``崂山区总工会`` -> ``崂山区``) can
see a name whose type, forms or first mention changed, and the worksFor facts inferred through a
unit's parent for people whose employers, or whose units' parent facts, changed. Nothing reads the stored mentions of a
name or the stored evidence of a relation, except where the new documents change what they
mean: a name whose type changes (its relations are re-merged from their article relations;
its mentions too if its IRI changes) or a name that becomes an entity. Removing documents
recomputes the groups of the names they touched from the mentions left. The result equals
merging every article at once, for articles in (source, index) order.

>>> led = Ledger(":memory:")
>>> led.document_count()
0
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GraphFileError
from ..extraction.inference import (
    UNIT_PARENT_RULE,
    employers_through_parents,
    facts_of,
    form_index,
    looked_up_forms,
    mention_sentence,
    staffs_parent,
)
from ..extraction.lexicon import Lexicons, load_lexicons
from ..extraction.merge import (Key, NameGroup, merged_evidence, merged_relation, NAME_ONLY_RELATIONS, read_from_names_only,
                                split_read_from_names)
from ..ids import article_document
from ..model import Article, Entity, EntityMention, Evidence, KnowledgeGraph, Relation, Resolution
from .records import (
    article_from_record,
    article_record,
    group_from_record,
    group_record,
    mention_from_record,
    mention_record,
    relation_from_record,
    relation_record,
)

if TYPE_CHECKING:
    from ..curation import Corrections

#: layout of the tables; a ledger of another layout is refused (rebuild the store)
SCHEMA_VERSION = "2"
#: the ``meta`` key of the corrections the store applies (JSON: source, path, text)
CORRECTIONS = "corrections"

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
    article_id TEXT NOT NULL, pos INTEGER NOT NULL, head TEXT NOT NULL, relation TEXT NOT NULL,
    tail TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS arels_key ON arels(head, relation, tail);
CREATE INDEX IF NOT EXISTS arels_tail ON arels(tail);
CREATE INDEX IF NOT EXISTS arels_article ON arels(article_id);
CREATE TABLE IF NOT EXISTS entities (
    name TEXT PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL, okey TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entities_id ON entities(id);
CREATE TABLE IF NOT EXISTS forms (form TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS forms_form ON forms(form);
CREATE INDEX IF NOT EXISTS forms_name ON forms(name);
CREATE TABLE IF NOT EXISTS lookups (form TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lookups_form ON lookups(form);
CREATE INDEX IF NOT EXISTS lookups_name ON lookups(name);
CREATE TABLE IF NOT EXISTS relations (
    head TEXT NOT NULL, relation TEXT NOT NULL, tail TEXT NOT NULL, okey TEXT NOT NULL,
    head_type TEXT NOT NULL, tail_type TEXT NOT NULL, PRIMARY KEY (head, relation, tail));
CREATE INDEX IF NOT EXISTS relations_tail ON relations(tail);
CREATE TABLE IF NOT EXISTS inferred (head TEXT NOT NULL, okey TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS inferred_head ON inferred(head);
"""

_SQLITE_HEADER = b"SQLite format 3\x00"

_CHUNK = 500  # SQLite caps the number of parameters of one statement

RelKey = tuple[str, str, str]  # (head, relation, tail) canonical names
#: a merged relation row to write: key, where it was first read (``None``: delete), end types
_RelationWrite = tuple[RelKey, list[Any] | None, str, str]


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
    """What one update did, for the RDF side: the affected part of the graph before and after.

    To keep an update's cost off the stored lists, an entity in ``old``/``new`` whose id is in
    ``old_counts``/``new_counts`` carries only the mentions of the removed/added articles (its
    real mention count is the one given); a relation in ``new`` that was already held carries
    only its new evidence. Other entities and relations are complete.
    """

    old: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    new: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    old_counts: dict[str, int] = field(default_factory=dict)   # entity id -> mention count
    new_counts: dict[str, int] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)      # document digests
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)    # already held (added) / not held (removed)
    names: int = 0                                      # canonical names whose entity or facts were redone
    recorrected: list[str] = field(default_factory=list)  # held documents extracted again for new corrections
    #: what each correction did to the documents added or recorrected (:mod:`uniongraph.curation`)
    curation: Counter = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.recorrected)


def _runs(items: Iterable[tuple[Key, list[Evidence]]]) -> list[list[Evidence]]:
    """The evidence lists of article relations in build order."""
    return [evs for _, evs in sorted(items, key=lambda p: p[0])]


def _okey(g: NameGroup) -> list[Any]:
    """The key the merge orders entities by: first mention, then name."""
    assert g.first is not None
    return [*g.first, g.name]


@dataclass
class _Batch:
    """What one update brings and takes away, read once: per name the new mentions (and their
    group) and the removed ones, per relation key the new and the removed article relations."""

    gone: set[str]                                      # removed article ids
    gone_mentions: dict[str, list[tuple[Key, EntityMention]]] = field(default_factory=lambda: defaultdict(list))
    gone_relations: set[RelKey] = field(default_factory=set)
    groups: dict[str, NameGroup] = field(default_factory=dict)
    new_mentions: dict[str, list[tuple[Key, EntityMention]]] = field(default_factory=lambda: defaultdict(list))
    new_relations: dict[RelKey, list[tuple[Key, list[Evidence]]]] = field(default_factory=lambda: defaultdict(list))
    mention_rows: list[tuple[str, str, int, str]] = field(default_factory=list)
    arel_rows: list[tuple[str, int, str, str, str, str]] = field(default_factory=list)

    @property
    def touched(self) -> set[str]:
        return set(self.groups) | set(self.gone_mentions)


def file_damage(path: str | Path) -> str | None:
    """What is wrong with the SQLite file at ``path``, told from its header alone (so it costs
    nothing on a big ledger), or ``None`` if it looks whole: not SQLite, or shorter than the
    pages its header counts (truncated). A file SQLite is rolling back (a hot journal beside
    it) is left to SQLite.

    >>> file_damage("/nonexistent/ledger.sqlite") is None
    True
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if size == 0:
            return None  # SQLite's empty database; the store compares it with its marker
        journal = p.with_name(p.name + "-journal")
        if journal.exists() and journal.stat().st_size > 0:
            return None
        with p.open("rb") as fh:
            head = fh.read(100)
    except OSError:
        return None  # missing or unreadable: opening it says so
    if len(head) < 100 or not head.startswith(_SQLITE_HEADER):
        return "is not an SQLite database (overwritten or cut short)"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] == head[92:96] and pages and size < pages * page_size:  # the page count is valid
        return f"is truncated ({size:,} of {pages * page_size:,} bytes)"
    return None


def is_corruption(exc: sqlite3.Error) -> bool:
    """Whether an SQLite error says the file is damaged (not locked, read-only or full)."""
    name = getattr(exc, "sqlite_errorname", None)
    if name is not None:
        return name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or name.startswith("SQLITE_CORRUPT_")
    return type(exc) is sqlite3.DatabaseError


class Ledger:
    """A SQLite ledger at ``path`` (``":memory:"`` for a throw-away one).

    ``mention_rows_read`` counts, per name, the stored mention rows updates have read (an add
    reads none of a name whose type and IRI stay); ``arel_rows_read`` the stored article
    relations read.
    """

    def __init__(self, path: str | Path, *, uri: bool = False) -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, uri=uri)
        try:
            found = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.OperationalError:  # no meta table yet: a new ledger
            found = None
        if found is not None and found[0] != SCHEMA_VERSION:
            self.db.close()
            raise GraphFileError(f"{self.path}: ledger of layout {found[0]}, this version reads layout "
                                 f"{SCHEMA_VERSION}; rebuild the store with uniongraph build INPUTS --store DIR")
        if not uri:  # a read-only URI opens an existing ledger as it is
            self.db.executescript(_SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            self.db.commit()
        self._lex: Lexicons | None = None
        self._fix: tuple[str, Corrections | None] | None = None
        self.mention_rows_read: Counter[str] = Counter()
        self.arel_rows_read = 0

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

    # ------------------------------------------------------------ corrections

    def corrections(self) -> Corrections | None:
        """The corrections this store applies (:mod:`uniongraph.curation`), or ``None``."""
        raw = self.meta(CORRECTIONS)
        if not raw:
            return None
        if self._fix is None or self._fix[0] != raw:
            from ..curation import parse_corrections

            try:
                d = json.loads(raw)
                fix = parse_corrections(d["text"], d["source"], path=d.get("path"))
            except (ValueError, KeyError, TypeError):
                raise GraphFileError(f"{self.path}: the corrections it remembers cannot be read; rebuild "
                                     "the store with uniongraph build INPUTS --store DIR") from None
            fix.errors = []  # said when the store took them
            self._fix = (raw, fix)
        return self._fix[1]

    @staticmethod
    def corrections_meta(fix: Corrections | None) -> str:
        """The ``meta`` value that remembers ``fix`` (empty: none)."""
        if fix is None:
            return ""
        return _dumps({"source": fix.source, "path": fix.path, "text": fix.text})

    def documents_to_recorrect(self, names: set[str]) -> list[DocumentInfo]:
        """The documents other corrections may change: those naming any of ``names`` (in a mention
        or an extracted relation) and those corrections changed before; in the order added."""
        digests: set[str] = set()
        for (d,) in self._in("SELECT DISTINCT a.digest FROM mentions m JOIN articles a ON a.id = m.article_id "
                             "WHERE m.name IN ({})", names):
            digests.add(d)
        for (d,) in self._in("SELECT DISTINCT a.digest FROM arels x JOIN articles a ON a.id = x.article_id "
                             "WHERE x.head IN ({}) OR x.tail IN ({})", names):
            digests.add(d)
        # article records are compact JSON: the key appears as "curation": only where it is one
        # (a quote in an article's text is escaped), and no JSON1 extension is needed
        digests.update(r[0] for r in self.db.execute(
            """SELECT DISTINCT digest FROM articles WHERE instr(data, '"curation":') > 0"""))
        return [d for d in self.documents() if d.digest in digests]

    def stored_articles(self, digest: str) -> list[Article]:
        """The articles of one held document as read (no mentions or relations), in order."""
        return [article_from_record(json.loads(data)) for (data,) in self.db.execute(
            "SELECT data FROM articles WHERE digest = ? ORDER BY idx, id", (digest,))]

    def replace(self, docs: list[tuple[str, str, str | None, list[Article]]], *,
                meta: dict[str, str] | None = None) -> Change:
        """Put newly extracted articles in place of those of held documents ``(digest, path,
        region, articles)`` (documents not held are skipped), in one transaction that also
        writes ``meta``; the change, as a removal and an add would give it."""
        change = Change()
        with self.db:
            new_articles: list[Article] = []
            for digest, _path, _region, articles in docs:
                if not self.has_document(digest):
                    change.skipped.append(digest)
                    continue
                for (data,) in self.db.execute("SELECT data FROM articles WHERE digest = ?", (digest,)):
                    change.old.articles.append(article_from_record(json.loads(data)))
                self.db.execute("UPDATE documents SET articles = ? WHERE digest = ?", (len(articles), digest))
                change.recorrected.append(digest)
                new_articles.extend(articles)
            if change.recorrected:
                self._apply(new_articles, change)
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted((meta or {}).items()))
        return change

    # ------------------------------------------------------------ reading

    def document_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def documents(self) -> list[DocumentInfo]:
        """Documents in the order they were added."""
        rows = self.db.execute("SELECT digest, path, region, articles FROM documents ORDER BY seq")
        return [DocumentInfo(*r) for r in rows]

    def totals(self) -> tuple[int, int]:
        """(documents, articles) held."""
        row = self.db.execute("SELECT COUNT(*), COALESCE(SUM(articles), 0) FROM documents").fetchone()
        return int(row[0]), int(row[1])

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
        db = self.db
        kg = KnowledgeGraph()
        for (data,) in db.execute("SELECT data FROM articles ORDER BY source, idx, id"):
            kg.articles.append(article_from_record(json.loads(data)))
        mentions: dict[str, list[EntityMention]] = defaultdict(list)
        resolutions: dict[str, dict[tuple[str, str, str], None]] = defaultdict(dict)
        for name, aid, data in db.execute(
                "SELECT m.name, m.article_id, m.data FROM mentions m JOIN articles a ON a.id = m.article_id "
                "ORDER BY a.source, a.idx, a.id, m.pos"):
            d = json.loads(data)
            mentions[name].append(EntityMention(aid, d["start"], d["end"], d["text"]))
            if d.get("resolution"):
                resolutions[name].setdefault((d["name"], d["resolution"], aid))
        ents = sorted(((json.loads(ok), name, data) for name, ok, data in db.execute(
            "SELECT name, okey, data FROM entities")), key=lambda p: p[0])
        for _, name, data in ents:
            ent = group_from_record(json.loads(data)).entity(mentions[name], [Resolution(*r) for r in resolutions[name]])
            kg.entities[ent.id] = ent
        held = {(h, r, t): (json.loads(ok), ht, tt) for h, r, t, ok, ht, tt in db.execute(
            "SELECT head, relation, tail, okey, head_type, tail_type FROM relations")}
        evidence: dict[RelKey, list[tuple[Key, list[Evidence]]]] = defaultdict(list)
        for h, r, t, aid, pos, source, idx, data in db.execute(
                "SELECT x.head, x.relation, x.tail, x.article_id, x.pos, a.source, a.idx, x.data "
                "FROM arels x JOIN articles a ON a.id = x.article_id"):
            if (h, r, t) in held:
                evidence[(h, r, t)].append(((source, idx, aid, pos), _evidence_of(data)))
        kg.relations, named = split_read_from_names(
            _flagged(Relation(k[0], ht, k[1], k[2], tt, merged_evidence(_runs(evidence[k]))))
            for k, (_, ht, tt) in sorted(held.items(), key=lambda p: p[1][0]))
        inf = sorted(((json.loads(ok), data) for ok, data in db.execute("SELECT okey, data FROM inferred")),
                     key=lambda p: p[0])
        kg.inferred_relations = [*(relation_from_record(json.loads(d)) for _, d in inf), *named]
        from ..curation import annotate

        return annotate(kg, self.corrections())

    # ------------------------------------------------------------ updating

    def update(self, added: list[tuple[str, str, str | None, list[Article]]], removed: Iterable[str] = (),
               *, meta: dict[str, str] | None = None) -> Change:
        """Add documents ``(digest, path, region, extracted articles)`` and remove documents by digest.

        A document already held is skipped (adding twice changes nothing), as is removing one
        that is not held. Everything happens in one SQLite transaction, which also writes the
        ``meta`` rows given when something changed.
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
            for digest in dict.fromkeys(removed):
                if not self.has_document(digest):
                    change.skipped.append(digest)
                    continue
                change.removed.append(digest)
                for (data,) in self.db.execute("SELECT data FROM articles WHERE digest = ?", (digest,)):
                    change.old.articles.append(article_from_record(json.loads(data)))
                self.db.execute("DELETE FROM documents WHERE digest = ?", (digest,))
            if change.changed:
                self._apply(new_articles, change)
                self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted((meta or {}).items()))
        return change

    def _apply(self, new_articles: list[Article], change: Change) -> None:
        change.new.articles = sorted(new_articles, key=lambda a: (a.source, a.index, a.id))
        batch = self._read(change.new.articles, change.old.articles)
        old, new = self._settle(batch)
        self._entity_changes(batch, old, new, change)
        relation_writes = self._relation_changes(batch, old, new, change)
        for part in (change.old, change.new):  # (a fact read from a name only is an inferred statement)
            part.relations, named = split_read_from_names(part.relations)
            part.inferred_relations += named
        self._write(batch, old, new, relation_writes, change.new.articles)
        # the facts the update wrote, gave new evidence or took evidence from
        facts = {w[0] for w in relation_writes} | set(batch.new_relations) | batch.gone_relations
        heads = self._reinfer(old, new, facts, change)
        change.names = len(batch.touched | heads)

    def _read(self, new_articles: list[Article], old_articles: list[Article]) -> _Batch:
        """The mentions and article relations the removed articles held and the new ones hold."""
        batch = _Batch({a.id for a in old_articles})
        where = {a.id: (a.source, a.index) for a in old_articles}
        for name, aid, pos, data in self._in(
                "SELECT name, article_id, pos, data FROM mentions WHERE article_id IN ({})", batch.gone):
            d = json.loads(data)
            batch.gone_mentions[name].append(((*where[aid], aid, pos), EntityMention(aid, d["start"], d["end"], d["text"])))
        batch.gone_relations = {(h, r, t) for h, r, t in self._in(
            "SELECT head, relation, tail FROM arels WHERE article_id IN ({})", batch.gone)}
        for art in new_articles:
            place = (art.source, art.index, art.id)
            for pos, m in enumerate(art.mentions):
                if m.modifier:  # a place used as a modifier names no entity (as in merge.Merger.add)
                    continue
                key = (*place, pos)
                sentence = mention_sentence(art, m.start, m.end)
                group = batch.groups.get(m.key)
                if group is None:
                    group = batch.groups[m.key] = NameGroup(m.key)
                group.add(key, place, m, sentence)
                batch.new_mentions[m.key].append((key, EntityMention(art.id, m.start, m.end, m.text)))
                batch.mention_rows.append((m.key, art.id, pos, _dumps({**mention_record(m), "sentence": sentence})))
            for pos, r in enumerate(art.relations):
                batch.new_relations[(r.head, r.relation, r.tail)].append(((*place, pos), r.evidence))
                batch.arel_rows.append((art.id, pos, r.head, r.relation, r.tail, _dumps(relation_record(r))))
        return batch

    def _settle(self, batch: _Batch) -> tuple[dict[str, NameGroup], dict[str, NameGroup]]:
        """Each touched name's group before and after the update (names with no mention left drop out)."""
        old: dict[str, NameGroup] = {}
        new: dict[str, NameGroup] = {}
        for name, data in self._in("SELECT name, data FROM entities WHERE name IN ({})", batch.touched):
            old[name] = group_from_record(json.loads(data))
            if name not in batch.gone_mentions:
                new[name] = group_from_record(json.loads(data))
        for name in batch.gone_mentions:  # a removal: what the mentions left say, from scratch
            left = self._group_of_stored(name, batch.gone)
            if left.count:
                new[name] = left
        for name, group in batch.groups.items():
            new[name] = new[name].combine(group) if name in new else group
        return old, new

    def _entity_changes(self, batch: _Batch, old: dict[str, NameGroup], new: dict[str, NameGroup],
                        change: Change) -> None:
        """The touched entities, before and after, with only the mentions that came or went
        (every mention where the IRI moves)."""
        for name in sorted(batch.touched):
            o, n = old.get(name), new.get(name)
            if o is not None and n is not None and o.id != n.id:
                stored = self._stored_mentions(name)
                change.old.entities[o.id] = o.entity([em for _, em in stored])
                kept = [p for p in stored if p[0][2] not in batch.gone] + batch.new_mentions.get(name, [])
                change.new.entities[n.id] = n.entity([em for _, em in sorted(kept, key=lambda p: p[0])])
                continue
            if o is not None:
                gone = sorted(batch.gone_mentions.get(name, []), key=lambda p: p[0])
                change.old.entities[o.id] = o.entity([em for _, em in gone])
                change.old_counts[o.id] = o.count
            if n is not None:
                change.new.entities[n.id] = n.entity([em for _, em in batch.new_mentions.get(name, [])])
                change.new_counts[n.id] = n.count

    def _relation_changes(self, batch: _Batch, old: dict[str, NameGroup], new: dict[str, NameGroup],
                          change: Change) -> list[_RelationWrite]:
        """Merged relations re-merged from their article relations where an end appears, goes or
        changes type, or evidence went; elsewhere the new evidence added to what is held."""
        retyped = {n for n in set(old) & set(new) if old[n].type() != new[n].type()}
        ends_changed = (set(old) ^ set(new)) | retyped
        remerged = set(batch.gone_relations)
        remerged.update((h, r, t) for h, r, t in self._in(
            "SELECT head, relation, tail FROM arels WHERE head IN ({}) OR tail IN ({})", ends_changed))
        remerged.update(k for k in batch.new_relations if k[0] in ends_changed or k[2] in ends_changed)
        # (a fact of the kind read from names only may change between stated and inferred with new evidence:
        # merged again whole, so that the change carries the statement it leaves and the one it becomes)
        remerged.update(k for k in batch.new_relations if k[1] in NAME_ONLY_RELATIONS)
        types = self._end_types({k[0] for k in (*remerged, *batch.new_relations)}
                                | {k[2] for k in (*remerged, *batch.new_relations)}, batch.touched, new)
        writes = [self._remerge(key, batch, types, change) for key in sorted(remerged)]
        writes += [self._extend(key, batch, types, change) for key in sorted(batch.new_relations.keys() - remerged)]
        return [w for w in writes if w is not None]

    def _end_types(self, ends: set[str], touched: set[str], new: dict[str, NameGroup]) -> dict[str, str | None]:
        """The settled type of each name in ``ends`` (``None``: no entity)."""
        types: dict[str, str | None] = {n: (new[n].type() if n in new else None) for n in touched}
        for name, type_ in self._in("SELECT name, type FROM entities WHERE name IN ({})", ends - touched):
            types[name] = type_
        return types

    def _remerge(self, key: RelKey, batch: _Batch, types: dict[str, str | None],
                 change: Change) -> _RelationWrite | None:
        """Merge one relation again from all its article relations left and new."""
        row = self._held_relation(key)
        stored = self._stored_evidence(key)
        before = _flagged(Relation(key[0], row[1], key[1], key[2], row[2], merged_evidence(_runs(stored)))) if row else None
        items = [p for p in stored if p[0][2] not in batch.gone] + batch.new_relations.get(key, [])
        ht, tt = types.get(key[0]), types.get(key[2])
        after = merged_relation(key[0], ht, key[1], key[2], tt, _runs(items)) if items and ht and tt else None
        first = list(min(p[0] for p in items)) if after is not None else None
        if before is not None and after is not None and relation_record(before) == relation_record(after):
            if row is not None and json.loads(row[0]) == first:
                return None  # unchanged
        else:
            if before is not None:
                change.old.relations.append(before)
            if after is not None:
                change.new.relations.append(after)
        return key, first, ht or "", tt or ""

    def _extend(self, key: RelKey, batch: _Batch, types: dict[str, str | None],
                change: Change) -> _RelationWrite | None:
        """Add the new article relations of one relation whose ends keep their types."""
        items = batch.new_relations[key]
        first = list(min(p[0] for p in items))
        row = self._held_relation(key)
        if row is not None:  # held: it stays; the change carries the new evidence only
            change.new.relations.append(Relation(key[0], row[1], key[1], key[2], row[2], merged_evidence(_runs(items))))
            return (key, first, row[1], row[2]) if first < json.loads(row[0]) else None
        ht, tt = types.get(key[0]), types.get(key[2])
        rel = merged_relation(key[0], ht, key[1], key[2], tt, _runs(items)) if ht and tt else None
        if rel is None:
            return None  # an end is no entity, or the types do not fit: the merge drops it
        change.new.relations.append(rel)
        return key, first, ht, tt

    def _write(self, batch: _Batch, old: dict[str, NameGroup], new: dict[str, NameGroup],
               relation_writes: list[_RelationWrite], new_articles: list[Article]) -> None:
        db = self.db
        for table, col in (("mentions", "article_id"), ("arels", "article_id"), ("articles", "id")):
            for vals in _chunks(batch.gone):
                db.execute(f"DELETE FROM {table} WHERE {col} IN ({','.join('?' * len(vals))})", vals)
        for art in new_articles:
            db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)",
                       (art.id, article_document(art.id), art.source, art.index,
                        _dumps(article_record(art, working_state=False))))
        db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)", batch.mention_rows)
        db.executemany("INSERT INTO arels VALUES (?, ?, ?, ?, ?, ?)", batch.arel_rows)
        for name in batch.touched:
            o, n = old.get(name), new.get(name)
            if n is None:
                db.execute("DELETE FROM entities WHERE name = ?", (name,))
            else:
                db.execute("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?)",
                           (name, n.id, n.type(), _dumps(_okey(n)), _dumps(group_record(n))))
            if o is None or n is None or o.aliases != n.aliases:
                db.execute("DELETE FROM forms WHERE name = ?", (name,))
                if n is not None:
                    db.executemany("INSERT INTO forms VALUES (?, ?)", [(f, name) for f in sorted({name, *n.aliases})])
            if o is None or n is None:
                db.execute("DELETE FROM lookups WHERE name = ?", (name,))
                if n is not None:
                    db.executemany("INSERT INTO lookups VALUES (?, ?)",
                                   [(f, name) for f in sorted(looked_up_forms(name, self.lex))])
        for key, okey, ht, tt in relation_writes:
            db.execute("DELETE FROM relations WHERE head = ? AND relation = ? AND tail = ?", key)
            if okey is not None:
                db.execute("INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?)", (*key, _dumps(okey), ht, tt))

    def _reinfer(self, old: dict[str, NameGroup], new: dict[str, NameGroup],
                 facts: set[RelKey], change: Change) -> set[str]:
        """Redo the inferred facts that can see a changed name, or a changed employer or unit's
        parent fact (``facts``: the stated facts the update touched); the heads redone."""
        named = self._heads_to_reinfer(old, new)
        live = {h for h in named if h in new or (h not in old and self._has_entity(h))}
        looked = {form for h in live for form in looked_up_forms(h, self.lex)}
        names = live | {r[0] for r in self._in("SELECT name FROM forms WHERE form IN ({})", looked)}
        groups = {n: new[n] for n in names if n in new}
        for name, data in self._in("SELECT name, data FROM entities WHERE name IN ({})", names - set(groups)):
            groups[name] = group_from_record(json.loads(data))
        # these entities in graph order, as the merge infers from them
        entities: dict[str, Entity] = {}
        for g in sorted(groups.values(), key=lambda g: (g.first, g.name)):
            ent = g.entity(())
            entities[ent.id] = ent
        find = form_index(entities.values()).get
        new_inf = {ent.name: facts_of(ent, find, self.lex, lambda e, rule: groups[e.name].evidence(rule))
                   for ent in entities.values() if ent.name in live}
        old_rows: dict[str, list[str]] = defaultdict(list)
        for h, d in self._in("SELECT head, data FROM inferred WHERE head IN ({})", named):
            old_rows[h].append(d)
        # then the facts through a unit's parent: for people whose employers or units' parents changed
        employers = self._employers_to_reinfer(facts) - named
        for h, _, d in sorted(self._in("SELECT head, okey, data FROM inferred WHERE head IN ({})", employers),
                              key=lambda row: json.loads(row[1])):
            old_rows[h].append(d)
        for name, data in self._in("SELECT name, data FROM entities WHERE name IN ({})", employers):
            groups[name] = group_from_record(json.loads(data))
            live.add(name)  # its facts by name stay, in their order; those through a unit's parent are redone
            new_inf[name] = [r for d in old_rows.get(name, [])
                             if (r := relation_from_record(json.loads(d))).evidence[0].rule != UNIT_PARENT_RULE]
        heads = named | employers
        parents = self._parents_of()
        for head, works in self._held(live, "worksFor").items():
            # the evidence of a unit's fact only where the unit has parents to infer from
            works = [self._with_evidence(w) if staffs_parent(w.tail, w.tail_type, self.lex) and parents(w.tail) else w
                     for w in works]
            new_inf[head] = [*new_inf.get(head, []), *employers_through_parents(head, works, parents, self.lex)]
        for vals in _chunks(heads):
            self.db.execute(f"DELETE FROM inferred WHERE head IN ({','.join('?' * len(vals))})", vals)
        for head in sorted(heads):
            rels = new_inf.get(head, [])
            if sorted(_dumps(relation_record(r)) for r in rels) != sorted(old_rows.get(head, [])):
                change.new.inferred_relations += rels
                change.old.inferred_relations += [relation_from_record(json.loads(d)) for d in old_rows.get(head, [])]
            self.db.executemany("INSERT INTO inferred VALUES (?, ?, ?)",
                                [(head, _dumps([*_okey(groups[head]), seq]), _dumps(relation_record(rel)))
                                 for seq, rel in enumerate(rels, 1)])
        return heads

    def _employers_to_reinfer(self, facts: set[RelKey]) -> set[str]:
        """People whose worksFor facts inferred through a unit's parent may change: those whose
        stated worksFor facts are among ``facts``, and those working for a unit whose stated
        subOrganizationOf facts are, or a unit under one of those (the rule walks up a chain of
        parents written in one name: 某支行 → 某分行 → 某银行)."""
        people = {key[0] for key in facts if key[1] == "worksFor"}
        units = {key[0] for key in facts if key[1] == "subOrganizationOf"}
        below = set(units)
        while below:
            below = {h for (h,) in self._in("SELECT head FROM relations WHERE relation = 'subOrganizationOf' "
                                            "AND tail IN ({})", below)} - units
            units |= below
        people.update(h for (h,) in self._in("SELECT head FROM relations WHERE relation = 'worksFor' "
                                             "AND tail IN ({})", units))
        return people

    def _held(self, heads: set[str], relation: str) -> dict[str, list[Relation]]:
        """The held ``relation`` facts of each of ``heads``, without their evidence."""
        out: dict[str, list[Relation]] = defaultdict(list)
        for h, t, ht, tt in self._in("SELECT head, tail, head_type, tail_type FROM relations "
                                     f"WHERE relation = '{relation}' AND head IN ({{}})", heads):
            out[h].append(Relation(h, ht, relation, t, tt))
        return out

    def _with_evidence(self, rel: Relation) -> Relation:
        """A held fact with its merged evidence, read from its article relations."""
        return replace(rel, evidence=merged_evidence(_runs(self._stored_evidence((rel.head, rel.relation, rel.tail)))))

    def _parents_of(self) -> Callable[[str], list[Relation]]:
        """A unit's stated subOrganizationOf facts with their evidence, each unit read once."""
        memo: dict[str, list[Relation]] = {}

        def parents(unit: str) -> list[Relation]:
            if unit not in memo:
                memo[unit] = [self._with_evidence(r) for r in self._held({unit}, "subOrganizationOf").get(unit, [])]
            return memo[unit]
        return parents

    def _heads_to_reinfer(self, old: dict[str, NameGroup], new: dict[str, NameGroup]) -> set[str]:
        """Names whose inferred facts may change: those whose type, entity order, forms or first
        mention changed, and those that look up a form whose entity may now be another."""
        changed_forms: set[str] = set()
        heads: set[str] = set()
        for name in set(old) | set(new):
            o, n = old.get(name), new.get(name)
            if o is None or n is None or o.type() != n.type() or o.first != n.first:
                heads.add(name)
                changed_forms |= {name, *(o.aliases if o else ()), *(n.aliases if n else ())}
            elif o.aliases != n.aliases:
                heads.add(name)
                changed_forms |= o.aliases ^ n.aliases
            elif o.head != n.head:
                heads.add(name)  # its facts' evidence is its first mention
        heads.update(r[0] for r in self._in("SELECT name FROM lookups WHERE form IN ({})", changed_forms))
        return heads

    def _has_entity(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM entities WHERE name = ?", (name,)).fetchone() is not None

    def _stored_mentions(self, name: str) -> list[tuple[Key, EntityMention]]:
        """Every stored mention of ``name``, in build order (read only where an update must)."""
        out = []
        for aid, pos, data, source, idx in self.db.execute(
                "SELECT m.article_id, m.pos, m.data, a.source, a.idx FROM mentions m JOIN articles a "
                "ON a.id = m.article_id WHERE m.name = ?", (name,)):
            d = json.loads(data)
            out.append(((source, idx, aid, pos), EntityMention(aid, d["start"], d["end"], d["text"])))
        self.mention_rows_read[name] += len(out)
        out.sort(key=lambda p: p[0])
        return out

    def _group_of_stored(self, name: str, gone: set[str]) -> NameGroup:
        """The group of the stored mentions of ``name`` outside the articles ``gone``."""
        group = NameGroup(name)
        for aid, pos, data, source, idx in self.db.execute(
                "SELECT m.article_id, m.pos, m.data, a.source, a.idx FROM mentions m JOIN articles a "
                "ON a.id = m.article_id WHERE m.name = ?", (name,)):
            self.mention_rows_read[name] += 1
            if aid in gone:
                continue
            d = json.loads(data)
            group.add((source, idx, aid, pos), (source, idx, aid), mention_from_record(d), tuple(d["sentence"]))
        return group

    def _held_relation(self, key: RelKey) -> tuple[str, str, str] | None:
        """The merged relation row of ``key``: (okey as JSON, head type, tail type), or ``None``."""
        return self.db.execute("SELECT okey, head_type, tail_type FROM relations WHERE head = ? AND relation = ? "
                               "AND tail = ?", key).fetchone()

    def _stored_evidence(self, key: RelKey) -> list[tuple[Key, list[Evidence]]]:
        """The article relations of one merged relation, with where each was read."""
        out = []
        for aid, pos, data, source, idx in self.db.execute(
                "SELECT x.article_id, x.pos, x.data, a.source, a.idx FROM arels x JOIN articles a "
                "ON a.id = x.article_id WHERE x.head = ? AND x.relation = ? AND x.tail = ?", key):
            out.append(((source, idx, aid, pos), _evidence_of(data)))
        self.arel_rows_read += len(out)
        return out


def _evidence_of(data: str) -> list[Evidence]:
    return [Evidence(*e) for e in json.loads(data)["evidence"]]


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    vals = sorted(set(values))
    for i in range(0, len(vals), _CHUNK):
        yield vals[i : i + _CHUNK]


def _flagged(rel: Relation) -> Relation:
    """``rel`` flagged ``inferred`` when only a name gave it, as the merge flags it (:func:`merged_relation`)."""
    return replace(rel, inferred=True) if read_from_names_only(rel.evidence) else rel
