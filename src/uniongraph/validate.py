"""Checking a graph against the SHACL shapes of ``ontology/shapes.ttl`` (with pySHACL).

The shapes say: every entity has one ``ug:`` type and one ``@zh`` label (holding a Chinese
character, else a warning); every relation joins the classes of its domain and range; every
statement has evidence and its triple; every piece of evidence is complete and its offsets fit
its sentence.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation")})
>>> validate(kg).conforms
True
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .errors import GraphFileError
from .graph.vocabulary import PREFIXES
from .model import KnowledgeGraph


def shapes_path() -> Path:
    """``ontology/shapes.ttl`` of the source checkout this package runs from."""
    return Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    """The shapes graph (parsed once per process)."""
    path = shapes_path()
    if not path.is_file():
        raise GraphFileError(f"{path}: SHACL shapes not found (run from a source checkout)")
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

    def json(self) -> str:
        return json.dumps({"conforms": self.conforms, "violations": len(self.violations),
                           "warnings": len(self.warnings), "results": [asdict(r) for r in self.results]},
                          ensure_ascii=False, indent=1)


def _short(value: str | None) -> str:
    if value is None:
        return ""
    for prefix, ns in PREFIXES.items():
        if value.startswith(str(ns)) and len(value) > len(str(ns)):
            return f"{prefix}:{unquote(value[len(str(ns)):])}"
    return value


def validate_graph(data: Graph) -> ValidationReport:
    """Validate an rdflib graph of the ``ug:`` vocabulary against the shapes."""
    from pyshacl import validate as shacl_validate

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
