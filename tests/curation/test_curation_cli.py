"""The command line: ``build`` finds corrections.toml beside the inputs or takes ``--corrections``;
a bad table is one line (file:line) and the build still happens (exit 3); a store built with
corrections keeps applying them on ``add``; ``add --corrections`` and ``curate`` apply others."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from curation_corpus import EACH_KIND, FILES
from rdflib.util import from_n3

from uniongraph.cli import main


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def problems(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    assert all(x.startswith("uniongraph: ") for x in lines), stderr
    assert "Traceback" not in stderr
    return [x for x in lines if not x.startswith(("uniongraph: validation:", "uniongraph:   "))]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """The four pages in a folder of their own, with the corrections of each kind beside them."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in FILES:
        shutil.copy(f, folder)
    (folder / "corrections.toml").write_text(EACH_KIND, encoding="utf-8")
    return folder


def curated(out: Path) -> dict[str, list[str]]:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {e["name"]: e["attributes"]["curatedBy"] for e in data["entities"] if "curatedBy" in e["attributes"]}


def test_build_applies_the_corrections_file_beside_the_corpus(corpus: Path, tmp_path: Path) -> None:
    code, out, err = run(["build", str(corpus), "--out", str(tmp_path / "out")])
    assert code == 0 and problems(err) == []
    assert f"corrections: {corpus / 'corrections.toml'} (5 correction(s)" in out
    assert "corrections: corrections.toml:6: retype 暖心职工志愿服务队 → Event: 1 mention(s) changed; 1 relation(s) dropped" in out
    assert curated(tmp_path / "out")["职工冬季运动会"] == ["corrections.toml:10"]
    code, out, err = run(["build", str(corpus), "--out", str(tmp_path / "plain"), "--no-corrections"])
    assert code == 0 and "corrections" not in out and curated(tmp_path / "plain") == {}
    code, _, err = run(["build", str(corpus), "--out", str(tmp_path / "x"), "--no-corrections",
                        "--corrections", str(corpus / "corrections.toml")])
    assert code == 2 and "not allowed with" in err


def test_a_bad_table_is_one_line_and_the_build_goes_on(corpus: Path, tmp_path: Path) -> None:
    fixes = corpus / "corrections.toml"
    fixes.write_text(EACH_KIND + '\n[[retype]]\nname = "首钢集团"\ntype = "Bank"\n\n[[merge]]\nnames = ["甲"\n',
                     encoding="utf-8")
    code, out, err = run(["build", str(corpus), "--out", str(tmp_path / "out"), "--corrections", str(fixes)])
    assert code == 3
    assert problems(err) == [
        f"uniongraph: UG100: {fixes}:25: [[retype]]: type: unknown type 'Bank' (known: Company, Event, "
        "Federation, Organization, Person, Place, ServiceTeam, TradeUnion)",
        f"uniongraph: UG100: {fixes}:29: not valid TOML: Unclosed array (at end of document)",
    ]
    assert set(curated(tmp_path / "out")) == {"暖心职工志愿服务队", "职工冬季运动会", "陈曦", "陈曦（朝阳区）", "北京市总工会"}
    code, _, err = run(["build", str(corpus), "--out", str(tmp_path / "o2"), "--corrections", str(tmp_path / "none.toml")])
    assert code == 3 and problems(err) == [f"uniongraph: UG100: {tmp_path / 'none.toml'}: corrections file: no such file"]
    assert (tmp_path / "o2" / "graph.json").is_file()


def test_two_corrections_files_beside_the_inputs_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.move(str(corpus / "d-place.md"), other)
    (other / "corrections.toml").write_text("", encoding="utf-8")
    code, _, err = run(["build", str(corpus), str(other), "--out", str(tmp_path / "out")])
    assert code == 2 and "2 corrections.toml files" in err and "--corrections FILE" in err
    assert not (tmp_path / "out").exists()


def test_a_store_built_with_corrections_applies_them_on_add(corpus: Path, tmp_path: Path) -> None:
    pages = sorted(str(p) for p in corpus.glob("*.md"))
    store = tmp_path / "store"
    code, out, err = run(["build", *pages[:2], "--out", str(tmp_path / "o1"), "--store", str(store)])
    assert code == 0 and problems(err) == []
    code, out, err = run(["add", *pages[2:], "--store", str(store), "--out", str(tmp_path / "added")])
    assert code == 0 and problems(err) == []
    assert "corrections: corrections.toml:10: merge 职工冰雪运动会 → 职工冬季运动会: 1 mention(s) changed" in out
    code, _, _ = run(["build", *pages, "--out", str(tmp_path / "whole"), "--quiet"])
    assert code == 0
    assert (tmp_path / "added" / "graph.json").read_bytes() == (tmp_path / "whole" / "graph.json").read_bytes()
    assert (tmp_path / "added" / "graph.ttl").read_bytes() == (tmp_path / "whole" / "graph.ttl").read_bytes()
    code, out, _ = run(["curate", "--store", str(store)])
    assert code == 0 and out.splitlines()[0] == f"store {store}: 5 correction(s) of {corpus / 'corrections.toml'}"
    assert "corrections.toml:2: reject 北京会议中心: a venue we do not track" in out


def test_add_says_when_the_file_changed_and_applies_it_when_given(corpus: Path, tmp_path: Path) -> None:
    pages = sorted(str(p) for p in corpus.glob("*.md"))
    store = tmp_path / "store"
    assert run(["build", *pages[:3], "--out", str(tmp_path / "o1"), "--store", str(store), "--quiet"])[0] == 0
    fixes = corpus / "corrections.toml"
    fixes.write_text(EACH_KIND + '\n[[reject]]\nname = "张明远"\n', encoding="utf-8")
    code, out, err = run(["add", pages[3], "--store", str(store), "--out", str(tmp_path / "o2")])
    assert code == 0
    assert problems(err) == [f"uniongraph: note: {fixes} changed since the store took it; the store applies it as "
                             f"it was (give --corrections {fixes} to apply it as it is)"]
    assert "张明远" in json.loads((tmp_path / "o2" / "graph.json").read_text(encoding="utf-8"))["entities"].__repr__()
    code, out, err = run(["add", pages[3], "--store", str(store), "--corrections", str(fixes), "--out", str(tmp_path / "o3")])
    assert code == 0 and problems(err) == []
    assert re.search(r"corrections: .*corrections.toml: extracted \d held document\(s\) again", out)
    assert run(["build", *pages, "--out", str(tmp_path / "whole"), "--quiet"])[0] == 0
    assert (tmp_path / "o3" / "graph.json").read_bytes() == (tmp_path / "whole" / "graph.json").read_bytes()
    code, out, _ = run(["curate", "--store", str(store), "--none", "--out", str(tmp_path / "o4")])
    assert code == 0 and "the store applies no corrections" not in out and "again" in out
    assert run(["build", *pages, "--out", str(tmp_path / "plain"), "--quiet", "--no-corrections"])[0] == 0
    assert (tmp_path / "o4" / "graph.json").read_bytes() == (tmp_path / "plain" / "graph.json").read_bytes()


def test_the_installed_command_builds_and_adds_with_corrections(corpus: Path, tmp_path: Path) -> None:
    """The same flow in real processes: build --store with corrections, then add, then query."""
    pages = sorted(str(p) for p in corpus.glob("*.md"))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "uniongraph.cli"]
    store = tmp_path / "store"
    proc = subprocess.run([*cmd, "build", *pages[:2], "--out", str(tmp_path / "o1"), "--store", str(store),
                           "--corrections", str(corpus / "corrections.toml"), "--quiet"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (corpus / "corrections.toml").unlink()  # the store remembers them
    proc = subprocess.run([*cmd, "add", *pages[2:], "--store", str(store), "--quiet"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([*cmd, "query", str(store),
                           "SELECT ?n ?w WHERE { ?e ug:curatedBy ?w ; rdfs:label ?n } ORDER BY ?n ?w", "--format", "tsv"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert [[str(from_n3(c)) for c in line.split("\t")] for line in proc.stdout.splitlines()[1:]] == sorted([
        ["北京市总工会", "corrections.toml:21"], ["暖心职工志愿服务队", "corrections.toml:6"], ["职工冬季运动会", "corrections.toml:10"],
        ["陈曦", "corrections.toml:15"], ["陈曦（朝阳区）", "corrections.toml:15"]])
