"""Applying corrections: to each extracted article before it is merged, then to the entities.

Corrections change what each article says, never the merge: a mention of a rejected name is
dropped, a merged name's mentions take the name kept (the name read stays as an alias), a split
name's mentions in the chosen articles take the new name, a retyped name's mentions the new
type; relations follow their ends, and one whose ends no longer fit its signature (a worksFor
whose tail became a Place), or that a merge turned into a relation of a name with itself, is
dropped. So a build of every article at once and a store grown document by document, which merge
the same corrected articles, give the same graph, and corrections apply to the documents added
later as to the first ones. Then :func:`annotate` gives every entity a correction shaped its
provenance (``curatedBy`` ``corrections.toml:12``, ``curationReason``) and the aliases merges
and aliases add.

For one name in one article the steps are: split (the new name if a split picks the article),
then merges and aliases (followed to the end), then reject, then retype (of the final name).

>>> from uniongraph.extraction.pipeline import extract_text
>>> from uniongraph.curation import parse_corrections
>>> art = extract_text("北京市总工会主席王建华出席会议。")
>>> fix = parse_corrections('[[reject]]\\nname = "王建华"\\n')
>>> correct_article(art, fix)
True
>>> sorted({m.key for m in art.mentions})
['北京市总工会']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..extraction.merge import fits_signature
from ..model import Article, Byline, Document, KnowledgeGraph, Relation
from .corrections import Correction, Corrections, split_matches

#: the resolution a corrected mention records (``Entity.resolutions``, graph.json)
RESOLUTION = "curated"

#: what each correction did: ``(rule, what)`` -> count; ``what`` is ``mentions``, ``relations``,
#: ``bylines``, ``self`` (a relation a merge closed on itself), ``dropped:<relation>``, or
#: ``entity:<name>``: the mentions of an entity the rule shapes, which :func:`annotate` gives its
#: provenance and aliases
Counts = Counter


class _Names:
    """What the corrections make of each name of one article."""

    def __init__(self, art: Article, fix: Corrections, raw: set[str]) -> None:
        self.art = art
        self.fix = fix
        self.raw = raw
        self.record = art.metadata.get("id")
        self._memo: dict[str, tuple[str | None, str | None, tuple[Correction, ...], tuple[Correction, ...]]] = {}

    def resolve(self, name: str) -> tuple[str | None, str | None, tuple[Correction, ...], tuple[Correction, ...]]:
        """``(final name or None if rejected, new type or None, rules that renamed or rejected it,
        rules that retyped it)``."""
        got = self._memo.get(name)
        if got is None:
            got = self._memo[name] = self._resolve(name)
        return got

    def _resolve(self, name: str) -> tuple[str | None, str | None, tuple[Correction, ...], tuple[Correction, ...]]:
        fix = self.fix
        used: list[Correction] = []
        splits = fix.splits.get(name)
        if splits:
            picked = []
            for rule in splits:
                rank = split_matches(rule, self.art.id, None if self.record is None else str(self.record),
                                     self.art.source, self.raw)
                if rank is not None:
                    picked.append((rank, rule.into, rule.line, rule))
            if picked:
                rule = min(picked, key=lambda p: p[:3])[3]
                used.append(rule)
                name = rule.into
        seen = {name}
        while name in fix.renamed:
            target, rule = fix.renamed[name]
            if target in seen:
                break  # a circle (the checks leave none): stop where it closes
            used.append(rule)
            seen.add(target)
            name = target
        rejected = fix.rejected.get(name)
        if rejected is not None:
            return None, None, (*used, rejected), ()
        retyped = fix.retyped.get(name)
        return name, (retyped.type if retyped else None), tuple(used), ((retyped,) if retyped else ())


def correct_article(art: Article, fix: Corrections | None, counts: Counter | None = None) -> bool:
    """Apply ``fix`` to one extracted article, in place; whether anything changed. ``counts``
    adds up what each correction did (see :data:`Counts`)."""
    if not fix:
        return False
    counts = Counter() if counts is None else counts
    raw = {m.key for m in art.mentions}
    names = _Names(art, fix, raw)
    changed = False
    mentions = []
    for m in art.mentions:
        key = m.key
        final, type_, used, typed = names.resolve(key)
        if final is None:
            _count(counts, used[-1:], "mentions")
            changed = True
            continue
        moved = final != key
        if moved:
            m.canonical = final if final != m.name else None
            if m.resolution != "anaphora":  # an anaphor keeps its reason (it votes on no type)
                m.resolution = RESOLUTION
            _count(counts, used, "mentions")
        if type_ is not None and m.type != type_:
            m.type = type_
            m.venue = False  # a venue flag would make it a Place again
            _count(counts, typed, "mentions")
            moved = True
        changed |= moved
        mentions.append(m)
        for rule in fix.shaping.get(final, ()):
            counts[(rule, f"entity:{final}")] += 1
    art.mentions = mentions
    relations = []
    for r in art.relations:
        kept = _relation(r, names, counts)
        changed |= kept is not r
        if kept is not None:
            relations.append(kept)
    art.relations = relations
    bylines = []
    for b in art.bylines:
        final, type_, used, typed = names.resolve(b.name)
        if final is None or (type_ is not None and type_ != "Person"):
            _count(counts, used[-1:] if final is None else typed,
                   "bylines" if final is None else "dropped:reportedBy")
            continue
        bylines.append(b if final == b.name else Byline(b.role, final, b.start, b.end))
    if bylines != art.bylines:
        if art.curation is None or "bylines" not in art.curation:
            art.curation = {**(art.curation or {}), "bylines": [[b.role, b.name, b.start, b.end] for b in art.bylines]}
        art.bylines = bylines
        changed = True
    if changed and art.curation is None:
        art.curation = {}
    return changed


def _relation(r: Relation, names: _Names, counts: Counter) -> Relation | None:
    """``r`` as the corrections leave it: itself, a new relation, or ``None`` (dropped)."""
    head, htype, hused, htyped = names.resolve(r.head)
    tail, ttype, tused, ttyped = names.resolve(r.tail)
    if head is None or tail is None:
        _count(counts, (hused if head is None else tused)[-1:], "relations")
        return None
    if head == r.head and tail == r.tail and htype in (None, r.head_type) and ttype in (None, r.tail_type):
        return r
    new = replace(r, head=head, tail=tail, head_type=htype or r.head_type, tail_type=ttype or r.tail_type)
    if head == tail and (head != r.head or tail != r.tail):
        _count(counts, (*hused, *tused), "self")
        return None
    if not fits_signature(new):
        _count(counts, (*htyped, *ttyped) or (*hused, *tused), f"dropped:{r.relation}")
        return None
    _count(counts, (*hused, *tused, *htyped, *ttyped), "relations")
    return new


def _count(counts: Counter, rules: Iterable[Correction], what: str) -> None:
    for rule in dict.fromkeys(rules):
        counts[(rule, what)] += 1


def correct_document(doc: Document, fix: Corrections | None, counts: Counter | None = None) -> int:
    """Apply ``fix`` to every article of an extracted document; the number of articles changed."""
    if not fix:
        return 0
    return sum(correct_article(art, fix, counts) for art in doc.articles)


def original_bylines(art: Article) -> list[Byline]:
    """The bylines as read, before corrections renamed or dropped any."""
    if art.curation and "bylines" in art.curation:
        return [Byline(*b) for b in art.curation["bylines"]]
    return list(art.bylines)


def annotate(kg: KnowledgeGraph, fix: Corrections | None) -> KnowledgeGraph:
    """Give each entity a correction shaped its provenance and added aliases, in place.

    ``attributes["curatedBy"]`` lists where (``corrections.toml:12``), ``attributes["curationReason"]``
    what and why, each sorted; the names a merge or alias adds join ``aliases``. It depends on
    the entity's name only, so it gives the same whichever part of a graph it is applied to.
    """
    if not fix:
        return kg
    for ent in kg.entities.values():
        rules = fix.shaping.get(ent.name)
        if not rules:
            continue
        ent.attributes["curatedBy"] = sorted({fix.where(r) for r in rules})
        ent.attributes["curationReason"] = sorted({r.reason_text() for r in rules})
        ent.aliases |= {a for r in rules for a in r.added_aliases() if a != ent.name}
        if any(r.kind == "split" and r.into == ent.name for r in rules):
            ent.aliases.add(next(r.name for r in rules if r.kind == "split" and r.into == ent.name))
    return kg


def apply_corrections(kg: KnowledgeGraph, fix: Corrections | None) -> KnowledgeGraph:
    """A new graph: ``kg``'s articles corrected and merged again, then annotated.

    ``kg`` must keep each article's mentions and relations (a build with ``keep_details``, or a
    store's export); a graph read from graph.json or graph.ttl has lost them (``ValueError``).
    ``kg`` is not changed.
    """
    import copy

    from ..extraction.merge import merge_articles

    if kg.entities and not any(a.mentions for a in kg.articles):
        raise ValueError("the graph keeps no article mentions (read from a file?): correct a build or a store")
    articles = copy.deepcopy(kg.articles)
    for art in articles:
        correct_article(art, fix)
    out = merge_articles(articles)
    out.failures = list(kg.failures)
    return annotate(out, fix)


def report(fix: Corrections | None, counts: Counter, *, scope: str = "these documents") -> list[str]:
    """One line per correction that changed something in ``scope``: what it did; then one line
    naming those that found nothing to change there.

    Besides the mentions and relations it changed, a correction changes the entities it shapes
    that ``scope`` mentions (:func:`annotate`): a merge or an alias gives them aliases, any one
    provenance; a correction that changed nothing else says so.

    >>> from uniongraph.curation import parse_corrections
    >>> fix = parse_corrections('[[alias]]\\nname = "甲工会"\\naliases = ["甲会"]\\n')
    >>> report(fix, Counter({(fix.rules[0], "entity:甲工会"): 2}))
    ['corrections.toml:1: alias 甲工会 + 甲会: 甲会 added as alias(es) of 甲工会']
    """
    if not fix:
        return []
    lines = []
    idle = []
    for rule in fix.rules:
        did = {what: n for (r, what), n in counts.items() if r == rule and n}
        parts = []
        if did.get("mentions"):
            parts.append(f"{did['mentions']} mention(s) {'dropped' if rule.kind == 'reject' else 'changed'}")
        if did.get("relations"):
            parts.append(f"{did['relations']} relation(s) {'dropped' if rule.kind == 'reject' else 'changed'}")
        if did.get("bylines"):
            parts.append(f"{did['bylines']} byline(s) dropped")
        if did.get("self"):
            parts.append(f"{did['self']} relation(s) of a name with itself dropped")
        dropped = sorted((w.split(":", 1)[1], n) for w, n in did.items() if w.startswith("dropped:"))
        if dropped:
            parts.append(f"{sum(n for _, n in dropped)} relation(s) dropped as they no longer fit ("
                         + ", ".join(f"{rel} ×{n}" for rel, n in dropped) + ")")
        shaped = sorted(w.split(":", 1)[1] for w in did if w.startswith("entity:"))
        if shaped and rule.added_aliases():
            parts.append(f"{', '.join(rule.added_aliases())} added as alias(es) of {rule.name}")
        elif shaped and not parts:
            parts.append(f"no mention to change; provenance given to {', '.join(shaped)}")
        if parts:
            lines.append(f"{fix.where(rule)}: {rule.describe()}: {'; '.join(parts)}")
        else:
            idle.append(rule)
    if idle:
        shown = ", ".join(f"{fix.where(r)} ({r.describe()})" for r in idle[:5])
        more = f" and {len(idle) - 5} more" if len(idle) > 5 else ""
        lines.append(f"{len(idle)} correction(s) found nothing to change in {scope}: {shown}{more}")
    return lines


__all__ = ["RESOLUTION", "annotate", "apply_corrections", "correct_article", "correct_document",
           "original_bylines", "report"]
