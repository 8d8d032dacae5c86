"""Fixes to stop 40's registered names opening with places (review of alias-s40): the company is in
the nearest place written before its trade name; a dictionary place word across the cut inside that
place does not push it up a level; a place that is the trade name but lies inside the place before it
is still where the company is; a unit keeps its whole name and no place; the short forms of the rest
name the company; a short form shared by two companies names neither. Sentences invented."""

from __future__ import annotations

import pytest
from stated import stated_facts


def located(text: str, company: str) -> set[str]:
    return {t for h, r, t in stated_facts(text) if h == company and r == "locatedIn"}


@pytest.mark.parametrize(("company", "place"), [
    # a place word across the cut, inside the nearest place (大连港, 苏州工业园区, 深圳华侨城)
    ("辽宁大连港集团有限公司", "大连"),
    ("江苏苏州工业园区远帆科技有限公司", "苏州"),
    ("广东深圳华侨城文化旅游有限公司", "深圳"),
    # a trade name of its own after the places (五粮液, 现代, 丸红): the nearest place
    ("四川宜宾五粮液股份有限公司", "宜宾"),
    ("韩国首尔现代物流有限公司", "首尔"),
    ("日本东京丸红贸易有限公司", "东京"),
    # the place is the trade name but lies inside the place before it: still where the company is
    ("安徽淮北矿业集团有限责任公司", "淮北"),
    ("山东青岛啤酒股份有限公司", "青岛"),
    ("山西太原钢铁集团有限公司", "太原"),
    ("广东深圳航空有限责任公司", "深圳"),
])
def test_the_company_is_in_the_nearest_place(company, place):
    assert located(f"5日，{company}举办职工技能比武。", company) == {place}


@pytest.mark.parametrize(("company", "place"), [
    ("南充临江新材料有限公司", "南充"),  # 临江 a city outside 南充: the trade name
    ("江苏泰州远帆港务有限公司", "泰州"),
])
def test_near_misses_keep_their_reading(company, place):
    assert located(f"5日，{company}举办职工技能比武。", company) == {place}


@pytest.mark.parametrize(("text", "union", "company"), [
    ("5日，贵州镇宁丰源煤业有限公司举办职工技能比武。丰源煤业有限公司工会组织200名职工参赛。",
     "丰源煤业有限公司工会", "贵州镇宁丰源煤业有限公司"),
    ("5日，江苏泰州远帆港务集团有限公司举办职工技能比武。远帆港务工会组织200名职工参赛。",
     "远帆港务工会", "江苏泰州远帆港务集团有限公司"),
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
