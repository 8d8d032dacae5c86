"""Relations added or corrected at stop 33 (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


# a profile: birth written with its month (１９６８年４月生), or a later sentence opening with 他/她

@pytest.mark.parametrize("body, wanted", [
    ("孙海鹰，男，1968年4月生，河北清河人，大学学历。曾任海河轴承厂工会主席、东城区委副书记。",
     {("孙海鹰", "worksFor", "海河轴承厂工会"), ("孙海鹰", "worksFor", "东城区委")}),
    ("钱明远同志1941年6月生，河北清河人，1960年参加工作。他早年来到东湖，先后任海河轴承厂工会主席，"
     "1985年起任东城区委副书记。",
     {("钱明远", "worksFor", "海河轴承厂工会"), ("钱明远", "worksFor", "东城区委")}),
])
def test_career_of_a_profile(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body, person, org", [
    # what the person says is no career of theirs
    ("钱明远同志1941年6月生，河北清河人。他说，曾任海河轴承厂工会主席的老周是他的师傅。", "钱明远", "海河轴承厂工会"),
    # a sentence that says no birth is no profile
    ("孙海鹰，男，河北清河人，爱好书法。曾任海河轴承厂工会主席。", "孙海鹰", "海河轴承厂工会"),
    # another person named between 他 and the run
    ("钱明远同志1941年6月生。他和李国强一起来到东湖，先后任海河轴承厂工会主席。", "钱明远", "海河轴承厂工会"),
])
def test_no_career_outside_a_profile(body, person, org):
    assert (person, "worksFor", org) not in facts(body)


# 当选为工会主席: a post of the enterprise's union, not of the 总工会 that guided its founding

_FOUNDING = ("3月2日，海河精密机械有限公司工会成立大会暨第一次会员代表大会在公司报告厅举行。东城区总工会副主席李国强出席会议。"
             "今年1月，在东城区总工会指导下，公司启动建会工作，首批吸纳会员300名。会议选举产生了第一届工会委员会。"
             "在随后召开的第一届工会委员会第一次全体会议上，质检部经理赵文斌当选为工会主席。")


def test_union_post_is_not_the_guiding_federations():
    got = facts(_FOUNDING)
    assert ("赵文斌", "worksFor", "海河精密机械有限公司工会") in got
    assert ("赵文斌", "worksFor", "东城区总工会") not in got


def test_federation_congress_still_elects_its_chair():
    got = facts("3月2日，东城区总工会第三次代表大会召开。会议选举产生了新一届委员会，赵文斌当选为主席。")
    assert ("赵文斌", "worksFor", "东城区总工会") in got


# a decision of appointment (某某同志任…), a retiree's former post in a title chain

def test_appointed_comrade_holds_the_post():
    got = facts("市委组织部副部长姜明宣读了任职决定：罗文斌同志任海河市总工会党组书记，提名为市总工会主席人选。")
    assert ("罗文斌", "worksFor", "海河市总工会") in got


def test_bare_ren_without_honorific_is_no_appointment():
    # 任 after a name with no honorific: 任由, 任凭 … read no post
    got = facts("罗文斌任由海河市总工会的同事安排行程。")
    assert ("罗文斌", "worksFor", "海河市总工会") not in got


def test_retired_cadre_in_the_title_chain():
    got = facts("海河市总工会原副主席、离休干部王德远同志，因病医治无效逝世。")
    assert ("王德远", "worksFor", "海河市总工会") in got


# 参加座谈: the one 座谈会 the article named before

def test_attending_a_meeting_said_by_its_doing():
    got = facts("9日上午，海河市职工技能提升工作座谈会在市总工会召开。会上，三家企业作交流发言。\n"
                "省总工会经济技术部部长钟文斌，海河市总工会常务副主席阳晓华参加座谈。")
    assert ("钟文斌", "participatesIn", "海河市职工技能提升工作座谈会") in got
    assert ("阳晓华", "participatesIn", "海河市职工技能提升工作座谈会") in got


def test_attending_doing_with_two_meetings_named_is_open():
    got = facts("海河市职工技能提升工作座谈会和海河市劳模工作座谈会先后召开。海河市总工会常务副主席阳晓华参加座谈。")
    assert not any(h == "阳晓华" and r == "participatesIn" for h, r, _ in got)


# a team's post given to a person (代表团团长由…担任): a member of the team named before

def test_team_post_held_by_a_person():
    got = facts("应海河省总工会邀请，东海省职工代表团一行9人访问海河。代表团团长由东海省总工会副主席李文山担任。")
    assert ("李文山", "memberOf", "东海省职工代表团") in got
    assert ("李文山", "worksFor", "东海省总工会") in got


def test_team_post_with_two_teams_of_the_kind_is_open():
    got = facts("东海省职工代表团和南岭省职工代表团访问海河。代表团团长由东海省总工会副主席李文山担任。")
    assert not any(h == "李文山" and r == "memberOf" for h, r, _ in got)


# honours at a meeting: 获评 commends; a 总结 meeting's honours are won in the campaign it sums up

def test_units_honoured_by_huoping_at_the_congress():
    got = facts("3月5日，海河轴承股份有限公司第三届职工代表大会第二次会议在公司礼堂召开。"
                "会上还表彰了先进单位，东海码头有限公司、南岭港务有限公司等5个单位获评先进单位。")
    assert ("南岭港务有限公司", "participatesIn", "海河轴承股份有限公司第三届职工代表大会第二次会议") in got


_SUMMING_UP = ("3月5日，“海河杯”港口安全生产劳动竞赛总结交流会在海河召开。“海河杯”港口安全生产劳动竞赛由市总工会发起。"
               "会议对竞赛中涌现的先进班组进行了表彰，东海码头有限公司、南岭港务有限公司等获评“示范单位”。")


def test_honours_of_a_summing_up_meeting_are_the_campaigns():
    got = facts(_SUMMING_UP)
    assert ("东海码头有限公司", "participatesIn", "海河杯港口安全生产劳动竞赛") in got
    assert ("东海码头有限公司", "participatesIn", "海河杯港口安全生产劳动竞赛总结交流会") not in got


def test_campaign_named_only_inside_the_meetings_name_still_takes_the_honours():
    # Since stop 36 a campaign written inside a gathering's name is an event of its own (event
    # names), so the honours go to it even when no other sentence names it; never to the meeting.
    got = facts(_SUMMING_UP.replace("“海河杯”港口安全生产劳动竞赛由市总工会发起。", ""))
    assert ("东海码头有限公司", "participatesIn", "海河杯港口安全生产劳动竞赛") in got
    assert ("东海码头有限公司", "participatesIn", "海河杯港口安全生产劳动竞赛总结交流会") not in got


# a body's work meeting is no work at the body; a body that only says whose people follow it holds nothing

@pytest.mark.parametrize("body, absent", [
    ("孙海鹰在全总工作会议上指出，要做好工会工作。", ("孙海鹰", "worksFor", "中华全国总工会")),  # (全总: no event read)
    ("孙海鹰在南岭科学院工作会议上指出，要做好科研。", ("孙海鹰", "worksFor", "南岭科学院")),
    ("慰问南岭科学院院士北京举行新春音乐会", ("南岭科学院", "organizes", "新春音乐会")),
    ("看望海河轴承厂职工　东城举行迎春茶话会", ("海河轴承厂", "organizes", "迎春茶话会")),
])
def test_a_work_meeting_or_a_bodys_people_is_no_fact_of_the_body(body, absent):
    assert absent not in facts(body)


@pytest.mark.parametrize("body, wanted", [
    ("孙海鹰在南岭科学院工作了三十年。", ("孙海鹰", "worksFor", "南岭科学院")),
    ("孙海鹰在全总工作，负责宣传。", ("孙海鹰", "worksFor", "中华全国总工会")),
    ("南岭科学院举行新春音乐会。", ("南岭科学院", "organizes", "新春音乐会")),
])
def test_working_at_a_body_and_a_body_holding_an_event_still_read(body, wanted):
    assert wanted in facts(body)
