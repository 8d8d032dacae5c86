"""Every command reads every graph a build writes or a user has, told from its content.

Sources: a build folder, graph.json, Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML and a store
(``uniongraph.readwrite.sources.open_graph``); export formats by name or usual alias.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from uniongraph.cli import main
from uniongraph.errors import GraphFileError
from uniongraph.export import parse_formats
from uniongraph.readwrite.formats import graph_format, sniff_format
from uniongraph.readwrite.sources import open_graph

PAGE = """# 海河区总工会举办职工技能大赛

本报讯（记者 陈晓明 通讯员 林海燕）近日，由海河区总工会主办的第三届职工技能大赛在海河区职工文化中心举行。
海河钢铁集团工会主席王立新出席开幕式。海河钢铁集团有限公司的120名职工参加比赛。
"""

SOURCES = ["folder", "graph.json", "graph.ttl", "graph.nt", "graph.nq", "graph.trig", "graph.jsonld",
           "graph.rdf", "store", "turtle-named-txt"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sources")
    page = root / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    out, store = root / "out", root / "store"
    assert main(["build", str(page), "--out", str(out), "--store", str(store), "--quiet", "--no-validate"]) == 0
    paths = {"folder": out, "graph.json": out / "graph.json", "graph.ttl": out / "graph.ttl", "store": store}
    for name, fmt in (("graph.nt", "nt"), ("graph.nq", "nq"), ("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
        assert main(["export", str(out), "--format", fmt, "--out", str(root / name), "--quiet"]) == 0
        paths[name] = root / name
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    g.serialize(root / "graph.rdf", format="xml")
    paths["graph.rdf"] = root / "graph.rdf"
    (root / "graph.txt").write_bytes((out / "graph.ttl").read_bytes())  # a name that says nothing
    paths["turtle-named-txt"] = root / "graph.txt"
    return paths


def _names(path: Path) -> set[tuple[str, str]]:
    kg = open_graph(path).knowledge_graph()
    return {(e.name, e.type) for e in kg.entities.values()}


@pytest.mark.parametrize("source", SOURCES)
def test_each_source_gives_the_same_entities_and_relations(built: dict[str, Path], source: str) -> None:
    expected = open_graph(built["graph.json"]).knowledge_graph()
    kg = open_graph(built[source]).knowledge_graph()
    assert _names(built[source]) == {(e.name, e.type) for e in expected.entities.values()}
    assert sorted((r.head, r.relation, r.tail) for r in kg.relations) == \
        sorted((r.head, r.relation, r.tail) for r in expected.relations)
    assert [a.title for a in kg.articles] == [a.title for a in expected.articles]


@pytest.mark.parametrize("source", SOURCES)
def test_every_command_takes_every_source(built: dict[str, Path], source: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    src = str(built[source])
    assert main(["query", src, "SELECT ?n WHERE { ?e a ug:Person ; rdfs:label ?n } ORDER BY ?n",
                 "--format", "csv"]) == 0
    assert "王立新" in capsys.readouterr().out
    assert main(["export", src, "--format", "graphml", "--out", str(tmp_path / "g.graphml"), "--quiet"]) == 0
    assert "王立新" in (tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert main(["view", src, "--out", str(tmp_path / "v.html"), "--focus", "王立新", "--quiet"]) == 0
    assert "王立新" in (tmp_path / "v.html").read_text(encoding="utf-8")
    assert main(["stats", src, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["neighbors", src, "海河区总工会", "--format", "json"]) == 0
    assert "第三届职工技能大赛" in capsys.readouterr().out
    assert main(["validate", src]) == 0


@pytest.mark.parametrize(("alias", "parser"), [
    ("nt", "nt"), ("ntriples", "nt"), ("n-triples", "nt"), ("ttl", "turtle"), ("turtle", "turtle"),
    ("json-ld", "json-ld"), ("jsonld", "json-ld"), ("nq", "nquads"), ("nquads", "nquads"), ("trig", "trig"),
])
def test_export_from_turtle_by_alias(built: dict[str, Path], tmp_path: Path, alias: str, parser: str) -> None:
    out = tmp_path / f"x.{alias}"
    assert main(["export", str(built["graph.ttl"]), "--format", alias, "--out", str(out), "--quiet"]) == 0
    from rdflib import Dataset

    got = Dataset(default_union=True)
    got.parse(out, format=parser)
    want = Graph()
    want.parse(built["graph.ttl"], format="turtle")
    assert len(set(got.triples((None, None, None)))) == len(want)


def test_aliases_name_the_formats() -> None:
    assert parse_formats("nt,ttl,json-ld,nq,TriG") == ["ntriples", "turtle", "jsonld", "nquads", "trig"]
    assert graph_format("N-Quads").name == "nquads"
    with pytest.raises(KeyError):
        graph_format("yaml")


def test_content_not_the_name_decides(built: dict[str, Path], tmp_path: Path) -> None:
    nt_named_ttl = tmp_path / "really-ntriples.ttl"
    nt_named_ttl.write_bytes(built["graph.nt"].read_bytes())
    assert sniff_format(nt_named_ttl).name == "ntriples"
    assert sniff_format(built["turtle-named-txt"]).name == "turtle"
    assert sniff_format(built["graph.json"]).name == "graphjson"
    assert sniff_format(built["graph.jsonld"]).name == "jsonld"
    assert sniff_format(built["graph.trig"]).name == "trig"
    assert sniff_format(built["graph.nq"]).name == "nquads"
    assert sniff_format(built["graph.rdf"]).name == "rdfxml"


@pytest.mark.parametrize(("name", "content"), [
    ("empty.ttl", ""),
    ("page.md", PAGE),
    ("other.json", '{"name": "not a graph", "items": [1, 2]}'),
    ("binary.nt", "\x00\x01\x02PNG"),
])
def test_an_unreadable_source_is_one_line_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError, match="not a graph file"):
        open_graph(path)
    assert main(["export", str(path), "--format", "nt", "--out", str(tmp_path / "x.nt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(path) in err[0] and "Turtle, N-Triples" in err[0]
    assert not (tmp_path / "x.nt").exists()


def test_broken_turtle_names_file_and_line(built: dict[str, Path], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.ttl"
    text = built["graph.ttl"].read_text(encoding="utf-8")
    path.write_text(text + "\nugd:x ug:worksFor .\n", encoding="utf-8")
    assert main(["query", str(path), "ASK {}"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{path}:" in err[0] and "not valid Turtle" in err[0]


def test_missing_path_and_folder_without_graph(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError, match="no such file"):
        open_graph(tmp_path / "nope.ttl")
    with pytest.raises(GraphFileError, match="neither a store nor a build folder"):
        open_graph(tmp_path)


def test_a_graph_file_that_is_a_named_pipe_is_refused_unopened(tmp_path: Path) -> None:
    import os

    from uniongraph.errors import GraphFileError
    from uniongraph.readwrite.formats import sniff_format

    fifo = tmp_path / "graph.ttl"
    os.mkfifo(fifo)
    with pytest.raises(GraphFileError, match="not a regular file"):
        sniff_format(fifo)
