"""``uniongraph.build``: inputs to a graph from Python — which files are read, what happens to the
ones that fail, encodings, the region option, and one region per document.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from uniongraph import build as package_build
from uniongraph.build import build, build_documents
from uniongraph.errors import InputError
from uniongraph.model import KnowledgeGraph
from uniongraph.reading import read_text

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "pages"
WENZHOU = PAGES / "wenzhou-page.txt"
HANGZHOU = PAGES / "hangzhou-page.md"


def summary(kg: KnowledgeGraph) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    return ({(e.name, e.type) for e in kg.entities.values()}, {(r.head, r.relation, r.tail) for r in kg.relations})


@pytest.fixture(scope="module")
def wenzhou() -> KnowledgeGraph:
    return build([WENZHOU])


def test_package_exports_build() -> None:
    assert package_build is build


def test_build_of_one_page(wenzhou: KnowledgeGraph) -> None:
    assert [a.title for a in wenzhou.articles] == ["鹿城区职工服务中心揭牌", "瓯江机械制造有限公司成立职工志愿服务队"]
    assert wenzhou.articles[0].reporters == ["吴佳琪"] and wenzhou.articles[0].correspondents == ["黄振华"]
    assert wenzhou.failures == []
    entities, relations = summary(wenzhou)
    assert {("鹿城区总工会", "Federation"), ("瓯江机械制造有限公司", "Company"), ("王志强", "Person"),
            ("红帆志愿服务队", "ServiceTeam"), ("五马街道", "Place")} <= entities
    assert ("瓯江机械制造有限公司", "founded", "红帆志愿服务队") in relations


def test_missing_input_is_recorded_and_the_rest_is_built(tmp_path: Path) -> None:
    failures: list[InputError] = []
    kg = build([tmp_path / "nope.md", WENZHOU], failures=failures)
    assert len(failures) == 1 and isinstance(failures[0], InputError)
    assert failures[0].path == str(tmp_path / "nope.md") and "no such file" in failures[0].reason
    assert kg.failures == [str(failures[0])]
    assert len(kg.articles) == 2


def test_failures_are_kept_without_a_list(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    kg = build([tmp_path / "empty.txt"])
    assert kg.articles == [] and kg.entities == {}
    assert len(kg.failures) == 1 and "empty.txt" in kg.failures[0] and "\n" not in kg.failures[0]


def test_headings_only_page_fails(tmp_path: Path) -> None:
    (tmp_path / "heads.md").write_text("# 职工之家\n\n## 工会动态\n", encoding="utf-8")
    failures: list[InputError] = []
    build([tmp_path / "heads.md"], failures=failures)
    assert len(failures) == 1 and "heads.md" in str(failures[0])


def test_folder_walk_reads_pages_only(tmp_path: Path) -> None:
    folder = tmp_path / "paper"
    (folder / "2024" / "05").mkdir(parents=True)
    (folder / ".cache").mkdir()
    shutil.copy(WENZHOU, folder / "2024" / "05" / "p2.txt")
    shutil.copy(HANGZHOU, folder / "p1.md")
    shutil.copy(HANGZHOU, folder / "README.md")        # the folder's documentation
    shutil.copy(HANGZHOU, folder / ".draft.md")        # hidden
    shutil.copy(HANGZHOU, folder / ".cache" / "x.md")  # in a hidden folder
    shutil.copy(HANGZHOU, folder / "p1.json")          # not an input suffix (.html pages are read since issue 7)
    failures: list[InputError] = []
    kg = build([folder], failures=failures)
    assert failures == []
    assert sorted({Path(a.source).name for a in kg.articles}) == ["p1.md", "p2.txt"]
    assert len(kg.articles) == 4


def test_a_file_named_twice_in_one_folder_walk_is_read_once() -> None:
    kg = build([PAGES])
    assert len(kg.articles) == len({a.id for a in kg.articles}) == 4


@pytest.mark.parametrize("inputs", [[WENZHOU, WENZHOU], [WENZHOU, PAGES]], ids=["file-twice", "file-and-its-folder"])
def test_a_file_given_twice_is_read_once(inputs: list[Path]) -> None:
    kg = build(inputs)
    assert len({a.id for a in kg.articles}) == len(kg.articles)
    assert len(kg.entity("鹿城区总工会").mentions) == 2


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_encodings_give_the_same_graph(tmp_path: Path, wenzhou: KnowledgeGraph, encoding: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(WENZHOU.read_text(encoding="utf-8").encode(encoding))
    kg = build([path])
    assert kg.failures == []
    assert summary(kg) == summary(wenzhou)


def test_region_option_resolves_short_forms(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 慰问环卫工人\n\n本报讯 近日，市总工会走访一线环卫工人，送去防暑降温物品。", encoding="utf-8")
    kg = build([path], region="重庆市")
    ent = kg.entity("重庆市总工会")
    assert ent is not None and ent.aliases == {"市总工会"}


def test_each_document_has_its_own_region() -> None:
    """市总工会 on the Hangzhou page is Hangzhou's; on a Wenzhou page it is Wenzhou's."""
    wz = "# 送清凉\n\n本报讯 近日，鹿城区总工会、瓯海区总工会走访企业。市总工会负责人一同慰问。"
    docs = [read_text(HANGZHOU.read_text(encoding="utf-8"), "hz.md"), read_text(wz, "wz.md")]
    kg = build_documents(docs)
    assert [d.region for d in docs] == ["杭州市", "温州市"]
    hz, wzf = kg.entity("杭州市总工会"), kg.entity("温州市总工会")
    assert hz is not None and wzf is not None
    assert "市总工会" in hz.aliases and "市总工会" in wzf.aliases
    by_id = {a.id: a.source for a in kg.articles}
    assert {by_id[m.article_id] for m in wzf.mentions} == {"wz.md"}
    assert {by_id[m.article_id] for m in hz.mentions} == {"hz.md"}


def test_empty_input_list_gives_an_empty_graph() -> None:
    kg = build([])
    assert (kg.articles, kg.entities, kg.relations, kg.failures) == ([], {}, [], [])
