"""One bad JSONL record never sinks a corpus (issue #15).

Each case is a corpus of a good record, then a bad one, then another good one, built with the
default ``--on-error skip``: the build must write its outputs, exit 3, and print exactly one
``UG100 FILE:LINE`` line for the bad record; nothing of the bad record may reach the outputs
(no ``UG400`` blaming ``graph.json`` for a value it cannot hold), and nothing may raise.
Before, a 5,000-digit number, a lone surrogate and 100,000-deep nesting ended the build with an
internal error, and ``NaN``/``Infinity`` left the build without its ``graph.json``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from uniongraph import reading
from uniongraph.build import build_corpus
from uniongraph.cli import main
from uniongraph.errors import ExitStatus, InputError
from uniongraph.reading.jsonl import iter_jsonl_documents, parse_fields

OUTPUTS = ("graph.ttl", "graph.json", "graph.html")
GOOD_1 = json.dumps({"id": "a1", "text": "温州市总工会举办职工技能大赛\n本报讯（记者 陈立新）温州市总工会在鹿城区举办职工技能大赛。"},
                    ensure_ascii=False)
GOOD_2 = json.dumps({"id": "a2", "text": "瓯海区总工会组织志愿服务队走进社区。"}, ensure_ascii=False)
BODY = '"text": "杭州市总工会举办职工运动会。"'

#: (record line, what the one error line must say)
BAD_RECORDS = {
    "5000-digit-number": ('{' + BODY + ', "page": ' + "9" * 5000 + '}', "'page' is a number of 5,000 digits"),
    "20-digit-number": ('{' + BODY + ', "id": 123456789012345678901}', "'id' is a number of 21 digits"),
    "number-too-large-for-64-bits": ('{' + BODY + ', "page": 9999999999999999999}', "'page' is a number too large"),
    "1e999": ('{' + BODY + ', "page": 1e999}', "'page' is a number out of range (1e999)"),
    "NaN": ('{' + BODY + ', "date": NaN}', "invalid JSON: NaN is not JSON"),
    "Infinity": ('{' + BODY + ', "page": Infinity}', "invalid JSON: Infinity is not JSON"),
    "-Infinity-in-another-field": ('{' + BODY + ', "x": -Infinity}', "invalid JSON: -Infinity is not JSON"),
    "100000-deep-nesting": ('{' + BODY + ', "x": ' + "[" * 100_000 + "]" * 100_000 + '}', "nested too deeply"),
    "surrogate-in-text": ('{"text": "杭州市总工会\\ud800举办职工运动会。"}', "'text' holds a lone surrogate \\ud800"),
    "surrogate-in-title": ('{' + BODY + ', "title": "标题\\udc00"}', "'title' holds a lone surrogate \\udc00"),
    "surrogate-in-date": ('{' + BODY + ', "date": "\\ud800"}', "'date' holds a lone surrogate"),
    "surrogate-in-source": ('{' + BODY + ', "source": "报\\udfff"}', "'source' holds a lone surrogate"),
    "surrogate-in-id": ('{' + BODY + ', "id": "\\ud83d"}', "'id' holds a lone surrogate"),
    "title-a-number": ('{' + BODY + ', "title": 5}', "'title' is not a string (a number)"),
    "title-a-list": ('{' + BODY + ', "title": ["主标题", "副标题"]}', "'title' is not a string (a list)"),
    "source-an-object": ('{' + BODY + ', "source": {"name": "报"}}', "'source' is not a string or a number (an object)"),
    "id-true": ('{' + BODY + ', "id": true}', "'id' is not a string or a number (true)"),
    "text-null": ('{"text": null}', "'text' is null"),
    "text-missing": ('{"title": "只有标题"}', "no 'text' field"),
    "text-empty": ('{"text": ""}', "empty 'text'"),
    "text-whitespace": ('{"text": " \\u3000\\n\\t"}', "empty 'text'"),
    "text-a-list": ('{"text": ["杭州市总工会举办职工运动会。"]}', "'text' is not a string (a list)"),
    "text-given-twice": ('{"text": "杭州市总工会举办职工运动会。", "text": "别的"}', "'text' is given twice"),
}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err, err
    return code, [x for x in err.splitlines() if x.startswith("uniongraph: UG")], err


def corpus(path: Path, bad: str) -> Path:
    path.write_bytes("\n".join([GOOD_1, bad, GOOD_2]).encode("utf-8") + b"\n")
    return path


def assert_built_without(out: Path, n_articles: int = 2) -> None:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == n_articles
    assert not any("杭州" in a["text"] for a in data["articles"])
    for name in OUTPUTS:
        (out / name).read_bytes().decode("utf-8")  # every output is whole UTF-8


@pytest.mark.parametrize("case", list(BAD_RECORDS))
def test_a_bad_record_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    line, reason = BAD_RECORDS[case]
    src = corpus(tmp_path / "c.jsonl", line)
    out = tmp_path / "out"
    code, problems, err = run(["build", str(src), "--out", str(out), "--quiet", "--no-validate"], capsys)
    assert code == ExitStatus.PARTIAL, err
    assert len(problems) == 1 and problems[0].startswith(f"uniongraph: UG100: {src}:2: "), problems
    assert reason in problems[0], problems[0]
    assert "UG400" not in err
    assert_built_without(out)
    assert json.loads((out / "graph.json").read_text(encoding="utf-8"))["failures"] == [problems[0][len("uniongraph: "):]]


@pytest.mark.parametrize("case", ["surrogate-in-text", "5000-digit-number", "NaN", "100000-deep-nesting"])
def test_a_bad_record_from_stdin_fails_alone(tmp_path: Path, case: str) -> None:
    line, reason = BAD_RECORDS[case]
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", "-", "--out", str(out), "--quiet",
                           "--no-validate"], input="\n".join([GOOD_1, line, GOOD_2]).encode("utf-8") + b"\n",
                          capture_output=True, timeout=300)
    err = done.stderr.decode("utf-8")
    assert done.returncode == ExitStatus.PARTIAL, err
    problems = [x for x in err.splitlines() if x.startswith("uniongraph: UG")]
    assert len(problems) == 1 and problems[0].startswith("uniongraph: UG100: <stdin>:2: ") and reason in problems[0]
    assert_built_without(out)


@pytest.mark.parametrize("extra", [
    '"x": ' + "7" * 5000,           # valid JSON Python cannot turn into an int
    '"x": 1e999',                   # valid JSON, infinite as a float
    '"x": "\\ud800"',               # a lone surrogate where nothing reads it
    '"x": 1, "x": 2',               # a key given twice that is not read
    '"x": ' + "[" * 500 + "]" * 500,  # deep but readable
], ids=["5000-digits", "1e999", "surrogate", "key-twice", "500-deep"])
def test_what_no_field_reads_does_not_fail_a_record(tmp_path: Path, extra: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "杭州市总工会举办职工运动会。", ' + extra + "}\n", encoding="utf-8")
    errors: list[InputError] = []
    with path.open("rb") as fh:
        docs = list(iter_jsonl_documents(fh, str(path), on_error=errors.append))
    assert errors == [] and len(docs) == 1
    assert docs[0].articles[0].metadata == {}


def test_renamed_fields_are_checked_under_their_own_names(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"content": "杭州市总工会举办职工运动会。", "headline": 3}\n', encoding="utf-8")
    errors: list[InputError] = []
    with path.open("rb") as fh:
        list(iter_jsonl_documents(fh, str(path), fields=parse_fields("text=content,title=headline"),
                                  on_error=errors.append))
    assert [e.reason for e in errors] == ["'headline' is not a string (a number)"]


def test_good_metadata_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "杭州市总工会举办职工运动会。", "page": 9223372036854775807, "date": 19980101.5, '
                    '"source": "职工日报", "id": -3, "title": null}\n', encoding="utf-8")
    with path.open("rb") as fh:
        (doc,) = iter_jsonl_documents(fh, str(path))
    assert doc.articles[0].metadata == {"page": 2**63 - 1, "date": 19980101.5, "source": "职工日报", "id": -3}
    assert doc.articles[0].title == "杭州市总工会举办职工运动会。"


def test_any_failure_reading_a_record_is_one_line_for_that_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A failure no check foresaw (a bug met by one record) is one line naming the record, its
    traceback kept for --debug; the other records are read."""
    def breaks_on_hangzhou(article):  # type: ignore[no-untyped-def]
        if "杭州" in article.text:
            raise ZeroDivisionError("a bug")
        return article

    monkeypatch.setattr(reading, "ARTICLE_COMPONENTS", (breaks_on_hangzhou, *reading.ARTICLE_COMPONENTS))
    path = corpus(tmp_path / "c.jsonl", '{' + BODY + '}')
    errors: list[InputError] = []
    with path.open("rb") as fh:
        docs = list(iter_jsonl_documents(fh, str(path), on_error=errors.append))
    assert len(docs) == 2 and [e.line for e in errors] == [2]
    assert str(errors[0]) == f"UG100: {path}:2: cannot read this record (ZeroDivisionError: a bug)"
    assert "Traceback" in errors[0].details and "breaks_on_hangzhou" in errors[0].details


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_record_whose_extraction_fails_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      jobs: int) -> None:
    """Extraction runs on the batch's process (here or a worker): a document it fails on is one
    failure naming it, and the rest of its batch and of the corpus is built."""
    from uniongraph.extraction import pipeline

    extract = pipeline.extract_document

    def breaks_on_hangzhou(doc, **kwargs):  # type: ignore[no-untyped-def]
        if "杭州" in doc.text:
            raise KeyError("a bug")
        return extract(doc, **kwargs)

    monkeypatch.setattr(pipeline, "extract_document", breaks_on_hangzhou)
    src = corpus(tmp_path / "c.jsonl", '{' + BODY + '}')
    page = tmp_path / "p.md"
    page.write_text("# 杭州市总工会举办职工运动会\n\n本报讯 杭州市总工会举办职工运动会。\n", encoding="utf-8")
    kg, report = build_corpus([src, page], jobs=jobs)
    assert [str(f) for f in report.failures] == [
        f"UG100: {src}:2: cannot extract this document (KeyError: 'a bug')",
        f"UG100: {page}: cannot extract this document (KeyError: 'a bug')",
    ]
    assert "breaks_on_hangzhou" in report.failures[0].details
    assert len(kg.articles) == 2 and not any("杭州" in a.text for a in kg.articles)
    assert kg.failures == [str(f) for f in report.failures]
