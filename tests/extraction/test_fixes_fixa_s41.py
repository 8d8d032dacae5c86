"""Fixes to the time and plan checks of stop 41 (said_at_another_time, at_another_time, not_held)
that removed right facts: the report's own year, a year or a time word inside an object or a
modifier, 按计划/如期 (held as planned), a postponement the event was held after, a past class
named with its teacher. Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts


def _takes_part(got: set[tuple[str, str, str]], who: str) -> bool:
    return any(h == who and r == "participatesIn" for h, r, _ in got)


_TEAM = "青河市劳模工匠宣讲团"
_SENT = "青河市总工会组织青河市劳模工匠宣讲团走进青河机械有限公司，开展“劳模工匠进车间”宣讲活动"


# -- 1. the report's own year; a year inside the object ----------------------------------------------

def test_the_reports_own_year_is_not_another_time():
    got = facts("本报讯 2026年5月，" + _SENT + "。")
    assert _takes_part(got, _TEAM)


def test_a_year_inside_what_is_talked_of_is_not_the_time_of_the_talk():
    got = facts("本报讯 5月6日，" + _SENT + "。青河市劳模工匠宣讲团团长、青河市总工会副主席何文斌结合2024年的技术攻关经历作了宣讲。")
    assert _takes_part(got, "何文斌")


# -- 2. 按计划 / 原计划…如期: held ------------------------------------------------------------------

def test_an_activity_held_as_planned_is_held():
    got = facts("5月6日，青河市总工会按计划组织青河市劳模工匠宣讲团走进青河机械有限公司，开展“劳模工匠进车间”宣讲活动。")
    assert _takes_part(got, _TEAM)


def test_a_class_planned_and_opened_on_time_is_held():
    got = facts("本报讯 7月10日，青河市总工会召开职工素质提升工作推进会。"
                "原计划于7月6日举办的第二期工会财务人员培训班如期开班，青河大学教授宋志强授课。"
                "青河市总工会按计划举办了第三期工会干部培训班，青河大学教授杜刚授课。")
    assert _takes_part(got, "宋志强")
    assert _takes_part(got, "杜刚")


# -- 3. called off only when the word governs the event -------------------------------------------

def test_an_activity_postponed_then_held_is_held():
    got = facts("本报讯 5月6日，" + _SENT + "，该活动原定4月举行，因疫情推迟至今。")
    assert _takes_part(got, _TEAM)


def test_cancelling_as_a_topic_of_the_talk_is_no_cancelling():
    got = facts("本报讯 5月6日，" + _SENT + "，向职工宣讲取消落户限制、延期缴纳社保费等惠企政策。")
    assert _takes_part(got, _TEAM)


def test_a_class_opened_after_a_postponement_is_held():
    got = facts("本报讯 7月10日，青河市总工会召开职工素质提升工作推进会。"
                "因疫情推迟的第二期工会财务人员培训班于7月6日开班，青河大学教授宋志强授课。")
    assert _takes_part(got, "宋志强")


def test_an_activity_called_off_still_takes_no_part():
    got = facts("青河市总工会原计划组织青河市劳模工匠宣讲团走进青河机械有限公司，开展“劳模工匠进车间”宣讲活动，后因疫情取消。")
    assert not _takes_part(got, _TEAM)


# -- 4. a past class named with its teacher ---------------------------------------------------------

def test_the_teacher_of_a_past_class_named_with_it_teaches_it():
    got = facts("本报讯 7月10日，青河市总工会召开职工素质提升工作推进会。"
                "去年，青河市总工会举办了首届劳动争议调解员培训班，青河市人社局科长宋志强授课。"
                "5月，青河市总工会举办了第二期工会财务人员培训班，青河市财政局科长杜刚授课。")
    assert ("宋志强", "participatesIn", "首届劳动争议调解员培训班") in got
    assert ("杜刚", "participatesIn", "第二期工会财务人员培训班") in got


# -- 5. a month before the report's opening a sentence --------------------------------------------

def test_a_month_before_the_reports_is_no_other_time_of_the_activity():
    got = facts("本报讯 2月3日，记者从青河市总工会获悉，青河市总工会“两节”送温暖活动圆满结束。"
                "1月中旬，青河市总工会副主席何文斌带队，走访慰问了青河机械有限公司的困难职工。")
    assert _takes_part(got, "何文斌")


def test_a_span_of_months_is_no_other_time_of_the_activity():
    got = facts("本报讯 5月28日，记者从青河市总工会获悉，青河市总工会“春风送岗”慰问活动圆满结束。"
                "3月至5月，青河市总工会副主席何文斌带队，走访慰问了42家企业的农民工。")
    assert _takes_part(got, "何文斌")


# -- 6. a time word in the lesson's topic -----------------------------------------------------------

def test_a_time_word_in_the_topic_is_not_the_time_of_the_lesson():
    got = facts("本报讯 6月12日，青河市总工会举办2026年基层工会主席培训班，120名基层工会主席参加培训。"
                "青河市总工会法律部部长宋志强围绕入会之前的权益保障授课。")
    assert _takes_part(got, "宋志强")


# -- 7. a time word describing the person on the spot ---------------------------------------------

def test_a_time_word_describing_the_person_on_the_spot_is_not_the_time_of_the_act():
    fair = "本报讯 3月5日，青河市总工会在市职工文化中心举办“春风行动”专场招聘会，60余家企业提供岗位3000余个。"
    assert _takes_part(facts(fair + "此前失业半年的求职者宋志强当场与青河建工集团签订了劳动合同。"), "宋志强")
    assert _takes_part(facts(fair + "求职者杜刚以前做过电工，他当场与青河供电公司签订了意向协议。"), "杜刚")


def test_an_act_on_the_spot_of_another_time_said_in_the_persons_clause_is_no_part():
    fair = "本报讯 3月5日，青河市总工会在市职工文化中心举办“春风行动”专场招聘会，60余家企业提供岗位3000余个。"
    assert not _takes_part(facts(fair + "此前，求职者宋志强当场与青河建工集团签订了劳动合同。"), "宋志强")


# -- 8. tables: 现将 (将 as 把), 经专家评审, 一等奖： ------------------------------------------------------

_SHOW = "9月20日，青河市第二届职工书法大赛在青河市职工文化中心落幕。\n\n"
_AUTHORS = "\n\n| 作者 | 工作单位 |\n|---|---|\n| 何丽娟 | 青河纺织有限公司 |\n\n"


def test_a_table_of_winners_introduced_in_other_words_takes_part():
    for intro in ("现将获奖名单公布如下：", "经专家评审，获奖名单如下：", "一等奖：", "二等奖作品如下："):
        got = facts(_SHOW + intro + _AUTHORS)
        assert ("何丽娟", "participatesIn", "青河市第二届职工书法大赛") in got, intro


def test_a_table_of_judges_or_of_a_contest_to_come_still_takes_no_part():
    for intro in ("本届大赛评审专家名单如下：", "以下作者将于明年参加全国职工书法大赛，名单如下："):
        got = facts(_SHOW + intro + _AUTHORS)
        assert not _takes_part(got, "何丽娟"), intro


# -- 9. member-of-the-activity-party: 将 as 把; 评审 inside what is told -------------------------------

_TALK = "5月6日，青河市总工会“劳模工匠进车间”宣讲活动走进青河机械有限公司。"


def test_a_member_who_tells_his_story_takes_part():
    got = facts(_TALK + "宣讲团成员、青河机械有限公司车间主任何文斌将自己扎根一线20年的故事娓娓道来。"
                "宣讲团成员、青河建工集团项目经理杜刚结合自己参与职称评审的经历，鼓励青年职工钻研技术。")
    assert _takes_part(got, "何文斌")
    assert _takes_part(got, "杜刚")


def test_a_member_still_to_go_or_judging_takes_no_part():
    got = facts(_TALK + "宣讲团成员、青河机械有限公司车间主任何文斌将赴青河区开展巡回宣讲。"
                "宣讲团成员、青河建工集团项目经理杜刚担任评委。")
    assert not _takes_part(got, "何文斌")
    assert not _takes_part(got, "杜刚")


# -- 10. only organising the reported event makes a team its organiser -------------------------------

def test_a_team_organising_other_talks_still_takes_part_in_the_reported_one():
    got = facts("本报讯 5月6日，" + _SENT + "。青河市劳模工匠宣讲团团长、青河市总工会副主席何文斌作了宣讲。"
                "据了解，青河市劳模工匠宣讲团举办的宣讲报告会已达80余场。")
    assert _takes_part(got, _TEAM)
    assert _takes_part(got, "何文斌")


# -- 11. stages of a contest ------------------------------------------------------------------------

def test_more_stages_of_a_contest_open_at_it():
    for stage in ("知识竞答", "团体赛", "技能操作"):
        got = facts("6月12日，青河市总工会举办2026年全市职工消防知识竞赛，10支代表队参赛。"
                    f"在{stage}环节，青河机械有限公司选手何文斌沉着应答，赢得阵阵掌声。")
        assert ("何文斌", "participatesIn", "2026年全市职工消防知识竞赛") in got, stage


# -- 12. a short form of the same organiser --------------------------------------------------------

def test_an_event_organised_by_the_short_form_of_its_body_is_the_same_event():
    got = facts("1月20日，青河市总工会2026年迎春座谈会在市职工文化中心举行。"
                "青河市委副书记何文斌出席了由市总工会主办的2026年迎春座谈会并讲话。")
    assert ("何文斌", "participatesIn", "青河市总工会2026年迎春座谈会") in got

