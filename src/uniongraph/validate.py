"""Checking a graph against the SHACL shapes of ``ontology/shapes.ttl``.

The shapes say: every entity has one ``ug:`` type and one ``@zh`` label (holding a Chinese
character, else a warning); every relation joins the classes of its domain and range; every
statement has evidence and its triple; every piece of evidence is complete and its offsets fit
its sentence.

Two checkers of the same shapes: :func:`validate_graph` runs pySHACL on any RDF graph
(``uniongraph validate``); :func:`check` tests a :class:`KnowledgeGraph` against them directly,
in one pass over its entities, articles and relations, which is what every build does (pySHACL
on a graph of 400 articles cost more than the extraction). A test keeps the two in agreement on
broken graphs of every kind.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation")})
>>> validate(kg).conforms
True
>>> check(kg).conforms
True
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from .errors import GraphFileError
from .graph.namespaces import PREFIX_IRIS, RDF_TYPE, RDFS_LABEL
from .model import KnowledgeGraph
from .schema import ENTITY_TYPE_NAMES, relation_type

if TYPE_CHECKING:  # (imported where pySHACL runs: a build's own check needs no rdflib)
    from rdflib import Graph, URIRef


def shapes_path() -> Path:
    """The SHACL shapes, ``uniongraph/ontology/shapes.ttl`` inside the installed package (the
    checkout's ``ontology/shapes.ttl`` links to it)."""
    return Path(__file__).resolve().parent / "ontology" / "shapes.ttl"


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    """The shapes graph (parsed once per process)."""
    path = shapes_path()
    if not path.is_file():
        raise GraphFileError(f"{path}: SHACL shapes not found (a broken installation: reinstall uniongraph)")
    from rdflib import Graph

    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib's parser raises many kinds
        raise GraphFileError(f"{path}: not valid Turtle: {' '.join(str(exc).split())[:200]}") from exc
    return g


@dataclass
class Violation:
    """One result of the validation: what node, which property, what is wrong."""

    severity: str          # "Violation", "Warning" or "Info"
    focus: str
    path: str | None
    message: str
    value: str | None = None
    shape: str | None = None

    def line(self) -> str:
        """One line for the terminal, IRIs shortened and decoded."""
        where = _short(self.focus) + (f" {_short(self.path)}" if self.path else "")
        value = f" ({_short(self.value)})" if self.value is not None and self.value != self.focus else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass
class ValidationReport:
    """The outcome: ``conforms`` is false when there is any result of severity Violation."""

    conforms: bool
    results: list[Violation] = field(default_factory=list)

    @property
    def violations(self) -> list[Violation]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [r for r in self.results if r.severity != "Violation"]

    def text(self, limit: int | None = 20) -> str:
        """A readable report: counts by message, then up to ``limit`` results."""
        head = (f"{'conforms' if self.conforms else 'does not conform'}: "
                f"{len(self.violations)} violations, {len(self.warnings)} warnings")
        lines = [head]
        for (sev, msg), n in sorted(Counter((r.severity, r.message) for r in self.results).items()):
            lines.append(f"  {n:6d}  {sev}: {msg}")
        shown = self.results if limit is None else self.results[:limit]
        if shown:
            lines.append("")
            lines += [r.line() for r in shown]
            if len(shown) < len(self.results):
                lines.append(f"... and {len(self.results) - len(shown)} more")
        return "\n".join(lines)

    def summary(self) -> str:
        """Counts by kind on one line: ``2 violation(s), 8 warning(s): 8 × an end of the relation …``."""
        kinds = Counter(r.message for r in self.results)
        head = f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s)"
        return head + (": " + "; ".join(f"{n} × {msg}" for msg, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
                       if kinds else "")

    def json(self) -> str:
        return json.dumps({"conforms": self.conforms, "violations": len(self.violations),
                           "warnings": len(self.warnings), "results": [asdict(r) for r in self.results]},
                          ensure_ascii=False, indent=1)


def _short(value: str | None) -> str:
    if value is None:
        return ""
    for prefix, ns in PREFIX_IRIS.items():
        if value.startswith(ns) and len(value) > len(ns):
            return f"{prefix}:{unquote(value[len(ns):])}"
    return value


def validate_graph(data: Graph) -> ValidationReport:
    """Validate an rdflib graph of the ``ug:`` vocabulary against the shapes."""
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import RDF, SH

    conforms, results, _ = shacl_validate(data, shacl_graph=load_shapes(), inference="none",
                                          advanced=True, allow_warnings=True)
    out = []
    for res in results.subjects(RDF.type, SH.ValidationResult):
        def one(p: URIRef) -> str | None:
            v = results.value(res, p)
            return None if v is None else str(v)

        severity = (one(SH.resultSeverity) or str(SH.Violation)).rsplit("#", 1)[-1]
        out.append(Violation(severity, one(SH.focusNode) or "", one(SH.resultPath),
                             one(SH.resultMessage) or "constraint not met", one(SH.value),
                             one(SH.sourceShape)))
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    out.sort(key=lambda v: (order.get(v.severity, 3), v.message, v.focus, v.path or "", v.value or ""))
    return ValidationReport(bool(conforms) or not any(v.severity == "Violation" for v in out), out)


def validate(kg: KnowledgeGraph) -> ValidationReport:
    """Validate a knowledge graph (its RDF, as ``graph.ttl`` holds it)."""
    from .graph.rdf import to_rdf

    return validate_graph(to_rdf(kg))


# ------------------------------------------------------------------ the shapes, checked directly

_CHINESE = re.compile("[\u3400-\u9fff]")
_CURATED_BY = re.compile(":[0-9]+$")
#: the named node shapes of shapes.ttl (classes as the ontology writes them), with their messages
_NODE_SHAPES: dict[tuple[str, ...], str] = {
    ("Organization",): "not an organisation (ug:Organization or a subclass)",
    ("Person", "Organization"): "neither a person nor an organisation",
    ("Organization", "Place"): "neither an organisation nor a place",
}


def check(kg: KnowledgeGraph) -> ValidationReport:
    """The shapes of ``ontology/shapes.ttl`` checked on ``kg`` itself, without RDF or pySHACL.

    Gives the results :func:`validate` gives (the same focus nodes, severities and, where a
    shape has a message, messages), in a time that is small beside the build's.
    """
    from .graph.nodes import NodeIndex
    from .graph.rdf import _evidence_text as evidence_iri, _statement_text as statement_iri
    from .ids import DATA_NS, ONTOLOGY_NS, entity_iri as node_iri

    def ug(name: str) -> str:
        return ONTOLOGY_NS + name

    out: list[Violation] = []
    index = NodeIndex(kg)

    def add(focus: str, path: str | None, message: str, value: object = None, severity: str = "Violation") -> None:
        out.append(Violation(severity, focus, path, message, None if value is None else str(value)))

    def type_of(eid: str) -> str:
        ent = kg.entities.get(eid)
        return ent.type if ent is not None else index.implied[eid].type

    ends = [(rel, *index.ends(rel)) for rel in [*kg.relations, *kg.inferred_relations]]
    for art in kg.articles:  # bylines make implied person nodes too
        for b in art.bylines:
            if b.role in ("reporter", "correspondent"):
                index.person(b.name)
    labelled = [(e.id, e.name, e.type) for e in kg.entities.values()]
    labelled += [(i.id, i.name, i.type) for i in index.implied.values()]
    for eid, name, type_ in labelled:
        node = str(node_iri(eid))
        if type_ not in ENTITY_TYPE_NAMES:
            add(node, RDF_TYPE, "an entity has exactly one ug: type", ug(type_))
        if not name:
            add(node, RDFS_LABEL, "an entity has exactly one non-empty rdfs:label in @zh", name)
        if not _CHINESE.search(name):
            add(node, RDFS_LABEL, "the label holds no Chinese character", name, "Warning")
    for ent in kg.entities.values():  # the provenance of corrections (uniongraph.curation)
        attrs = ent.attributes
        for value in attrs.get("curatedBy", ()) if isinstance(attrs.get("curatedBy"), list) else ():
            if isinstance(value, str) and not _CURATED_BY.search(value):
                add(str(node_iri(ent.id)), ug("curatedBy"),
                    "a curation names its corrections file and line (corrections.toml:12)", value)
        for value in attrs.get("curationReason", ()) if isinstance(attrs.get("curationReason"), list) else ():
            if isinstance(value, str) and not value:
                add(str(node_iri(ent.id)), ug("curationReason"), "a curation reason is non-empty text", value)
    articles = {a.id for a in kg.articles}
    for rel, head_id, tail_id in ends:
        head, tail = node_iri(head_id), node_iri(tail_id)
        try:
            shape = relation_type(rel.relation)
        except KeyError:
            shape = None
        if shape is not None and type_of(head_id) not in shape.heads:
            add(str(head), None, _NODE_SHAPES.get(shape.domain, f"the head of {rel.relation} is not a "
                                                  f"{'/'.join(shape.domain)}"), head)
        if shape is not None and type_of(tail_id) not in shape.tails:
            add(str(head), ug(rel.relation), f"the tail of {rel.relation} is not a {'/'.join(shape.range)}", tail)
            if shape.range in _NODE_SHAPES:  # pySHACL also reports the tail against the named shape
                add(str(tail), None, _NODE_SHAPES[shape.range], tail)
        st = statement_iri(head, rel.relation, tail, rel.inferred)
        if not rel.evidence:
            add(str(st), ug("evidence"), "a statement has evidence")
        for ev in rel.evidence:
            node = str(evidence_iri(st, ev))
            if ev.article_id not in articles:
                add(node, ug("article"), "evidence names one article", DATA_NS + ev.article_id)
            if not ev.sentence:
                add(node, ug("sentence"), "evidence has one sentence")
            if ev.sentence_start < 0:
                add(node, ug("sentenceStart"), "the sentence starts before its article (a negative offset)",
                    ev.sentence_start)
            if not ev.rule:
                add(node, ug("rule"), "evidence names the rule that found it")
            if len(ev.sentence) != ev.sentence_end - ev.sentence_start:
                add(node, ug("sentence"),
                    "the sentence offsets do not fit the sentence (its length is not end - start)")
            outside = [(a, b) for a, b in ((ev.head_start, ev.head_end), (ev.tail_start, ev.tail_end))
                       if a is not None and b is not None
                       and (a < ev.sentence_start or b > ev.sentence_end or a >= b)]
            if outside:
                add(node, ug("sentence"), "an end of the relation is named outside its sentence "
                    "(in the headline, or earlier)", severity="Warning")
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    out.sort(key=lambda v: (order.get(v.severity, 3), v.message, v.focus, v.path or "", v.value or ""))
    # a relation stated and inferred, or repeated, is one triple: report its node once per kind
    unique = list({(v.severity, v.focus, v.path, v.message, v.value): v for v in out}.values())
    return ValidationReport(not any(v.severity == "Violation" for v in unique), unique)
