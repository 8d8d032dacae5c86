"""JSONL corpora: fields, titles, metadata into the graph, and malformed lines (skip or fail)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from uniongraph.build import build_corpus
from uniongraph.errors import InputError
from uniongraph.graph.rdf import article_iri
from uniongraph.graph.vocabulary import UG
from uniongraph.reading.jsonl import iter_jsonl_documents, parse_fields, record_document
from uniongraph.readwrite.turtle import read_turtle

RECORDS = [
    {"id": "r1", "date": "2024-05-06", "source": "职工日报", "page": 3, "title": "杭州市总工会举办职工运动会",
     "text": "杭州市总工会举办职工运动会\n本报讯（记者 王明）近日，杭州市总工会在西湖文化广场举办职工运动会。"},
    {"id": "r2", "date": "2024年5月", "page": "A3",
     "text": "温州电力有限公司工会成立\n本报讯 温州电力有限公司工会近日成立，张建国当选工会主席。"},
]


def write_jsonl(path: Path, lines: list[str | dict]) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("spec", "expected"), [
    (None, {"text": "text", "title": "title"}),
    ("text=content", {"text": "content", "title": "title"}),
    ("text=content, title=headline,date=pubdate", {"text": "content", "title": "headline", "date": "pubdate"}),
])
def test_parse_fields(spec: str | None, expected: dict[str, str]) -> None:
    fields = parse_fields(spec)
    assert {k: fields[k] for k in expected} == expected


@pytest.mark.parametrize("spec", ["text", "body=content", "text=", "=content"])
def test_parse_fields_rejects(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_fields(spec)


def test_title_from_first_line_and_metadata() -> None:
    doc = record_document(RECORDS[1], "c.jsonl", 2, 1)
    art = doc.articles[0]
    assert art.title == "温州电力有限公司工会成立"
    assert art.text[art.body_start:].startswith("本报讯")
    assert art.metadata == {"id": "r2", "date": "2024年5月", "page": "A3"}
    assert (art.source, art.line, art.index) == ("c.jsonl", 2, 1)


def test_title_not_in_text_is_put_before_it() -> None:
    doc = record_document({"text": "本报讯 瓯海区总工会慰问环卫工人。", "headline": "慰问环卫工人"}, "c.jsonl", 1, 0,
                          fields=parse_fields("title=headline"))
    art = doc.articles[0]
    assert art.text == "慰问环卫工人\n本报讯 瓯海区总工会慰问环卫工人。"
    assert art.body_start == art.metadata["text_offset"] == len("慰问环卫工人") + 1
    assert art.sentences and art.sentences[0].text == "慰问环卫工人"


@pytest.mark.parametrize(("line", "reason"), [
    ('{"text": "本报讯 工会', "invalid JSON"),
    ('["本报讯 工会成立。"]', "expected a JSON object, got list"),
    ('{"title": "无正文"}', "no 'text' field"),
    ('{"text": 42}', "'text' is not a string"),
    ('{"text": "  \\n "}', "empty 'text'"),
])
def test_malformed_line_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [RECORDS[0], "", line, RECORDS[1]])
    errors: list[InputError] = []
    with path.open("rb") as fh:
        docs = list(iter_jsonl_documents(fh, str(path), on_error=errors.append))
    assert [d.articles[0].line for d in docs] == [1, 4]   # the blank line 2 is skipped silently
    assert [d.articles[0].index for d in docs] == [0, 1]
    assert len(errors) == 1 and errors[0].line == 3 and reason in errors[0].reason
    assert str(errors[0]).startswith(f"UG100: {path}:3: ")
    with path.open("rb") as fh, pytest.raises(InputError, match=":3: "):
        list(iter_jsonl_documents(fh, str(path)))


def test_bad_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(json.dumps(RECORDS[0], ensure_ascii=False).encode() + b'\n{"text": "\xff\xfe"}\n')
    kg, report = build_corpus([path])
    assert len(kg.articles) == 1
    assert [(f.line, f.reason) for f in report.failures] == [(2, "not UTF-8 (byte 10)")]


def test_skip_builds_the_others_and_fail_raises(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [RECORDS[0], "{oops", RECORDS[1]])
    kg, report = build_corpus([path], on_error="skip")
    assert len(kg.articles) == 2 and report.documents == 2
    assert kg.failures == [str(report.failures[0])] and ":2: invalid JSON" in kg.failures[0]
    assert "1 input(s) failed" in report.summary()
    with pytest.raises(InputError, match=r"c\.jsonl:2: invalid JSON"):
        build_corpus([path], on_error="fail")


def test_metadata_flows_into_the_rdf(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", RECORDS)
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(path), "--out", str(out),
                           "--quiet", "--no-validate"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    g = read_turtle(out / "graph.ttl")
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    first, second = (URIRef(str(article_iri(a["id"]))) for a in data["articles"])
    assert g.value(first, UG.date) == Literal("2024-05-06", datatype=XSD.date)
    assert g.value(first, UG.source) == Literal("职工日报")
    assert g.value(first, UG.page) == Literal(3, datatype=XSD.integer)
    assert g.value(first, UG.recordId) == Literal("r1")
    assert g.value(second, UG.date) == Literal("2024年5月")       # not an ISO day: kept as written
    assert g.value(second, UG.page) is None                       # "A3" is no number: graph.json only
    assert data["articles"][1]["metadata"]["page"] == "A3"
    names = {e["name"] for e in data["entities"]}
    assert {"杭州市总工会", "温州电力有限公司工会"} <= names


def test_cli_fields_and_on_error(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"content": RECORDS[0]["text"], "headline": RECORDS[0]["title"]},
                                              "not json"])

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(path), "--quiet",
                               "--no-validate", "--jsonl-fields", "text=content,title=headline", *extra],
                              capture_output=True, text=True, timeout=300)

    failed = run("--out", str(tmp_path / "fail"), "--on-error", "fail")
    assert failed.returncode == 1 and "c.jsonl:2: invalid JSON" in failed.stderr
    assert not (tmp_path / "fail" / "graph.ttl").exists()
    skipped = run("--out", str(tmp_path / "skip"))
    assert skipped.returncode == 3 and "c.jsonl:2: invalid JSON" in skipped.stderr
    assert (tmp_path / "skip" / "graph.ttl").exists()
    bad = run("--out", str(tmp_path / "bad"), "--jsonl-fields", "body=content")
    assert bad.returncode == 2 and "unknown field" in bad.stderr
