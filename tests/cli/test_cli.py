"""The command line end to end: ``build`` and ``query`` on small pages written for these tests.

The pages in ``tests/data/pages/`` are a Hangzhou union paper (Markdown, two articles) and a
Wenzhou one (plain text with a masthead line, two articles). Everything here runs the real
pipeline; only the bad inputs are made on the fly in ``tmp_path``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.util import from_n3

from uniongraph.cli import main
from uniongraph.errors import ExitStatus

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "data" / "pages"
EXAMPLES = REPO / "examples"
QUERIES = sorted((EXAMPLES / "queries").glob("*.rq"))
UG = Namespace("https://w3id.org/uniongraph/ontology#")
OUTPUTS = ("graph.ttl", "graph.json", "graph.html")
# a src/href that would fetch something from the network (also protocol-relative //host)
REMOTE = re.compile(r"\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE)
FEDERATIONS = "SELECT ?name WHERE { ?e a ug:Federation ; rdfs:label ?name } ORDER BY ?name"


def run(argv: list[str]) -> tuple[int, str, str]:
    """``uniongraph ARGV`` in-process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def problems(stderr: str) -> list[str]:
    """The lines of stderr that report a problem: all but the post-build validation report
    (``uniongraph: validation: ...`` and its indented ``uniongraph:   ...`` lines)."""
    lines = stderr.splitlines()
    assert all(x.startswith("uniongraph: ") for x in lines), stderr
    assert "Traceback" not in stderr
    return [x for x in lines if not x.startswith(("uniongraph: validation:", "uniongraph:   "))]


def build_into(out: Path, *inputs: Path | str) -> tuple[int, str, str]:
    return run(["build", *map(str, inputs), "--out", str(out)])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One build of the two test pages (a folder input)."""
    out = tmp_path_factory.mktemp("cli") / "out"
    code, stdout, stderr = build_into(out, PAGES)
    data = json.loads((out / "graph.json").read_text(encoding="utf-8")) if (out / "graph.json").exists() else {}
    return {"out": out, "code": code, "stdout": stdout, "stderr": stderr, "json": data}


@pytest.fixture(scope="module")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("examples") / "out"
    code, _, stderr = build_into(out, EXAMPLES)
    assert code == ExitStatus.OK, stderr
    return out


# ---------------------------------------------------------------- build: outputs


def test_build_exits_zero_and_writes_three_files(built: dict[str, Any]) -> None:
    assert built["code"] == ExitStatus.OK, built["stderr"]
    assert problems(built["stderr"]) == []
    # the graph of the test pages breaks no shape (warnings are allowed)
    report = [x for x in built["stderr"].splitlines() if x.startswith("uniongraph: validation:")]
    assert all(" 0 violation" in x for x in report), report
    for name in OUTPUTS:
        assert (built["out"] / name).stat().st_size > 0, name


def test_turtle_parses_and_holds_the_entities(built: dict[str, Any]) -> None:
    g = Graph().parse(built["out"] / "graph.ttl", format="turtle")
    feds = {str(o) for s in g.subjects(RDF.type, UG.Federation) for o in g.objects(s, RDFS.label)}
    assert {"杭州市总工会", "余杭区总工会", "鹿城区总工会"} <= feds
    labels = [o for s in g.subjects(RDF.type, UG.Federation) for o in g.objects(s, RDFS.label)]
    assert labels and all(lab.language == "zh" for lab in labels)
    # every entity of graph.json is a subject in the Turtle
    names = {str(o) for o in g.objects(None, RDFS.label)}
    assert {e["name"] for e in built["json"]["entities"]} <= names


def test_json_has_the_contract_fields(built: dict[str, Any]) -> None:
    data = built["json"]
    arts = data["articles"]
    assert len(arts) == 4
    for art in arts:
        assert {"title", "reporters", "correspondents", "source", "text", "id"} <= art.keys()
        assert Path(art["source"]).parent == PAGES
    by_title = {a["title"]: a for a in arts}
    first = by_title["余杭区总工会开展“职工健康行”活动"]
    assert (first["reporters"], first["correspondents"]) == (["陈思远"], ["林晓燕"])
    assert by_title["鹿城区职工服务中心揭牌"]["correspondents"] == ["黄振华"]
    assert data["entities"]
    for ent in data["entities"]:
        assert {"name", "type", "aliases", "attributes", "mentions"} <= ent.keys()
        assert ent["mentions"], ent["name"]
        for m in ent["mentions"]:
            assert {"article", "start", "end", "text"} <= m.keys()
    assert data["relations"]
    for rel in data["relations"]:
        assert {"head", "relation", "tail", "evidence"} <= rel.keys()
        for ev in rel["evidence"]:
            assert {"article", "sentence", "start", "end", "rule"} <= ev.keys()
    assert "inferred_relations" in data


def test_json_holds_facts_of_both_pages(built: dict[str, Any]) -> None:
    data = built["json"]
    facts = {(r["head"], r["relation"], r["tail"]) for r in data["relations"]}
    assert ("杭州市总工会", "organizes", "产业工人队伍建设座谈会") in facts
    assert ("鹿城区总工会", "manages", "鹿城区职工服务中心") in facts
    assert ("王志强", "worksFor", "瓯江机械制造有限公司") in facts
    inferred = {(r["head"], r["relation"], r["tail"]) for r in data["inferred_relations"]}
    assert ("鹿城区总工会", "subOrganizationOf", "温州市总工会") in inferred
    # a regional short form (市总工会 in a Hangzhou paper) became the city federation
    hz = next(e for e in data["entities"] if e["name"] == "杭州市总工会")
    assert "市总工会" in hz["aliases"]
    assert not any(e["name"] == "市总工会" for e in data["entities"])


def test_html_needs_no_network(built: dict[str, Any]) -> None:
    html = (built["out"] / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert not REMOTE.search(html), REMOTE.search(html)
    assert "杭州市总工会" in html or json.dumps("杭州市总工会")[1:-1] in html


def test_summary_lists_counts_by_type(built: dict[str, Any]) -> None:
    data = built["json"]
    line = next(x for x in built["stdout"].splitlines() if x.startswith("entities by type:"))
    printed = {t: int(n) for t, n in re.findall(r"(\w+) (\d+)", line.split(":", 1)[1])}
    assert printed == dict(Counter(e["type"] for e in data["entities"]))
    rel_line = next(x for x in built["stdout"].splitlines() if x.startswith("relations:"))
    printed_rels = {r: int(n) for r, n in re.findall(r"(\w+) (\d+)", rel_line.split(":", 1)[1])}
    assert printed_rels == dict(Counter(r["relation"] for r in data["relations"]))
    assert f"articles: {len(data['articles'])}" in built["stdout"]


def test_quiet_prints_nothing(tmp_path: Path) -> None:
    code, stdout, stderr = run(["build", str(PAGES / "wenzhou-page.txt"), "--out", str(tmp_path), "--quiet"])
    assert (code, stdout, problems(stderr)) == (ExitStatus.OK, "", [])
    assert (tmp_path / "graph.json").exists()


# ---------------------------------------------------------------- build: evidence offsets


@pytest.fixture(params=["pages", "examples"])
def graph_json(request: pytest.FixtureRequest) -> dict[str, Any]:
    """graph.json of the test pages' build and of the examples' build."""
    if request.param == "pages":
        return request.getfixturevalue("built")["json"]
    out = request.getfixturevalue("examples_build")
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def test_entity_mention_offsets_slice_the_article_text(graph_json: dict[str, Any]) -> None:
    texts = {a["id"]: a["text"] for a in graph_json["articles"]}
    n = 0
    for ent in graph_json["entities"]:
        for m in ent["mentions"]:
            assert texts[m["article"]][m["start"] : m["end"]] == m["text"], (ent["name"], m)
            n += 1
    assert n > 20


def test_byline_offsets_slice_the_article_text(graph_json: dict[str, Any]) -> None:
    for art in graph_json["articles"]:
        for b in art["bylines"]:
            assert art["text"][b["start"] : b["end"]] == b["name"], b
        assert art["reporters"] == [b["name"] for b in art["bylines"] if b["role"] == "reporter"]


@pytest.mark.parametrize("key", ["relations", "inferred_relations"])
def test_evidence_offsets_slice_the_article_text(graph_json: dict[str, Any], key: str) -> None:
    texts = {a["id"]: a["text"] for a in graph_json["articles"]}
    assert graph_json[key]
    for rel in graph_json[key]:
        assert rel["evidence"], rel
        for ev in rel["evidence"]:
            text = texts[ev["article"]]
            assert text[ev["start"] : ev["end"]] == ev["sentence"], ev
            inside = []
            for side in ("head", "tail"):
                s, e = ev[f"{side}_start"], ev[f"{side}_end"]
                if s is None:
                    continue
                assert 0 <= s < e <= len(text), (rel, side)
                inside.append(ev["start"] <= s and e <= ev["end"])
            # main-event rules point at the event named in an earlier sentence; the other end is here
            assert not inside or any(inside), rel


def test_stated_relation_spans_name_head_and_tail(graph_json: dict[str, Any]) -> None:
    """The head/tail spans of stated evidence are mentions of the head and tail entities."""
    spans = {
        e["name"]: {(m["article"], m["start"], m["end"]) for m in e["mentions"]} for e in graph_json["entities"]
    }
    for rel in graph_json["relations"]:
        for ev in rel["evidence"]:
            assert (ev["article"], ev["head_start"], ev["head_end"]) in spans[rel["head"]], rel
            assert (ev["article"], ev["tail_start"], ev["tail_end"]) in spans[rel["tail"]], rel


# ---------------------------------------------------------------- build: determinism


def test_two_builds_are_byte_identical(built: dict[str, Any], tmp_path: Path) -> None:
    code, _, stderr = build_into(tmp_path, PAGES)
    assert code == ExitStatus.OK, stderr
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (built["out"] / name).read_bytes(), name


# ---------------------------------------------------------------- build: bad input


def _lines(stderr: str) -> list[str]:
    """The problem lines of stderr (at least one), each a one-line ``uniongraph: ...`` message."""
    lines = problems(stderr)
    assert lines, stderr
    return lines


@pytest.mark.parametrize("name,content,reason", [
    ("missing.md", None, "no such file"),
    ("empty.md", b"", "empty"),
    ("blank.txt", "  \n\n \u3000\n".encode(), "empty"),
    ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)), "not a text file"),
])
def test_unreadable_input_fails_with_one_line_naming_it(tmp_path: Path, name: str, content: bytes | None,
                                                         reason: str) -> None:
    src = tmp_path / name
    if content is not None:
        src.write_bytes(content)
    out = tmp_path / "out"
    code, stdout, stderr = build_into(out, src)
    assert code == ExitStatus.FAIL
    lines = _lines(stderr)
    naming = [x for x in lines if str(src) in x]
    assert len(naming) == 1 and reason in naming[0], stderr
    assert stdout == ""
    assert not out.exists() or not any(out.iterdir())


def test_failed_build_leaves_earlier_outputs_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build_into(out, PAGES / "wenzhou-page.txt")[0] == ExitStatus.OK
    before = {n: (out / n).read_bytes() for n in OUTPUTS}
    code, _, stderr = build_into(out, tmp_path / "gone.md")
    assert code == ExitStatus.FAIL and "gone.md" in stderr
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == before


def test_folder_with_one_bad_file_writes_the_rest_and_exits_3(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(PAGES / "wenzhou-page.txt", folder / "good.txt")
    (folder / "broken.md").write_bytes(b"\x00\x01\x02\x03" * 64)
    (folder / "notes.csv").write_text("not,a,page\n", encoding="utf-8")  # not an input suffix: ignored
    out = tmp_path / "out"
    code, stdout, stderr = build_into(out, folder)
    assert code == ExitStatus.PARTIAL
    lines = _lines(stderr)
    assert len(lines) == 1 and "broken.md" in lines[0]
    assert "notes.csv" not in stderr and "good.txt" not in stderr
    for name in OUTPUTS:
        assert (out / name).exists()
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert [Path(a["source"]).name for a in data["articles"]] == ["good.txt", "good.txt"]
    assert len(data["failures"]) == 1 and "broken.md" in data["failures"][0]
    assert "articles: 2" in stdout


def test_missing_and_present_inputs_together_exit_3(tmp_path: Path) -> None:
    code, _, stderr = build_into(tmp_path / "out", tmp_path / "nope.md", PAGES / "hangzhou-page.md")
    assert code == ExitStatus.PARTIAL
    lines = _lines(stderr)
    assert len(lines) == 1 and "nope.md" in lines[0]
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    code, _, stderr = build_into(target, PAGES / "wenzhou-page.txt")
    assert code == ExitStatus.FAIL
    lines = _lines(stderr)
    assert len(lines) == 1 and str(target) in lines[0]
    assert target.read_text(encoding="utf-8") == "x"


def test_folder_without_pages_fails(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    code, _, stderr = build_into(tmp_path / "out", tmp_path / "in")
    assert code == ExitStatus.FAIL and len(_lines(stderr)) == 1
    assert not (tmp_path / "out").exists()


def test_folder_without_pages_is_named(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    code, _, stderr = build_into(tmp_path / "out", tmp_path / "in")
    assert code == ExitStatus.FAIL and str(tmp_path / "in") in stderr


def test_build_requires_out() -> None:
    code, _, stderr = run(["build", str(PAGES)])
    assert code == ExitStatus.USAGE and "--out" in stderr


# ---------------------------------------------------------------- query


def test_query_inline_table(built: dict[str, Any]) -> None:
    code, stdout, stderr = run(["query", str(built["out"] / "graph.ttl"), FEDERATIONS])
    assert code == ExitStatus.OK, stderr
    lines = stdout.splitlines()
    assert lines[0].strip() == "name"
    assert lines[-1] == "(5 rows)"
    assert [x.strip() for x in lines[2:-1]] == sorted(["余杭区总工会", "杭州市总工会", "温州市总工会", "萧山区总工会", "鹿城区总工会"])


def test_query_file_on_build_folder(built: dict[str, Any], tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("# works for\n"
                  "SELECT ?p ?o WHERE { ?x ug:worksFor ?y . ?x rdfs:label ?p . ?y rdfs:label ?o } ORDER BY ?p",
                  encoding="utf-8")
    code, stdout, _ = run(["query", str(built["out"]), "--file", str(rq), "--format", "csv"])
    assert code == ExitStatus.OK
    rows = list(csv.reader(io.StringIO(stdout)))
    assert rows[0] == ["p", "o"]
    assert ["王志强", "瓯江机械制造有限公司"] in rows[1:]
    assert ["张晓明", "绿源新能源有限公司"] in rows[1:]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_query_formats_agree(built: dict[str, Any], fmt: str) -> None:
    code, stdout, _ = run(["query", str(built["out"]), FEDERATIONS, "--format", fmt])
    assert code == ExitStatus.OK
    if fmt == "json":
        data = json.loads(stdout)
        assert data["head"]["vars"] == ["name"]
        names = [b["name"]["value"] for b in data["results"]["bindings"]]
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(stdout)))
        assert rows[0] == ["name"]
        names = [r[0] for r in rows[1:]]
    else:  # SPARQL TSV: a ?var header, literals in Turtle syntax
        lines = stdout.splitlines()
        assert lines[0] == "?name"
        names = [str(from_n3(line)) for line in lines[1:]]
    assert names == sorted(["余杭区总工会", "杭州市总工会", "温州市总工会", "萧山区总工会", "鹿城区总工会"])


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_example_queries_return_rows_on_the_example_build(examples_build: Path, query: Path) -> None:
    code, stdout, stderr = run(["query", str(examples_build), "--file", str(query), "--format", "json"])
    assert code == ExitStatus.OK, stderr
    data = json.loads(stdout)
    assert data["results"]["bindings"], query.name


def test_example_queries_exist() -> None:
    assert len(QUERIES) >= 5


@pytest.mark.parametrize("query", [
    "SELECT ?x WHERE { ?x a }",
    "SELEC ?x WHERE { ?x ?p ?o }",
    "SELECT ?x WHERE { ?x nope:p ?o }",
])
def test_malformed_query_one_line_exit_1(built: dict[str, Any], query: str) -> None:
    code, stdout, stderr = run(["query", str(built["out"]), query])
    assert code == ExitStatus.FAIL and stdout == ""
    assert len(_lines(stderr)) == 1


@pytest.mark.parametrize("target", ["none.ttl", "no-folder", "empty-folder"])
def test_query_on_missing_graph(tmp_path: Path, target: str) -> None:
    path = tmp_path / target
    if target == "empty-folder":
        path.mkdir()
    code, stdout, stderr = run(["query", str(path), FEDERATIONS])
    assert code == ExitStatus.FAIL and stdout == ""
    lines = _lines(stderr)
    assert len(lines) == 1 and str(path) in lines[0]


def test_query_on_corrupt_graph(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("@prefix ug: <https://w3id.org/uniongraph/ontology#> .\nug:a ug:b \"open\n",
                                        encoding="utf-8")
    code, stdout, stderr = run(["query", str(tmp_path), FEDERATIONS])
    assert code == ExitStatus.FAIL and stdout == ""
    lines = _lines(stderr)
    assert len(lines) == 1 and "graph.ttl" in lines[0]


def test_query_missing_query_file(built: dict[str, Any], tmp_path: Path) -> None:
    code, _, stderr = run(["query", str(built["out"]), "--file", str(tmp_path / "q.rq")])
    assert code == ExitStatus.FAIL
    assert len(_lines(stderr)) == 1 and "q.rq" in stderr


@pytest.mark.parametrize("extra", [[], [FEDERATIONS, "--file", "x.rq"]])
def test_query_needs_exactly_one_query(built: dict[str, Any], extra: list[str]) -> None:
    code, _, stderr = run(["query", str(built["out"]), *extra])
    assert code == ExitStatus.USAGE and len(_lines(stderr)) == 1


# ---------------------------------------------------------------- the installed script


def _script() -> str:
    found = shutil.which("uniongraph")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("the uniongraph script is not installed (pip install -e .)")
        pytest.skip("the uniongraph script is not installed")
    return found


def test_installed_script_builds_and_queries(tmp_path: Path) -> None:
    exe = _script()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    out = tmp_path / "out"
    proc = subprocess.run([exe, "build", str(PAGES), "--out", str(out)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "entities by type:" in proc.stdout
    assert all((out / n).exists() for n in OUTPUTS)
    proc = subprocess.run([exe, "query", str(out), FEDERATIONS, "--format", "tsv"], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[1:] == [f'"{n}"@zh' for n in sorted(["余杭区总工会", "杭州市总工会", "温州市总工会",
                                                                       "萧山区总工会", "鹿城区总工会"])]
    proc = subprocess.run([exe, "build", str(tmp_path / "absent.md"), "--out", str(tmp_path / "o2")],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert proc.returncode == 1 and "absent.md" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "o2").exists()


def test_module_entry_point_prints_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "uniongraph.cli", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("uniongraph ")


def test_the_command_process_exits_quickly_with_everything_said(tmp_path: Path) -> None:
    """``python -m uniongraph.cli build`` ends without freeing its objects one by one: its
    exit status, its stdout and stderr, the timings printed at exit and its files are all
    there (a partial build's status 3 too), and ``main`` called in a process still returns."""
    seed = Path(__file__).resolve().parents[2] / "examples" / "seed-page.md"
    env = {**os.environ, "UNIONGRAPH_TIMINGS": "1"}
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(seed), "--out", str(tmp_path / "o"),
                           "--store", str(tmp_path / "store")], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("articles: 4") and "wrote " in done.stdout
    assert "uniongraph timings:" in done.stderr and "total (process age" in done.stderr
    assert {p.name for p in (tmp_path / "o").iterdir()} == {"graph.ttl", "graph.json", "graph.html"}
    from uniongraph.store import GraphStore

    with GraphStore(tmp_path / "store", read_only=True) as st:  # the store the process wrote, complete
        assert int(st.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }").rows[0][0]) > 50
    partial = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(seed), str(tmp_path / "missing.md"),
                              "--out", str(tmp_path / "p"), "--quiet"], capture_output=True, text=True, timeout=600)
    assert partial.returncode == ExitStatus.PARTIAL and "missing.md" in partial.stderr, partial.stderr
    assert main(["build", str(seed), "--out", str(tmp_path / "in-process"), "--quiet"]) == ExitStatus.OK
