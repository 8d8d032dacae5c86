"""One output that cannot be rendered does not take the others with it (exit status 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uniongraph.cli import main

PAGE = "# 海河区总工会召开职工代表大会\n\n本报讯 海河区总工会主席王立新出席会议。\n"


def _broken_view(*args: object, **kwargs: object) -> str:
    raise RuntimeError("no layout today")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_view_leaves_turtle_and_json_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    monkeypatch.setattr("uniongraph.readwrite.html.generate_html", _broken_view)
    code = main(["build", str(page), "--out", str(out), "--jobs", jobs, "--no-validate"])
    err = capsys.readouterr().err
    assert code == 3
    assert (out / "graph.ttl").read_text(encoding="utf-8").startswith("@prefix")
    assert json.loads((out / "graph.json").read_text(encoding="utf-8"))["entities"]
    assert not (out / "graph.html").exists()
    lines = [ln for ln in err.splitlines() if "graph.html" in ln]
    assert lines == [f"uniongraph: UG400: {out / 'graph.html'}: not written: RuntimeError: no layout today"]
    assert "Traceback" not in err


def test_a_failing_view_keeps_the_earlier_view(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(page), "--out", str(out), "--no-validate", "--quiet"]) == 0
    before = (out / "graph.html").read_bytes()
    page.write_text(PAGE + "\n本报讯 海河区总工会副主席李华出席会议。\n", encoding="utf-8")
    monkeypatch.setattr("uniongraph.readwrite.html.generate_html", _broken_view)
    assert main(["build", str(page), "--out", str(out), "--no-validate", "--quiet"]) == 3
    assert (out / "graph.html").read_bytes() == before  # the old view stays whole
    assert "李华" in (out / "graph.json").read_text(encoding="utf-8")  # the new facts are written


def test_debug_shows_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr("uniongraph.readwrite.html.generate_html", _broken_view)
    assert main(["--debug", "build", str(page), "--out", str(tmp_path / "o"), "--no-validate"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" in err and "_broken_view" in err
