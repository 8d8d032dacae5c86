"""Score a built ``graph.json`` against a hand-made gold file (schema ``uniongraph-gold/1``).

Names are compared after :func:`normalize_name`. A predicted entity matches a gold entity
when the names are equal, or else when the predicted name is one of the gold aliases, so a
build that chose a short form as canonical (钱塘集团 for 杭州钱塘建设集团有限公司) is not
punished twice. Matching is one-to-one. Relations match when both ends map to the gold
ends and the relation name is equal; bylines are scored per article.

>>> gold = {"articles": [], "relations": [],
...         "entities": [{"name": "北京市总工会", "type": "Federation", "aliases": ["市总工会"]}]}
>>> pred = {"entities": [{"name": "“市总工会”", "type": "Organization", "aliases": []}]}
>>> rep = evaluate_gold(pred, gold)
>>> rep.entities.f1, rep.entities_typed.f1
(1.0, 0.0)

The guideline lets the extractor give a short form the article never expands a fuller canonical
name as long as the written form is among its aliases (市总工会 → 潍坊市总工会), so a gold name
among a prediction's aliases matches too, as the weakest tier. Inferred relations are left out
unless asked for.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .metrics import Score, score_header, score_line

#: Quote marks dropped before names are compared (gold README).
QUOTE_MARKS = "「」“”‘’\"'"
_QUOTE_TABLE = str.maketrans("", "", QUOTE_MARKS)

#: Relations that are not scored as relations: bylines are scored on their own and
#: article mentions are not facts of the gold file.
NON_FACT_RELATIONS = frozenset({"reportedBy", "mentions"})


def normalize_name(name: str) -> str:
    """NFKC, quote marks removed, white-space runs folded to one space, stripped.

    >>> normalize_name("“金锤杯”电焊技能竞赛")
    '金锤杯电焊技能竞赛'
    >>> normalize_name("关爱‘心’服务\\u3000 朝阳支队")
    '关爱心服务 朝阳支队'
    """
    # NFKC first so full-width ＂＇ become ASCII quotes and are removed too.
    text = unicodedata.normalize("NFKC", str(name)).translate(_QUOTE_TABLE)
    return " ".join(text.split())


@dataclass
class EntityMatch:
    """A predicted entity paired with a gold entity; ``how`` is ``"name"`` or ``"alias"``."""

    gold: str
    gold_type: str
    pred: str
    pred_type: str
    how: str

    @property
    def typed(self) -> bool:
        return self.gold_type == self.pred_type


@dataclass
class BylineReport:
    """Byline scores: exact-list accuracies over gold articles, P/R/F1 over (title, role, name)."""

    n_gold_articles: int = 0
    n_pred_articles: int = 0
    paired_by_title: int = 0
    paired_by_order: int = 0
    reporters_correct: int = 0
    correspondents_correct: int = 0
    both_correct: int = 0
    names: Score = field(default_factory=Score)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def accuracy(self, count: int) -> float:
        return count / self.n_gold_articles if self.n_gold_articles else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_gold_articles": self.n_gold_articles,
            "n_pred_articles": self.n_pred_articles,
            "paired_by_title": self.paired_by_title,
            "paired_by_order": self.paired_by_order,
            "reporters_accuracy": round(self.accuracy(self.reporters_correct), 4),
            "correspondents_accuracy": round(self.accuracy(self.correspondents_correct), 4),
            "article_accuracy": round(self.accuracy(self.both_correct), 4),
            "names": self.names.to_dict(),
            "errors": self.errors,
        }


@dataclass
class GoldReport:
    """Everything :func:`evaluate_gold` measured, with the misses and false hits.

    ``entities_by_type`` (untyped) buckets by the gold type: a found entity counts under its
    gold type whatever type the build gave it; an unmatched prediction under its own type.
    ``entities_typed_by_type`` needs name and type to agree.
    """

    entities: Score
    entities_typed: Score
    entities_by_type: dict[str, Score]
    entities_typed_by_type: dict[str, Score]
    relations: Score
    relations_by_name: dict[str, Score]
    bylines: BylineReport
    matches: list[EntityMatch] = field(default_factory=list)
    entity_misses: list[dict[str, Any]] = field(default_factory=list)
    entity_false_hits: list[dict[str, Any]] = field(default_factory=list)
    relation_misses: list[dict[str, str]] = field(default_factory=list)
    relation_false_hits: list[dict[str, str]] = field(default_factory=list)
    include_inferred: bool = False

    @property
    def type_errors(self) -> list[EntityMatch]:
        """Matched entities whose predicted type differs from the gold type."""
        return [m for m in self.matches if not m.typed]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view (scores rounded to 4 places)."""
        return {
            "entities": {
                "untyped": self.entities.to_dict(),
                "typed": self.entities_typed.to_dict(),
                "by_type": {
                    t: {"untyped": s.to_dict(), "typed": self.entities_typed_by_type[t].to_dict()}
                    for t, s in self.entities_by_type.items()
                },
                "misses": self.entity_misses,
                "false_hits": self.entity_false_hits,
                "type_errors": [
                    {"gold": m.gold, "gold_type": m.gold_type, "pred": m.pred,
                     "pred_type": m.pred_type}
                    for m in self.type_errors
                ],
                "alias_matches": [
                    {"gold": m.gold, "pred": m.pred} for m in self.matches if m.how == "alias"
                ],
            },
            "relations": {
                "overall": self.relations.to_dict(),
                "by_name": {r: s.to_dict() for r, s in self.relations_by_name.items()},
                "misses": self.relation_misses,
                "false_hits": self.relation_false_hits,
                "include_inferred": self.include_inferred,
            },
            "bylines": self.bylines.to_dict(),
        }


# --------------------------------------------------------------------------- entities


@dataclass
class _Ent:
    name: str  # as written
    norm: str
    type: str
    aliases: frozenset[str]


def _entities(raw: Any, *, aliases: bool) -> list[_Ent]:
    out = []
    for item in _list(raw):
        if not isinstance(item, Mapping) or not item.get("name"):
            continue
        names = frozenset(normalize_name(a) for a in _list(item.get("aliases")) if a) if aliases else frozenset()
        out.append(_Ent(str(item["name"]), normalize_name(item["name"]), str(item.get("type", "")), names))
    return out


def _max_matching(
    edges: Mapping[int, Sequence[int]], free_left: Iterable[int], taken_right: set[int]
) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths), deterministic in input order.

    ``edges`` maps a left index (gold) to the right indices (predictions) it may pair with;
    right indices in ``taken_right`` are already used by an earlier, stronger tier.
    """
    owner: dict[int, int] = {}  # right -> left

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, ()):
            if right in taken_right or right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in free_left:
        augment(left, set())
    return {left: right for right, left in owner.items()}


def _match_entities(gold: list[_Ent], pred: list[_Ent]) -> list[tuple[int, int, str]]:
    """One-to-one pairs ``(gold index, pred index, how)``, strongest evidence first.

    Tiers: same name and type, same name, a gold alias and same type, a gold alias, the gold
    name among the prediction's aliases and same type, the same without the type. Each tier
    is a maximum matching over what earlier tiers left, so one shared alias cannot steal the
    only partner of another entity.
    """
    by_norm: dict[str, list[int]] = {}
    by_alias: dict[str, list[int]] = {}
    for j, p in enumerate(pred):
        by_norm.setdefault(p.norm, []).append(j)
        for a in sorted(p.aliases - {p.norm}):
            by_alias.setdefault(a, []).append(j)

    pairs: list[tuple[int, int, str]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    tiers = (("name", True), ("name", False), ("alias", True), ("alias", False),
             ("pred-alias", True), ("pred-alias", False))
    for how, same_type in tiers:
        edges: dict[int, list[int]] = {}
        for i, g in enumerate(gold):
            if i in used_gold:
                continue
            if how == "pred-alias":
                cands = list(by_alias.get(g.norm, ()))
            else:
                keys = [g.norm] if how == "name" else sorted(g.aliases - {g.norm})
                cands = [j for k in keys for j in by_norm.get(k, ())]
            if same_type:
                cands = [j for j in cands if pred[j].type == g.type]
            if cands:
                edges[i] = cands
        for i, j in sorted(_max_matching(edges, list(edges), used_pred).items()):
            pairs.append((i, j, how))
            used_gold.add(i)
            used_pred.add(j)
    return sorted(pairs)


# --------------------------------------------------------------------------- relations


def _relations(raw: Any) -> list[Mapping[str, Any]]:
    return [
        r for r in _list(raw)
        if isinstance(r, Mapping) and r.get("head") and r.get("tail") and r.get("relation")
    ]


class _NameMap:
    """Maps a predicted entity name (and type, if known) to the gold name it stands for."""

    def __init__(self, gold: list[_Ent], pred: list[_Ent], pairs: list[tuple[int, int, str]]):
        self.by_name_type: dict[tuple[str, str], str] = {}
        self.by_name: dict[str, str] = {}
        for i, j in ((i, j) for i, j, _ in pairs):
            self.by_name_type.setdefault((pred[j].norm, pred[j].type), gold[i].norm)
            self.by_name.setdefault(pred[j].norm, gold[i].norm)
        self.gold_names = {g.norm for g in gold}
        alias_owner: dict[str, set[str]] = {}
        for g in gold:
            for a in g.aliases:
                alias_owner.setdefault(a, set()).add(g.norm)
        # Only an alias that names a single gold entity is a safe fallback.
        self.alias = {a: next(iter(o)) for a, o in alias_owner.items() if len(o) == 1}

    def gold_name(self, name: str) -> str:
        """A gold relation end as its entity's full name."""
        norm = normalize_name(name)
        return norm if norm in self.gold_names else self.alias.get(norm, norm)

    def __call__(self, name: str, type_: str | None = None) -> str:
        norm = normalize_name(name)
        if type_ and (norm, type_) in self.by_name_type:
            return self.by_name_type[norm, type_]
        if norm in self.by_name:
            return self.by_name[norm]
        if norm in self.gold_names:
            return norm
        return self.alias.get(norm, norm)


def gold_relation_labeller(pred_entities: Any, gold: Mapping[str, Any]) -> Callable[[str, str, str, str, str], bool]:
    """A test of whether a predicted fact is one of the gold file's relations, matching entities
    as :func:`evaluate_gold` does: ``label(head, head_type, relation, tail, tail_type)``.
    (Training data for the learned relation classifier is labelled with it.)

    >>> gold = {"entities": [{"name": "李明", "type": "Person"}, {"name": "甲厂", "type": "Company"}],
    ...         "relations": [{"head": "李明", "relation": "worksFor", "tail": "甲厂"}]}
    >>> label = gold_relation_labeller([{"name": "李明", "type": "Person"}, {"name": "甲厂", "type": "Company"}], gold)
    >>> label("李明", "Person", "worksFor", "甲厂", "Company"), label("甲厂", "Company", "worksFor", "李明", "Person")
    (True, False)
    """
    gold_ents = _entities(gold.get("entities"), aliases=True)
    pred_ents = _entities(pred_entities, aliases=True)
    names = _NameMap(gold_ents, pred_ents, _match_entities(gold_ents, pred_ents))
    keys = {(names.gold_name(r["head"]), str(r["relation"]), names.gold_name(r["tail"]))
            for r in _relations(gold.get("relations"))}

    def label(head: str, head_type: str, relation: str, tail: str, tail_type: str) -> bool:
        return (names(head, head_type), relation, names(tail, tail_type)) in keys
    return label


# --------------------------------------------------------------------------- bylines


def _names(raw: Any) -> list[str]:
    return [normalize_name(n) for n in _list(raw) if n]


def _score_bylines(gold_articles: list[Any], pred_articles: list[Any]) -> BylineReport:
    gold_arts = [a for a in gold_articles if isinstance(a, Mapping)]
    pred_arts = [a for a in pred_articles if isinstance(a, Mapping)]
    rep = BylineReport(n_gold_articles=len(gold_arts), n_pred_articles=len(pred_arts))

    pairing: dict[int, int] = {}
    free_pred = list(range(len(pred_arts)))
    for i, g in enumerate(gold_arts):
        title = normalize_name(g.get("title", ""))
        for j in free_pred:
            if title and normalize_name(pred_arts[j].get("title", "")) == title:
                pairing[i] = j
                free_pred.remove(j)
                rep.paired_by_title += 1
                break
    # What titles could not pair is paired in page order.
    for i, j in zip([i for i in range(len(gold_arts)) if i not in pairing], list(free_pred)):
        pairing[i] = j
        free_pred.remove(j)
        rep.paired_by_order += 1

    gold_triples: set[tuple[str, str, str]] = set()
    pred_triples: set[tuple[str, str, str]] = set()
    for i, g in enumerate(gold_arts):
        title = normalize_name(g.get("title", ""))
        p = pred_arts[pairing[i]] if i in pairing else {}
        ok = {}
        for role, key in (("reporter", "reporters"), ("correspondent", "correspondents")):
            gold_names, pred_names = _names(g.get(key)), _names(p.get(key))
            ok[role] = gold_names == pred_names
            gold_triples.update((title, role, n) for n in gold_names)
            pred_triples.update((title, role, n) for n in pred_names)
        rep.reporters_correct += ok["reporter"]
        rep.correspondents_correct += ok["correspondent"]
        rep.both_correct += ok["reporter"] and ok["correspondent"]
        if not all(ok.values()):
            rep.errors.append({
                "title": g.get("title", ""),
                "pred_title": p.get("title") if p else None,
                "gold": {"reporters": list(_list(g.get("reporters"))),
                         "correspondents": list(_list(g.get("correspondents")))},
                "pred": {"reporters": list(_list(p.get("reporters"))),
                         "correspondents": list(_list(p.get("correspondents")))},
            })
    for j in free_pred:  # predicted articles with no gold partner: every name is a false hit
        p = pred_arts[j]
        title = normalize_name(p.get("title", ""))
        for role, key in (("reporter", "reporters"), ("correspondent", "correspondents")):
            pred_triples.update((title, role, n) for n in _names(p.get(key)))
    rep.names = Score(len(gold_triples & pred_triples), len(pred_triples), len(gold_triples))
    return rep


# --------------------------------------------------------------------------- main entry


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (str, bytes, Mapping)):
        return [value]
    return list(value)


def evaluate_gold(
    pred: Mapping[str, Any], gold: Mapping[str, Any], *, include_inferred: bool = False
) -> GoldReport:
    """Score a parsed ``graph.json`` (``pred``) against a parsed gold file.

    ``pred`` needs ``articles`` (title, reporters, correspondents), ``entities`` (name, type,
    aliases) and ``relations`` (head, relation, tail); missing parts count as empty.
    ``inferred_relations`` (and relations flagged ``"inferred": true``) are scored only with
    ``include_inferred=True``. ``reportedBy``/``mentions`` relations are never scored here.
    """
    gold_ents = _entities(gold.get("entities"), aliases=True)
    pred_ents = _entities(pred.get("entities"), aliases=True)
    pairs = _match_entities(gold_ents, pred_ents)

    types = sorted({e.type for e in gold_ents} | {e.type for e in pred_ents})
    untyped = {t: Score() for t in types}
    typed = {t: Score() for t in types}
    partner = {j: i for i, j, _ in pairs}
    for g in gold_ents:
        untyped[g.type].n_gold += 1
        typed[g.type].n_gold += 1
    for j, p in enumerate(pred_ents):
        typed[p.type].n_pred += 1
        # Untyped buckets follow the gold type: a found entity counts where the gold puts
        # it even if the build typed it wrongly; an unmatched prediction counts under its own.
        untyped[gold_ents[partner[j]].type if j in partner else p.type].n_pred += 1
    matches = []
    for i, j, how in pairs:
        g, p = gold_ents[i], pred_ents[j]
        m = EntityMatch(g.name, g.type, p.name, p.type, how)
        matches.append(m)
        untyped[g.type].tp += 1
        if m.typed:
            typed[g.type].tp += 1

    matched_gold = {i for i, _, _ in pairs}
    matched_pred = {j for _, j, _ in pairs}
    ent_total = Score(len(pairs), len(pred_ents), len(gold_ents))
    ent_typed = Score(sum(m.typed for m in matches), len(pred_ents), len(gold_ents))

    # Relations, compared as sets of (head, relation, tail) in gold names.
    names = _NameMap(gold_ents, pred_ents, pairs)
    pred_rels = list(_relations(pred.get("relations")))
    if include_inferred:
        pred_rels += _relations(pred.get("inferred_relations"))
    else:
        pred_rels = [r for r in pred_rels if not r.get("inferred")]
    pred_rels = [r for r in pred_rels if r["relation"] not in NON_FACT_RELATIONS]

    gold_keys: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    for r in _relations(gold.get("relations")):
        # A gold relation written with an alias still means the entity's full name.
        key = (names.gold_name(r["head"]), str(r["relation"]), names.gold_name(r["tail"]))
        gold_keys.setdefault(key, r)
    pred_keys: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    for r in pred_rels:
        key = (
            names(r["head"], r.get("head_type")),
            str(r["relation"]),
            names(r["tail"], r.get("tail_type")),
        )
        pred_keys.setdefault(key, r)

    rel_names = sorted({k[1] for k in gold_keys} | {k[1] for k in pred_keys})
    by_name = {n: Score() for n in rel_names}
    for k in gold_keys:
        by_name[k[1]].n_gold += 1
    for k in pred_keys:
        by_name[k[1]].n_pred += 1
        if k in gold_keys:
            by_name[k[1]].tp += 1
    rel_total = Score()
    for s in by_name.values():
        rel_total.add(s)

    return GoldReport(
        entities=ent_total,
        entities_typed=ent_typed,
        entities_by_type=untyped,
        entities_typed_by_type=typed,
        relations=rel_total,
        relations_by_name=by_name,
        bylines=_score_bylines(_list(gold.get("articles")), _list(pred.get("articles"))),
        matches=matches,
        entity_misses=[
            {"name": g.name, "type": g.type} for i, g in enumerate(gold_ents) if i not in matched_gold
        ],
        entity_false_hits=[
            {"name": p.name, "type": p.type} for j, p in enumerate(pred_ents) if j not in matched_pred
        ],
        relation_misses=[
            {"head": str(r["head"]), "relation": k[1], "tail": str(r["tail"])}
            for k, r in gold_keys.items() if k not in pred_keys
        ],
        relation_false_hits=[
            {"head": str(r["head"]), "relation": k[1], "tail": str(r["tail"])}
            for k, r in pred_keys.items() if k not in gold_keys
        ],
        include_inferred=include_inferred,
    )


def format_gold_report(report: GoldReport, *, max_items: int = 30) -> str:
    """A readable text table of a :class:`GoldReport`, then the misses and false hits."""
    out = ["Entities", score_header()]
    out.append(score_line("  all (untyped)", report.entities))
    out.append(score_line("  all (typed)", report.entities_typed))
    for t, s in report.entities_by_type.items():
        out.append(score_line(f"  {t} (untyped)", s))
        out.append(score_line(f"  {t} (typed)", report.entities_typed_by_type[t]))
    inferred = "with inferred" if report.include_inferred else "extracted only"
    out += ["", f"Relations ({inferred})", score_header()]
    out.append(score_line("  all", report.relations))
    for name, s in report.relations_by_name.items():
        out.append(score_line(f"  {name}", s))
    b = report.bylines
    out += [
        "",
        f"Bylines ({b.n_gold_articles} gold / {b.n_pred_articles} predicted articles; "
        f"paired {b.paired_by_title} by title, {b.paired_by_order} by order)",
        *(
            f"  {label:<26}{b.accuracy(n):6.3f} ({n}/{b.n_gold_articles})"
            for label, n in (
                ("reporter lists exact", b.reporters_correct),
                ("correspondent lists exact", b.correspondents_correct),
                ("both exact", b.both_correct),
            )
        ),
        score_header(),
        score_line("  (title, role, name)", b.names),
    ]

    def section(title: str, items: list[str]) -> None:
        if not items:
            return
        out.extend(["", f"{title} ({len(items)})"])
        out.extend(f"  {x}" for x in items[:max_items])
        if len(items) > max_items:
            out.append(f"  … {len(items) - max_items} more")

    section("Entity misses", [f"{e['name']} [{e['type']}]" for e in report.entity_misses])
    section("Entity false hits", [f"{e['name']} [{e['type']}]" for e in report.entity_false_hits])
    section(
        "Entity type errors",
        [f"{m.gold} [{m.gold_type}] predicted as {m.pred} [{m.pred_type}]" for m in report.type_errors],
    )
    section(
        "Relation misses",
        [f"{r['head']} --{r['relation']}--> {r['tail']}" for r in report.relation_misses],
    )
    section(
        "Relation false hits",
        [f"{r['head']} --{r['relation']}--> {r['tail']}" for r in report.relation_false_hits],
    )
    section(
        "Byline errors",
        [f"{e['title']}: gold {e['gold']} predicted {e['pred']}" for e in b.errors],
    )
    return "\n".join(out)
