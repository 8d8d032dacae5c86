"""The types of the graph in one table: entity types and relations, and everything each implies.

Every part of uniongraph that depends on a type reads it from here: the id namespace of an
entity (``org/``, ``person/`` …), which type wins when mentions disagree, the Chinese and English
labels, the span label for NER scoring, the colour and shape in the HTML view, and what each
relation may join (used by the merge to drop facts that break it and by the shape checks).
``ontology/uniongraph.ttl`` and ``ontology/shapes.ttl`` are tested against this table
(``tests/test_schema.py``).

A new entity type is one :class:`EntityType` row (and a recogniser that finds it); a test
registers a toy one with :func:`register_entity_type`.

>>> entity_type("Federation").parent, entity_type("Federation").id_kind
('Organization', 'org')
>>> "ServiceTeam" in ORG_TYPES, "Place" in ORG_TYPES
(True, False)
>>> relation_type("heldAt").heads, sorted(relation_type("heldAt").tails)  # (a company as venue too)
(frozenset({'Event'}), ['Company', 'Federation', 'Organization', 'Place', 'ServiceTeam', 'TradeUnion'])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Set
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EntityType:
    """One entity class of the ontology (``ug:`` local name ``name``)."""

    name: str
    parent: str | None      # the ug: superclass (Organization for its kinds), None at the top
    id_kind: str            # the id namespace: ``org/…``, ``person/…``
    label_zh: str
    label_en: str
    span_label: str | None  # PER / LOC / ORG in NER span scoring (None: no counterpart)
    merge_rank: int         # when a name's mention types tie, the lowest rank wins
    colour: str             # the HTML view's node colour, shape and legend symbol
    shape: str
    symbol: str

    @property
    def is_organization(self) -> bool:
        return self.name == "Organization" or self.parent == "Organization"


@dataclass(frozen=True)
class RelationType:
    """One relation (``ug:`` object property); ``heads``/``tails`` are the entity types it joins
    (an organisation class stands for itself and its subclasses, see :func:`expand`)."""

    name: str
    label_zh: str
    label_en: str
    domain: tuple[str, ...]   # as the ontology writes it: classes, before subclasses are added
    range: tuple[str, ...]
    extracted: bool = True    # read from sentences (False: the article links of bylines and mentions)

    @property
    def heads(self) -> frozenset[str]:
        return expand(self.domain)

    @property
    def tails(self) -> frozenset[str]:
        return expand(self.range)


_ENTITY_TYPES: list[EntityType] = [
    EntityType("Federation", "Organization", "org", "总工会", "federation of trade unions", "ORG", 0,
               "#d62728", "star", "★"),
    EntityType("TradeUnion", "Organization", "org", "工会", "trade union", "ORG", 1, "#ff7f0e", "triangle", "▲"),
    EntityType("Company", "Organization", "org", "企业", "company", "ORG", 3, "#1f77b4", "square", "■"),
    EntityType("ServiceTeam", "Organization", "org", "服务队", "service team", "ORG", 2,
               "#2ca02c", "triangleDown", "▼"),
    EntityType("Organization", None, "org", "组织机构", "organization", "ORG", 7, "#9467bd", "hexagon", "⬢"),
    EntityType("Person", None, "person", "人物", "person", "PER", 5, "#e377c2", "dot", "●"),
    EntityType("Place", None, "place", "地点", "place", "LOC", 6, "#8c564b", "diamond", "◆"),
    EntityType("Event", None, "event", "活动", "event", None, 4, "#17becf", "box", "▬"),
]

_PERSON_OR_ORG = ("Person", "Organization")
RELATIONS: tuple[RelationType, ...] = (
    RelationType("worksFor", "任职于", "works for", ("Person",), ("Organization",)),
    RelationType("memberOf", "成员", "member of", _PERSON_OR_ORG, ("Organization",)),
    RelationType("unionOf", "所属单位", "union of", ("TradeUnion",), ("Organization",)),
    RelationType("subOrganizationOf", "下属于", "sub-organization of", ("Organization",), ("Organization",)),
    RelationType("organizes", "主办", "organizes", ("Organization",), ("Event",)),
    RelationType("participatesIn", "参加", "participates in", _PERSON_OR_ORG, ("Event",)),
    RelationType("heldAt", "举办地", "held at", ("Event",), ("Organization", "Place")),  # a company as venue too
    RelationType("locatedIn", "位于", "located in", ("Organization", "Place"), ("Place",)),
    # a body runs or sets up another body or a facility (a rider station, a reading room: Places)
    RelationType("manages", "托管", "manages", ("Organization",), ("Organization", "Place")),
    RelationType("founded", "创建", "founded", _PERSON_OR_ORG, ("Organization", "Place")),
    RelationType("reportedBy", "记者", "reported by", ("Article",), ("Person",), extracted=False),
    RelationType("correspondent", "通讯员", "correspondent", ("Article",), ("Person",), extracted=False),
    RelationType("mentions", "提及", "mentions", ("Article",), (), extracted=False),
)

#: classes that are no entity type but have labels (the article node of bylines and mentions)
ARTICLE_LABELS = ("报道", "news article")

_version = 0  # bumped by every registration; the live views below re-read the table then


class _TypeView(set):  # (a set underneath, read-only to callers: see below)
    """A read-only set of type names computed from the table, refreshed when a type is registered
    or removed. A ``set`` underneath, so ``in`` is the set's own look-up in C: extraction asks
    ``m.type in ORG_TYPES`` some 180,000 times per 400 articles, and a ``__contains__`` written
    in Python cost a frame each time. Iteration follows the types' merge rank."""

    def __init__(self, select: Callable[[EntityType], bool]) -> None:
        super().__init__()
        self._select = select
        _VIEWS.append(self)
        self._refresh()

    def _refresh(self) -> None:
        set.clear(self)
        set.update(self, (t.name for t in _ENTITY_TYPES if self._select(t)))

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(set.__iter__(self), key=lambda n: entity_type(n).merge_rank))

    def __repr__(self) -> str:
        return f"TypeView({sorted(set.__iter__(self))})"

    def __reduce__(self) -> Any:  # (a copy or a pickle is a plain frozenset of the names)
        return frozenset, (frozenset(set.__iter__(self)),)


def _read_only(self: _TypeView, *args: Any, **kwargs: Any) -> Any:
    raise TypeError("the type table's views are read-only: use register_entity_type")


for _name in ("add", "discard", "remove", "pop", "clear", "update", "intersection_update", "difference_update",
              "symmetric_difference_update", "__ior__", "__iand__", "__isub__", "__ixor__"):
    setattr(_TypeView, _name, _read_only)

#: every live :class:`_TypeView`, refreshed by :func:`register_entity_type` and its undoing
_VIEWS: list[_TypeView] = []


class _TableView(Mapping[str, Any]):
    """A read-only mapping computed from the table, rebuilt only when a type is registered."""

    def __init__(self, build: Callable[[], dict[str, Any]]) -> None:
        self._build = build
        self._seen = -1
        self._items: dict[str, Any] = {}

    def _current(self) -> dict[str, Any]:
        if self._seen != _version:
            self._items = self._build()
            self._seen = _version
        return self._items

    def __getitem__(self, key: str) -> Any:
        return self._current()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())


#: every entity type name, and the organisation ones (``ug:Organization`` and its subclasses)
ENTITY_TYPE_NAMES: Set[str] = _TypeView(lambda t: True)
ORG_TYPES: Set[str] = _TypeView(lambda t: t.is_organization)


def entity_types() -> tuple[EntityType, ...]:
    """The entity types in table order (the order of legends and listings)."""
    return tuple(_ENTITY_TYPES)


def entity_type(name: str) -> EntityType:
    """The entity type called ``name``; ``KeyError`` if there is none."""
    for t in _ENTITY_TYPES:
        if t.name == name:
            return t
    raise KeyError(name)


def relation_type(name: str) -> RelationType:
    """The relation called ``name``; ``KeyError`` if there is none."""
    for r in RELATIONS:
        if r.name == name:
            return r
    raise KeyError(name)


def extracted_relations() -> tuple[str, ...]:
    """The relations read from sentences, in table order."""
    return tuple(r.name for r in RELATIONS if r.extracted)


def expand(classes: tuple[str, ...]) -> frozenset[str]:
    """Classes with their subclasses: ``("Organization",)`` is every organisation type."""
    out = _EXPANDED.get(classes)
    if out is None:  # (a relation's heads and tails are asked for every relation merged or checked)
        out = _EXPANDED[classes] = frozenset({*classes, *(t.name for t in _ENTITY_TYPES if t.parent in classes)})
    return out


def id_kind(type_name: str) -> str:
    """The id namespace of an entity type (``thing`` for a name the table does not know)."""
    kind = _ID_KINDS.get(type_name)
    if kind is None:  # (asked for every entity id the merge and the renderers make: once per name)
        kind = _ID_KINDS[type_name] = next((t.id_kind for t in _ENTITY_TYPES if t.name == type_name), "thing")
    return kind


def merge_rank(type_name: str) -> int:
    """The rank that settles a tie between mention types (lower wins; unknown types last)."""
    rank = _MERGE_RANKS.get(type_name)
    if rank is None:
        rank = _MERGE_RANKS[type_name] = next((t.merge_rank for t in _ENTITY_TYPES if t.name == type_name), 99)
    return rank


#: :func:`id_kind` and :func:`merge_rank` of the type names asked, :func:`expand` of the classes
#: asked, until the table changes
_ID_KINDS: dict[str, str] = {}
_MERGE_RANKS: dict[str, int] = {}
_EXPANDED: dict[tuple[str, ...], frozenset[str]] = {}


def _table_changed() -> None:
    """After a type is added or removed: the table views re-read it, the type sets refresh."""
    global _version
    _version += 1
    _ID_KINDS.clear()
    _MERGE_RANKS.clear()
    _EXPANDED.clear()
    for view in _VIEWS:
        view._refresh()


def register_entity_type(new: EntityType) -> None:
    """Add an entity type (a plug-in's, or a test's toy one); its parent must be known."""
    if any(t.name == new.name for t in _ENTITY_TYPES):
        raise ValueError(f"entity type {new.name!r} exists already")
    if new.parent is not None and new.parent not in ENTITY_TYPE_NAMES:
        raise ValueError(f"entity type {new.name!r}: unknown parent {new.parent!r}")
    _ENTITY_TYPES.append(new)
    _table_changed()


def unregister_entity_type(name: str) -> None:
    """Remove a type added with :func:`register_entity_type` (tests clean up with it)."""
    _ENTITY_TYPES[:] = [t for t in _ENTITY_TYPES if t.name != name]
    _table_changed()


#: type -> (Chinese label, English label), the entity types then ``Article``
TYPE_LABELS: Mapping[str, tuple[str, str]] = _TableView(
    lambda: {**{t.name: (t.label_zh, t.label_en) for t in _ENTITY_TYPES}, "Article": ARTICLE_LABELS})
#: relation -> (Chinese label, English label): the extracted relations, then the article links
RELATION_LABELS: Mapping[str, tuple[str, str]] = _TableView(
    lambda: {r.name: (r.label_zh, r.label_en) for r in RELATIONS})
#: type -> (colour, vis-network shape, legend symbol) of the HTML view
TYPE_STYLE: Mapping[str, tuple[str, str, str]] = _TableView(
    lambda: {t.name: (t.colour, t.shape, t.symbol) for t in _ENTITY_TYPES})
#: type -> NER span label (PER, LOC, ORG) of the types that have one
SPAN_LABELS: Mapping[str, str] = _TableView(
    lambda: {t.name: t.span_label for t in _ENTITY_TYPES if t.span_label is not None})
