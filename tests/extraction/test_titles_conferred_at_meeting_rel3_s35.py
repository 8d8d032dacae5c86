"""Bodies given a title in the business of the meeting reported, with no word of commendation
(stop 35, rel3); invented reports."""

from __future__ import annotations

from stated import stated_facts

CONGRESS = "南岭重工集团有限公司第三届职工代表大会第二次会议"
LEAD = f"12月3日，{CONGRESS}在集团职工活动中心召开。120名职工代表出席会议。\n"


def at_meeting(body: str, event: str = CONGRESS) -> set[str]:
    return {h for h, r, t in stated_facts(body) if r == "participatesIn" and t == event}


def test_title_in_the_paragraph_of_the_meeting_business() -> None:
    body = LEAD + "会上，职工代表审议通过了集体合同草案。铸造分厂熔炼一班被授予“集团工人先锋号”称号。"
    assert "铸造分厂熔炼一班" in at_meeting(body)


def test_title_conferred_by_a_body_on_units() -> None:
    body = LEAD + "会上，集团工会为铸造分厂熔炼一班等5个集体授予“巾帼建功示范岗”称号。"
    facts = at_meeting(body)
    assert "铸造分厂熔炼一班" in facts


def test_title_in_another_paragraph_is_news_not_the_meeting() -> None:
    body = LEAD + "会议审议了工作报告。\n今年以来，铸造分厂熔炼一班被授予“集团工人先锋号”称号。"
    assert "铸造分厂熔炼一班" not in at_meeting(body)


def test_a_forum_confers_nothing_of_its_own() -> None:
    forum = "南岭市职工创新论坛"
    body = (f"12月3日，{forum}在南岭宾馆举行。\n会上，专家作了报告。铸造分厂熔炼一班被授予“集团工人先锋号”称号。")
    assert "铸造分厂熔炼一班" not in at_meeting(body, forum)


def test_a_body_the_title_is_for_without_a_verb_of_conferring() -> None:
    body = LEAD + "会上，集团工会为铸造分厂熔炼一班等5个班组送去了慰问品。"
    assert "铸造分厂熔炼一班" not in at_meeting(body)
