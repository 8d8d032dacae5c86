"""What the merge knows about one canonical name, kept in the store without the mention list.

:class:`~uniongraph.extraction.merge.NameGroup` holds every mention of a name; a store with
thousands of mentions of 中国 cannot re-read them for each added document. A
:class:`NameAggregate` keeps only what settles the entity (types, venue flag, aliases, the
first mention, age and roles, the mention count), each order-dependent part with the key of
the mention it came from, ``(source, article index, article id, position in the article)``.
Two aggregates of the same name therefore combine in any order and give what a merge of all
their articles at once, in (source, index) order, gives. The mentions themselves (and the
resolutions, one per article that wrote an alias) stay in the ledger's ``mentions`` table.

>>> from uniongraph.model import Mention
>>> m = Mention(0, 6, "北京市总工会", "Federation", "北京市总工会", "org")
>>> a = NameAggregate("北京市总工会")
>>> a.add(("b.md", 0, "article/b-0", 0), ("b.md", 0, 0), m, [0, 10, "北京市总工会举办活动。"])
>>> b = NameAggregate("北京市总工会")
>>> b.add(("a.md", 0, "article/a-0", 3), ("a.md", 0, 5), m, [0, 12, "……北京市总工会慰问职工。"])
>>> a.combine(b).first, a.count, a.type()
(('a.md', 0, 5), 2, 'Federation')
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..extraction.merge import NameGroup
from ..ids import entity_id
from ..model import Entity, EntityMention, Mention, Resolution

#: where a mention sits in a build of all articles at once: (source, index, article id, position)
Key = tuple[str, int, str, int]


@dataclass
class NameAggregate:
    """The merge state of one canonical name, minus the mention list."""

    name: str
    first: tuple[str, int, int] | None = None            # (source, index, start): the entity order
    head: tuple[Key, list[Any], list[Any]] | None = None  # first mention [aid, start, end, text] and its sentence
    count: int = 0
    aliases: set[str] = field(default_factory=set)
    age: tuple[Key, Any] | None = None
    roles: dict[str, Key] = field(default_factory=dict)
    all_types: Counter[str] = field(default_factory=Counter)
    direct_types: Counter[str] = field(default_factory=Counter)
    venue: bool = False
    _type: str | None = field(default=None, repr=False, compare=False)  # settled type, until the next change

    def add(self, key: Key, first: tuple[str, int, int], m: Mention, sentence: list[Any]) -> None:
        """Add one mention of the name (as :meth:`NameGroup.add` does), read at ``key``."""
        self._type = None
        self.first = first if self.first is None else min(self.first, first)
        if self.head is None or key < self.head[0]:
            self.head = (key, [key[2], m.start, m.end, m.text], list(sentence))
        self.count += 1
        if m.name != self.name and not m.attributes.get("anaphor"):
            self.aliases.add(m.name)
        if "age" in m.attributes and (self.age is None or key < self.age[0]):
            self.age = (key, m.attributes["age"])
        if "role" in m.attributes:
            role = m.attributes["role"]
            if role not in self.roles or key < self.roles[role]:
                self.roles[role] = key
        self.all_types[m.type] += 1
        if m.resolution != "anaphora":
            self.direct_types[m.type] += 1
        self.venue = self.venue or bool(m.attributes.get("venue"))

    def combine(self, other: NameAggregate) -> NameAggregate:
        """This aggregate with ``other`` (of the same name, from other articles) added; in place."""
        self._type = None
        if other.first is not None:
            self.first = other.first if self.first is None else min(self.first, other.first)
        if other.head is not None and (self.head is None or other.head[0] < self.head[0]):
            self.head = other.head
        self.count += other.count
        self.aliases |= other.aliases
        if other.age is not None and (self.age is None or other.age[0] < self.age[0]):
            self.age = other.age
        for role, key in other.roles.items():
            if role not in self.roles or key < self.roles[role]:
                self.roles[role] = key
        self.all_types.update(other.all_types)
        self.direct_types.update(other.direct_types)
        self.venue = self.venue or other.venue
        return self

    def type(self) -> str:
        """The settled entity type, by the merge's own rule."""
        assert self.first is not None
        if self._type is None:
            self._type = NameGroup(self.first, all_types=dict(self.all_types),
                                   direct_types=dict(self.direct_types), venue=self.venue).type()
        return self._type

    @property
    def id(self) -> str:
        return entity_id(self.type(), self.name)

    def okey(self) -> list[Any]:
        """The key the merge orders entities by: first mention, then name."""
        assert self.first is not None
        return [*self.first, self.name]

    def attributes(self) -> dict[str, Any]:
        """Age and roles, in the order a merge of all articles at once would have set them."""
        keyed: list[tuple[Key, int, str, Any]] = []
        if self.age is not None:
            keyed.append((self.age[0], 0, "age", self.age[1]))
        if self.roles:
            roles = sorted(self.roles, key=lambda r: self.roles[r])
            keyed.append((self.roles[roles[0]], 1, "roles", roles))
        return {k: v for _, _, k, v in sorted(keyed, key=lambda t: (t[0], t[1]))}

    def entity(self, mentions: list[EntityMention], resolutions: list[Resolution] | None = None) -> Entity:
        """The entity, with the ``mentions`` (all of them, or the part a change concerns) given."""
        return Entity(self.id, self.name, self.type(), set(self.aliases), self.attributes(), list(mentions),
                      list(resolutions or []))

    def head_mention(self) -> EntityMention:
        assert self.head is not None
        return EntityMention(*self.head[1])

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "first": self.first, "head": self.head, "count": self.count,
                "aliases": sorted(self.aliases), "age": self.age,
                "roles": [[k, r] for r, k in sorted(self.roles.items(), key=lambda p: p[1])],
                "all": dict(self.all_types), "direct": dict(self.direct_types), "venue": self.venue}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> NameAggregate:
        head = d["head"]
        age = d["age"]
        return cls(d["name"], tuple(d["first"]),  # type: ignore[arg-type]
                   (tuple(head[0]), head[1], head[2]) if head else None,  # type: ignore[arg-type]
                   d["count"], set(d["aliases"]), (tuple(age[0]), age[1]) if age else None,  # type: ignore[arg-type]
                   {r: tuple(k) for k, r in d["roles"]},  # type: ignore[misc]
                   Counter(d["all"]), Counter(d["direct"]), d["venue"])
