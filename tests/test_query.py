"""Loading graphs, running SPARQL, formatting answers, and the example queries."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest
from kgfixture import PERSON, sample_graph
from rdflib import Graph
from rdflib.compare import isomorphic

from uniongraph.errors import GraphFileError, QueryError
from uniongraph.graph.vocabulary import PREFIXES
from uniongraph.graph.rdf import to_rdf
from uniongraph.query import QueryResult, format_result, load_graph, ontology_path, run_query
from uniongraph.readwrite.turtle import write_turtle

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
QUERIES = sorted((EXAMPLES / "queries").glob("*.rq"))
LISTINGS = sorted((EXAMPLES / "listings").glob("*.rq"))
PEOPLE = "SELECT ?name ?age WHERE { ?p a ug:Person ; rdfs:label ?name OPTIONAL { ?p ug:age ?age } } ORDER BY ?name"


@pytest.fixture(scope="module")
def g() -> Graph:
    return to_rdf(sample_graph())


# ---------------------------------------------------------------- loading


def test_load_turtle_file_and_build_folder(tmp_path: Path, g: Graph) -> None:
    write_turtle(g, tmp_path / "graph.ttl")
    assert isomorphic(load_graph(tmp_path / "graph.ttl"), g)
    assert isomorphic(load_graph(tmp_path), g)


@pytest.mark.parametrize("suffix,fmt", [(".nt", "nt"), (".jsonld", "json-ld"), (".trig", "trig")])
def test_load_other_formats_by_extension(tmp_path: Path, g: Graph, suffix: str, fmt: str) -> None:
    path = tmp_path / f"graph{suffix}"
    path.write_text(g.serialize(format=fmt), encoding="utf-8")
    loaded = load_graph(path)
    assert len(loaded) == len(g)
    assert run_query(loaded, PEOPLE).rows == run_query(g, PEOPLE).rows


def test_load_with_ontology_follows_subclasses(tmp_path: Path, g: Graph) -> None:
    if not ontology_path().is_file():
        pytest.skip("not a source checkout")
    write_turtle(g, tmp_path / "graph.ttl")
    graph = load_graph(tmp_path / "graph.ttl", with_ontology=True)
    res = run_query(graph, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a/rdfs:subClassOf* ug:Organization }")
    assert res.rows == [["6"]]  # federation, union, two companies, service team, college
    assert run_query(load_graph(tmp_path / "graph.ttl"), "ASK { ?c rdfs:subClassOf ug:Organization }").rows == [["false"]]


@pytest.mark.parametrize("name,content,expect", [
    ("missing.ttl", None, "no such file"),
    ("graph.xyz", "x", "not a graph file"),
    ("bad.nt", "<a> <b> .\n", "not valid"),
    ("bad.ttl", "ug:x ug:y ug:z .", "not valid Turtle"),
])
def test_load_errors(tmp_path: Path, name: str, content: str | None, expect: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError, match=expect) as info:
        load_graph(path)
    assert str(path) in str(info.value)


def test_load_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError, match="graph.ttl"):
        load_graph(tmp_path)


# ---------------------------------------------------------------- running


def test_select_without_prefix_lines(g: Graph) -> None:
    res = run_query(g, PEOPLE)
    assert res.columns == ["name", "age"] and res.kind == "select"
    assert res.rows == [["周美玉", None], ["宗晓畅", None], ["张晶", None], ["李🎉明", None], [PERSON, "45"]]


@pytest.mark.parametrize("query,answer", [
    ("ASK { ?s ug:inferred true }", "true"),
    ("ASK { ?s ug:founded ?o }", "false"),
])
def test_ask_gives_one_boolean_row(g: Graph, query: str, answer: str) -> None:
    res = run_query(g, query)
    assert (res.kind, res.columns, res.rows) == ("ask", ["ask"], [[answer]])


def test_construct_gives_triples(g: Graph) -> None:
    res = run_query(g, "CONSTRUCT { ?o ug:hasWorker ?p } WHERE { ?p ug:worksFor ?o }")
    assert res.kind == "graph" and res.columns == ["subject", "predicate", "object"]
    assert len(res.rows) == 1 and res.rows[0][1].endswith("#hasWorker")


@pytest.mark.parametrize("query,expect", [
    ("SELEC ?x WHERE { ?x ?p ?o }", "malformed query"),
    ("SELECT ?x WHERE { ?x ?p ", "malformed query"),
    ("SELECT ?x WHERE { ?x nope:p ?o }", "nope"),
])
def test_malformed_query(g: Graph, query: str, expect: str) -> None:
    with pytest.raises(QueryError, match=expect) as info:
        run_query(g, query)
    assert "\n" not in str(info.value)


# ---------------------------------------------------------------- formatting


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def test_table_aligns_wide_characters(g: Graph) -> None:
    res = run_query(g, "SELECT ?name ?p WHERE { ?p a ug:Person ; rdfs:label ?name } ORDER BY ?name")
    lines = format_result(res, "table").splitlines()
    assert lines[-1] == "(5 rows)"
    # The second column starts at the same display column on every line (the header is ASCII).
    col2 = lines[0].index(" p") + 1
    assert lines[1].index(" -") + 1 == col2
    for line in lines[2:-1]:
        assert _width(line[: line.index("ugd:")]) == col2, line
    assert any("ugd:person/王建国" in line for line in lines)  # readable IRIs


def test_table_escapes_newlines(g: Graph) -> None:
    res = run_query(g, 'SELECT ?n WHERE { ?p a ug:Place ; rdfs:label ?n FILTER(CONTAINS(?n, "街道")) }')
    out = format_result(res, "table")
    assert "新华\\n街道" in out and len(out.splitlines()) == 4


def test_csv_and_tsv(g: Graph) -> None:
    res = run_query(g, 'SELECT ?n ?x WHERE { ?p rdfs:label ?n OPTIONAL { ?p ug:age ?x } } ORDER BY ?n')
    rows = list(csv.reader(io.StringIO(format_result(res, "csv"))))
    assert rows[0] == ["n", "x"] and len(rows) == len(res.rows) + 1
    assert [PERSON, "45"] in rows and any(r[0] == "新华\n街道" for r in rows)
    tsv = format_result(res, "tsv").splitlines()
    assert tsv[0] == "?n\t?x" and '"新华\\n街道"@zh\t' in tsv and len(tsv) == len(res.rows) + 1


def test_csv_and_tsv_follow_the_sparql_results_formats(g: Graph) -> None:
    """W3C SPARQL 1.1 Query Results CSV and TSV: CSV has a header without ``?``, plain values and
    CRLF lines (as rdflib writes it); TSV a ``?var`` header, terms in Turtle syntax (IRIs in
    ``<>``, literals quoted with language or datatype, numbers bare) and LF lines, so rdflib's
    TSV reader gives back the very terms; both agree with the JSON answer."""
    from rdflib.plugins.sparql.results.tsvresults import TSVResultParser

    sparql = ('SELECT ?p ?n ?x ?d WHERE { { ?p rdfs:label ?n OPTIONAL { ?p ug:age ?x } } UNION { ?p ug:date ?d } } '
              'ORDER BY ?p ?n ?d')
    res = run_query(g, sparql)
    tsv = format_result(res, "tsv")
    assert tsv.split("\n", 1)[0] == "?p\t?n\t?x\t?d" and "\r" not in tsv
    assert f"<{res.terms[0][0]}>\t" in tsv and "\t45\t" in tsv and '"北京市总工会"@zh' in tsv
    back = TSVResultParser().parse(io.StringIO(tsv))
    assert [str(v) for v in back.vars] == ["p", "n", "x", "d"]
    assert [[b.get(v) for v in back.vars] for b in back.bindings] == res.terms
    assert any(t is not None and t.datatype is not None for row in res.terms for t in row[3:])  # a typed date
    csv_text = format_result(res, "csv")
    assert csv_text.startswith("p,n,x,d\r\n") and csv_text.count("\r\n") == len(res.rows) + 1
    assert csv_text == g.query(sparql, initNs=dict(PREFIXES)).serialize(format="csv").decode("utf-8")


def test_json_results_shape(g: Graph) -> None:
    data = json.loads(format_result(run_query(g, PEOPLE), "json"))
    assert data["head"]["vars"] == ["name", "age"]
    last = data["results"]["bindings"][-1]
    assert last["name"] == {"type": "literal", "value": PERSON, "xml:lang": "zh"}
    assert last["age"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert "age" not in data["results"]["bindings"][0]  # unbound stays out
    ask = json.loads(format_result(run_query(g, "ASK { ?s ?p ?o }"), "json"))
    assert ask == {"head": {}, "boolean": True}
    uri = json.loads(format_result(run_query(g, "SELECT ?p WHERE { ?p ug:age 45 }"), "json"))
    assert uri["results"]["bindings"][0]["p"]["type"] == "uri"


def test_unknown_format() -> None:
    with pytest.raises(QueryError, match="unknown output format"):
        format_result(QueryResult(["a"], [["1"]]), "xml")


def test_format_without_terms() -> None:
    res = QueryResult(["名称", "n"], [["北京市总工会", "3"], [None, "10"]])
    assert format_result(res, "table").splitlines()[2] == "北京市总工会  3"


# ---------------------------------------------------------------- example queries


def test_at_least_seven_examples() -> None:
    names = {q.name for q in QUERIES}
    assert {"people-and-employers.rq", "event-organizers.rq", "unions-and-companies.rq",
            "events-by-place.rq", "organisation-neighbourhood.rq", "reporters-and-articles.rq",
            "evidence.rq"} <= names


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_example_runs_and_returns_rows(g: Graph, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ") and len(text.splitlines()[0]) > 20  # says what it answers
    res = run_query(g, text)
    assert res.rows, path.name
    assert all(any(cell is not None for cell in row) for row in res.rows)


@pytest.mark.parametrize("path", LISTINGS, ids=lambda p: p.name)
def test_listing_runs_and_returns_rows(g: Graph, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Listing: ")
    assert run_query(g, text).rows, path.name


def test_evidence_listing_covers_every_relation(g: Graph) -> None:
    text = (EXAMPLES / "listings" / "all-evidence.rq").read_text(encoding="utf-8")
    res = run_query(g, text)
    kg = sample_graph()
    assert len(res.rows) == len(kg.relations) + len(kg.inferred_relations)
    rule = res.columns.index("rule")
    assert all(row[rule] for row in res.rows)


TWO_ARTICLES = """# 蓝天科技工会举办职工运动会

本报讯 近日，蓝天科技工会举办“职工健步走”活动。

# 海淀区总工会开展送温暖活动

本报讯 日前，海淀区总工会在中关村举办“金秋助学”活动，蓝天科技有限公司参加了活动。王建国是蓝天科技有限公司工程师。
"""


@pytest.fixture(scope="module")
def two_articles():  # type: ignore[no-untyped-def]
    from uniongraph.build import build_documents
    from uniongraph.reading import read_text

    return build_documents([read_text(TWO_ARTICLES, "two.md")])


def choose(query: str, values: str) -> str:
    """``query`` with its default choice (from "# choice:" to "# end of choice") replaced by ``values``."""
    lines = query.splitlines()
    start = next(i for i, x in enumerate(lines) if x.strip().startswith("# choice:"))
    end = next(i for i, x in enumerate(lines) if x.strip() == "# end of choice")
    return "\n".join([*lines[:start], "  " + values, *lines[end + 1 :]])


def _facts_by_article(kg) -> dict[str, int]:  # type: ignore[no-untyped-def]
    counts: dict[str, int] = {}
    for rel in [*kg.relations, *kg.inferred_relations]:
        for ev in rel.evidence:
            counts[ev.article_id] = counts.get(ev.article_id, 0) + 1
    return counts


def test_evidence_query_gives_the_facts_of_the_article_with_most(two_articles) -> None:  # type: ignore[no-untyped-def]
    kg = two_articles
    counts = _facts_by_article(kg)
    assert len(counts) == 2 and len(set(counts.values())) == 2  # the text makes one article the busier
    busiest = max(counts, key=counts.__getitem__)
    title = next(a.title for a in kg.articles if a.id == busiest)
    res = run_query(to_rdf(kg), next(q for q in QUERIES if q.name == "evidence.rq").read_text(encoding="utf-8"))
    assert len(res.rows) == counts[busiest]
    assert {row[res.columns.index("headline")] for row in res.rows} == {title}
    assert all(row[res.columns.index("sentence")] for row in res.rows)


def test_evidence_query_with_a_chosen_article(two_articles) -> None:  # type: ignore[no-untyped-def]
    kg = two_articles
    counts = _facts_by_article(kg)
    quiet = min(counts, key=counts.__getitem__)
    title = next(a.title for a in kg.articles if a.id == quiet)
    text = next(q for q in QUERIES if q.name == "evidence.rq").read_text(encoding="utf-8")
    for headline, rows in ((title, counts[quiet]), ("没有这篇文章", 0)):
        chosen = choose(text, f'VALUES ?headline {{ "{headline}"@zh }}')
        assert len(run_query(to_rdf(kg), chosen).rows) == rows


@pytest.mark.parametrize("name,rows", [("蓝天科技有限公司", 1), ("没有这个公司", 0)])
def test_people_and_employers_with_a_chosen_employer(g: Graph, name: str, rows: int) -> None:
    text = next(q for q in QUERIES if q.name == "people-and-employers.rq").read_text(encoding="utf-8")
    res = run_query(g, choose(text, f'VALUES ?employer {{ "{name}"@zh }}'))
    assert len(res.rows) == rows
    assert all(row[0] == name and row[2] for row in res.rows)


@pytest.mark.parametrize("name,rows", [("北京市总工会", 3), ("没有这个总工会", 0)])
def test_neighbourhood_with_a_chosen_federation(g: Graph, name: str, rows: int) -> None:
    text = next(q for q in QUERIES if q.name == "organisation-neighbourhood.rq").read_text(encoding="utf-8")
    text = choose(text, f'VALUES ?name {{ "{name}"@zh }} ?center a ug:Federation ; rdfs:label ?name .')
    assert len(run_query(g, text).rows) == rows


# ---------------------------------------------------------------- SELECT * columns (#16)


@pytest.mark.parametrize("query,engine,expect", [
    ("SELECT * WHERE { ?s ?p ?o }", ["p", "s", "o"], ["s", "p", "o"]),
    ("PREFIX ex: <http://ex.org/?a>\nselect reduced * { ?b ex:p ?a }", ["a", "b"], ["b", "a"]),
    ('SELECT * WHERE { ?y rdfs:label """?a\n?b""" ; ?p \'?c\' } # ?z', ["p", "y"], ["y", "p"]),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o < ?s) }", ["o", "p", "s"], ["s", "p", "o"]),
    ("SELECT * WHERE { $b ?a ?c }", ["a", "b", "c"], ["b", "a", "c"]),
    ("SELECT * WHERE { ?名称 ?p ?o }", ["o", "p", "名称"], ["名称", "p", "o"]),
    ("SELECT ?o ?s WHERE { ?s ?p ?o }", ["o", "s"], ["o", "s"]),
    ("SELECT ?s WHERE { { SELECT * WHERE { ?x ?s ?y } } }", ["s"], ["s"]),
    ("SELECT ?selected ?o WHERE { ?selected ?p ?o }", ["selected", "o"], ["selected", "o"]),
])
def test_star_columns_follow_first_appearance(query: str, engine: list[str], expect: list[str]) -> None:
    from uniongraph.query import star_columns

    assert star_columns(query, engine) == expect


def test_select_star_rows_follow_their_columns(g: Graph) -> None:
    res = run_query(g, "SELECT * WHERE { ?person a ug:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 1")
    assert res.columns == ["person", "name"]
    assert res.rows[0][0].startswith("https://w3id.org/uniongraph/id/person/") and res.terms[0][1].language == "zh"
