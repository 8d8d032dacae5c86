"""Fixes to the event a sentence opened at an event by its kind (会上，仪式上，) or a referring noun
(出席仪式) means (review of stop 42): only an event of the sentence's own section (a digest's item, a
datelined section), held (not planned, put off or called off) and not recalled from another time;
an event of the kind named between the report's event and the sentence is the one meant; a part of a
joint name counts less than a ceremony named just before; a headline's meeting of the report
(召开…启动会) makes 会上 the report's. Sentences and names invented."""

from __future__ import annotations

from stated import stated_facts as facts


def _takes_part(found: set[tuple[str, str, str]], head: str) -> set[str]:
    return {t for h, r, t in found if h == head and r == "participatesIn"}


# 1. a digest's items, a page's datelined sections: each its own report

_DIGEST_MEETING = ("工会简讯\n■ 11月28日，江岭县总工会九届四次全委会议在县职工之家召开，县总工会主席孟立春出席会议。\n"
                   "■ 12月2日，江岭县总工会“送学上门”培训行动在县城启动。")


def test_a_meeting_of_another_digest_item_is_not_meant():
    found = facts(_DIGEST_MEETING + "会上，县总工会副主席罗小舟介绍了行动安排。")
    assert not _takes_part(found, "罗小舟")


def test_a_body_signing_in_another_digest_item_is_at_no_meeting_of_it():
    found = facts(_DIGEST_MEETING + "会上，江岭县总工会与江岭农商银行签订了职工普惠服务合作协议。")
    assert not _takes_part(found, "江岭农商银行")


def test_a_ceremony_of_another_datelined_section_is_not_meant():
    found = facts("本报江岭电 11月28日，2026年江岭县职工普惠服务签约仪式在县职工之家举行。\n"
                  "本报河口电 12月2日，河口区总工会“送学上门”培训行动在区职工服务中心启动。"
                  "仪式上，河口区总工会向河口市环卫处赠送了800套冬衣。")
    assert "2026年江岭县职工普惠服务签约仪式" not in _takes_part(found, "河口区总工会")


def test_a_meeting_of_the_same_digest_item_is_still_meant():
    found = facts("工会简讯\n■ 11月28日，江岭县总工会“送学上门”培训行动在县城启动。\n"
                  "■ 12月2日，江岭县总工会“送学上门”培训行动推进会在县职工之家召开。"
                  "会上，县总工会副主席罗小舟通报了各乡镇的进展。")
    assert "江岭县总工会送学上门培训行动推进会" in _takes_part(found, "罗小舟")


# 2. a meeting only planned, put off or called off

_ACTIVITY = "11月30日至12月2日，由河口区总工会主办的2026年“山海同行”研学活动在河口区举行。来自江岭的36名青年职工参加活动。"
_VISIT = "12月1日，研学团一行参观了河口港，并与河口区总工会座谈。"


def test_a_meeting_to_be_held_next_year_is_not_meant():
    found = facts(_ACTIVITY + "明年，河口区总工会还将举办首届山海青年职工交流座谈会。" + _VISIT
                  + "会上，河口区总工会副主席苏晓岚介绍了青年职工驿站的工作。")
    assert "首届山海青年职工交流座谈会" not in _takes_part(found, "苏晓岚")


def test_a_meeting_put_off_is_not_meant():
    found = facts(_ACTIVITY + "原定12月1日召开的2026河口山海青年职工交流座谈会因故推迟。" + _VISIT
                  + "会上，河口区总工会与江岭县总工会青年工作委员会签订了研学交流备忘录。")
    assert not any("座谈会" in t for t in _takes_part(found, "江岭县总工会青年工作委员会"))


def test_a_meeting_planned_by_the_schedule_is_not_meant():
    found = facts(_ACTIVITY + "按照日程，明年3月还将举办2027河口山海青年职工交流座谈会。" + _VISIT
                  + "会上，河口区总工会副主席苏晓岚介绍了青年职工驿站的工作。")
    assert not any("座谈会" in t for t in _takes_part(found, "苏晓岚"))


# 3. a ceremony of another year, only recalled: the report's own activity's ceremony is meant

_RECALLED = ("12月2日，河口区总工会2026年“送暖到岗”关爱行动在河口区职工服务中心启动。"
             "自2022年河口区“送暖到岗”关爱行动启动仪式举行以来，该行动已累计帮扶职工2万人次。")


def test_a_ceremony_recalled_from_another_year_is_not_meant():
    found = facts(_RECALLED + "仪式上，河口区总工会副主席苏晓岚向环卫职工代表赠送了手套。")
    assert not any("启动仪式" in t for t in _takes_part(found, "苏晓岚"))
    assert any("关爱行动" in t for t in _takes_part(found, "苏晓岚"))


# 4. a meeting of the kind named between the report's meeting and the sentence

_TWO_MEETINGS = ("12月2日，河口区总工会六届五次全委会议在河口区职工服务中心召开。"
                 "会议结束后，与会代表还参加了河口区劳模工匠座谈会。")


def test_a_body_at_the_meeting_named_in_between():
    found = facts(_TWO_MEETINGS + "会上，河口港务有限公司工会作了经验交流报告。")
    assert "河口区总工会六届五次全委会议" not in _takes_part(found, "河口港务有限公司工会")
    assert "河口区劳模工匠座谈会" in _takes_part(found, "河口港务有限公司工会")


def test_signers_at_the_meeting_named_in_between():
    found = facts(_TWO_MEETINGS + "会上，河口区总工会与河口港务有限公司工会签订了劳模工匠结对协议。")
    assert "河口区总工会六届五次全委会议" not in _takes_part(found, "河口港务有限公司工会")


def test_the_reported_meeting_when_another_is_only_to_come():
    # (a meeting named in between that is only planned does not take the report's place)
    found = facts("12月2日，河口区总工会六届五次全委会议在河口区职工服务中心召开。"
                  "下月，河口区总工会还将召开河口区劳模工匠座谈会。"
                  "会上，河口港务有限公司工会作了经验交流报告。")
    assert "河口区总工会六届五次全委会议" in _takes_part(found, "河口港务有限公司工会")


# 5. a ceremony named just before wins over a part of a joint name

_JOINT = "12月2日，河口劳模创新工作室揭牌仪式暨2026年河口港职工创新成果发布会在河口港会议中心举行。"


def test_a_ceremony_of_the_same_sentence_wins_over_a_joint_part():
    found = facts(_JOINT + "当天下午，2026年河口港职工普惠服务签约仪式在港务大楼举行，河口区总工会副主席苏晓岚出席仪式并讲话。")
    assert "2026年河口港职工普惠服务签约仪式" in _takes_part(found, "苏晓岚")


def test_a_ceremony_of_the_sentence_before_wins_over_a_joint_part():
    found = facts(_JOINT + "当天下午，2026年河口港职工普惠服务签约仪式在港务大楼举行。河口区总工会副主席苏晓岚出席仪式并讲话。")
    assert "2026年河口港职工普惠服务签约仪式" in _takes_part(found, "苏晓岚")


# 6. the headline names a meeting of the report (召开…启动会): 会上 is the report's event

def test_a_headline_launch_meeting_makes_the_meeting_the_reports():
    found = facts("12月2日，河口区总工会“送暖到岗”关爱行动在河口区职工服务中心启动。"
                  "会上，河口区总工会副主席苏晓岚介绍了行动安排。",
                  title="河口区总工会召开“送暖到岗”关爱行动启动会")
    assert any("关爱行动" in t for t in _takes_part(found, "苏晓岚"))


def test_a_headline_naming_no_meeting_leaves_the_campaign_at_no_meeting():
    found = facts("12月2日，河口区总工会“送暖到岗”关爱行动在河口区职工服务中心启动。"
                  "会上，河口区总工会副主席苏晓岚介绍了行动安排。",
                  title="河口区总工会启动“送暖到岗”关爱行动")
    assert not _takes_part(found, "苏晓岚")


def test_a_meeting_of_next_week_is_not_meant():
    # (下周，: a time to come opens the meeting's own sentence; nothing before the name plans it)
    found = facts(_ACTIVITY + "下周，2027河口山海青年职工交流座谈会在河口区职工服务中心召开。" + _VISIT
                  + "会上，河口区总工会副主席苏晓岚介绍了青年职工驿站的工作。")
    assert not any("座谈会" in t for t in _takes_part(found, "苏晓岚"))


def test_a_meeting_held_during_the_activity_is_still_meant():
    found = facts(_ACTIVITY + "12月1日，2026河口山海青年职工交流座谈会在河口区职工服务中心召开。"
                  + "会上，河口区总工会副主席苏晓岚介绍了青年职工驿站的工作。")
    assert "2026河口山海青年职工交流座谈会" in _takes_part(found, "苏晓岚")


def test_a_meeting_only_cited_after_the_reported_one_is_not_meant():
    # (学习…在某全会上的讲话: a meeting cited, not held in the report)
    found = facts("12月2日，河口区总工会六届五次全委会议在河口区职工服务中心召开。"
                  "河口区总工会主席孟立春要求各级工会认真学习省总工会主席在省总工会十三届四次全委会议上的讲话。"
                  "会上，河口港务有限公司工会作了经验交流报告。")
    assert "河口区总工会六届五次全委会议" in _takes_part(found, "河口港务有限公司工会")
