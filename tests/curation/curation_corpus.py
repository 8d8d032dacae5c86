"""The corpus the curation tests correct (the store tests' four pages) and a file of each kind."""

from __future__ import annotations

from pathlib import Path

from uniongraph.build import build_documents
from uniongraph.curation import Corrections, parse_corrections
from uniongraph.model import KnowledgeGraph
from uniongraph.reading import read_document

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
FILES = sorted(str(p) for p in CORPUS.glob("*.md"))
A, B, C, D = FILES  # a-city, b-district, c-company, d-place

#: one correction of each kind; all but the reject concern names the later pages (c, d) hold,
#: so a store built from a and b applies them to documents added later
EACH_KIND = """\
# corrections of the store corpus
[[reject]]
name = "北京会议中心"
reason = "a venue we do not track"

[[retype]]
name = "暖心职工志愿服务队"
type = "Event"

[[merge]]
names = ["职工冰雪运动会"]
into = "职工冬季运动会"
reason = "one event, named twice"

[[split]]
name = "陈曦"
into = "陈曦（朝阳区）"
files = ["d-place.md"]
reason = "two reporters of one name"

[[alias]]
name = "北京市总工会"
aliases = ["北京总工会"]
"""


def each_kind() -> Corrections:
    return parse_corrections(EACH_KIND, "corrections.toml")


def built(files: list[str], fix: Corrections | None = None) -> KnowledgeGraph:
    """A build of ``files`` (in path order, as a store's export orders them) with ``fix``."""
    return build_documents([read_document(f) for f in sorted(files)], corrections=fix)


def by_name(kg: KnowledgeGraph) -> dict[str, object]:
    return {e.name: e for e in kg.entities.values()}


def facts(kg: KnowledgeGraph) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in kg.relations}
