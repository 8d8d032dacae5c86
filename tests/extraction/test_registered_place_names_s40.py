"""A registered company name that opens with two places written short, without their level
(省/市/县): the places are part of the registered name (行政区划+字号+行业+组织形式), which keeps them;
the company is in the nearest place that is not its trade name; and a union written with the
short name (字号+行业+公司) is that company's (stop 40). Sentences invented."""

from __future__ import annotations

from stated import stated_facts

from uniongraph.extraction.pipeline import extract_text


def names(text: str) -> dict[str, str]:
    return {(m.canonical or m.name): m.type for m in extract_text(text).mentions}


def test_two_short_places_stay_in_the_registered_name():
    text = "3日，江苏泰州远帆港务有限公司举办职工技能比武。"
    assert names(text).get("江苏泰州远帆港务有限公司") == "Company"
    assert ("江苏泰州远帆港务有限公司", "locatedIn", "泰州") in stated_facts(text)


def test_the_union_by_the_short_name_is_the_companys():
    got = stated_facts("3日，山东临清昊瑞轴承有限公司举办职工劳动竞赛。昊瑞轴承公司工会组织200名职工参赛。")
    assert ("昊瑞轴承公司工会", "unionOf", "山东临清昊瑞轴承有限公司") in got
    assert ("山东临清昊瑞轴承有限公司", "locatedIn", "临清") in got


def test_a_place_word_as_the_trade_name_is_not_where_it_is():
    # (临江 is a city elsewhere, not in 南充: here the company's trade name)
    text = "3日，南充临江新材料有限公司举办职工劳动竞赛。"
    got = stated_facts(text)
    assert names(text).get("南充临江新材料有限公司") == "Company"
    assert ("南充临江新材料有限公司", "locatedIn", "南充") in got
    assert not any(h == "南充临江新材料有限公司" and r == "locatedIn" and t == "临江" for h, r, t in got)


def test_places_written_with_their_level_are_a_description():
    found = names("3日，河北省邯郸市远航纺织有限公司举办职工运动会。")
    assert "河北省邯郸市远航纺织有限公司" not in found


def test_a_works_not_registered_keeps_its_reading():
    found = names("3日，辽宁省丹东市海鸥造纸厂举办职工运动会。")
    assert "辽宁省丹东市海鸥造纸厂" not in found
