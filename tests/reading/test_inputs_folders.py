"""Folders with include/exclude globs, build output folders skipped, standard input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from uniongraph.build import build_corpus, input_files

TEXT = "本报讯 鹿城区总工会走访慰问环卫工人。"


def tree(root: Path) -> Path:
    for rel in ["2023/01/a.md", "2023/02/b.txt", "2024/c.md", "2024/draft-d.md", "e.html", "f.jsonl",
                "out/graph.html", "out/graph.ttl", "out/graph.json", "notes.json"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        body = (json.dumps({"text": f"{rel}\n{TEXT}"}, ensure_ascii=False) if rel.endswith(".jsonl")
                else f"<h1>{rel}</h1><p>{TEXT}</p>" if rel.endswith(".html") else f"# {rel}\n\n{TEXT}\n")
        p.write_text(body, encoding="utf-8")
    return root


@pytest.mark.parametrize(("include", "exclude", "expected"), [
    ((), (), ["e.html", "f.jsonl", "2023/01/a.md", "2023/02/b.txt", "2024/c.md", "2024/draft-d.md"]),
    (("2023/*",), (), ["2023/01/a.md", "2023/02/b.txt"]),
    (("*.md",), ("draft-*",), ["2023/01/a.md", "2024/c.md"]),
    ((), ("*.html", "*.jsonl", "2023/*"), ["2024/c.md", "2024/draft-d.md"]),
    (("*.rst",), (), []),
])
def test_globs(tmp_path: Path, include: tuple[str, ...], exclude: tuple[str, ...], expected: list[str]) -> None:
    root = tree(tmp_path / "paper")
    errors: list = []
    found = input_files([root], errors, include=include, exclude=exclude)
    assert [p.relative_to(root).as_posix() for p in found] == expected
    assert bool(errors) == (not expected)  # a folder with nothing to read is reported


def test_folder_of_mixed_inputs_builds(tmp_path: Path) -> None:
    kg, report = build_corpus([tree(tmp_path / "paper")])
    assert report.failures == [] and report.documents == 6
    assert {a.source.rsplit("/", 1)[-1] for a in kg.articles} == {"a.md", "b.txt", "c.md", "draft-d.md", "e.html", "f.jsonl"}


@pytest.mark.parametrize(("data", "articles"), [
    ((json.dumps({"text": "甲\n" + TEXT}, ensure_ascii=False) + "\n"
      + json.dumps({"text": "乙\n本报讯 瓯海区总工会组织志愿服务。"}, ensure_ascii=False) + "\n"), 2),
    (f"<html><body><h1>标题</h1><p>{TEXT}</p></body></html>", 1),
    (f"# 标题\n\n{TEXT}\n", 1),
])
def test_standard_input(tmp_path: Path, data: str, articles: int) -> None:
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", "-", "--out", str(out), "--quiet",
                           "--no-validate"], input=data.encode("utf-8"), capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert len(graph["articles"]) == articles
    assert {a["source"] for a in graph["articles"]} == {"<stdin>"}
    assert "鹿城区总工会" in {e["name"] for e in graph["entities"]}


def test_empty_standard_input_fails(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", "-", "--out", str(tmp_path / "o"),
                           "--quiet", "--no-validate"], input=b"", capture_output=True, timeout=300)
    assert done.returncode == 1 and b"<stdin>" in done.stderr
