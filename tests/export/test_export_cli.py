"""The export and push commands, and build --export, end to end on the sample graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgfixture import sample_graph

from uniongraph.cli import main
from uniongraph.export import EXPORTS, parse_formats
from uniongraph.errors import OutputError
from uniongraph.readwrite.json_graph import write_json

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def build_dir(tmp_path: Path) -> Path:
    write_json(sample_graph(), tmp_path / "graph.json")
    return tmp_path


def test_export_one_format_to_a_file(build_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x" / "g.graphml"
    assert main(["export", str(build_dir), "--format", "graphml", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    assert "graphml" in capsys.readouterr().out


def test_export_several_formats_to_a_folder(build_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    assert main(["export", str(build_dir / "graph.json"), "--format", "trig,neo4j,cypher", "--out", str(out),
                 "--quiet"]) == 0
    assert (out / "graph.trig").is_file() and (out / "graph.cypher").is_file()
    assert (out / "neo4j" / "import.sh").is_file()


def test_build_with_export(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# 北京市总工会举办职工技能大赛\n本报讯 北京市总工会近日在朝阳区举办职工技能大赛。\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(page), "--out", str(out), "--export", "nquads,gexf,nodelink", "--quiet"]) == 0
    for name in ("graph.json", "graph.nq", "graph.gexf", "graph.nodelink.json"):
        assert (out / name).is_file(), name


def test_errors(build_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(build_dir), "--format", "bogus", "--out", str(tmp_path / "x")]) == 1
    assert "unknown export format bogus" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "nowhere"), "--format", "turtle", "--out", str(tmp_path / "x")]) == 1
    assert main(["push", str(build_dir)]) == 2
    assert "one target" in capsys.readouterr().err


@pytest.mark.needs("neo4j")
def test_a_push_to_no_server_is_one_line(build_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", str(build_dir), "--cypher", "bolt://127.0.0.1:9", "--user", "neo4j", "--password", "x"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "push failed" in err[0]


@pytest.mark.parametrize("text,expected", [("turtle", ["turtle"]), ("GraphML, gexf", ["graphml", "gexf"]),
                                           ("all", list(EXPORTS)), ("cypher,cypher", ["cypher"])])
def test_parse_formats(text: str, expected: list[str]) -> None:
    assert parse_formats(text) == expected


def test_parse_formats_rejects_unknown() -> None:
    with pytest.raises(OutputError):
        parse_formats("turtle,xlsx")


def test_readme_names_every_export_format() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for fmt in EXPORTS:
        assert f"`{fmt}`" in readme, fmt
