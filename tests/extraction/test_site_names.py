"""Museums, memorial halls and galleries are places people visit (lexicons/site_heads.txt): the name is
typed Place; libraries, embassies and archives stay bodies (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, name", [
    ("去年，南岭县革命纪念馆接待游客十万人次。", "南岭县革命纪念馆"),
    ("海河市工艺美术博物馆新添了一批展品。", "海河市工艺美术博物馆"),
    ("记者走进海河美术馆，看到墙上挂满了职工的画作。", "海河美术馆"),
    ("南岭科技馆今年将免费向中小学生开放。", "南岭科技馆"),
])
def test_a_site_is_a_place(text, name):
    assert _types(text).get(name) == "Place"


@pytest.mark.parametrize("text, name", [
    ("海河市图书馆为农民工开设了夜间阅览室。", "海河市图书馆"),
    ("南岭县档案馆整理了建县以来的全部档案。", "南岭县档案馆"),
])
def test_a_library_or_archive_stays_a_body(text, name):
    assert _types(text).get(name) == "Organization"


def test_a_site_opening_the_clause_leaves_the_body_after_at_a_venue():
    # 南岭科技馆在星空影厅举办…: the hall after 在 is where, not who holds the lecture
    from stated import stated_facts
    got = stated_facts("１１时，南岭科技馆在星空影厅举办王海教授报告会。")
    assert not any(r == "organizes" and h == "星空影厅" for h, r, t in got)


def test_a_station_is_a_place() -> None:
    from uniongraph.extraction.pipeline import extract_text

    names = {(m.text, m.type) for m in extract_text("南岭西站的服务也不令人满意。").mentions}
    assert ("南岭西站", "Place") in names
