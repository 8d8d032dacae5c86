"""``uniongraph add`` reads what ``build`` reads (#16): JSONL corpora, folders holding them, and
``-`` for standard input, so a growing JSONL archive can be added to a store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from uniongraph.cli import main
from uniongraph.errors import ExitStatus
from uniongraph.store import GraphStore

REPO = Path(__file__).resolve().parents[2]
PAGES = [REPO / "tests" / "data" / "pages" / "hangzhou-page.md", REPO / "tests" / "data" / "pages" / "wenzhou-page.txt",
         REPO / "examples" / "seed-page.md"]


def _records(n: int, **extra: str) -> list[str]:
    return [json.dumps({"id": f"r{i}", "date": f"2024-01-0{i + 1}", **extra,
                        "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) for i, p in enumerate(PAGES[:n])]


def _graph(folder: Path) -> tuple[set[tuple[str, str]], list[tuple[str, str, str]], int]:
    data = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
    return ({(e["name"], e["type"]) for e in data["entities"]},
            sorted((r["head"], r["relation"], r["tail"]) for r in data["relations"]), len(data["articles"]))


def test_add_a_jsonl_corpus_equals_building_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(_records(3)) + "\n", encoding="utf-8")
    assert main(["add", str(corpus), "--store", str(tmp_path / "store"), "--out", str(tmp_path / "added")]) == 0
    assert "added 3 document(s)" in capsys.readouterr().out
    assert main(["build", str(corpus), "--out", str(tmp_path / "built"), "--quiet", "--no-validate"]) == 0
    assert _graph(tmp_path / "added") == _graph(tmp_path / "built")
    with GraphStore(tmp_path / "store", read_only=True) as st:
        assert [d.path for d in st.documents()] == [str(corpus)] * 3


def test_a_growing_jsonl_archive_adds_only_its_new_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus, store = tmp_path / "archive.jsonl", tmp_path / "store"
    corpus.write_text("\n".join(_records(2)) + "\n", encoding="utf-8")
    assert main(["add", str(corpus), "--store", str(store)]) == 0
    assert "added 2 document(s)" in capsys.readouterr().out
    corpus.write_text("\n".join(_records(3)) + "\n", encoding="utf-8")  # a record appended
    assert main(["add", str(corpus), "--store", str(store)]) == 0
    assert "added 1 document(s), 2 already in the store" in capsys.readouterr().out
    with GraphStore(store, read_only=True) as st:
        assert len(st.documents()) == 3


def test_add_a_folder_holding_jsonl_and_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "inbox"
    (folder / "feed").mkdir(parents=True)
    (folder / "feed" / "day.jsonl").write_text("\n".join(_records(2)) + "\n", encoding="utf-8")
    (folder / "page.md").write_text(PAGES[2].read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["add", str(folder), "--store", str(tmp_path / "store")]) == 0
    assert "added 3 document(s)" in capsys.readouterr().out


def test_a_bad_jsonl_line_is_named_and_the_rest_added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(_records(1)[0] + "\n{not json\n" + _records(2)[1] + "\n", encoding="utf-8")
    assert main(["add", str(corpus), "--store", str(tmp_path / "store")]) == ExitStatus.PARTIAL
    out, err = capsys.readouterr()
    assert "added 2 document(s)" in out
    assert err.splitlines() == [err.splitlines()[0]] and f"{corpus}:2: invalid JSON" in err and err.startswith("uniongraph: UG100: ")


def test_jsonl_fields_are_taken_as_for_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"body": PAGES[0].read_text(encoding="utf-8")}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    assert main(["add", str(corpus), "--store", str(tmp_path / "s1")]) == ExitStatus.FAIL
    assert "no 'text' field" in capsys.readouterr().err
    assert main(["add", str(corpus), "--store", str(tmp_path / "s2"), "--jsonl-fields", "text=body"]) == 0
    assert main(["add", str(corpus), "--store", str(tmp_path / "s3"), "--jsonl-fields", "text"]) == ExitStatus.USAGE


@pytest.mark.parametrize("kind", ["page", "jsonl"])
def test_add_reads_standard_input(tmp_path: Path, kind: str) -> None:
    data = PAGES[2].read_text(encoding="utf-8") if kind == "page" else "\n".join(_records(2)) + "\n"
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "add", "-", "--store", str(store)],
                          input=data.encode("utf-8"), capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    with GraphStore(store, read_only=True) as st:
        docs = st.documents()
        assert [d.path for d in docs] == ["<stdin>"] * (1 if kind == "page" else 2)
        assert st.query("ASK { ?e rdfs:label \"北京市总工会\"@zh }" if kind == "page"
                        else "ASK { ?e rdfs:label \"杭州市总工会\"@zh }").rows == [["true"]]


def test_empty_standard_input_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "add", "-", "--store", str(tmp_path / "store")],
                          input=b"", capture_output=True, timeout=300)
    assert done.returncode == ExitStatus.FAIL
    assert done.stderr.decode().splitlines() == ["uniongraph: UG100: <stdin>: empty file"]
