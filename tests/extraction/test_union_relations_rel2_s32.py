"""Relation shapes of union news, stop 32 round 2 (invented sentences)."""

from __future__ import annotations

from stated import stated_facts

_RAIL = ("12月3日，中国铁路南岭局集团有限公司在南岭东站启动劳动竞赛。竞赛由集团公司工会、集团公司客运部"
         "联合主办，集团公司所属韶关车务段承办。")


def test_a_department_written_with_the_group_company_kind_is_its_unit() -> None:
    facts = stated_facts(_RAIL)
    assert ("集团公司客运部", "subOrganizationOf", "中国铁路南岭局集团有限公司") in facts
    assert ("韶关车务段", "subOrganizationOf", "中国铁路南岭局集团有限公司") in facts


def test_the_union_and_a_bare_company_kind_are_no_units_of_it() -> None:
    facts = stated_facts(_RAIL)
    assert not any(r == "subOrganizationOf" and h.endswith("工会") for h, r, _ in facts)
    # 合营公司总经理部: a kind of company the article has not named is not the one named before
    facts = stated_facts("海河核电投资有限公司成立后，合营公司总经理部制定了管理手册。")
    assert not any(r == "subOrganizationOf" for _, r, _ in facts)
