"""Event names as written (stop 40): a post inside an event's name says whom it is for (基层工会主席
履职能力提升培训班), the act that names the first of two gatherings joined by 暨 (某公司工会成立暨第一次
会员大会), and what names no event: an item of a list of kinds that 等 closes (还将举办…运动会、…比赛等
活动). Sentences and names invented."""

from __future__ import annotations

import pytest

from stated import stated_facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

TITLE = "青河工会动态"


def final_events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title=TITLE, text=f"{TITLE}\n{body}"))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- a post inside the name: whom the event is for ----------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("11月3日至6日，2026年青河市基层工会主席履职能力提升培训班在青河市委党校举办。",
     "2026年青河市基层工会主席履职能力提升培训班"),
    ("12月3日，2026年南岭县企业工会主席集体协商能力培训班在南岭县委党校开班。",
     "2026年南岭县企业工会主席集体协商能力培训班"),
])
def test_a_post_of_the_audience_stays_in_the_name(body, name):
    names = final_events(body)
    assert name in names, names


def test_the_training_named_in_full_gets_its_facts():
    facts = stated_facts("11月3日至6日，2026年青河市基层工会主席履职能力提升培训班在青河市委党校举办。"
                         "培训班由青河市总工会主办。")
    assert ("青河市总工会", "organizes", "2026年青河市基层工会主席履职能力提升培训班") in facts, facts


def test_a_post_after_a_surname_is_one_persons():
    # (秦大使 is one person, the subject of the verb: nothing he praises is named with him)
    names = final_events("会见中，秦大使赞扬青河市职工技能大赛办得很成功。")
    assert not any("大使" in n for n in names), names


def test_a_titled_person_before_a_name_ends_it():
    names = final_events("12月3日，青河市总工会主席王立新出席2026年青河市职工技能大赛开幕式。")
    assert not any("主席" in n for n in names), names


# --- the act of the first gathering joined by 暨 ------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("12月2日下午，青河远达新材料有限公司工会成立暨第一次会员大会在公司三楼会议室召开。",
     "青河远达新材料有限公司工会成立暨第一次会员大会"),
    ("12月5日，青河市物流行业联合工会成立暨第一次会员代表大会在青河物流园召开。",
     "青河市物流行业联合工会成立暨第一次会员代表大会"),
])
def test_the_founding_before_ji_stays_in_the_name(body, name):
    names = final_events(body)
    assert name in names, names
    assert not any(n.startswith("暨") for n in names), names


def test_the_founding_meeting_gets_its_venue():
    facts = stated_facts("12月5日，青河市物流行业联合工会成立暨第一次会员代表大会在青河物流园召开。")
    assert ("青河市物流行业联合工会成立暨第一次会员代表大会", "heldAt", "青河物流园") in facts, facts


def test_a_founding_reported_by_its_verb_is_no_name():
    # (成立 as the clause's predicate, no 暨 after it: the union is founded, no gathering is named)
    names = final_events("12月5日，青河市物流行业联合工会成立，随后召开第一次会员代表大会。")
    assert not any("成立" in n for n in names), names


# --- an item of a list of kinds ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "今年冬季县总工会还将陆续举办职工冰雪趣味运动会、象棋比赛等活动。",
    "公司工会组织开展职工趣味运动会、读书分享会、职工书画展等文体活动，丰富职工生活。",
])
def test_an_item_of_a_list_of_kinds_is_no_event(body):
    names = final_events(body)
    assert not any("运动会" in n for n in names), names


@pytest.mark.parametrize("body, name", [
    ("工会举办了第三届职工冰雪趣味运动会、象棋比赛等活动。", "第三届职工冰雪趣味运动会"),
    ("中心今年将推出青河杯职工射击擂台赛、全省职工射击精英赛等赛事活动。", "青河杯职工射击擂台赛"),
    ("12月5日，南岭县总工会举办职工冰雪趣味运动会，吸引职工参加。", "职工冰雪趣味运动会"),
])
def test_one_event_of_its_kind_stays(body, name):
    names = final_events(body)
    assert name in names, names


# --- an audit or a supervision campaign named by its year ------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("12月7日至9日，青河市总工会经费审查委员会对南岭县总工会开展2026年度县级工会经费收支专项审计。",
     "2026年度县级工会经费收支专项审计"),
    ("12月2日起，青河市总工会开展2026年冬季安全生产群众监督专项督查。", "2026年冬季安全生产群众监督专项督查"),
])
def test_a_years_audit_is_an_event(body, name):
    names = final_events(body)
    assert name in names, names


def test_the_audit_gets_its_organiser():
    facts = stated_facts("12月7日至9日，青河市总工会经费审查委员会对南岭县总工会开展2026年度县级工会经费收支专项审计。")
    assert ("青河市总工会经费审查委员会", "organizes", "2026年度县级工会经费收支专项审计") in facts, facts


@pytest.mark.parametrize("body", [
    "审计署对纺织企业经济效益等开展专项审计。",  # no year: a kind of work
    "会议研究了2026年度工会经费专项审计工作方案。",  # the year dates a document
])
def test_an_audit_without_its_years_name_is_no_event(body):
    names = final_events(body)
    assert not any(n.endswith(("专项审计", "工作方案")) for n in names), names


# --- a headline that retells the body's full name ------------------------------------------------------

def headline_events(title: str, body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


@pytest.mark.parametrize("title, body, full", [
    ("南岭市开展根治欠薪冬季专项行动",
     "12月2日，由南岭市总工会、市人社局联合开展的南岭市根治拖欠农民工工资冬季专项行动启动。",
     "南岭市根治拖欠农民工工资冬季专项行动"),
    ("青河区女职工法律知识竞赛决赛落幕",
     "12月4日，青河区第二届女职工“学法用法”知识竞赛决赛在青河区职工文化活动中心举行。",
     "青河区第二届女职工学法用法知识竞赛决赛"),
])
def test_a_headlines_retelling_is_the_bodys_event(title, body, full):
    names = headline_events(title, body)
    assert names == {full}, names


def test_two_events_of_the_same_ending_leave_the_headline_alone():
    # (which of the two campaigns the headline means, no telling: it stays as written)
    names = headline_events("南岭市开展根治欠薪冬季专项行动",
                            "南岭市根治拖欠农民工工资冬季专项行动和南岭市根治欠薪安全生产冬季专项行动同日启动。")
    assert "根治欠薪冬季专项行动" in names, names


def test_a_headline_of_another_kind_is_not_merged():
    # (the ending it shares is the head alone, and its other words are not the full name's: another contest)
    names = headline_events("青河区举办职工篮球友谊赛",
                            "12月4日，南岭县第三届职工乒乓球友谊赛在南岭县体育馆举行。")
    assert {"职工篮球友谊赛", "南岭县第三届职工乒乓球友谊赛"} <= names, names


# --- a quoted project: an event only when a verb runs it ----------------------------------------------

@pytest.mark.parametrize("body", [
    "今年，工作室攻关的“冷轧板面缺陷在线识别”项目使产品合格率提升了6个百分点。",
    "其中“叉车门架快速装配工装”项目每年为公司节约成本300余万元。",
    "青河隧道是交通部“长隧道快速施工技术研究”科研项目。",
])
def test_a_technical_project_is_no_event(body):
    names = final_events(body)
    assert not any(n.endswith("项目") for n in names), names


@pytest.mark.parametrize("body, name", [
    ("根据协议，双方将共同实施“职工普惠保障”项目，三年内为全市一线职工提供体检。", "职工普惠保障项目"),
    ("青河市职工技术协会组织会员单位开展的“渔船节能金点子”技术攻关项目通过验收。", "渔船节能金点子技术攻关项目"),
])
def test_a_project_a_verb_runs_is_an_event(body, name):
    names = final_events(body)
    assert name in names, names


# --- two events joined by 和 ----------------------------------------------------------------------------

def test_two_shows_joined_by_he_are_two_events():
    names = final_events("春节期间，青河市文化馆举办了舞蹈汇演和戏曲汇演。")
    assert {"舞蹈汇演", "戏曲汇演"} <= names, names
    assert not any("和" in n for n in names), names


def test_two_numbered_sessions_joined_by_he_are_both_named():
    names = final_events("明年春天，青河市将召开三届市人大二次会议和市政协三届二次会议。")
    assert "市政协三届二次会议" in names, names
    assert not any("和" in n for n in names), names


def test_a_lecture_before_he_leaves_the_meeting_its_own_name():
    names = final_events("疗休养期间，青河市总工会还将组织学员参加心理健康讲座和职工疗休养工作座谈会。")
    assert "职工疗休养工作座谈会" in names, names
    assert not any("讲座" in n for n in names), names


def test_two_topics_joined_by_he_are_one_events_name():
    names = final_events("12月3日，青河市劳模精神和工匠精神研讨会在青河市职工文化中心举行。")
    assert "青河市劳模精神和工匠精神研讨会" in names, names
