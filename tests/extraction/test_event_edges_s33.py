"""Where an event's name starts and ends (stop 33): a span of two years opening it, a word of place
in the words after a quote, a campaign named by its launch ceremony: invented sentences."""

from __future__ import annotations

from stated import stated_facts

from uniongraph.extraction.events import find_events
from uniongraph.extraction.tokens import TokenIndex


def events(text: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(text))}


def test_a_span_of_two_years_opens_the_name() -> None:
    assert "2025—2026年度青山杯知识竞赛" in events("12月3日，南岭市总工会举行2025—2026年度“青山杯”知识竞赛。")
    assert any(n.endswith("2025年至2026年度职工劳动竞赛") for n in events("南岭市2025年至2026年度职工劳动竞赛圆满结束。"))
    # a single year stays as it was; a count of years before it is no span
    assert "2026年度青山杯知识竞赛" in events("12月3日，南岭市总工会举行2026年度“青山杯”知识竞赛。")
    assert not any(n.startswith("3—") for n in events("他参加了3—2026年度“青山杯”知识竞赛。"))


def test_a_word_of_place_may_stand_between_the_quote_and_the_head() -> None:
    assert "清风送爽户外职工慰问行动" in events("“清风送爽”户外职工慰问行动在东岭举行。")
    assert "清风送爽室内健身活动" in events("区总工会举办“清风送爽”室内健身活动。")


CAMPAIGN = ("11月5日，“暖阳同行”户外职工关爱行动启动仪式在青溪街道职工驿站举行。此次行动由青溪区总工会、"
            "青溪区城管局联合开展。青溪区总工会主席罗海川出席启动仪式。")


def test_a_campaign_taken_up_as_organised_is_the_event_not_its_launch() -> None:
    assert "暖阳同行户外职工关爱行动" in events(CAMPAIGN)
    assert not any(n.endswith("关爱行动启动仪式") for n in events(CAMPAIGN))
    facts = stated_facts(CAMPAIGN)
    assert ("青溪区总工会", "organizes", "暖阳同行户外职工关爱行动") in facts
    assert ("罗海川", "participatesIn", "暖阳同行户外职工关爱行动") in facts  # 出席启动仪式: the campaign's


def test_a_launch_whose_campaign_is_not_taken_up_stays_the_event() -> None:
    text = "11月5日，青溪区总工会2027年送温暖活动启动仪式在区职工服务中心举行。活动现场发放了慰问品。"
    assert "青溪区总工会2027年送温暖活动启动仪式" in events(text)
    # 此次活动 here is the launch's own head (…启动活动), not the campaign's: the launch stays
    text = "“骑手同行”集中入会暨服务月启动活动在北街举行。此次活动由区总工会主办。"
    assert any(n.endswith("启动活动") for n in events(text))


def test_the_final_of_a_trade_within_a_contest_is_named_in_full() -> None:
    assert "东岭市第三届职工职业技能大赛焊工决赛" in events("东岭市第三届职工职业技能大赛焊工决赛在东岭技师学院落幕。")
    # a clause between the contest and a stage is no trade's name
    assert not any(n.endswith("棋手决赛") for n in events("东岭象棋大奖赛循环赛结束男女棋手决赛名单排定。"))


def test_two_countries_written_together_open_an_event_name() -> None:
    assert "中越边境职工交流座谈会" in events("5日上午，中越边境职工交流座谈会在东兴举行。")
    assert "中俄边境职工交流座谈会" in events("5日上午，中俄边境职工交流座谈会在黑河举行。")
    # one country's character after a word that is no country's opens nothing
    assert not any(n.startswith("越") for n in events("越边境职工交流座谈会在东兴举行。"))


def test_a_lecture_is_an_event_only_when_a_body_organises_it() -> None:
    assert "新就业形态劳动者心理健康讲座" in events("他在区总工会组织的新就业形态劳动者心理健康讲座上了解到驿站。")
    assert not any(n.endswith("讲座") for n in events("疗休养期间，职工们参加了健康体检、中医理疗和职业病防治讲座。"))
    assert "农机维修技术讲座" in events("农场还举办了农机维修技术讲座，培训了一批农机手。")  # held by a body
    assert not any(n.endswith("讲座") for n in events("主任医师为医护人员开设心理减压讲座。"))  # given by a speaker
    assert any(n.endswith("职工健康系列讲座") for n in events("市总工会在文化宫举办职工健康系列讲座。"))  # a series: a name


def test_a_lecture_attended_as_one_part_of_a_list_is_no_named_event() -> None:
    # the body organises its people; what they attend, listed with other things, names no event
    assert not any(n.endswith("讲座") for n in events("厂工会组织职工参加了健康体检和心理健康讲座。"))
    assert not any(n.endswith("讲座") for n in events("车间组织了安全检查及消防知识讲座。"))
    assert "和谐家庭心理讲座" in events("区总工会组织的和谐家庭心理讲座深受欢迎。")  # 和 inside a word
