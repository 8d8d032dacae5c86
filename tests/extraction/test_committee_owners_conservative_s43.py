"""A committee written by its owner's kind (公司党委, 医院党委, 学校党委) is named after a body only when
the article writes exactly one body of that kind on its own and that body is the article's main body
(or the company of the union that is); two of the kind, no main body, or a main body whose name runs
over another body's name: per article (stop 43, the second review of units-s43). A union of an
institution named …委员会 keeps its unionOf; a federation's unit is kept off it only by a whole word
of a body between them. Invented sentences.

>>> ("王立新", "worksFor", "南岭精工机械有限公司党委") in stated_facts(
...     "南岭精工机械有限公司举行职工运动会。南岭精工机械有限公司300余名职工参加。公司党委书记王立新出席。")
True
"""

from __future__ import annotations

import pytest

from tests.stated import stated_facts


def _committees(got, person):
    return {t for h, r, t in got if h == person and r == "worksFor" and "党委" in t}


@pytest.mark.parametrize("title,body,person,written", [
    # two hospitals: the host and the one that speaks
    ("", "11月3日，南岭市人民医院举办医联体建设推进会。南岭市人民医院院长王立新介绍了医联体建设情况。"
         "青禾县中医医院作交流发言，医院党委书记李红梅说，要下沉优质资源。", "李红梅", "医院党委"),
    # two hospitals sign an agreement
    ("南岭市人民医院、青禾县人民医院联合义诊", "南岭市人民医院与青禾县人民医院签订结对帮扶协议。南岭市人民医院将派专家坐诊。"
         "医院党委书记王立新表示，将全力支持。", "王立新", "医院党委"),
    # a visiting bank and the company it visits
    ("南岭农商银行股份有限公司走进青禾精工机械有限公司", "南岭农商银行股份有限公司走进青禾精工机械有限公司开展金融服务。"
         "南岭农商银行股份有限公司为职工讲解了防诈骗知识。公司党委书记王立新介绍了企业发展情况。", "王立新", "公司党委"),
    # a visiting union and its host
    ("", "南岭精工机械有限公司工会一行20人到青禾重工有限公司交流学习。南岭精工机械有限公司工会主席张华表示收获很大。"
         "公司党委书记王立新陪同参观并介绍了企业文化建设情况。", "王立新", "公司党委"),
    # a host and a brother unit that watches
    ("", "南岭精工机械有限公司举办技能比武。南岭精工机械有限公司200余名职工参赛。兄弟单位青禾重工有限公司派队观摩，"
         "公司党委副书记李红梅带队。", "李红梅", "公司党委"),
    # two companies in one contest
    ("", "南岭精工机械有限公司与青禾重工有限公司开展劳动竞赛。南岭精工机械有限公司500余名职工参赛。"
         "公司党委书记王立新为获奖选手颁奖。", "王立新", "公司党委"),
    # a school committee: a college of a university is no 学校
    ("", "南岭大学化学化工学院举办青年教师教学竞赛。南岭大学化学化工学院30名教师参赛。"
         "学校党委副书记王立新出席并颁奖。", "王立新", "学校党委"),
])
def test_a_committee_with_another_body_of_its_kind_stays_per_article(title, body, person, written):
    # (per article, 医院党委（…）, or none: never named after one of the bodies)
    got = _committees(stated_facts(body, title=title), person)
    assert not {t for t in got if "（" not in t}, got


@pytest.mark.parametrize("title,body", [
    # no main body: a sponsor named once
    ("职工运动会举行", "公司党委书记王立新出席并讲话。运动会由南岭体育用品有限公司赞助。"),
    # no main body: a company visited in the past
    ("", "公司党委书记王立新介绍，今年3月，公司曾组织骨干到南岭精工机械有限公司学习取经。"),
    # a main body whose name runs over a visit
    ("南岭市总工会慰问南岭精工机械有限公司一线职工", "南岭市总工会慰问南岭精工机械有限公司一线职工。公司党委书记王立新陪同。"),
    # a main body whose name runs over a posting
    ("", "南岭市总工会驻青禾精工机械有限公司工作队进驻以来，为职工办了实事。南岭市总工会驻青禾精工机械有限公司工作队"
         "走访职工200余人。公司党委书记王立新表示感谢。"),
])
def test_a_committee_with_no_body_it_is_of_names_none(title, body):
    named = {t for t in _committees(stated_facts(body, title=title), "王立新") if "（" not in t}
    assert not named


@pytest.mark.parametrize("body,committee", [
    ("南岭精工机械有限公司召开职代会。南岭精工机械有限公司工会主席李红梅作报告。公司党委书记王立新讲话。",
     "南岭精工机械有限公司党委"),
    ("南岭市人民医院举办护理技能竞赛。南岭市人民医院100余名护士参赛。医院党委书记王立新出席。", "南岭市人民医院党委"),
    ("南岭师范大学举办青年教师教学竞赛。南岭师范大学30名教师参赛。学校党委副书记王立新出席。", "南岭师范大学党委"),
])
def test_the_one_body_of_its_kind_that_is_the_main_body_owns_the_committee(body, committee):
    assert _committees(stated_facts(body), "王立新") == {committee}


@pytest.mark.parametrize("institution", ["南岭经济技术开发区管理委员会", "南岭市卫生健康委员会", "南岭市青禾社区居民委员会"])
def test_the_union_of_an_institution_named_committee_is_its(institution):
    got = stated_facts(f"{institution}工会开展职工健步走活动。{institution}200余名干部职工参加。")
    assert (f"{institution}工会", "unionOf", institution) in got


@pytest.mark.parametrize("unit", ["南岭市总工会银行卡服务中心", "南岭市总工会社区志愿服务队", "南岭市总工会公司职工服务中心"])
def test_a_head_inside_a_longer_word_is_no_body_between(unit):
    got = stated_facts(f"南岭市总工会召开会议。{unit}主任李强作交流发言。")
    assert (unit, "subOrganizationOf", "南岭市总工会") in got


def test_a_headline_union_by_its_companys_short_form_makes_the_company_the_owner():
    got = stated_facts("杭州青禾精工机械有限公司成立于1998年，现有职工800余人。青禾精工工会组织职工开展技能培训。"
                       "公司党委副书记、工会主席李红梅介绍了情况。", title="青禾精工工会为职工办实事")
    assert {t for t in _committees(got, "李红梅") if "（" not in t} == {"青禾精工机械有限公司党委"}
