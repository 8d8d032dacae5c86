"""Six defects a code review of stop 32 confirmed (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from mentioned import names
from stated import headlined_facts, stated_facts


_names = names


# -- 1. a count cut into another word (由三市) names no joint meeting, and no event starts before its line

def test_count_inside_another_word_leaves_the_event_alone() -> None:
    facts = headlined_facts("测试\n近日由三市总工会职工技能大赛在黄冈举行。")
    assert ("职工技能大赛", "heldAt", "黄冈") in facts
    assert not any("\n" in h or h.startswith("测试") for h, _, _ in facts)


def test_joint_meeting_of_counted_unions_keeps_its_places() -> None:
    facts = headlined_facts("测试\n泰安临沂日照三市总工会跨区域协作联席会议在临沂召开。")
    assert ("泰安临沂日照三市总工会跨区域协作联席会议", "heldAt", "临沂") in facts


# -- 2. the body that entrusts the work (X委托Y负责…) is the client, not the thing Y runs

@pytest.mark.parametrize("text", [
    "南岭市总工会委托南岭物业管理有限公司负责职工之家的日常管理。",
    "海河钢铁集团有限公司委托南岭物业管理有限公司负责厂区维护。",
])
def test_the_client_that_entrusts_is_not_managed(text: str) -> None:
    assert not any(r == "manages" for _, r, _ in stated_facts(text))


def test_a_facility_entrusted_to_a_company_is_run_by_it() -> None:
    facts = stated_facts("青石镇职工服务站由青石镇总工会设立，委托南岭物业管理有限公司负责日常运营。")
    assert ("南岭物业管理有限公司", "manages", "青石镇职工服务站") in facts
    assert ("青石镇总工会", "founded", "青石镇职工服务站") in facts


# -- 3. a one-character word before 县 that the sentence reads as a word of its own is no county

@pytest.mark.parametrize(("text", "not_there"), [
    ("应县总工会邀请，市劳模技术服务队来到青石镇开展技术服务活动。", "应县总工会"),
    ("青石镇是新县城，应县委要求，镇总工会组织职工参加义务劳动。", "新县"),
    ("青石镇是新县城，应县委要求，镇总工会组织职工参加义务劳动。", "应县委"),
])
def test_a_word_before_xian_is_no_county(text: str, not_there: str) -> None:
    assert not_there not in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("应县总工会召开第五次代表大会。", "应县总工会"),
    ("献县总工会召开会议。", "献县总工会"),
])
def test_a_county_of_one_character_stays(text: str, name: str) -> None:
    assert name in _names(text)


# -- 4. staff words make a station a body only when they are that station's, and a visited station stays a place

@pytest.mark.parametrize("text", [
    "南岭县总工会“夏送清凉”慰问团来到青石火车站开展“夏送清凉”活动。爱心驿站站长王丽介绍了情况。",
    "南岭县总工会慰问团来到青石火车站，向坚守岗位的车站职工送去慰问品。",
])
def test_a_visited_station_stays_a_place(text: str) -> None:
    assert "青石火车站" in _names(text, "Place")


@pytest.mark.parametrize("text", [
    "青石火车站站长王丽说，春运客流增加。",
    "青石火车站开展安全大检查，该站站长王丽带队。",
])
def test_a_station_with_its_own_staff_is_a_body(text: str) -> None:
    assert "青石火车站" in _names(text, "Organization")


# -- 5. a year after a union names its media only in a masthead line, not in running text

@pytest.mark.parametrize("text", [
    "据统计，献县工会2024年共慰问困难职工300人。",
    "献县工会2024年共慰问困难职工300人。",
])
def test_a_union_before_a_year_in_running_text_is_a_union(text: str) -> None:
    assert "献县工会" in _names(text, "TradeUnion")


@pytest.mark.parametrize("text", [
    "伊州工会　2026年3月12日\n伊州区总工会开展送温暖活动。",
    "伊州工会　2026年3月12日 10:30 来源：伊州区总工会\n伊州区总工会开展送温暖活动。",
    "射阳工会　微信公众号\n射阳县总工会开展送温暖活动。",
])
def test_a_union_named_in_a_masthead_is_its_media(text: str) -> None:
    assert not {"伊州工会", "射阳工会", "伊州", "射阳"} & _names(text)


# -- 6. a named activity's party going into a list: each institution named as visited is a venue

def test_each_institution_visited_holds_the_activity() -> None:
    facts = stated_facts("12月5日，南岭县总工会组织开展“夏送清凉”活动，工作人员走进南岭远航机械有限公司、青石镇卫生院。")
    assert ("夏送清凉活动", "heldAt", "南岭远航机械有限公司") in facts
    assert ("夏送清凉活动", "heldAt", "青石镇卫生院") in facts


def test_a_body_that_is_no_venue_is_passed_over() -> None:
    facts = stated_facts("12月5日，南岭县总工会组织开展“夏送清凉”活动，工作人员走进南岭远航机械有限公司、南岭县人民检察院。")
    assert ("夏送清凉活动", "heldAt", "南岭远航机械有限公司") in facts
    assert ("夏送清凉活动", "heldAt", "南岭县人民检察院") not in facts
