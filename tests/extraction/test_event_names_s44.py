"""Event names, stop 44 (sentences invented): a session's body may hold a verb or a count word when
the session opens its sentence and is said held (某市协调劳动关系三方第五次会议在…召开); an edition
jieba reads as a time word (首期, 首届) stays in the name; a meeting a thing is carried to (带到大会上)
names no event; a standing activity named with its place is named whole when a clause runs it
(…活动由市总工会发起, …活动已开展8年)."""

from __future__ import annotations

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- a session's body read whole from its sentence's opening -------------------------------------------

_SESSION = "3月6日，江陵市协调劳动关系三方第五次会议在城东区召开。会议由江陵市总工会、江陵市企业联合会共同召开。"


def test_a_session_opening_its_sentence_keeps_its_whole_body() -> None:
    got = events(_SESSION)
    assert "江陵市协调劳动关系三方第五次会议" in got
    assert "第五次会议" not in got


def test_the_organisers_follow_the_whole_session_name() -> None:
    got = facts(_SESSION)
    assert ("江陵市总工会", "organizes", "江陵市协调劳动关系三方第五次会议") in got


def test_a_session_after_a_verb_of_holding_gets_no_clause_body() -> None:
    got = events("3月6日，江陵市总工会召开第五次会议，研究全年工作。")
    assert not any(e.endswith("第五次会议") and len(e) > len("第五次会议") for e in got)


# --- an edition tagged as a time word ----------------------------------------------------------------

def test_a_first_intake_stays_in_the_name() -> None:
    got = events("今年暑假，江陵县总工会在城关镇举办了首期职工子女暑期托管班，共托管孩子30名。")
    assert "首期职工子女暑期托管班" in got
    assert "职工子女暑期托管班" not in got


def test_a_first_payment_names_no_event() -> None:
    assert events("双方达成分期支付协议，首期款项于5月1日兑现。") == set()


# --- a meeting a thing is carried to ------------------------------------------------------------------

def test_a_meeting_something_is_carried_to_names_no_event() -> None:
    got = events("“我想把快递员最关心的休息问题带到大会上去。”代表王小军说。")
    assert not any("带到" in e for e in got)


def test_a_named_meeting_is_still_named() -> None:
    assert "江陵市职工运动会" in events("江陵市总工会举办江陵市职工运动会。")


# --- a standing activity run by a body -----------------------------------------------------------------

def test_an_activity_with_its_place_run_by_a_body_is_named() -> None:
    body = "据介绍，江陵市职工重大疾病互助保障活动由市总工会于2018年发起，职工每人每年缴纳30元。"
    assert "江陵市职工重大疾病互助保障活动" in events(body)


def test_an_activity_with_its_place_running_for_years_is_named() -> None:
    assert "江陵市职工互助保障活动" in events("据了解，江陵市职工互助保障活动已开展8年，今年参保职工达5万人。")


def test_an_activity_without_its_place_or_a_running_clause_is_not() -> None:
    assert events("据介绍，这项活动由市总工会于2018年发起。") == set()
    assert events("江陵市职工互助保障活动深受职工欢迎。") == set()
