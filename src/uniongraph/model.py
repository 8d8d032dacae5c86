"""The document model every pipeline stage reads and adds to.

Data flows one way::

    files -> Document -> Article -> Sentence -> Mention -> Entity / Relation -> KnowledgeGraph

Offsets are character offsets into ``Article.text`` (end exclusive) and are set once by the
stage that finds a span; later stages never re-derive them. ``Article.text`` is the headline,
a newline, then the repaired body, so a fact stated in a headline has evidence too.

>>> art = Article(id="a1", source="page.md", index=0, title="标题", text="标题\\n正文。")
>>> art.text[art.body_start:]
'正文。'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .schema import ENTITY_TYPE_NAMES as ENTITY_TYPES  # noqa: E402  (the one table of types)
from .schema import ORG_TYPES  # noqa: E402
from .schema import extracted_relations

#: Relation names of the ontology that extraction produces (bylines give ``reportedBy``).
RELATION_TYPES: tuple[str, ...] = extracted_relations()


@dataclass
class Sentence:
    """A sentence (or headline) of an article: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


#: the typed fields of :class:`Mention` that recognisers set (persisted by name in stores)
MENTION_ATTRIBUTES = ("role", "age", "place", "parts", "venue", "region_short", "reference", "weak", "anaphor",
                      "congress", "modifier")


@dataclass
class Mention:
    """A span of article text that names an entity.

    ``name`` is the surface form with quote marks removed; ``canonical`` is the full name the
    mention resolves to (set by alias resolution, ``None`` means ``name`` itself), and
    ``resolution`` says why (e.g. ``"declared-abbreviation"``).
    """

    start: int
    end: int
    text: str
    type: str
    name: str
    source: str
    priority: int = 0
    canonical: str | None = None
    resolution: str | None = None
    #: a congress (职代会, 党代会): it may stand inside another event's name and is never the
    #: article's main event (see :mod:`uniongraph.extraction.overlaps`)
    congress: bool = False
    # What a recogniser read about the name, for the later stages (one field each, not a dict):
    role: str | None = None          # the title or post next to a person (主席, 劳模)
    age: int | None = None           # a person's age stated beside the name
    place: str | None = None         # the gazetteer's full name of a place (北京 -> 北京市)
    parts: list[list[int]] | None = None  # a place naming its enclosing place first, as its parts
    venue: bool = False              # an organisation head that names a place where events are held
    region_short: bool = False       # 市总工会: a short form of the home region's body
    reference: bool = False          # 集团工会: refers to a body named elsewhere
    weak: bool = False               # a descriptive name, kept only in a list of names
    anaphor: bool = False            # 该公司: resolved to its antecedent, never an alias
    modifier: bool = False           # 中国|特色, 《中华人民共和国劳动法》: a name, but no entity of the graph
    #: the place written before an organisation's name (辽宁省丹东市|鸭绿江造纸厂 -> 丹东市), added to
    #: the article's mentions once relations are read
    located_at: Mention | None = None
    #: the places written inside an event's name (天津|世界体操锦标赛): flat NER names, no entities of
    #: the graph (modifier places), added to the article's mentions once relations are read
    inner_places: list[Mention] | None = None
    #: the registered company written at the front of a unit's name (南岭远航建设工程有限公司|城西管廊
    #: 项目部): the unit is named in full, the company is its own (nested) name, added to the
    #: article's mentions once relations are read, as the places of ``located_at`` are
    body: Mention | None = None

    @property
    def attributes(self) -> dict[str, Any]:
        """The fields a recogniser set, as a dict (as stores persist them)."""
        return {k: getattr(self, k) for k in MENTION_ATTRIBUTES if getattr(self, k) not in (None, False)}

    @property
    def key(self) -> str:
        """The canonical name this mention stands for."""
        return self.canonical or self.name

    def __len__(self) -> int:
        return self.end - self.start


@dataclass
class Evidence:
    """Where a relation was read: the article, the sentence and the spans of both ends."""

    article_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    rule: str
    head_start: int | None = None
    head_end: int | None = None
    tail_start: int | None = None
    tail_end: int | None = None


@dataclass
class Relation:
    """A typed fact ``head --relation--> tail`` between canonical entity names."""

    head: str
    head_type: str
    relation: str
    tail: str
    tail_type: str
    evidence: list[Evidence] = field(default_factory=list)
    inferred: bool = False

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.head_type, self.head, self.relation, self.tail_type, self.tail)


@dataclass
class Byline:
    """A name in an article's byline: ``role`` is ``"reporter"`` (记者) or ``"correspondent"`` (通讯员)."""

    role: str
    name: str
    start: int
    end: int


@dataclass
class Article:
    """One article of a page: headline, byline, body and everything found in them."""

    id: str
    source: str
    index: int
    title: str
    text: str
    line: int = 1
    kicker: str = ""
    bylines: list[Byline] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    #: the text as written, while extraction reads a copy in simplified script (set and cleared
    #: by the extraction pipeline; offsets are the same in both)
    written_text: str | None = None
    #: names the tagger reads that are flat NER names but no entities (a surname alone, 李|大妈; a
    #: person in a work's title; a body or a place the grammar has no name for, 八一队): set by the
    #: pipeline's ``recognise``, added to ``mentions`` and cleared by its ``link`` once relations
    #: are read, so that no relation rule sees them
    flat_persons: list[Mention] | None = field(default=None, compare=False, repr=False)
    #: set when corrections (:mod:`uniongraph.curation`) changed this article: ``{}``, or
    #: ``{"bylines": [...]}`` with the bylines as read if they renamed or dropped one (a store
    #: applies other corrections later from what was read)
    curation: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    @property
    def reporters(self) -> list[str]:
        """Reporters (记者) in byline order."""
        return [b.name for b in self.bylines if b.role == "reporter"]

    @property
    def correspondents(self) -> list[str]:
        """Correspondents (通讯员) in byline order."""
        return [b.name for b in self.bylines if b.role == "correspondent"]

    @property
    def body_start(self) -> int:
        """Offset of the first body character (after the headline line)."""
        n = len(self.title)  # (text.startswith(title + "\n"), without making that string: asked per mention)
        return n + 1 if self.text.startswith("\n", n) and self.text.startswith(self.title) else 0


@dataclass
class Document:
    """One input file, decoded, with the articles it holds.

    ``region`` is the home region of the publication (``北京市`` for a Beijing paper); short
    forms such as ``市总工会`` are resolved against it.
    """

    path: str
    text: str
    encoding: str = "utf-8"
    region: str | None = None
    articles: list[Article] = field(default_factory=list)
    #: False while the articles' bylines and sentences are still to be read
    #: (``reading.parse_articles``): a corpus build leaves that to its extraction processes
    parsed: bool = True


@dataclass
class EntityMention:
    """One occurrence of an entity: ``article.text[start:end] == text``."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass
class Resolution:
    """A recorded alias or reference decision: ``alias`` was taken to mean the entity, and why."""

    alias: str
    reason: str
    article_id: str


@dataclass
class Entity:
    """One real-world entity after alias resolution and merging across articles."""

    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    attributes: dict[str, Any] = field(default_factory=dict)
    mentions: list[EntityMention] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)


@dataclass
class KnowledgeGraph:
    """The merged result of a build: what every output format writes."""

    articles: list[Article] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    inferred_relations: list[Relation] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def entity(self, name: str, type: str | None = None) -> Entity | None:
        """The entity with this canonical name (and type, if given), or ``None``."""
        for ent in self.entities.values():
            if ent.name == name and (type is None or ent.type == type):
                return ent
        return None
