"""Fixes to the place rules of venue-s41 (invented lines): the level-word cut, the station heads
and the route verbs."""

from tests.stated import headlined_facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _mentions(text: str) -> set[tuple[str, str]]:
    title, _, body = text.partition("\n")
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {(m.name, m.type) for m in art.mentions}


def _places(text: str) -> set[str]:
    return {n for n, t in _mentions(text) if t == "Place"}


# 1. the level-word cut: the place after the level word must be a place of its own


def test_a_community_named_by_a_common_word_stays_with_its_town():
    facts = headlined_facts("读书月\n“读书月”活动在临河镇桃源社区举行。")
    assert any(r == "heldAt" and t.endswith("桃源社区") for h, r, t in facts)


def test_a_community_visited_named_by_a_common_word_stays_with_its_town():
    facts = headlined_facts("送清凉\n“送清凉”活动走进临河镇桃源社区。")
    assert any(r == "heldAt" and t.endswith("桃源社区") for h, r, t in facts)


def test_a_district_named_by_a_common_word_stays_with_its_city():
    found = _places("健步走\n“健步走”活动在南岭市桃源区举行。")
    assert any(n.endswith("桃源区") for n in found)
    assert not any(n.startswith("市") for n in found)


def test_a_village_named_by_a_common_word_after_its_town():
    found = _places("丰收节\n首届农民丰收节在河口镇石门村举行。")
    assert any(n.endswith("石门村") for n in found)


def test_a_community_with_a_name_after_its_street_is_still_cut():
    found = _places("义诊进社区\n医生们来到长乐街道金桥社区，为居民义诊。")
    assert {"长乐街道", "金桥社区"} <= found


# 2. the cut needs the place before it read by its own head


def test_a_station_keeps_the_district_named_before_it():
    found = _places("技能大赛\n第三届职工技能大赛在石门区青溪汽车站举行。第四届职工技能大赛在白果区青溪码头举行。")
    assert "石门区青溪汽车站" in found
    assert "白果区青溪码头" in found


def test_a_station_keeps_the_city_named_before_it():
    found = _places("技能大赛\n第三届职工技能大赛在白果市新华火车站举行。")
    assert "白果市新华火车站" in found


# 3. a station is no town enclosing the next station


def test_two_stations_joined_by_and_are_not_one_place():
    found = _places("情暖旅途\n“情暖旅途”慰问活动走进青溪汽车站和乡镇客运站。")
    assert "青溪汽车站" in found
    assert not any("和" in n for n in found)


def test_two_stations_in_a_list_are_not_one_place():
    found = _places("春运见闻\n记者来到南岭火车站、城郊客运站，看望值守的职工。")
    assert not any("、" in n or n.endswith("城郊客运站") and n != "城郊客运站" for n in found)


# 4. a station acting as a body


def test_a_station_organising_an_event_is_a_body():
    text = "春运暖冬\n南岭火车站与南岭市总工会联合举办“春运暖冬”志愿服务活动。"
    assert ("南岭火车站", "Organization") in _mentions(text)
    assert any(h == "南岭火车站" and r == "organizes" for h, r, t in headlined_facts(text))


def test_a_station_awarded_a_labour_honour_is_a_body():
    assert ("青溪汽车站", "Organization") in _mentions("表彰\n青溪汽车站荣获全国工人先锋号。")


def test_a_station_where_an_event_is_held_stays_a_place():
    found = _mentions("春运暖冬\n“春运暖冬”志愿服务活动在南岭火车站举办。")
    assert ("南岭火车站", "Place") in found


def test_a_station_visited_to_serve_stays_a_place():
    found = _mentions("春运暖冬\n志愿者们来到南岭火车站开展志愿服务。")
    assert ("南岭火车站", "Place") in found


def test_a_station_praised_by_travellers_stays_a_place():
    found = _mentions("春运见闻\n“春运暖冬”志愿服务活动在南岭火车站举行。青溪汽车站获得了旅客的好评。")
    assert ("南岭火车站", "Place") in found
    assert ("青溪汽车站", "Organization") not in found


# 5. a kind of area before the station names none


def test_stations_of_the_town_area_are_unnamed():
    found = _places("春运见闻\n记者先后来到城区汽车站、县城汽车站，看望值守的职工。")
    assert not any(n.endswith("汽车站") for n in found)
    found = _places("春运见闻\n志愿者在城区火车站和汽车站为旅客提供服务。")
    assert not any(n.endswith("火车站") for n in found)


# 6. the station's name opens where its town's does


def test_a_station_east_of_the_county_town():
    found = _places("暖心行动\n春运“暖心行动”启动仪式在青溪县城东汽车站举行。")
    assert "县城东汽车站" not in found
    assert any(n.endswith("青溪县城东汽车站") for n in found)


def test_a_station_of_a_district_jieba_cuts_mid_name():
    found = _places("技能大赛\n第三届职工技能大赛在应山区新华火车站举行。")
    assert "山区新华火车站" not in found


# 8. 长途汽车站, one word of jieba's


def test_a_long_distance_bus_station_is_a_station():
    facts = headlined_facts("暖心行动\n春运“暖心行动”启动仪式在南岭长途汽车站举行。")
    assert any(r == "heldAt" and t == "南岭长途汽车站" for h, r, t in facts)


def test_a_long_distance_bus_station_after_its_county():
    found = _places("暖心行动\n春运“暖心行动”启动仪式在青溪县长途汽车站举行。")
    assert "长途汽车站" not in found
    assert "青溪县长途汽车站" in found


def test_a_railway_station_after_its_city_written_with_its_level():
    assert "南岭市火车站" in _places("春运\n志愿服务活动在南岭市火车站举行。")


def test_a_bare_long_distance_bus_station_is_no_place():
    found = _places("春运见闻\n旅客们匆匆赶往长途汽车站。")
    assert not any(n.endswith("长途汽车站") for n in found)


# 9. 途径, the common misspelling of 途经


def test_the_misspelt_route_verb_opens_no_place():
    found = _places("新线开工\n这条铁路全长40公里，途径城南区、城北区和临河市。")
    assert not any(n.startswith("途径") for n in found)
    assert "城南区" in found


def test_a_union_service_station_running_an_activity_stays_a_place():
    found = _mentions("送清凉\n南岭职工驿站开展“送清凉”活动，为户外劳动者送去绿豆汤。")
    assert ("南岭职工驿站", "Organization") not in found


# 7. a station named before its staff is their employer


def test_the_staff_of_a_station_work_for_it():
    text = "春运见闻\n南岭火车站职工李华说，今年春运客流增长一成。"
    assert ("南岭火车站", "Organization") in _mentions(text)
    assert ("李华", "worksFor", "南岭火车站") in headlined_facts(text)


def test_a_station_visited_with_staff_named_after_a_comma_stays_visited():
    found = _mentions("春运见闻\n记者来到南岭火车站，看到车站职工正在忙碌。")
    assert ("南岭火车站", "Place") in found
