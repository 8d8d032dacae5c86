"""Founding said after the topic with a time (由某街道总工会于2024年设立), by a count of the bodies
named before (两家联合工会均由区总工会发起成立) or by a founder's post (公司创始人、董事长某); an event
said again by its kind before 在 its venue (运动会12月1日在某体育馆开幕); one who attends an event at
a place (某某在北京参加某大会). Stop 38; sentences and names invented."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    # the topic by the tail of its name, then 由 the founder and when
    ("海川市平湖区新桥街道总工会职工维权服务站去年接待职工300人次。职工维权服务站由街道总工会于2024年设立。",
     ("founded", "海川市平湖区新桥街道总工会职工维权服务站")),
    ("海川铝业有限公司“王立新劳模创新工作室”揭牌。工作室以王立新的名字命名，由公司工会和电解二车间于今年9月发起成立。",
     ("电解二车间", "founded", "王立新劳模创新工作室")),
    # the words reported after who said them (某主席介绍，): the speaker's body is no topic
    ("海川市平湖区新桥街道总工会职工维权服务站去年接待职工300人次。新桥街道总工会主席王立新介绍，"
     "职工维权服务站由街道总工会于2024年设立，与海川律师事务所签约。",
     ("founded", "海川市平湖区新桥街道总工会职工维权服务站")),
    # a count of the bodies named before
    ("当天，南岭区快递物流行业联合工会、南岭区网约车司机联合工会同时成立。两家联合工会均由区总工会发起成立。",
     ("founded", "南岭区网约车司机联合工会")),
    ("启动仪式上，南岭区快递物流行业联合工会和南岭区网约车司机联合工会同时揭牌成立，两家联合工会均由区总工会发起成立。",
     ("founded", "南岭区快递物流行业联合工会")),
    # a post of founding in the title chain
    ("海川芯片科技有限公司工会成立。公司创始人、董事长兼总经理王立新出席会议。",
     ("王立新", "founded", "海川芯片科技有限公司")),
])
def test_founded(body, wanted):
    got = facts(body)
    if len(wanted) == 2:  # (the founder's name is resolved per article: only the relation and the tail)
        assert any((r, t) == wanted for _, r, t in got), got
    else:
        assert wanted in got, got


@pytest.mark.parametrize("body, tail", [
    # three named, two counted: which two is not said
    ("当天，南岭区快递物流行业联合工会、南岭区网约车司机联合工会、南岭区家政服务业联合工会同时成立。"
     "两家联合工会均由区总工会发起成立。", None),
    # the count is followed by another verb than founding
    ("当天，南岭区快递物流行业联合工会、南岭区网约车司机联合工会同时成立。两家联合工会均由区总工会负责指导。", None),
    # no post of founding
    ("海川芯片科技有限公司董事长、总经理王立新出席会议。", "海川芯片科技有限公司"),
])
def test_not_founded(body, tail):
    assert not any(r == "founded" and (tail is None or t == tail) for _, r, t in facts(body))


@pytest.mark.parametrize("body, wanted", [
    ("海川市第五届职工冬季运动会12月3日闭幕。运动会12月1日在海川市职工体育馆开幕，共有800名职工参赛。",
     ("海川市第五届职工冬季运动会", "heldAt", "海川市职工体育馆")),
    ("海川市第五届职工冬季运动会12月3日闭幕。运动会12月1日在阳明区海川市职工体育馆开幕，共有800名职工参赛。",
     ("海川市第五届职工冬季运动会", "heldAt", "海川市职工体育馆")),
    ("劳模王立新在北京参加全国劳动模范和先进工作者表彰大会。",
     ("全国劳动模范和先进工作者表彰大会", "heldAt", "北京")),
    ("王立新正在北京参加全国劳动模范和先进工作者表彰大会。",
     ("全国劳动模范和先进工作者表彰大会", "heldAt", "北京")),
    ("2020年，王立新曾在北京出席全国劳动模范和先进工作者表彰大会。",
     ("全国劳动模范和先进工作者表彰大会", "heldAt", "北京")),
])
def test_held_at(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body", [
    # the clause's opening is no event named before
    "海川市第五届职工冬季运动会12月3日闭幕。职工们12月1日在海川市职工体育馆开幕式上入场。",
    # two events of that kind named before: no telling which
    "海川市第五届职工冬季运动会和南岭县第二届职工运动会相继闭幕。运动会12月1日在海川市职工体育馆开幕。",
])
def test_not_held_at_by_kind(body):
    assert not any(r == "heldAt" and t == "海川市职工体育馆" for _, r, t in facts(body))


def test_attending_at_a_place_needs_its_attendee():
    # 在北京 opens the clause, no one attends there before it
    assert not any(r == "heldAt" for _, r, _ in facts("会议期间，在北京参加全国劳动模范和先进工作者表彰大会。"))


@pytest.mark.parametrize("body, wanted", [
    # gone into an area, then 的 and the venue in it: held at the venue too
    ("海川市总工会开展“劳模工匠进基层”宣讲活动。宣讲活动走进中宁县宁安镇的宁夏海川枸杞科技有限公司，公司180余名职工聆听。",
     ("劳模工匠进基层宣讲活动", "heldAt", "海川枸杞科技有限公司")),
    # a district and a street written together, then 的 and the venue: the street and the venue
    ("海川市总工会开展“送温暖”活动。慰问组来到康巴什区哈巴格希街道的乌兰木伦湖畔户外劳动者服务站。",
     ("送温暖活动", "heldAt", "乌兰木伦湖畔户外劳动者服务站")),
    ("海川市总工会开展“送温暖”活动。慰问组来到康巴什区哈巴格希街道的乌兰木伦湖畔户外劳动者服务站。",
     ("送温暖活动", "heldAt", "哈巴格希街道")),
])
def test_venue_written_with_its_area(body, wanted):
    assert wanted in facts(body)


def test_area_after_located_is_not_the_venue():
    # 在位于某区的某馆: the area only says where the venue is
    got = facts("海川市第五届职工运动会在位于平湖区的海川市职工体育馆开幕。")
    assert ("海川市第五届职工运动会", "heldAt", "海川市职工体育馆") in got
    assert not any(r == "heldAt" and t == "平湖区" for _, r, t in got)
