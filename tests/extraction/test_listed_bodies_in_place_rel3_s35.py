"""A list of bodies closed by 等 and the place they are in (等某大厦内28家企业) (stop 35, rel3);
invented sentences."""

from __future__ import annotations

from stated import stated_facts


def placed(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body) if r == "locatedIn"}


def test_companies_inside_a_building() -> None:
    body = "据介绍，该联合工会由南岭云栈科技有限公司、南岭数航信息技术有限公司等智汇大厦内28家数字经济企业联合组建。"
    facts = placed(body)
    assert ("南岭云栈科技有限公司", "智汇大厦") in facts
    assert ("南岭数航信息技术有限公司", "智汇大厦") in facts


def test_companies_in_a_park() -> None:
    body = "海河精工有限公司、北湖电子有限公司等北湖产业园里的30余家企业参加了招聘会。"
    assert ("海河精工有限公司", "北湖产业园") in placed(body)


def test_companies_that_visit_a_building() -> None:
    body = "南岭云栈科技有限公司、南岭数航信息技术有限公司等企业来到智汇大厦内参观。"
    assert not any(t == "智汇大厦" for _, t in placed(body))


def test_no_count_after_the_place() -> None:
    body = "南岭云栈科技有限公司等智汇大厦内企业的职工参加了活动。"
    assert ("南岭云栈科技有限公司", "智汇大厦") not in placed(body)
