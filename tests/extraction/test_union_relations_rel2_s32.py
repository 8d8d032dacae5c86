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


def test_who_joins_a_team_is_its_member() -> None:
    facts = stated_facts("区总工会组建了“南岭青年志愿服务队”。骑手钱立军第一个报名入队。")
    assert ("钱立军", "memberOf", "南岭青年志愿服务队") in facts
    assert ("钱立军", "memberOf", "南岭蓝天志愿服务队") in stated_facts("钱立军成为南岭蓝天志愿服务队的一员。")


def test_leading_people_or_visiting_is_no_membership() -> None:
    facts = stated_facts("市总工会副主席赵明山带领职工来到南岭县。")
    assert not any(r == "memberOf" for _, r, _ in facts)
    # 报名 for a course is no joining of the team named before
    facts = stated_facts("区总工会组建了“南岭青年志愿服务队”。骑手钱立军报名参加了培训。")
    assert not any(r == "memberOf" for _, r, _ in facts)


def test_a_committee_named_by_kind_is_of_the_one_company_named_before() -> None:
    facts = stated_facts("南岭钢铁集团有限公司召开大会，集团公司党委书记、董事长李刚讲话。")
    assert ("李刚", "worksFor", "南岭钢铁集团有限公司") in facts
    # two companies named before: 公司 may be either, no employer is guessed
    facts = stated_facts("南岭重工有限公司与海河物流有限公司签约。公司党委书记、董事长赵立新出席。")
    assert not any(h == "赵立新" and t.endswith("有限公司") for h, r, t in facts)
