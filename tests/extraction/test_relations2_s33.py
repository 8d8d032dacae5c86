"""Relations in union news, second round of stop 33: who attends and organises a campaign launched
by a ceremony, and other constructions of union reports. Invented sentences."""

from __future__ import annotations

from stated import stated_facts

from uniongraph.extraction.events import find_events
from uniongraph.extraction.tokens import TokenIndex


def events(text: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(text))}


LAUNCH = ("11月3日，南岭机床集团工会在东岭新厂区举行2026—2027年度“青松杯”安全生产竞赛启动仪式。"
          "东岭区总工会副主席何春林出席仪式。\n"
          "本次竞赛由南岭机床集团工会、南岭机床集团安全部联合主办，参赛的20个班组将开展为期一年的比拼。")


def test_a_campaign_taken_up_as_organised_in_the_next_paragraph_is_the_event() -> None:
    assert "2026—2027年度青松杯安全生产竞赛" in events(LAUNCH)
    facts = stated_facts(LAUNCH)
    assert ("何春林", "participatesIn", "2026—2027年度青松杯安全生产竞赛") in facts
    assert ("南岭机床集团工会", "organizes", "2026—2027年度青松杯安全生产竞赛") in facts


def test_a_launch_whose_campaign_the_report_does_not_take_up_stays_the_event() -> None:
    text = ("11月3日，南岭区总工会2027年送温暖活动启动仪式在区职工服务中心举行。区总工会主席何春林出席。\n"
            "今年送温暖活动将持续至明年2月，重点慰问困难职工。")
    assert "南岭区总工会2027年送温暖活动启动仪式" in events(text)
    # the next report on the page (after its headline) takes up a campaign of its own
    text = LAUNCH.split("\n")[0] + "\n# 东岭区开展技能比武\n本次竞赛由东岭区总工会主办。"
    assert "2026—2027年度青松杯安全生产竞赛启动仪式" in events(text)
