"""Fixes to the s41 fix merges (union posts given by 为, studio heads, new members' oath, stations
as venues). Sentences and names invented."""

from __future__ import annotations

import pytest

from stated import stated_facts

UNION = "青河华晟机械有限公司工会"
OPENING = f"{UNION}召开第一次会员大会。"


# --- 6: a subordinate unit's meeting is one the unit holds, not a room or a branch venue ---------

@pytest.mark.parametrize("body", [
    f"{UNION}在二车间会议室召开会员大会，选举郭振宇为工会主席。",
    f"{UNION}召开会员大会，设主会场和分会场，选举郭振宇为工会主席。",
])
def test_a_venue_in_a_workshop_is_no_subordinate_units_meeting(body):
    assert ("郭振宇", "worksFor", UNION) in stated_facts(body)


@pytest.mark.parametrize("clause", [
    "当天，公司下属的物流分公司也召开了第一次会员大会，选举郭振宇为工会主席。",
    "当天，二车间举行分会成立大会，选举郭振宇为工会主席。",
])
def test_a_subordinate_units_own_meeting_elects_its_own_chair(clause):
    assert ("郭振宇", "worksFor", UNION) not in stated_facts(OPENING + clause)


# --- 7: 选举产生了以某为…的, the clause after 选举产生了…委员会, a list before 为 ---------------------

@pytest.mark.parametrize("clause, person", [
    ("大会选举产生了以郭振宇为工会主席的新一届工会委员会。", "郭振宇"),
    ("大会选举产生了新一届工会委员会，郭振宇为工会主席。", "郭振宇"),
    ("大会选举郭振宇、石慧兰为工会副主席。", "郭振宇"),
    ("大会选举郭振宇、石慧兰为工会副主席。", "石慧兰"),
])
def test_elected_in_the_forms_of_a_congress_report(clause, person):
    assert (person, "worksFor", UNION) in stated_facts(OPENING + clause)


# --- 9: the head of a studio named after him ----------------------------------------------------

STUDIO = "韩志远劳模创新工作室"


@pytest.mark.parametrize("clause", [
    "韩志远是该工作室的领衔人，多年来带领团队攻克技术难题。",
    "工作室以全国劳动模范韩志远的名字命名，由其领衔。",
    "韩志远作为工作室带头人，多年来带领团队攻克技术难题。",
])
def test_the_studios_head_is_stated(clause):
    body = f"青河机械有限公司举行{STUDIO}揭牌仪式。" + clause
    assert ("韩志远", "worksFor", STUDIO) in stated_facts(body)


def test_a_studio_named_after_someone_with_no_head_stated():
    body = f"青河机械有限公司举行{STUDIO}揭牌仪式。韩志远是公司的技术骨干，由其带领的团队获奖。"
    assert ("韩志远", "worksFor", STUDIO) not in stated_facts(body)


# --- 10: who leads the new members reading the oath is one of them --------------------------------

FED = "桃溪区快递行业工会联合会"


def test_a_courier_leading_the_new_members_oath_is_a_member():
    body = f"300名快递员集体加入{FED}，快递员孙海波带领新会员宣读入会誓词。"
    assert ("孙海波", "memberOf", FED) in stated_facts(body)


def test_explaining_the_oath_is_no_membership():
    body = f"300名快递员集体加入{FED}，快递员孙海波为新会员讲解入会誓词。"
    assert ("孙海波", "memberOf", FED) not in stated_facts(body)


# --- 5: county + town + station stays one place -------------------------------------------------

@pytest.mark.parametrize("station", ["桃溪县城关镇汽车站", "桃溪县城关镇客运站"])
def test_a_station_of_a_town_of_a_county_stays_whole(station):
    facts = stated_facts(f"桃溪市总工会在{station}开展“春运暖心行”活动。")
    assert any(f[1] == "heldAt" and f[2] == station for f in facts), facts


def test_a_station_of_a_town_the_grammar_reads_after_its_county_stays_whole():
    facts = stated_facts("桃溪市总工会在桃溪县新华镇火车站开展“春运暖心行”活动。")
    assert ("春运暖心行活动", "heldAt", "桃溪县新华镇火车站") in facts, facts


# --- 1, 8: an election planned, a candidacy ------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "大会将于下午选举郭振宇为工会主席。",
    "大会定于下周选举郭振宇为工会主席。",
    "委员会计划于月底选举郭振宇为工会主席。",
    "届时将选举郭振宇为工会主席。",
    "会议推选郭振宇为工会主席建议人选。",
    "会议推选郭振宇为工会主席推荐人选。",
    "会议确定郭振宇为工会主席的候选人。",
    "会议选举郭振宇为工会主席考察对象。",
])
def test_no_post_from_a_planned_election_or_a_candidacy(clause):
    assert ("郭振宇", "worksFor", UNION) not in stated_facts(OPENING + clause)


def test_an_election_held_in_the_afternoon():
    assert ("郭振宇", "worksFor", UNION) in stated_facts(OPENING + "大会于下午选举郭振宇为工会主席。")


# --- 2: an official with a bare post who leads the oath is no new member -------------------------

@pytest.mark.parametrize("title", ["工会主席", "党委书记"])
def test_an_official_leading_the_oath_is_no_new_member(title):
    body = f"300名快递员集体加入{FED}。仪式上，{title}孙海波领读入会誓词。"
    assert ("孙海波", "memberOf", FED) not in stated_facts(body)


def test_a_rider_leading_the_oath_is_a_new_member():
    body = f"300名快递员集体加入{FED}。仪式上，骑手孙海波领读入会誓词。"
    assert ("孙海波", "memberOf", FED) in stated_facts(body)


# --- 3, 4: a station that is a venue somewhere in the article, or a beneficiary, stays a place ------

def _types(body):
    from uniongraph.extraction.pipeline import extract_article
    from uniongraph.model import Article
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return {(m.text, m.type) for m in art.mentions}


def test_a_station_that_is_also_a_venue_stays_a_place():
    body = "桃溪市总工会在桃溪火车站举办“春运暖心行”活动。当天，桃溪火车站还开展了“平安春运”志愿服务。"
    facts = stated_facts(body)
    assert ("春运暖心行活动", "heldAt", "桃溪火车站") in facts, facts


@pytest.mark.parametrize("body", [
    "桃溪市总工会为桃溪火车站举办“春运暖心行”专场演出。",
    "市总工会慰问组先后走访了桃溪长途汽车站、石门客运站、桃溪火车站开展慰问活动。",
])
def test_a_station_served_or_visited_is_no_body(body):
    assert ("桃溪火车站", "Organization") not in _types(body)


@pytest.mark.parametrize("body", [
    "桃溪火车站联合桃溪市总工会在候车大厅开展春运暖心服务活动。",
    "桃溪火车站被评为全市春运工作先进单位。",
])
def test_a_station_acting_or_honoured_is_a_body(body):
    assert ("桃溪火车站", "Organization") in _types(body)
