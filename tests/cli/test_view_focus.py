"""``view --focus`` (and ``neighbors``) with a name that fits no entity, or several (#16): the
error names the entities containing it, or the closest names; several entities of one name are
listed."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from uniongraph.cli import main
from uniongraph.errors import ExitStatus
from uniongraph.ids import entity_id
from uniongraph.model import Entity, KnowledgeGraph
from uniongraph.readwrite.json_graph import write_json

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("focus") / "out"
    assert main(["build", str(EXAMPLES), "--out", str(out), "--quiet", "--no-validate"]) == 0
    return out


def _one_line(err: str) -> str:
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_a_part_of_names_lists_the_entities_containing_it(example: Path, tmp_path: Path) -> None:
    code, _, err = run(["view", str(example), "--out", str(tmp_path / "v.html"), "--focus", "首创"])
    assert code == ExitStatus.FAIL and not (tmp_path / "v.html").exists()
    line = _one_line(err)
    assert "--focus '首创': no entity has that name or alias; 3 contain it: " in line
    assert "首创集团工会 (TradeUnion)" in line and "北京首都创业集团有限公司 (Company, alias 首创集团)" in line


def test_a_misspelt_name_gets_the_closest(example: Path, tmp_path: Path) -> None:
    code, _, err = run(["view", str(example), "--out", str(tmp_path / "v.html"), "--focus", "北京总工会"])
    assert code == ExitStatus.FAIL
    assert "did you mean 北京市总工会 (Federation)" in _one_line(err)
    code, _, err = run(["view", str(example), "--out", str(tmp_path / "v.html"), "--focus", "昌平区总工会主席"])
    assert "did you mean 昌平区总工会 (Federation)" in _one_line(err)


def test_a_name_near_nothing_says_so(example: Path, tmp_path: Path) -> None:
    code, _, err = run(["view", str(example), "--out", str(tmp_path / "v.html"), "--focus", "xyz"])
    assert code == ExitStatus.FAIL and _one_line(err).rstrip().endswith("no entity has that name or alias; none is near it")


def test_neighbors_suggests_too(example: Path) -> None:
    code, _, err = run(["neighbors", str(example), "首创"])
    assert code == ExitStatus.FAIL and "3 contain it: " in _one_line(err)


def test_many_matches_are_cut_with_a_count(tmp_path: Path) -> None:
    names = [f"第{n}区总工会" for n in "一二三四五六七八九十"] + ["东区总工会", "西区总工会"]
    kg = KnowledgeGraph(entities={entity_id("Federation", n): Entity(entity_id("Federation", n), n, "Federation")
                                  for n in names})
    write_json(kg, tmp_path / "graph.json")
    code, _, err = run(["view", str(tmp_path / "graph.json"), "--out", str(tmp_path / "v.html"), "--focus", "区总工会"])
    assert code == ExitStatus.FAIL and "12 contain it: " in _one_line(err) and "… and 2 more" in err


def test_one_name_of_several_entities_lists_them_all(tmp_path: Path) -> None:
    kg = KnowledgeGraph(entities={
        entity_id("Place", "朝阳"): Entity(entity_id("Place", "朝阳"), "朝阳", "Place"),
        entity_id("Organization", "朝阳"): Entity(entity_id("Organization", "朝阳"), "朝阳", "Organization"),
        entity_id("Company", "朝阳集团"): Entity(entity_id("Company", "朝阳集团"), "朝阳集团", "Company", {"朝阳"}),
        entity_id("Person", "李明"): Entity(entity_id("Person", "李明"), "李明", "Person")})
    write_json(kg, tmp_path / "graph.json")
    code, out, err = run(["view", str(tmp_path / "graph.json"), "--out", str(tmp_path / "v.html"), "--focus", "朝阳"])
    assert code == ExitStatus.OK, err
    line = next(x for x in out.splitlines() if x.startswith("--focus"))
    assert line.startswith("--focus '朝阳' names 3 entities, all drawn: ")
    assert {"朝阳 (Place)", "朝阳 (Organization)", "朝阳集团 (Company)"} <= set(line.split(": ", 1)[1].split(", "))
    code, out, _ = run(["view", str(tmp_path / "graph.json"), "--out", str(tmp_path / "w.html"), "--focus", "李明"])
    assert code == ExitStatus.OK and "names" not in out
