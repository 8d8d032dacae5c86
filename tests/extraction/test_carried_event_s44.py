"""A bare 出席 (王某出席。, 出席并讲话) a sentence or more after the event was named and held, in the
same paragraph, attends that event (``people-attend-event-carried``); not across a paragraph, a
sentence naming two events, a party's visit or another time (stop 44). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_LEAD = "3月6日，北溪区总工会在北溪区职工之家举办北溪区2027年职工插花技能大赛。"
_EVENT = "北溪区2027年职工插花技能大赛"


def _part(got, who, ev=_EVENT):
    return (who, "participatesIn", ev) in got


# --- carried ---

def test_bare_attend_two_sentences_after_the_lead():
    got = facts(_LEAD + "来自全区的40名职工代表现场展示了作品。区总工会副主席冯秋云出席并讲话。")
    assert _part(got, "冯秋云")


def test_bare_attend_after_a_later_sentence_naming_the_event():
    got = facts("今年以来，东港市总工会经审会对18家基层工会开展了经费审计。"
                "3月20日，东港市总工会经审会还在东港宾馆举办东港市2027年工会财务人员培训班，会计师周文涛授课。"
                "市总工会经审会主任韩立新出席并讲话。")
    assert _part(got, "韩立新", "东港市2027年工会财务人员培训班")


# --- not carried ---

def test_not_into_another_paragraph():
    got = facts(_LEAD + "来自全区的40名职工代表现场展示了作品。\n\n活动现场气氛热烈。区总工会副主席冯秋云出席并讲话。")
    assert not _part(got, "冯秋云")


def test_not_after_a_visit_between():
    got = facts(_LEAD + "随后，区总工会主席魏长河一行来到北溪纺织有限公司看望职工。区总工会副主席冯秋云出席。")
    assert not _part(got, "冯秋云")


def test_not_at_another_time():
    got = facts(_LEAD + "来自全区的40名职工代表现场展示了作品。去年，区总工会副主席冯秋云也曾出席。")
    assert not _part(got, "冯秋云")


def test_not_after_a_sentence_naming_two_events():
    got = facts("3月6日，北溪区总工会在北溪区职工之家举办北溪区2027年职工插花技能大赛，同日举办北溪区2027年职工读书分享会。"
                "来自全区的40名职工代表现场展示了作品。区总工会副主席冯秋云出席。")
    assert not any(h == "冯秋云" and r == "participatesIn" for h, r, _ in got)
