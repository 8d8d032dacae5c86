"""Which body a party committee written by its owner's kind (公司党委, 医院党委, 学院党委) is of (stop 43,
the review of units-s43): the article's main body whose own name ends in that kind, or the one body
of that kind the article names when no other body is its subject; else named per article, as a
wrong body is worse than none. A committee is never a union's enterprise. Invented sentences.

>>> ("南岭精工机械有限公司党委" in _works_for(stated_facts("南岭精工机械有限公司举行职工运动会。公司党委书记王立新出席。"), "王立新"))
True
"""

from __future__ import annotations

import pytest

from tests.stated import stated_facts

from uniongraph.extraction.aliases import unscoped


def _works_for(got, person):
    return {t for h, r, t in got if h == person and r == "worksFor"}


@pytest.mark.parametrize("body", [
    "南岭区总工会向南岭精工机械股份有限公司工会拨付帮扶资金。公司党委副书记、工会主席李红梅代表公司工会接收。",
    "记者采访了南岭精工机械股份有限公司工会主席李红梅。公司党委书记王立新说，职工之家建好了。",
])
def test_a_party_committee_is_no_enterprise_of_a_union(body):
    got = stated_facts(body)
    assert not any(r == "unionOf" and t.endswith("党委") for _, r, t in got)


def test_the_committee_of_the_company_whose_union_the_article_is_about():
    # (the union is the main body: named twice, first in the lead; the committee is its company's)
    got = stated_facts("南岭区总工会向南岭精工机械股份有限公司工会拨付帮扶资金。公司党委副书记、工会主席李红梅代表公司工会接收。")
    assert "南岭精工机械股份有限公司党委" in _works_for(got, "李红梅")


@pytest.mark.parametrize("body", [
    # a partner of the federation, the subject of the lead
    "南岭区总工会联合南岭农商银行股份有限公司开展“送金融知识进企业”活动，走进青禾精工。公司党委书记王立新介绍了企业发展情况。",
    # two companies, one named after the committee
    "南岭区总工会与南岭银行股份有限公司签订战略合作协议。公司党委书记、董事长王立新介绍，南岭精工机械有限公司今年效益很好。",
    # a bank written only inside its branch's name
    "青禾精工召开职代会，南岭银行股份有限公司青禾支行为职工提供金融服务。公司党委书记王立新作报告。",
    # a company written inside its hospital's name: the hospital's kind is 医院
    "南岭电力公司职工医院召开职代会。公司党委副书记王立新出席。",
    # a group company and its subsidiary, in either order: two bodies of the kind
    "南岭建工集团有限公司召开年度工作会，南岭建工集团有限公司第三分公司获评先进单位。公司党委书记王立新讲话。",
    "南岭建工集团有限公司第三分公司获评先进单位，南岭建工集团有限公司召开年度工作会。公司党委书记王立新讲话。",
])
def test_a_company_committee_with_no_one_company_reported_stays_per_article(body):
    committees = {t for t in _works_for(stated_facts(body), "王立新") if "党委" in t}
    assert {unscoped(t) for t in committees} == {"公司党委"} and "公司党委" not in committees  # named per article


@pytest.mark.parametrize("body", [
    # a hospital whose name holds a college: the kind is matched by the name's end, not inside it
    "南岭医学院附属医院举办护理技能竞赛。学院党委副书记、工会主席程立民出席。",
    # a college named by its field alone: a school of an institution the kind may stand for
    "化学化工学院教师赵小洁获得一等奖。学院党委副书记、工会主席程立民出席决赛。",
])
def test_a_college_committee_with_no_college_of_its_own_name_stays_per_article(body):
    got = _works_for(stated_facts(body), "程立民")
    assert {unscoped(t) for t in got} == {"学院党委"} and "学院党委" not in got  # named per article


def test_a_group_committee_is_the_groups_not_its_subsidiarys():
    # (the group the main body: named twice, first in the lead)
    got = stated_facts("南岭建工集团召开职代会，南岭建工集团200余名职工代表参加。南岭建工集团第三工程有限公司作为先进单位作交流发言。"
                      "集团党委书记王立新作报告。")
    assert _works_for(got, "王立新") == {"南岭建工集团党委"}


def test_a_union_named_by_the_companys_short_form_is_no_second_company():
    got = stated_facts("南岭精工机械股份有限公司召开职代会。南岭精工机械公司工会主席李红梅作工会工作报告。公司党委书记王立新讲话。")
    assert _works_for(got, "王立新") == {"南岭精工机械股份有限公司党委"}


def test_the_college_of_the_headline_not_its_schools_named_by_their_field():
    got = stated_facts("化学化工学院教师赵小洁、美术学院教师孔小飞获得一等奖。学院党委副书记程立民出席决赛。",
                       title="丰林师范学院举办青年教师教学竞赛")
    assert _works_for(got, "程立民") == {"丰林师范学院党委"}
