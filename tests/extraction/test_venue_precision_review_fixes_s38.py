"""Review of stop 38's merged rules (review-s38b): the readings a reviewer proved wrong, each narrowed,
and the readings that were right kept (sentences and names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


# 1. joiner-de-person: only a verb of joining, and only a union or a team, makes a member
@pytest.mark.parametrize("body, person, org", [
    ("记者深入南岭煤矿的矿工赵大成家中。", "赵大成", "南岭煤矿"),
    ("进入南岭科技有限公司的工程师王立新说，今年订单增加。", "王立新", "南岭科技有限公司"),
    ("去年调入南岭科技有限公司的工程师王立新说，今年订单增加。", "王立新", "南岭科技有限公司"),
    ("参加南岭科技有限公司的技术员王立新说，今年订单增加。", "王立新", "南岭科技有限公司"),
    ("记者走入南岭煤矿的采煤工人赵大成家中。", "赵大成", "南岭煤矿"),
])
def test_entering_a_company_is_working_there(body, person, org):
    got = facts(body)
    assert (person, "worksFor", org) in got
    assert (person, "memberOf", org) not in got


@pytest.mark.parametrize("body, wanted", [
    ("刚加入南岭区快递行业联合工会的快递员王立新说，入会后很安心。", ("王立新", "memberOf", "南岭区快递行业联合工会")),
    ("刚融入南岭区快递行业联合工会的快递员王立新说，入会后很安心。", ("王立新", "memberOf", "南岭区快递行业联合工会")),
    ("去年加入南岭市职工志愿服务队的退休工人王立新说，很高兴。", ("王立新", "memberOf", "南岭市职工志愿服务队")),
    ("参加南岭市代表队的选手王立新获得冠军。", ("王立新", "memberOf", "南岭市代表队")),
])
def test_joining_a_union_or_a_team_is_membership(body, wanted):
    assert wanted in facts(body)


# 2. a speaker's clause that names the facility: the bare head after it is that facility, never an earlier one
def test_speakers_facility_is_the_topic_or_none():
    got = facts("去年，南岭街道户外劳动者驿站投入使用。今年新建的阳明街道户外劳动者驿站负责人王立新介绍，"
                "驿站由阳明街道总工会和南岭物业有限公司共同设立。")
    assert not any(t == "南岭街道户外劳动者驿站" for _, r, t in got if r == "founded")
    got = facts("南岭街道户外劳动者驿站日前投入使用。阳明街道户外劳动者驿站负责人王立新介绍，"
                "驿站由阳明街道总工会和南岭物业有限公司共同设立。")
    assert ("阳明街道总工会", "founded", "阳明街道户外劳动者驿站") in got
    assert ("南岭物业有限公司", "founded", "阳明街道户外劳动者驿站") in got
    assert not any(t == "南岭街道户外劳动者驿站" for _, r, t in got if r == "founded")


def test_speaker_of_another_body_still_reports_the_facility():
    got = facts("南岭街道户外劳动者驿站日前投入使用。南岭街道总工会主席王立新介绍，驿站由南岭街道总工会和南岭物业有限公司共同设立。")
    assert ("南岭物业有限公司", "founded", "南岭街道户外劳动者驿站") in got


# 3. event-kind-held-at-place: not another year's edition, nor across a digest's heading
@pytest.mark.parametrize("body", [
    "去年举办的南岭市首届职工运动会反响热烈。今年，运动会将于10月在南岭市体育中心开幕。",
    "南岭市第十一届职工冬季运动会筹备工作就绪。明年，运动会将在阳明区职工体育馆开幕。",
    "南岭市第三届职工运动会于10月8日闭幕。\n阳明区简讯\n运动会今天在阳明区体育馆开幕。",
])
def test_kind_of_another_edition_is_not_held_there(body):
    assert not any(r == "heldAt" for _, r, _ in facts(body))


@pytest.mark.parametrize("body, wanted", [
    ("南岭市第十一届职工冬季运动会筹备工作就绪。运动会12月1日在阳明区职工体育馆开幕。",
     ("南岭市第十一届职工冬季运动会", "heldAt", "阳明区职工体育馆")),
    ("今年的南岭市第十一届职工冬季运动会筹备工作就绪。今年，运动会将于12月1日在阳明区职工体育馆开幕。",
     ("南岭市第十一届职工冬季运动会", "heldAt", "阳明区职工体育馆")),
    ("南岭市第十一届职工冬季运动会筹备工作就绪。\n运动会12月1日在阳明区职工体育馆开幕。",
     ("南岭市第十一届职工冬季运动会", "heldAt", "阳明区职工体育馆")),
])
def test_kind_of_the_same_event_is_held_there(body, wanted):
    assert wanted in facts(body)


# 4. founders: 经批准 with no approver named, and a partner after 联合/会同 across a comma
@pytest.mark.parametrize("body, wanted", [
    ("南岭集团经批准成立了南岭科技有限公司。", ("南岭集团", "founded", "南岭科技有限公司")),
    ("南岭集团联合阳明投资有限公司，共同发起成立了南岭新能源有限公司。", ("阳明投资有限公司", "founded", "南岭新能源有限公司")),
    ("南岭集团会同阳明投资有限公司，共同组建了南岭新能源有限公司。", ("阳明投资有限公司", "founded", "南岭新能源有限公司")),
])
def test_founders_kept(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body, wrong", [
    ("经南岭部批准成立的海河赛宝实验室，到去年底已检测产品三千件。", ("南岭部", "founded", "海河赛宝实验室")),
    ("南岭部批准成立的海河赛宝实验室，到去年底已检测产品三千件。", ("南岭部", "founded", "海河赛宝实验室")),
    ("南岭集团兼并了阳明塑管厂，组建了南岭新能源有限公司。", ("阳明塑管厂", "founded", "南岭新能源有限公司")),
])
def test_approvers_and_objects_found_nothing(body, wrong):
    assert wrong not in facts(body)


# 5. manages: 联合 as the adverb of the verb, a partner's comma, the subject's comma
@pytest.mark.parametrize("body, wanted", [
    ("阳明区总工会和阳明区人社局联合管理阳明区职工服务中心。", ("阳明区人社局", "manages", "阳明区职工服务中心")),
    ("阳明区总工会会同阳明区人社局，共同管理阳明区职工服务中心。", ("阳明区人社局", "manages", "阳明区职工服务中心")),
    ("南岭物业有限公司，现托管阳明区职工服务中心。", ("南岭物业有限公司", "manages", "阳明区职工服务中心")),
])
def test_stated_management_kept(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body", [
    "阳明区总工会和阳明区人社局联合管理阳明区职工服务中心。",
    "阳明区总工会会同阳明区人社局，共同管理阳明区职工服务中心。",
])
def test_each_joint_manager_manages(body):
    assert ("阳明区总工会", "manages", "阳明区职工服务中心") in facts(body)


def test_no_manager_after_a_verb_of_its_own_clause():
    got = facts("阳明区总工会与南岭物业有限公司签约，托管阳明区职工服务中心。")
    assert not any(r == "manages" for _, r, _ in got)


@pytest.mark.parametrize("body, wrong", [
    ("海河市总工会将联合市城市管理综合执法局开展“冬送暖”服务月活动。", ("海河市总工会", "manages", "综合执法局")),
    ("何长远曾在抗战时期创办过南岭大学，后长期领导海河大学。", ("南岭大学", "manages", "海河大学")),
])
def test_no_manager_across_a_partner_or_a_deed(body, wrong):
    assert wrong not in facts(body)


# 6. a town in a title chain: not a common word ending in its level (古镇, 小镇, 乡村)
@pytest.mark.parametrize("body, wrong", [
    ("南岭古镇景区管委会主任、镇党委书记王立新说，游客增加。", "南岭古镇党委"),
    ("南岭特色小镇管委会主任、镇党委书记王立新说，游客增加。", "南岭特色小镇党委"),
    ("南岭乡村旅游专业合作社理事长、乡党委书记王立新说，游客增加。", "南岭乡党委"),
])
def test_no_town_from_a_common_word(body, wrong):
    assert not any(t == wrong for _, _, t in facts(body))


def test_town_written_before_its_body_in_a_title_chain():
    assert ("王立新", "worksFor", "南岭镇党委") in facts("南岭镇中心小学校长、镇党委委员王立新说，学生增加。")


# 7. a builder is no founder
@pytest.mark.parametrize("body", [
    "南岭市职工服务中心和阳明区职工活动中心日前落成。两个中心均由南岭建工集团有限公司建设。",
    "南岭市职工服务中心日前落成。该中心由南岭建工集团有限公司兴建。",
])
def test_builder_founds_nothing(body):
    assert not any(r == "founded" for _, r, _ in facts(body))


@pytest.mark.parametrize("body, wanted", [
    ("南岭区快递行业联合工会和南岭区外卖行业联合工会日前成立。两家联合工会均由南岭区总工会发起成立。",
     ("南岭区总工会", "founded", "南岭区外卖行业联合工会")),
    ("南岭市职工服务中心日前落成。该中心由南岭区总工会和南岭物业有限公司共同建设。",
     ("南岭物业有限公司", "founded", "南岭市职工服务中心")),
])
def test_sponsors_who_set_up_found(body, wanted):
    assert wanted in facts(body)


# 8. a meeting held at a distance is not held where one attends it
def test_remote_meeting_not_held_where_attended():
    got = facts("王立新在南岭市参加全国总工会视频会议。")
    assert not any(r == "heldAt" for _, r, _ in got)
    assert ("全国劳模表彰大会", "heldAt", "北京") in facts("王立新在北京参加全国劳模表彰大会。")
