"""Fixes to stop 39's relation rules a reviewer proved wrong (stop 39). Articles invented."""

from __future__ import annotations

from stated import headlined_facts, stated_facts as facts


# 1. a 【…】 line opens a digest item only when it is a place tag
def test_a_sub_heading_in_brackets_does_not_split_the_report():
    got = headlined_facts("青川市第三届职工技能大赛闭幕\n12月2日，由青川市总工会主办的青川市第三届职工技能大赛在青川技师学院闭幕。\n"
                          "【赛场直击】\n经过三天激烈角逐，青川钢铁有限公司代表队获团体冠军。")
    assert ("青川钢铁有限公司代表队", "participatesIn", "青川市第三届职工技能大赛") in got


def test_an_editors_note_does_not_split_the_report_either():
    got = headlined_facts("青川市第三届职工技能大赛闭幕\n12月2日，由青川市总工会主办的青川市第三届职工技能大赛在青川技师学院闭幕。\n"
                          "【编者按】\n本届大赛中，青川钢铁有限公司代表队获团体冠军。")
    assert ("青川钢铁有限公司代表队", "participatesIn", "青川市第三届职工技能大赛") in got


# 2. a digest item's place tag blocks only a short form of its own level
def test_a_county_tag_leaves_the_citys_short_form_to_the_city():
    got = headlined_facts("工会简讯\n【磁县】12月1日，磁县总工会举办职工运动会，邯郸市总工会副主席王振出席。\n"
                          "【涉县】12月2日，涉县总工会开展慰问活动，市总工会副主席王振参加。")
    assert not any(r == "worksFor" and t.startswith("市总工会") for _, r, t in got)
    assert ("王振", "worksFor", "邯郸市总工会") in got


# 3. a union said by its unit's kind is the union named before when that union's body is of the kind
def test_a_middle_schools_union_is_the_schools_union():
    got = facts("12月3日，青川市第二中学工会召开会员代表大会。会议选举产生了学校第四届工会委员会，刘建华当选工会主席。")
    assert ("刘建华", "worksFor", "青川市第二中学工会") in got


def test_a_maternity_clinics_union_is_the_hospitals_union():
    got = facts("12月3日，青川县妇幼保健院工会召开会员代表大会。会议选举产生了医院第二届工会委员会，刘建华当选工会主席。")
    assert ("刘建华", "worksFor", "青川县妇幼保健院工会") in got


def test_a_school_after_a_bureaus_union_is_still_another_union():
    got = facts("12月3日，青川县教育局工会指导召开会员代表大会。会议选举产生了学校第四届工会委员会，刘建华当选工会主席。")
    assert ("刘建华", "worksFor", "青川县教育局工会") not in got
