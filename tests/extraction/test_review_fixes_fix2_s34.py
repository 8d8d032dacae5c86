"""Defects a reviewer proved in rules of stop 34, each with the rule's intended case kept
(sentences written for the tests, names invented)."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_text


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in extract_text(text).relations}


def _rules(text: str) -> set[tuple[str, str, str, str]]:
    return {(r.head, r.relation, r.tail, r.evidence[0].rule) for r in extract_text(text).relations}


# 1. union-post-in-a-chain: only the chain's body's own union
def test_a_union_visited_is_not_the_union_of_the_chain() -> None:
    facts = _facts("红星纺织集团党委副书记、工会主席王明一行到华丰机械有限公司工会考察交流。")
    assert ("王明", "worksFor", "华丰机械有限公司工会") not in facts


def test_the_chains_union_is_still_read_when_it_is_the_bodys_own() -> None:
    got = _rules("红星纺织集团有限公司召开职代会。集团党委副书记、工会主席王明主持会议。"
                 "红星纺织集团有限公司工会副主席赵强发言。")
    assert ("王明", "worksFor", "红星纺织集团有限公司工会", "union-post-in-a-chain") in got
    # a federation named before the person may be the union meant
    got = _rules("南岭市总工会领导到会。集团党委副书记、工会主席王明主持会议。红星纺织集团有限公司工会副主席赵强发言。")
    assert not any(r == "union-post-in-a-chain" for *_, r in got)


# 6. person-at-this-event: the clause's subject, not a person talked about
# (stop 42: the body written right before the meeting that opens in its sentence opens its name)
def test_a_person_talked_about_at_the_meeting_did_not_take_part() -> None:
    lead = "3月5日，南岭市总工会劳模工作座谈会在市工人文化宫召开。"
    facts = _facts(lead + "会上，市总工会副主席赵立新通报了焊工王芳在第五届全国职工技能大赛中获得金牌的情况。")
    assert ("王芳", "participatesIn", "南岭市总工会劳模工作座谈会") not in facts
    assert ("赵立新", "participatesIn", "南岭市总工会劳模工作座谈会") in facts
    facts = _facts(lead + "会上，与会人员观看了已故劳模王铁成生前的事迹短片。")
    assert ("王铁成", "participatesIn", "南岭市总工会劳模工作座谈会") not in facts


def test_the_subjects_of_a_clause_opened_at_the_meeting_take_part() -> None:
    lead = "3月5日，南岭市总工会劳模工作座谈会在市工人文化宫召开。"
    facts = _facts(lead + "会上，市总工会主席赵立新、副主席孙丽为劳模颁发了证书。")
    assert {("赵立新", "participatesIn", "南岭市总工会劳模工作座谈会"), ("孙丽", "participatesIn", "南岭市总工会劳模工作座谈会")} <= facts
    facts = _facts(lead + "会上，来自海河律师事务所的律师孙丽为劳模解答了法律问题。")
    assert ("孙丽", "participatesIn", "南岭市总工会劳模工作座谈会") in facts


# 7. a member of a 党委 holds an office of it
def test_a_member_of_a_party_committee_works_for_it() -> None:
    facts = _facts("红星纺织集团党委成员、副总经理李强出席。")
    assert ("李强", "worksFor", "红星纺织集团党委") in facts
    assert ("李强", "memberOf", "红星纺织集团党委") not in facts


def test_a_plain_member_of_a_studio_first_is_still_a_member() -> None:
    facts = _facts("南岭市赵立新劳模创新工作室成员、青年技师李强发言。")
    assert ("李强", "worksFor", "南岭市赵立新劳模创新工作室") not in facts


# 8. event-at-venue-placed-in-area: the event close before, in its clause
def test_an_event_in_an_earlier_clause_is_not_held_at_the_venue() -> None:
    facts = _facts("第三届职工运动会闭幕当天，参赛选手们还在位于蜀山区的合肥市工人文化宫举行了联欢。")
    assert ("第三届职工运动会", "heldAt", "合肥市工人文化宫") not in facts


def test_an_event_held_at_a_venue_placed_in_an_area() -> None:
    got = _rules("“金秋助学”关爱行动在位于镜湖区的南岭物流分拨中心启动。")
    assert any(r == "event-at-venue-placed-in-area" for *_, r in got)


# 9. org-founds-facility: the body guided or helped sets it up
def test_the_body_guided_founds_the_facility() -> None:
    facts = _facts("南岭区总工会指导南岭快递有限公司工会建立了“快递小哥之家”。")
    assert ("南岭区总工会", "founded", "快递小哥之家") not in facts
    assert ("南岭快递有限公司工会", "founded", "快递小哥之家") in facts


def test_the_body_a_facility_is_set_up_for_is_no_founder() -> None:
    facts = _facts("南岭区总工会为南岭快递有限公司建立了“快递小哥之家”。")
    assert ("南岭区总工会", "founded", "快递小哥之家") in facts
    assert ("南岭快递有限公司", "founded", "快递小哥之家") not in facts


# 10a. person-joins-org: a saying verb right after the person, not 称号 anywhere in the gap
def test_one_who_joined_after_an_honour_is_a_member() -> None:
    facts = _facts("孙强获得“最美司机”称号后，今年3月加入了南岭区网约车司机工会联合会。")
    assert ("孙强", "memberOf", "南岭区网约车司机工会联合会") in facts
    facts = _facts("工会主席孙强告诉记者，今年加入了南岭区网约车司机工会联合会的司机有300人。")
    assert ("孙强", "memberOf", "南岭区网约车司机工会联合会") not in facts


# 10b. referred-body-verb-event: the people of the body right after the kind
def test_a_company_holding_an_event_for_its_young_workers_organizes_it() -> None:
    got = _rules("南岭红星纺织有限公司成立于1990年。今年，公司为青年职工举办了“青春建功”技能比武。")
    assert ("南岭红星纺织有限公司", "organizes", "青春建功技能比武", "referred-body-verb-event") in got
    got = _rules("南岭红星纺织有限公司成立于1990年。今年，公司青年职工举办了“青春建功”技能比武。")
    assert not any(r == "referred-body-verb-event" for *_, r in got)


# 10c. elected-to-body-named-before: a body that guides the meeting owns no short form
def test_an_election_under_a_federations_guidance() -> None:
    facts = _facts("柳湾村联合工会正式成立。在镇总工会的指导下，会议选举王立新为联合工会主席，李红为副主席。")
    assert {("王立新", "worksFor", "柳湾村联合工会"), ("李红", "worksFor", "柳湾村联合工会")} <= facts
    facts = _facts("南岭区总工会女职工委员会副主任李华到会祝贺。南岭机械厂工会召开会员代表大会，选举王强为女职工委员会主任。")
    assert ("王强", "worksFor", "南岭区总工会女职工委员会") not in facts


# 11. unit-written-under-its-body: the name goes on into another institution's
def test_a_college_of_another_institution_is_no_unit() -> None:
    facts = _facts("中国科学院与中国科学院大学人工智能学院签订协议。")
    assert ("中国科学院大学人工智能学院", "subOrganizationOf", "中国科学院") not in facts
    facts = _facts("南岭大学与南岭市签约。南岭大学化学学院教授王强出席会议。")
    assert ("南岭大学化学学院", "subOrganizationOf", "南岭大学") in facts


# 12. organized-by-org: the activity's organiser does not hold its summing-up meeting
def test_the_organiser_of_an_activity_does_not_hold_its_meeting() -> None:
    facts = _facts("南岭市“书香三八”读书月活动总结会5日召开。读书月活动由南岭市总工会主办。")
    assert not any(h == "南岭市总工会" and r == "organizes" and t.endswith("总结会") for h, r, t in facts)
    facts = _facts("南岭市“书香三八”读书月活动5日启动。读书月活动由南岭市总工会主办。")
    assert ("南岭市总工会", "organizes", "南岭市书香三八读书月活动") in facts
