"""Defects a reviewer proved in the rules merged in stop 34, each on an invented sentence, with the
case each rule was written for kept working."""

from __future__ import annotations

from stated import stated_facts


def organisers(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body) if r == "organizes"}


CEREMONY = "南岭市第五届职工技能大赛颁奖仪式"


def test_this_contest_is_the_reports_not_one_named_in_passing() -> None:
    text = (f"{CEREMONY}在市工人文化宫举行。去年，南岭市选手在全国职工技能大赛中获得金奖。"
            "本次大赛由南岭市总工会、南岭市人社局联合主办。")
    found = organisers(text)
    assert ("南岭市总工会", CEREMONY) in found
    assert not any(t == "全国职工技能大赛" for _, t in found)
    # a head no part of the report's event still names the one event ending in it
    text = "12月3日，南岭市职工技能提升现场推进会在海河机床厂召开。推进会由南岭市总工会主办。"
    assert ("南岭市总工会", "南岭市职工技能提升现场推进会") in organisers(text)


def test_an_activity_said_by_the_head_of_its_launch_ceremony() -> None:
    text = "“书香南岭”职工读书月活动启动仪式在市图书馆举行。读书月活动由南岭市总工会主办。"
    assert ("南岭市总工会", "书香南岭职工读书月活动启动仪式") in organisers(text)
    # another activity than the one launched: not the ceremony's organiser
    text = "“书香南岭”职工读书月活动启动仪式在市图书馆举行。征文活动由南岭市作家协会主办。"
    assert not any(t == "书香南岭职工读书月活动启动仪式" for _, t in organisers(text))


def test_a_short_form_belongs_to_the_body_the_sentence_names() -> None:
    facts = stated_facts("南岭区总工会女职工委员会副主任李华到会祝贺。南岭机械厂工会召开会员代表大会，"
                         "选举王强为女职工委员会主任。")
    assert ("王强", "worksFor", "南岭区总工会女职工委员会") not in facts
    # a meeting as the subject: the short form is the body named before
    facts = stated_facts("12月16日，青溪街道快递行业联合工会成立大会在街道党群服务中心召开。"
                         "会议选举快递站站长赵立新为联合工会主席。")
    assert ("赵立新", "worksFor", "青溪街道快递行业联合工会") in facts


def test_one_who_tells_of_those_who_joined_is_no_member() -> None:
    facts = stated_facts("南岭区总工会主席孙强告诉记者，今年加入南岭区网约车司机工会联合会的司机已有300多人。")
    assert ("孙强", "memberOf", "南岭区网约车司机工会联合会") not in facts
    facts = stated_facts("孙强跑货运已经6年，今年3月加入了南岭区网约车司机工会联合会。")
    assert ("孙强", "memberOf", "南岭区网约车司机工会联合会") in facts
