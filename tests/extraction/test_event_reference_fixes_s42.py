"""Fixes (second review of stop 42) to the events 会上，/仪式上，/出席仪式 may mean: an event is left
out as not held only for what governs it in its own clause (a plan or recall word before the verb
that introduces it, a year of its own name or clause), a meeting held before the reported event is
held, a bullet line of points does not open a section, and the classifier adds no event to a person
whose event a pattern of the same sentence read. Sentences and names invented."""

from __future__ import annotations

from stated import stated_facts as facts


def _takes_part(found: set[tuple[str, str, str]], head: str) -> set[str]:
    return {t for h, r, t in found if h == head and r == "participatesIn"}


_EXCHANGE = "11月4日至6日，由青石市总工会主办的2026年“港青同心”交流活动在青石市举行。"
_AT_IT = "会上，青石市总工会副主席邓小禾介绍了港青职工驿站的工作。"


# 1. a plan word of another clause governs another event

def test_a_plan_for_another_event_leaves_the_meeting_held():
    found = facts("为筹备即将举办的岚川市第二届职工书法大赛，11月5日，岚川市总工会召开了大赛筹备工作座谈会。"
                  "会上，岚川市总工会副主席邓小禾通报了大赛安排。")
    assert "大赛筹备工作座谈会" in {t[-9:] for t in _takes_part(found, "邓小禾")}


def test_a_body_signing_at_a_meeting_held_for_a_planned_contest():
    found = facts("为筹备即将举办的岚川市第二届职工书法大赛，11月5日，岚川市总工会召开了大赛筹备工作座谈会。"
                  "会上，岚川市总工会与岚川纺织公司工会签订了协办协议。")
    assert any(t.endswith("座谈会") for t in _takes_part(found, "岚川纺织公司工会"))


def test_a_plan_in_another_clause_before_the_holding_verb():
    found = facts(_EXCHANGE + "11月5日，围绕明年将开展的交流项目，双方举行了港青职工交流座谈会。" + _AT_IT)
    assert any(t.endswith("座谈会") for t in _takes_part(found, "邓小禾"))


def test_a_planned_meeting_is_still_not_meant():
    found = facts(_EXCHANGE + "11月5日，双方商定明年将举办港青职工交流座谈会。" + _AT_IT)
    assert not any(t.endswith("交流座谈会") for t in _takes_part(found, "邓小禾"))


# 2. a year of another clause that is this year, 曾 inside a modifier of the people

def test_this_years_agreement_in_another_clause_leaves_the_meeting_held():
    found = facts(_EXCHANGE + "11月5日，为落实2026年两地工会合作协议，交流团一行参加了港青职工交流座谈会。" + _AT_IT)
    assert any(t.endswith("座谈会") for t in _takes_part(found, "邓小禾"))


def test_once_inside_a_modifier_of_the_people_leaves_the_meeting_held():
    found = facts(_EXCHANGE + "11月5日，曾在青石港工作多年的港方职工代表参加了港青职工交流座谈会。" + _AT_IT)
    assert any(t.endswith("座谈会") for t in _takes_part(found, "邓小禾"))


def test_a_meeting_attended_once_is_still_not_meant():
    found = facts(_EXCHANGE + "港方职工代表曾参加过港青职工交流座谈会。" + _AT_IT)
    assert not any(t.endswith("交流座谈会") for t in _takes_part(found, "邓小禾"))


# 3. a meeting held before the reported event, a meeting named by the year just ended

def test_a_meeting_held_before_the_launch_is_held():
    found = facts("11月6日，岚川市总工会在岚川市工人文化宫启动2026年“冬日暖心”帮扶行动。"
                  "启动前，岚川市总工会召开了帮扶行动动员会。"
                  "会上，岚川市总工会副主席邓小禾部署了行动安排。")
    assert any(t.endswith("动员会") for t in _takes_part(found, "邓小禾"))


def test_a_meeting_named_by_the_year_just_ended_is_held():
    found = facts("近日，岚川市“巧手兴业”职工技能竞赛圆满落幕。2027年1月8日，2026年度岚川市职工技能竞赛总结表彰大会"
                  "在岚川市工人文化宫召开。会上，岚川市总工会副主席邓小禾宣读了表彰决定。")
    assert any(t.endswith("表彰大会") for t in _takes_part(found, "邓小禾"))


def test_a_meeting_of_last_year_is_still_not_meant():
    found = facts("11月6日，岚川市总工会在岚川市工人文化宫启动2026年“冬日暖心”帮扶行动。"
                  "去年，岚川市总工会召开了帮扶行动动员会。"
                  "会上，岚川市总工会副主席邓小禾部署了行动安排。")
    assert not any(t.endswith("动员会") for t in _takes_part(found, "邓小禾"))


# 4. bullet lines of points inside one report

_FULL_MEETING = "11月9日，岚川市总工会十四届五次全委会议在岚川市工人文化宫召开。"
_SIGNING = "会上，岚川市总工会与岚川村镇银行签订了职工普惠服务合作协议。"


def test_bullet_points_do_not_cut_off_the_meeting():
    found = facts(_FULL_MEETING + "会议部署了明年两项重点工作：\n● 深化产业工人队伍建设改革；\n"
                  "● 推进职工之家建设。\n" + _SIGNING)
    assert any(t.endswith("全委会议") for t in _takes_part(found, "岚川村镇银行"))


def test_a_sub_heading_does_not_cut_off_the_meeting():
    found = facts(_FULL_MEETING + "会议听取了工作报告。\n■ 部署明年重点工作\n" + _SIGNING)
    assert any(t.endswith("全委会议") for t in _takes_part(found, "岚川村镇银行"))


def test_bullet_points_after_a_headline_meeting_do_not_cut_it_off():
    found = facts("11月9日，会议在岚川市工人文化宫召开。会议部署了明年重点工作：\n● 深化产业工人队伍建设改革；\n"
                  "● 推进职工之家建设。\n" + _SIGNING, title="岚川市总工会召开十四届五次全委会议")
    assert any(t.endswith("全委会议") for t in _takes_part(found, "岚川村镇银行"))


def test_a_dated_bullet_item_still_opens_a_section():
    found = facts("工会简讯\n■ 11月9日，岚川市总工会十四届五次全委会议在岚川市工人文化宫召开。\n"
                  "■ 近日，岚川县总工会“送学上门”培训行动在县城启动。" + _SIGNING)
    assert not any(t.endswith("全委会议") for t in _takes_part(found, "岚川村镇银行"))


# 5. the classifier adds no second event to a person whose event a pattern of the sentence read

def test_no_learned_joint_event_next_to_the_pattern_ceremony():
    found = facts("11月9日上午，青石劳模创新工作室揭牌仪式暨2026年青石铝业职工创新成果发布会在青石铝业公司举行。"
                  "当天下午，2026年青石铝业职工普惠服务签约仪式在公司会议室举行。"
                  "岚川市总工会副主席邓小禾出席仪式并讲话。")
    taken = _takes_part(found, "邓小禾")
    assert any(t.endswith("签约仪式") for t in taken)
    assert not any("暨" in t for t in taken)


def test_a_meeting_of_the_year_just_ended_in_a_report_dated_this_year():
    found = facts("2027年1月8日，2026年度岚川市职工技能竞赛总结表彰大会在岚川市工人文化宫召开。"
                  "会上，岚川市总工会副主席邓小禾宣读了表彰决定。")
    assert any(t.endswith("表彰大会") for t in _takes_part(found, "邓小禾"))


def test_a_meeting_named_by_an_older_year_is_not_meant():
    found = facts("2027年1月8日，岚川市总工会在岚川市工人文化宫启动2027年“冬日暖心”帮扶行动。"
                  "2024年度岚川市职工技能竞赛总结表彰大会曾在这里召开。"
                  "会上，岚川市总工会副主席邓小禾部署了行动安排。")
    assert not any(t.endswith("表彰大会") for t in _takes_part(found, "邓小禾"))
