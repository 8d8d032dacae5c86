"""Fixes to stop 40's registered names opening with places (review of alias-s40): the company is in
the nearest place written before its trade name; a place of its own written across the cut, inside
that place (苏州工业园区), does not push it up a level as a feature the place names (图们江) does; a unit keeps its whole name and no place; the short forms of the rest
name the company; a short form shared by two companies names neither. Sentences invented."""

from __future__ import annotations

import pytest
from stated import stated_facts


def located(text: str, company: str) -> set[str]:
    return {t for h, r, t in stated_facts(text) if h == company and r == "locatedIn"}


@pytest.mark.parametrize(("company", "place"), [
    # a place of its own across the cut, inside the nearest place (苏州工业园区, 深圳华侨城)
    ("江苏苏州工业园区远帆科技有限公司", "苏州"),
    ("广东深圳华侨城文化旅游有限公司", "深圳"),
    ("江苏泰州远帆港务有限公司", "泰州"),
])
def test_the_company_is_in_the_nearest_place(company, place):
    assert located(f"5日，{company}举办职工技能比武。", company) == {place}


@pytest.mark.parametrize(("company", "place"), [
    ("南充临江新材料有限公司", "南充"),  # 临江 a city outside 南充: the trade name
    ("延边图们江热电有限公司", "延边"),  # a feature the place names, one word: the trade name
    ("宁夏贺兰山建设集团有限公司", "宁夏"),
    ("辽宁大连港集团有限公司", "辽宁"),
])
def test_near_misses_keep_their_reading(company, place):
    assert located(f"5日，{company}举办职工技能比武。", company) == {place}


@pytest.mark.parametrize(("text", "union", "company"), [
    ("5日，贵州镇宁丰源煤业有限公司举办职工技能比武。丰源煤业有限公司工会组织200名职工参赛。",
     "丰源煤业有限公司工会", "贵州镇宁丰源煤业有限公司"),
    ("5日，江苏泰州远帆港务集团有限公司举办职工技能比武。远帆港务工会组织200名职工参赛。",
     "远帆港务工会", "江苏泰州远帆港务集团有限公司"),
    # the whole name with its legal ending said short
    ("5日，贵州镇宁丰源煤业有限公司举办职工技能比武。贵州镇宁丰源煤业公司工会组织200名职工参赛。",
     "贵州镇宁丰源煤业公司工会", "贵州镇宁丰源煤业有限公司"),
    ("5日，四川绵阳青禾纸业股份有限公司举办职工运动会。绵阳青禾纸业公司工会组织200名职工参赛。",
     "绵阳青禾纸业公司工会", "四川绵阳青禾纸业股份有限公司"),
])
def test_the_union_by_the_rest_of_the_name(text, union, company):
    assert (union, "unionOf", company) in stated_facts(text)


def test_a_unit_keeps_its_name_and_no_place():
    text = "5日，江苏泰州远帆港务有限公司码头分公司举办职工技能比武。"
    got = stated_facts(text)
    assert not any(r == "locatedIn" and h.endswith("码头分公司") and t == "江苏" for h, r, t in got)


def test_a_short_form_shared_by_two_companies_names_neither():
    text = ("5日，江苏泰州远帆港务有限公司与山东日照远帆港务有限公司联合举办职工技能比武。"
            "远帆港务公司工会组织200名职工参赛。")
    assert not any(h == "远帆港务公司工会" and r == "unionOf" for h, r, t in stated_facts(text))
