"""Stations named after their town (invented lines): a place where an event is held or a service
is set up, the body that runs it where someone works there."""

from tests.stated import headlined_facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _mentions(text: str) -> set[tuple[str, str]]:
    title, _, body = text.partition("\n")
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {(m.name, m.type) for m in art.mentions}


def test_a_ceremony_is_held_at_the_coach_station_not_its_town():
    facts = headlined_facts("青溪返乡专车启动\n1月20日，青溪县春运返乡专车启动仪式在青溪汽车客运总站举行。")
    assert ("青溪县春运返乡专车启动仪式", "heldAt", "青溪汽车客运总站") in facts
    assert not any(r == "heldAt" and t == "青溪" for h, r, t in facts)


def test_a_railway_station_after_its_city_is_a_place():
    found = _mentions("南岭市总工会设立服务点\n春运期间，市总工会将在南岭火车站设立职工暖心服务点。")
    assert ("南岭火车站", "Place") in found


def test_a_bus_station_listed_after_a_coach_station_is_a_place():
    found = _mentions("南岭市总工会设立服务点\n市总工会将在南岭汽车客运总站、南岭汽车站设立服务点。")
    assert ("南岭汽车客运总站", "Place") in found
    assert ("南岭汽车站", "Place") in found


def test_a_station_whose_master_is_named_is_no_place():
    found = _mentions("春运见闻\n柳州火车站站长周立新介绍，今年春运客流增长一成。")
    assert ("柳州火车站", "Place") not in found


def test_no_station_of_a_bare_head():
    found = _mentions("春运见闻\n旅客们拿着时刻表，匆匆向火车站赶去。")
    assert not any(n.endswith("火车站") for n, t in found)
