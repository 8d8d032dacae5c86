"""Units written under their parent's name (stop 43): a federation's service centre, art troupe,
delegation and work team are its units, stated (the guideline's subOrganizationOf row), not its
departments; invented sentences."""

from __future__ import annotations

from tests.stated import stated_facts

SUB = "subOrganizationOf"


def test_a_federations_service_centre_is_its_unit():
    got = stated_facts("活动由南岭县总工会主办，南岭市总工会职工服务中心协助安排，60名职工参加。")
    assert ("南岭市总工会职工服务中心", SUB, "南岭市总工会") in got


def test_a_federations_art_troupe_is_its_unit():
    got = stated_facts("演出由南岭区总工会主办，南岭区总工会职工艺术团协办，共有12个节目。")
    assert ("南岭区总工会职工艺术团", SUB, "南岭区总工会") in got


def test_a_centre_not_under_a_federations_name_has_no_parent_from_it():
    got = stated_facts("活动由南岭区总工会主办，南岭区职工服务中心协助安排，60名职工参加。")
    assert not any(r == SUB and h == "南岭区职工服务中心" for h, r, _ in got)
