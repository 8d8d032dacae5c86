"""A build's Turtle written without rdflib: rdflib's bytes, the same graph parsed back, rdflib
itself for what the plain writer is unsure of, and no rdflib imported by a build."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from kgfixture import sample_graph
from rdflib.compare import isomorphic

from uniongraph.graph.namespaces import PREFIX_IRIS, XSD_DATE, XSD_INTEGER
from uniongraph.graph.rdf import Iris, _plain_typed, to_rdf
from uniongraph.graph.vocabulary import PREFIXES
from uniongraph.readwrite import turtle_plain
from uniongraph.readwrite.turtle import generate_turtle, read_turtle

from test_turtle_writer import _awkward_graph  # noqa: E402 (tests/readwrite is on sys.path)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _rdflib_turtle(kg: object, monkeypatch: pytest.MonkeyPatch) -> str:
    """``generate_turtle`` by the rdflib path (the plain writer switched off)."""
    with monkeypatch.context() as m:
        m.setattr(turtle_plain, "plain_turtle", lambda kg: None)
        return generate_turtle(kg)  # type: ignore[arg-type]


def _graphs() -> list[object]:
    from uniongraph.build import build_corpus

    example, _ = build_corpus([str(EXAMPLES / "seed-page.md")], quiet=True)
    return [sample_graph(), _awkward_graph(), example]


def test_plain_turtle_is_rdflibs_bytes_and_parses_to_the_same_graph(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for kg in _graphs():
        plain = turtle_plain.plain_turtle(kg)  # type: ignore[arg-type]
        assert plain is not None
        assert plain == _rdflib_turtle(kg, monkeypatch) == generate_turtle(kg)  # type: ignore[arg-type]
        path = tmp_path / "graph.ttl"
        path.write_text(plain, encoding="utf-8")
        assert isomorphic(read_turtle(path), to_rdf(kg))  # type: ignore[arg-type]


def test_an_empty_graph_is_the_header_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from uniongraph.model import KnowledgeGraph

    text = turtle_plain.plain_turtle(KnowledgeGraph())
    assert text == _rdflib_turtle(KnowledgeGraph(), monkeypatch)
    assert text is not None and text.endswith(" .\n\n") and text.count("@prefix") == len(PREFIX_IRIS)


def test_what_the_plain_writer_is_unsure_of_is_written_by_rdflib(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two integers under one predicate (their order is rdflib's numeric one) and a predicate no
    uniongraph prefix shortens: no plain text; ``generate_turtle`` gives rdflib's bytes."""
    for ages, relation in (([46, 5], None), (None, "works.For.")):
        kg = sample_graph()
        if ages:
            next(iter(kg.entities.values())).attributes["age"] = ages
        if relation:  # a relation whose name no prefix shortens as rdflib would
            kg.relations[0].relation = relation
        assert turtle_plain.plain_turtle(kg) is None
        assert generate_turtle(kg) == _rdflib_turtle(kg, monkeypatch)


def test_the_namespaces_are_the_vocabularys() -> None:
    assert {p: str(ns) for p, ns in PREFIXES.items()} == PREFIX_IRIS


@pytest.mark.parametrize("value,lang,datatype", [
    (0, None, XSD_INTEGER), (-12, None, XSD_INTEGER), (10**30, None, XSD_INTEGER), (True, None, None),
    (False, None, None), ("1998-01-03", None, XSD_DATE), ("2000-02-29", None, XSD_DATE),
])
def test_typed_literals_made_without_rdflib_are_rdflibs(value: object, lang: str | None, datatype: str | None) -> None:
    with_rdflib = Iris(plain=True).lit(value, lang=lang, datatype=datatype)
    assert _plain_typed(value, lang, datatype) == with_rdflib
    assert Iris(plain=True, typed_terms=False).lit(value, lang=lang, datatype=datatype) == with_rdflib


@pytest.mark.parametrize("value,datatype", [("1998-02-30", XSD_DATE), ("1998-1-3", XSD_DATE), (1.5, None),
                                            (1, "http://www.w3.org/2001/XMLSchema#long")])
def test_other_typed_literals_are_left_to_rdflib(value: object, datatype: str | None) -> None:
    assert _plain_typed(value, None, datatype) is None
    assert Iris(plain=True, typed_terms=False).lit(value, datatype=datatype) == Iris(plain=True).lit(value, datatype=datatype)


def test_a_build_imports_no_rdflib(tmp_path: Path) -> None:
    """The build of the example page writes graph.ttl and checks the shapes without rdflib (its
    caches made by a first build: without the ontology's cache, rdflib parses the ontology)."""
    code = ("import sys; from uniongraph.cli import main; "
            f"status = main(['build', {str(EXAMPLES / 'seed-page.md')!r}, '--out', sys.argv[1], '--quiet']); "
            "print(status, 'rdflib' in sys.modules)")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    for run in ("first", "second"):
        out = subprocess.run([sys.executable, "-c", code, str(tmp_path / run)], env=env, capture_output=True,
                             text=True, timeout=300)
        assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-2:] == ["0", "False"]
    assert json.loads((tmp_path / "second" / "graph.json").read_text(encoding="utf-8"))["entities"]
