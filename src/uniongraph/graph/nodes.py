"""Which node a name stands for: one lookup shared by the RDF, NetworkX and HTML views.

Relations and bylines name their ends by canonical name (and type); the graph views need the
entity id. A byline name with no entity behind it still gets a stable ``person/…`` id, since
reporters are people.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"person/x": Entity(id="person/x", name="陈立新", type="Person")})
>>> NodeIndex(kg).person("陈立新")
'person/x'
>>> NodeIndex(kg).person("林海燕")
'person/%E6%9E%97%E6%B5%B7%E7%87%95'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ids import entity_id, entity_kind
from ..model import KnowledgeGraph, Relation


@dataclass(frozen=True)
class NodeInfo:
    """A node that the knowledge graph implies but does not list as an entity."""

    id: str
    name: str
    type: str


@dataclass
class NodeIndex:
    """Maps (name, type) of relation ends and byline names to entity ids."""

    kg: KnowledgeGraph
    _by_type: dict[tuple[str, str], str] = field(init=False, default_factory=dict)
    _by_kind: dict[tuple[str, str], str] = field(init=False, default_factory=dict)
    #: Nodes created for names that are not entities of the graph, by id.
    implied: dict[str, NodeInfo] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        # Sorted so that, should two entities share a name and kind, the choice is stable.
        for eid in sorted(self.kg.entities):
            ent = self.kg.entities[eid]
            self._by_type.setdefault((ent.name, ent.type), eid)
            self._by_kind.setdefault((ent.name, entity_kind(ent.type)), eid)

    def node(self, name: str, type_: str) -> str:
        """The id of the entity ``name`` of type ``type_``, created as an implied node if absent."""
        eid = self._by_type.get((name, type_)) or self._by_kind.get((name, entity_kind(type_)))
        if eid is None:
            eid = entity_id(type_, name)
            if eid not in self.kg.entities:
                self.implied.setdefault(eid, NodeInfo(eid, name, type_))
        return eid

    def person(self, name: str) -> str:
        """The id of the person named in a byline."""
        return self.node(name, "Person")

    def ends(self, rel: Relation) -> tuple[str, str]:
        """Head and tail ids of a relation."""
        return self.node(rel.head, rel.head_type), self.node(rel.tail, rel.tail_type)
