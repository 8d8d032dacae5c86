"""Units written under their parent's name (stop 43): a federation's service centre, art troupe
and work team are its units, stated (the guideline's subOrganizationOf row), not its departments
(its delegations are left to orgs); a party committee written by its owner's kind is named after
the body the article is about. Invented sentences."""

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


def _works_for(got, person):
    return {t for h, r, t in got if h == person and r == "worksFor"}


def test_a_party_committee_by_its_kind_is_named_after_the_body_named_before():
    got = stated_facts("南岭精工机械有限公司举行职工运动会。公司党委书记、董事长王立新出席并讲话。")
    assert "南岭精工机械有限公司党委" in _works_for(got, "王立新")


def test_a_hospitals_party_committee_is_named_after_the_hospital():
    got = stated_facts("南岭市第三人民医院召开职代会。医院党委书记赵明远主持会议。")
    assert "南岭市第三人民医院党委" in _works_for(got, "赵明远")


def test_a_party_committee_of_a_company_named_only_in_its_unions_name():
    got = stated_facts("记者采访了南岭精工机械股份有限公司工会主席李红梅。公司党委副书记、工会主席李红梅说，职工之家建好了。")
    assert "南岭精工机械股份有限公司党委" in _works_for(got, "李红梅")


def test_a_party_committee_with_no_body_of_its_kind_named_stays_per_article():
    got = stated_facts("公司党委书记王立新出席并讲话。", title="职工运动会举行")
    assert _works_for(got, "王立新") == {"公司党委（《职工运动会举行》，t）"}
