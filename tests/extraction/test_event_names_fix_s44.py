"""Event names, fixes of stop 44's boundaries (sentences invented): a session's body read from its
sentence's opening is a chain of names (no time word, relative clause, verb right before the number
or person inside), and only when the session is said held (not 启动); 首期 before an event is its
edition, not a first payment of money for it; only verbs of carrying something to a place (带到, 送到)
end a name before a meeting (签到 is a name's word); an activity run by a body is named when its name
holds a word of its own after the place, the place kept, and a clause truly runs it (not 由于, not
由原来…改为, not 尚未开展)."""

from __future__ import annotations

import pytest

from stated import event_names, stated_facts as facts

events = event_names


def widened(got: set[str], session: str) -> list[str]:
    return [e for e in got if e.endswith(session) and e != session]


# --- 1. a relative time word is no part of a session's body --------------------------------------------

@pytest.mark.parametrize("body", [
    "3月6日，城东区今年第二次会议在区政府召开。",
    "3月6日，江陵市上半年第二次会议在市政府召开。",
    "3月6日，江陵市工会系统年内第二次会议在城东区召开。",
    "3月6日，江陵市总工会近期第二次会议在城东区召开。",
])
def test_a_time_word_never_sits_inside_a_session_body(body: str) -> None:
    got = events(body)
    assert not any(w in e for e in got for w in ("今年", "上半年", "年内", "近期"))


def test_a_study_session_after_a_time_word_is_not_widened() -> None:
    got = events("3月6日，城东区总工会党组理论学习中心组今年第六次集体学习在区职工之家举行。")
    assert not any("今年" in e for e in got)


# --- 2. a relative clause, a verb or a person before the number stops the body ------------------------

@pytest.mark.parametrize("body", [
    "3月6日，江陵市总工会主办的第五次会议在城东区召开。",
    "3月6日，江陵市总工会承办的第五次会议在城东区召开。",
    "3月6日，江陵市总工会组织的第五次会议在城东区召开。",
    "3月6日，江陵市总工会牵头的第五次会议在城东区召开。",
    "3月6日，江陵市总工会与市人社局联合第五次会议在城东区召开。",
    "3月6日，江陵市再次第五次会议在城东区召开。",
    "3月6日，江陵市总工会通过第五次会议在城东区召开。",
    "3月6日，城东区委常委王立新第五次会议在城东区召开。",
])
def test_a_clause_or_person_before_the_number_gives_no_widened_session(body: str) -> None:
    assert widened(events(body), "第五次会议") == []


def test_the_organiser_of_a_relative_clause_organises_the_bare_session() -> None:
    got = facts("3月6日，江陵市总工会主办的第五次会议在城东区召开。")
    assert not any(r == "organizes" and t.endswith("的第五次会议") for _, r, t in got)


def test_a_body_with_a_verb_and_a_count_word_is_still_read_whole() -> None:
    assert "江陵市协调劳动关系三方第五次会议" in events("3月6日，江陵市协调劳动关系三方第五次会议在城东区召开。")


# --- 3. 启动 is no holding of a session -----------------------------------------------------------------

def test_a_session_said_launched_gets_no_clause_body() -> None:
    got = events("3月6日，城东区协调劳动关系三方第二次会议在区政府启动。")
    assert widened(got, "第二次会议") == []


# --- 4. 首期 of money is no edition of the event ---------------------------------------------------------

@pytest.mark.parametrize("body", [
    "市总工会下拨首期“春送岗位”专项行动经费20万元。",
    "市总工会已拨付首期“金秋助学”活动资金。",
    "首期“金秋助学”活动资金已发放到位。",
])
def test_a_first_instalment_is_no_edition(body: str) -> None:
    assert not any(e.startswith("首期") for e in events(body))


def test_a_first_class_still_keeps_its_edition() -> None:
    assert "首期职工子女暑期托管班" in events("今年暑假，江陵县总工会在城关镇举办了首期职工子女暑期托管班。")


# --- 5. only verbs of carrying end a name before a meeting ---------------------------------------------

def test_a_check_in_contest_is_still_named() -> None:
    assert "健步走线上签到挑战赛" in "".join(events("江陵市总工会举办职工健步走线上签到挑战赛。"))


def test_a_clock_in_contest_is_still_named() -> None:
    assert any(e.endswith("打卡签到大赛") for e in events("江陵市总工会举办第二届职工健步走打卡签到大赛。"))


def test_a_meeting_something_is_sent_to_is_still_no_event() -> None:
    got = events("“我们要把职工的心声送到大会上。”代表王小军说。")
    assert not any("送到" in e for e in got)


# --- 6. a generic activity run by a body is no event; the place stays -----------------------------------

@pytest.mark.parametrize("body", [
    "据了解，城东区相关活动由区总工会负责组织开展。",
    "江陵市活动由市总工会组织。",
    "江陵市职工活动由市总工会组织。",
    "江陵市职工群众性活动由市总工会组织开展。",
    "据了解，江陵市职工文体活动由各基层工会自行组织。",
    "城东区党员活动由各支部组织。",
])
def test_a_generic_activity_run_by_a_body_is_no_event(body: str) -> None:
    assert not any(e.endswith("活动") for e in events(body))


def test_an_activity_run_by_a_body_keeps_its_place_or_is_none() -> None:
    got = events("江陵市总工会职工互助保障活动由市总工会发起。")
    assert "职工互助保障活动" not in got


# --- 7. 由于, 由原来…改为 and a programme not yet run -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "江陵市职工疗休养活动由于经费紧张推迟开展。",
    "城东区志愿服务活动由原来的每月一次改为每周开展。",
    "江陵市职工互助保障活动由市总工会发起，但目前尚未开展。",
])
def test_an_activity_not_run_by_a_body_is_no_event(body: str) -> None:
    assert not any(e.endswith("活动") for e in events(body))
