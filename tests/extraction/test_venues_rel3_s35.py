"""Venues: a company written after the places it lies in, and an event whose name's year stands
between the verb and the name (stop 35, rel3); invented sentences."""

from __future__ import annotations

from stated import stated_facts


def venues(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body) if r == "heldAt"}


def test_company_after_its_district() -> None:
    facts = venues("12月25日，南岭市第三届陶瓷技艺职工技能比武在北湖区南岭钧宝陶瓷有限公司举行。")
    assert ("南岭市第三届陶瓷技艺职工技能比武", "南岭钧宝陶瓷有限公司") in facts


def test_company_after_its_district_but_no_holding() -> None:
    # the contest is where its winners come from, not held there
    facts = venues("南岭市第三届陶瓷技艺职工技能比武的冠军在北湖区南岭钧宝陶瓷有限公司工作。")
    assert not any(t.endswith("陶瓷有限公司") for _, t in facts)


def test_year_span_before_the_event_name() -> None:
    facts = venues("12月5日，市总工会在北山热力有限公司启动2026—2027供暖季“暖万家”供热保障劳动竞赛。")
    assert any(t == "北山热力有限公司" and h.endswith("供热保障劳动竞赛") for h, t in facts)


def test_year_before_the_event_name() -> None:
    facts = venues("市总工会在北山热力有限公司启动2026年度“暖万家”供热保障劳动竞赛。")
    assert any(t == "北山热力有限公司" and h.endswith("供热保障劳动竞赛") for h, t in facts)


def test_more_than_a_year_between() -> None:
    # 启动…后召开: the company is where one started something else, the meeting is not said to be there
    facts = venues("市总工会在北山热力有限公司启动仪式后召开第三次全委会议。")
    assert not any(t == "北山热力有限公司" and h.endswith("全委会议") for h, t in facts)


def _events(text: str) -> list[str]:
    from uniongraph.extraction.pipeline import extract_article
    from uniongraph.model import Article
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + text))
    return [m.name for m in art.mentions if m.type == "Event"]


def test_a_bare_span_of_years_opens_the_name() -> None:
    assert "2026—2027供暖季暖万家供热保障劳动竞赛" in _events("市总工会启动2026—2027供暖季“暖万家”供热保障劳动竞赛。")
    assert "２０２５至２０２６全国职工排球联赛" in _events("２０２５至２０２６全国职工排球联赛昨天开幕。")


def test_a_span_of_numbers_that_is_no_years() -> None:
    # 3000—4000名: a count, not an edition
    assert not any(n.startswith("4000") or n.startswith("3000") for n in _events("约3000—4000名职工参加了南岭市第五届职工运动会。"))


_REST = "12月20日，南岭市总工会组织的2026年第四批一线职工疗休养活动圆满结束，60名一线职工参加。"
_ACTIVITY = "2026年第四批一线职工疗休养活动"


def test_premises_where_the_party_does_its_business_in_the_activity() -> None:
    body = _REST + "疗休养期间，职工们在南岭市总工会北山职工疗休养院进行了健康体检和温泉理疗，还走进南岭市劳模工匠馆。"
    facts = venues(body)
    assert (_ACTIVITY, "南岭市总工会北山职工疗休养院") in facts
    assert (_ACTIVITY, "南岭市劳模工匠馆") in facts


def test_premises_outside_the_time_of_the_activity() -> None:
    body = _REST + "职工们在南岭市总工会北山职工疗休养院进行了健康体检。"
    assert (_ACTIVITY, "南岭市总工会北山职工疗休养院") not in venues(body)


def test_premises_with_no_business_done_there() -> None:
    body = _REST + "疗休养期间，职工们在南岭市总工会北山职工疗休养院的老同事也发来了祝福。"
    assert (_ACTIVITY, "南岭市总工会北山职工疗休养院") not in venues(body)
