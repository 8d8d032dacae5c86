"""Corpus inputs at their worst: JSONL with broken lines (``--on-error skip|fail``), JSONL files
from other tools (BOM, CRLF, not JSONL at all), and HTML pages carrying scripts and markup.

The JSONL reader and ``--on-error`` are the throughput work's (``tests/test_inputs_jsonl.py``
tests their function); here the command line must keep its promises: each bad line one message
naming file and line, ``skip`` builds the rest and exits 3, ``fail`` writes nothing and leaves
earlier outputs byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uniongraph.cli import main
from uniongraph.errors import ExitStatus

OUTPUTS = ("graph.ttl", "graph.json", "graph.html")
GOOD_1 = {"id": "a1", "text": "温州市总工会举办职工技能大赛\n本报讯（记者 陈立新）温州市总工会在鹿城区举办职工技能大赛。"}
GOOD_2 = {"id": "a2", "text": "瓯海区总工会组织志愿服务队走进社区。"}
BAD_LINES = [
    ('{"text": "没有结束', "invalid JSON"),
    ("[1, 2]", "JSON object"),
    ('{"title": "只有标题"}', "text"),
    ('{"text": 42}', "text"),
]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, [x for x in err.splitlines() if x.startswith("uniongraph: UG")]


def corpus(path: Path, lines: list[str], *, newline: str = "\n", bom: bool = False) -> Path:
    data = newline.join(lines) + newline
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return path


def test_skip_builds_the_good_lines_and_names_each_bad_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps(GOOD_1, ensure_ascii=False)] + [b for b, _ in BAD_LINES] + ["", json.dumps(GOOD_2, ensure_ascii=False)]
    src = corpus(tmp_path / "c.jsonl", lines)
    code, problems = run(["build", str(src), "--out", str(tmp_path / "out"), "--on-error", "skip", "--quiet",
                          "--no-validate"], capsys)
    assert code == ExitStatus.PARTIAL
    assert len(problems) == len(BAD_LINES), problems
    for number, (_, reason) in enumerate(BAD_LINES, start=2):
        line = next(p for p in problems if f"{src}:{number}:" in p)
        assert reason in line, line
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 2


def test_fail_writes_nothing_and_keeps_earlier_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    good = corpus(tmp_path / "good.jsonl", [json.dumps(GOOD_2, ensure_ascii=False)])
    assert run(["build", str(good), "--out", str(out), "--quiet", "--no-validate"], capsys)[0] == ExitStatus.OK
    before = {n: (out / n).read_bytes() for n in OUTPUTS}
    bad = corpus(tmp_path / "bad.jsonl", [json.dumps(GOOD_1, ensure_ascii=False), BAD_LINES[0][0]])
    code, problems = run(["build", str(bad), "--out", str(out), "--on-error", "fail", "--quiet"], capsys)
    assert code == ExitStatus.FAIL
    assert len(problems) == 1 and f"{bad}:2:" in problems[0]
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == before
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)


@pytest.mark.parametrize("newline,bom", [("\r\n", False), ("\n", True), ("\r\n", True)], ids=["crlf", "bom", "bom-crlf"])
def test_jsonl_from_windows_tools_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str,
                                        bom: bool) -> None:
    src = corpus(tmp_path / "c.jsonl", [json.dumps(GOOD_1, ensure_ascii=False), json.dumps(GOOD_2)],
                 newline=newline, bom=bom)
    code, problems = run(["build", str(src), "--out", str(tmp_path / "out"), "--quiet", "--no-validate"], capsys)
    assert (code, problems) == (ExitStatus.OK, [])
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 2
    assert all("\r" not in a["text"] and "\ufeff" not in a["text"] for a in data["articles"])


NOT_JSONL = {
    "zip": (b"PK\x03\x04" + bytes(range(256)), "ZIP archive"),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    "empty": (b"", "empty file"),
}


@pytest.mark.parametrize("kind", sorted(NOT_JSONL))
def test_jsonl_that_is_not_jsonl_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    src = tmp_path / "c.jsonl"
    src.write_bytes(NOT_JSONL[kind][0])
    code = main(["build", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert code == ExitStatus.FAIL and err.startswith("uniongraph: ") and "Traceback" not in err
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.mark.parametrize("kind", sorted(NOT_JSONL))
def test_jsonl_that_is_not_jsonl_is_named_and_described(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        kind: str) -> None:
    data, reason = NOT_JSONL[kind]
    src = tmp_path / "c.jsonl"
    src.write_bytes(data)
    code, problems = run(["build", str(src), "--out", str(tmp_path / "out"), "--quiet"], capsys)
    assert code == ExitStatus.FAIL
    assert len(problems) == 1 and str(src) in problems[0] and reason in problems[0], problems


def test_html_page_scripts_dropped_markup_kept_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>站点</title><script>alert('head')</script>"
        "<style>p{color:red}</style></head><body><nav>首页 | 新闻</nav>"
        "<h1>温州市总工会举办&lt;img src=x onerror=alert(1)&gt;职工技能大赛</h1>"
        "<p>本报讯（记者 陈立新）温州市总工会在鹿城区举办职工技能大赛。<script>document.write('x')</script></p>"
        "<p>来自温州电力有限公司的张建国获得一等奖。</p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, problems = run(["build", str(page), "--out", str(out), "--quiet", "--no-validate"], capsys)
    assert (code, problems) == (ExitStatus.OK, [])
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    text = "\n".join(a["text"] for a in data["articles"])
    assert "alert('head')" not in text and "document.write" not in text and "color:red" not in text
    assert "<img src=x onerror=alert(1)>" in text  # an escaped entity in the page is text, and stays text
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html
