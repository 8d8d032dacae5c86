"""Fixes to the participation rules of stop 41 (person-on-the-spot, a stage opening a sentence,
table-person-column, teacher-of-this-class, party-named-by-the-activity, member-of-the-activity-party):
each reads only what is done at the reported event, at its time, by one who takes part in it.
Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts


def _takes_part(got: set[tuple[str, str, str]], person: str) -> bool:
    return any(h == person and r == "participatesIn" for h, r, _ in got)


# -- person-on-the-spot ------------------------------------------------------------------------

_FAIR = "3月5日，青河区总工会联合区人社局举办2026年春风行动专场招聘会，共有40家企业进场招聘。"
_FAIR_NAME = "2026年春风行动专场招聘会"
_PRIZES = "4月28日，青河市总工会召开2026年度劳动模范表彰大会，市总工会主席林海平出席并讲话。"


def test_an_act_on_the_spot_of_another_year_is_no_part_of_the_event():
    got = facts(_PRIZES + "大会通报了劳模的先进事迹。2019年，青河机械有限公司职工孙伟在车间突发疾病，"
                "工友杜刚当场为其实施心肺复苏，挽救了他的生命。")
    assert not _takes_part(got, "杜刚")


def test_an_act_on_the_spot_of_another_month_is_no_part_of_the_event():
    got = facts(_FAIR + "另据介绍，今年1月，区总工会法律援助律师许文涛当场为一名农民工出具了法律意见书。")
    assert not _takes_part(got, "许文涛")


def test_each_of_a_list_acting_on_the_spot_takes_part():
    got = facts(_FAIR + "求职者郑晓东、何丽娟当场与青河纺织有限公司签订了就业意向协议。")
    assert ("郑晓东", "participatesIn", _FAIR_NAME) in got
    assert ("何丽娟", "participatesIn", _FAIR_NAME) in got


# -- a stage opening the sentence (在提问环节，) ----------------------------------------------------

_QUIZ = "5月10日，由青河市总工会主办的青河市第三届职工安全知识竞赛在青河市职工文化中心举行。"
_QUIZ_NAME = "青河市第三届职工安全知识竞赛"


def test_a_stage_of_the_contest_opens_at_it():
    got = facts(_QUIZ + "在抢答环节，青河机械有限公司选手孙丽率先答对全部题目。")
    assert ("孙丽", "participatesIn", _QUIZ_NAME) in got


def test_a_stage_the_article_lists_opens_at_the_contest():
    got = facts(_QUIZ + "竞赛分为必答、抢答和隐患排查三个环节。在隐患排查环节，青河机械有限公司选手孙丽用时最短。")
    assert ("孙丽", "participatesIn", _QUIZ_NAME) in got


def test_a_stage_of_another_year_is_no_part_of_the_contest():
    got = facts(_QUIZ + "在去年的抢答环节，青河机械有限公司选手孙丽曾因一题之差惜败。")
    assert not _takes_part(got, "孙丽")


def test_a_stage_of_work_is_no_stage_of_the_event():
    got = facts(_QUIZ + "在招聘环节，该公司人事经理杜建华严格把关，确保新员工安全培训全覆盖。")
    assert not _takes_part(got, "杜建华")
    got = facts("6月2日，青河市总工会召开安全生产座谈会，交流企业安全管理经验。"
                "在生产环节，青河机械有限公司工人孙刚去年发现隐患12处。")
    assert not _takes_part(got, "孙刚")


# -- table-person-column, table-employer-column ----------------------------------------------------

_SKILLS = "9月20日，青河市第四届职工技能大赛在青河市职工文化中心落幕。\n\n"
_ROWS = "\n\n| 序号 | 姓名 | 工作单位 |\n|---|---|---|\n| 1 | 何丽娟 | 青河纺织有限公司 |\n\n"


def test_a_table_of_winners_takes_part():
    got = facts(_SKILLS + "个人一等奖获奖名单如下：" + _ROWS)
    assert ("何丽娟", "participatesIn", "青河市第四届职工技能大赛") in got
    assert ("何丽娟", "worksFor", "青河纺织有限公司") in got


def test_a_table_of_contacts_judges_or_another_edition_takes_no_part():
    for intro in ("各赛项咨询联系人如下：", "上届比赛获奖名单如下：", "下一届比赛拟邀请专家如下：", "本届大赛评委会名单如下："):
        got = facts(_SKILLS + intro + _ROWS)
        assert not _takes_part(got, "何丽娟"), intro
        assert ("何丽娟", "worksFor", "青河纺织有限公司") in got, intro


def test_a_table_of_entrants_to_a_contest_to_come_takes_no_part():
    got = facts(_SKILLS + "以下选手将代表青河市参加明年举行的2027年全国职工职业技能大赛，名单如下：" + _ROWS)
    assert not _takes_part(got, "何丽娟")


def test_a_team_in_the_unit_column_is_no_employer():
    got = facts(_SKILLS + "个人一等奖获奖名单如下：\n\n| 序号 | 选手 | 单位 |\n|---|---|---|\n"
                "| 1 | 何丽娟 | 青河区代表队 |\n| 2 | 郑晓东 | 青河纺织有限公司 |\n\n")
    assert ("何丽娟", "worksFor", "青河区代表队") not in got
    assert ("何丽娟", "memberOf", "青河区代表队") in got
    assert ("郑晓东", "worksFor", "青河纺织有限公司") in got


# -- teacher-of-this-class -------------------------------------------------------------------------

_CLASS = "7月8日，青河市总工会举办2026年工会干部培训班，全市120名工会干部参加。"
_CLASS_NAME = "2026年工会干部培训班"


def test_one_who_did_not_teach_or_taught_at_another_time_is_no_teacher():
    for sentence in ("原定授课的省总工会法律部部长宋志强因故未能讲授《工会法解读》，由其他老师代课。",
                     "学员杜刚表示，去年他曾听过宋志强讲解劳动争议调解，至今受益匪浅。",
                     "据介绍，青河大学教授宋志强多年来在全国各地讲解劳动关系协调理论。",
                     "学员们表示，省总工会法律部部长宋志强曾于2018年在中央党校讲授《工会法》。"):
        got = facts(_CLASS + sentence)
        assert not _takes_part(got, "宋志强"), sentence


def test_the_teacher_of_the_class_reported_still_teaches_it():
    got = facts(_CLASS + "培训班上，青河大学教授宋志强讲授了《工会法解读》。")
    assert ("宋志强", "participatesIn", _CLASS_NAME) in got


def test_the_teacher_of_a_class_planned_or_called_off_is_no_part_of_it():
    got = facts("1月10日，青河市总工会召开2026年工会工作会议。下半年，青河市总工会将举办2026年基层工会主席培训班，"
                "届时省总工会专家宋志强讲授《工会会计实务》。青河市总工会原计划举办2026年工会财务培训班，"
                "青河大学教授何文斌授课，后因故取消。")
    assert not _takes_part(got, "宋志强")
    assert not _takes_part(got, "何文斌")


def test_the_teacher_of_a_class_held_then_takes_part_in_it():
    got = facts("1月10日，青河市总工会召开2026年工会工作会议。2025年，青河市总工会举办2025年职工心理健康培训班，"
                "青河大学教授何文斌讲授了《压力管理》。")
    assert ("何文斌", "participatesIn", "2025年职工心理健康培训班") in got


# -- party-named-by-the-activity, member-of-the-activity-party ---------------------------------------

_TEAM = "青河市劳模志愿服务总队"


def test_a_team_to_be_sent_out_or_whose_trip_was_called_off_takes_no_part():
    got = facts("下半年，青河市总工会将组织青河市劳模志愿服务总队走进园区企业，开展“送技术进车间”志愿服务活动。")
    assert not _takes_part(got, _TEAM)
    got = facts("青河市总工会原计划组织青河市劳模志愿服务总队走进园区企业，开展“送技术进车间”志愿服务活动，因疫情取消。")
    assert not _takes_part(got, _TEAM)


def test_a_team_sent_out_takes_part():
    got = facts("3月5日，青河市总工会组织青河市劳模志愿服务总队走进城南社区，开展“送技术进社区”志愿服务活动。")
    assert (_TEAM, "participatesIn", "送技术进社区志愿服务活动") in got


def test_the_organising_team_and_a_team_of_another_year_take_no_part_by_the_name():
    got = facts("3月5日，“劳模进社区”志愿服务活动在城南街道举行。本次活动由青河市劳模志愿服务总队主办，青河市总工会协办。"
                "青河机械有限公司劳模志愿服务分队于2020年获评全国优秀志愿服务组织。")
    assert not _takes_part(got, _TEAM)
    assert not _takes_part(got, "青河机械有限公司劳模志愿服务分队")


_TALK = "5月6日，青河市总工会在青河机械有限公司举办“劳模工匠进企业”宣讲活动。"
_TALK_NAME = "劳模工匠进企业宣讲活动"


def test_members_of_the_party_said_in_other_ways_take_part():
    got = facts(_TALK + "宣讲团成员，省级劳模何丽娟结合亲身经历分享了技术攻关心得。宣讲团成员宋志强介绍了班组创新经验。"
                "宣讲团团员、市级劳模杜刚和宣讲团成员、技术能手孙丽分别作了交流。")
    for p in ("何丽娟", "宋志强", "杜刚", "孙丽"):
        assert (p, "participatesIn", _TALK_NAME) in got, p


def test_a_member_of_the_party_to_talk_later_takes_no_part():
    got = facts(_TALK + "宣讲团成员、省级劳模何丽娟将于下月赴青河区开展巡回宣讲。")
    assert not _takes_part(got, "何丽娟")
