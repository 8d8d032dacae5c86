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


def _typed_and_works_for(text: str) -> tuple[dict, set]:
    from uniongraph.extraction.pipeline import extract_text

    a = extract_text(text)
    return {m.text: m.type for m in a.mentions}, {(r.head, r.tail) for r in a.relations if r.relation == "worksFor"}


@pytest.mark.parametrize("text, body, person", [
    ("南岭南站站长王立新出席。", "南岭南站", "王立新"),
    ("南岭动物园园长王立新出席。", "南岭动物园", "王立新"),
    ("海河东站民警赵春和出席。", "海河东站", "赵春和"),
    ("南岭国际机场党委书记王立新出席。", "南岭国际机场", "王立新"),
])
def test_a_station_or_zoo_named_as_where_someone_works_is_the_body(text, body, person):
    types, works = _typed_and_works_for(text)
    assert types.get(body) == "Organization"
    assert (person, body) in works


@pytest.mark.parametrize("text, place", [
    ("代表团抵达海河西站。", "海河西站"),
    ("会议在南岭南站举行。", "南岭南站"),
    ("熊猫运抵南岭动物园。", "南岭动物园"),
])
def test_a_station_or_zoo_as_a_venue_or_destination_stays_a_place(text, place):
    assert _typed_and_works_for(text)[0].get(place) == "Place"


def test_a_unit_of_a_station_makes_the_station_a_body():
    types, works = _typed_and_works_for("南岭市西站公安段民警王立新出席。")
    assert "Place" not in {types.get("南岭市西站"), types.get("西站")}
    assert any(h == "王立新" for h, t in works)


def test_a_zoo_of_common_words_alone_is_no_name():
    assert "野生动物园" not in _typed_and_works_for("他们把这片国土辟为野生动物园。")[0]
