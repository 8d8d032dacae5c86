"""Neo4j import files: header grammar, ID spaces, typed columns, quoting and the spreadsheet guard.

Neo4j cannot run here, so the files are checked against the documented format of
``neo4j-admin database import`` and read back with a reader that follows it.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from kgfixture import HOSTILE_COMPANY, HOSTILE_PLACE, sample_graph

from uniongraph.errors import GraphFileError, OutputError
from uniongraph.export.csvcells import cell, guard, pick_array_delimiter, unguard
from uniongraph.export.neo4j_csv import neo4j_files, parse_header_field, read_neo4j_csv, write_neo4j_csv
from uniongraph.export.property_graph import to_property_graph
from uniongraph.model import KnowledgeGraph

# The documented header field forms: name:ID(space), :LABEL, :START_ID(space), :END_ID(space),
# :TYPE, name, name:type and name:type[] with Neo4j's type names.
FIELD = re.compile(r"(\w+:ID\(\w+\)|:LABEL|:START_ID\(\w+\)|:END_ID\(\w+\)|:TYPE|\w+"
                   r"|\w+:(int|long|float|double|boolean|byte|short|char|string|date|datetime)(\[\])?)\Z")
TRICKY = {"=HYPERLINK(\"http://x\")", "-1", "+86 10 1234", "@home", "'quoted", "semi;colon",
          "全角，（标点）！", "tab\tinside", "line\nbreak", "back\\slash", "emoji 🎉"}


def tricky_kg() -> KnowledgeGraph:
    kg = sample_graph()
    kg.entities[sorted(kg.entities)[0]].aliases |= TRICKY
    return kg


def header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text)))


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return neo4j_files(to_property_graph(tricky_kg()))


def test_every_header_field_has_the_documented_form(files: dict[str, str]) -> None:
    csvs = [f for f in files if f.endswith(".csv")]
    assert csvs
    for fname in csvs:
        for field in header(files[fname]):
            assert FIELD.match(field), (fname, field)


def test_node_files_per_type_and_relationship_files_per_type(files: dict[str, str]) -> None:
    assert "nodes_Entity_Federation.csv" in files and "nodes_Article.csv" in files
    assert header(files["nodes_Entity_Person.csv"])[:3] == ["id:ID(Entity)", ":LABEL", "type"]
    assert header(files["rels_worksFor.csv"])[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert header(files["rels_mentions.csv"])[:2] == [":START_ID(Article)", ":END_ID(Entity)"]
    assert "mentionCount:long" in header(files["nodes_Entity_Person.csv"])
    assert "aliases:string[]" in header(files["nodes_Entity_Federation.csv"])
    assert "inferred:boolean" in header(files["rels_worksFor.csv"])


def test_id_spaces_resolve(tmp_path: Path) -> None:
    write_neo4j_csv(tricky_kg(), tmp_path)
    data = read_neo4j_csv(tmp_path)
    assert data["edges"]
    for rtype, start, end, _ in data["edges"]:
        assert start in data["nodes"] and end in data["nodes"], rtype
    spaces = {space for space, _ in data["nodes"]}
    assert spaces == {"Entity", "Article", "Statement", "Evidence"}


def test_everything_reads_back_exactly(tmp_path: Path) -> None:
    kg = tricky_kg()
    pg = to_property_graph(kg)
    write_neo4j_csv(pg, tmp_path)
    data = read_neo4j_csv(tmp_path)
    assert len(data["nodes"]) == len(pg.nodes) and len(data["edges"]) == len(pg.edges)
    for node in pg.nodes.values():
        got = data["nodes"][(node.label, node.id)]
        assert got["labels"] == list(dict.fromkeys([node.label, node.type]))
        assert got["props"] == {"id": node.id, "type": node.type, **node.props}
    names = {n["props"].get("name") for n in data["nodes"].values()}
    assert {HOSTILE_COMPANY, HOSTILE_PLACE} <= names


def test_array_delimiter_avoids_values_and_is_in_the_command(files: dict[str, str]) -> None:
    # An alias holds ";", so the command must say "|".
    assert "--array-delimiter='|'" in files["import.sh"]
    assert "--multiline-fields=true" in files["import.sh"] and "--id-type=string" in files["import.sh"]
    for fname in (f for f in files if f.endswith(".csv")):
        assert f"--nodes={fname}" in files["import.sh"] or f"--relationships={fname}" in files["import.sh"]


@pytest.mark.parametrize("values,expected", [
    ([["a", "b"]], ";"), ([["a;b"]], "|"), ([["a;b", "c|d"]], "\x1f"), (["not a list;|"], ";"),
])
def test_pick_array_delimiter(values: list, expected: str) -> None:
    assert pick_array_delimiter(values) == expected


def test_no_usable_delimiter_is_an_output_error() -> None:
    with pytest.raises(OutputError):
        pick_array_delimiter([["; | \x1f"]])


@pytest.mark.parametrize("value,guarded", [
    ("=1+1", "'=1+1"), ("+86", "'+86"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("'already", "''already"), ("北京市总工会", "北京市总工会"), ("a=b", "a=b"), ("", ""),
])
def test_guard_table(value: str, guarded: str) -> None:
    assert guard(value) == guarded
    assert unguard(guard(value)) == value


def test_guarded_cells_never_start_a_formula(files: dict[str, str]) -> None:
    for fname in (f for f in files if f.endswith(".csv")):
        for row in csv.reader(io.StringIO(files[fname])):
            for value in row:
                assert not value.startswith(("=", "+", "@")), (fname, value)


def test_schema_undoes_the_guard_and_creates_constraints(files: dict[str, str]) -> None:
    schema = files["schema.cypher"]
    assert schema.count("REQUIRE n.id IS UNIQUE") == 4
    assert "n.aliases = [x IN n.aliases | CASE WHEN x STARTS WITH \"'\" THEN substring(x, 1) ELSE x END]" in schema
    # Without the undo step the values keep their guard: that is what a raw import holds.
    assert "'=HYPERLINK(\"http://x\")" in files["nodes_Entity_" + _type_with_tricky() + ".csv"].replace('""', '"')


def _type_with_tricky() -> str:
    kg = tricky_kg()
    return kg.entities[sorted(kg.entities)[0]].type


def test_numbers_are_not_guarded_or_quoted() -> None:
    assert cell(-5, ";") == "-5"
    assert cell(True, ";") == "true"
    assert cell(None, ";") == ""
    assert cell("他说\"好\"", ";") == '"他说""好"""'


@pytest.mark.parametrize("field,expected", [
    ("id:ID(Entity)", {"name": "id", "kind": "ID", "space": "Entity"}),
    (":END_ID(Article)", {"name": "", "kind": "END_ID", "space": "Article"}),
    ("aliases:string[]", {"name": "aliases", "type": "string", "array": True}),
    ("age:long", {"name": "age", "type": "long", "array": False}),
    ("name", {"name": "name", "type": "string", "kind": None}),
])
def test_parse_header_field(field: str, expected: dict) -> None:
    got = parse_header_field(field)
    assert {k: got[k] for k in expected} == expected


def test_reading_a_broken_folder_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError, match="import.sh"):
        read_neo4j_csv(tmp_path)
    write_neo4j_csv(sample_graph(), tmp_path)
    (tmp_path / "nodes_Article.csv").write_text('id:ID(Article),:LABEL\n"a","Article","extra"\n', encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"nodes_Article.csv:2"):
        read_neo4j_csv(tmp_path)
