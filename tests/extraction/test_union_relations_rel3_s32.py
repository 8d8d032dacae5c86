"""Relation shapes of union news, stop 32 round 3 (invented sentences)."""

from __future__ import annotations

from stated import stated_facts


def test_a_title_chain_of_two_bodies_keeps_the_list_of_attendees() -> None:
    facts = stated_facts("区总工会开展“南岭骑手·暖冬同行”集中入会活动。市总工会副主席周立新，"
                         "区人大常委会副主任、区总工会主席钱海燕出席活动。")
    event = next(t for h, r, t in facts if r == "participatesIn" and h == "钱海燕")
    assert ("周立新", "participatesIn", event) in facts


def test_a_title_chain_after_a_clause_of_its_own_adds_no_attendee() -> None:
    facts = stated_facts("区总工会开展“南岭骑手·暖冬同行”集中入会活动。市总工会副主席周立新看望了骑手，"
                         "区人大常委会副主任、区总工会主席钱海燕出席活动。")
    assert ("钱海燕", "participatesIn") in {(h, r) for h, r, _ in facts}
    assert ("周立新", "participatesIn") not in {(h, r) for h, r, _ in facts}


def test_the_party_of_a_named_activity_goes_into_its_venues() -> None:
    facts = stated_facts("当天，镇总工会还开展了“冬日暖阳”送温暖活动，工作人员走进南岭宏达五金制品有限公司、"
                         "青石镇中心小学，为困难职工送去慰问金。")
    event = next(t for h, r, t in facts if r == "organizes")
    assert (event, "heldAt", "南岭宏达五金制品有限公司") in facts
    assert (event, "heldAt", "青石镇中心小学") in facts


def test_a_meeting_is_not_held_where_someone_goes_after_it() -> None:
    # a meeting is no activity that goes to people; nor a visit named before the activity
    facts = stated_facts("镇总工会召开了第三次代表大会，代表们随后来到南岭宏达五金制品有限公司。")
    assert not any(r == "heldAt" for _, r, _ in facts)
    facts = stated_facts("工作人员走进南岭宏达五金制品有限公司，镇总工会还开展了“冬日暖阳”送温暖活动。")
    assert not any(r == "heldAt" for _, r, _ in facts)


def test_an_activity_is_held_in_the_body_gone_into_for_its_people() -> None:
    facts = stated_facts("3月2日，区劳模宣讲团走进南岭恒泰煤电有限公司，为企业职工开展“开年第一课”专题宣讲。")
    assert any(r == "heldAt" and t == "南岭恒泰煤电有限公司" for _, r, t in facts)
    # going into it and doing something else first: no venue read
    facts = stated_facts("3月2日，区劳模宣讲团走进南岭恒泰煤电有限公司，看望了职工，随后开展“开年第一课”专题宣讲。")
    assert not any(r == "heldAt" for _, r, _ in facts)


def test_a_body_joined_after_a_modal_adverb_organises_too() -> None:
    facts = stated_facts("下一步，南岭区总工会将联合南岭区邮政管理局开展“最美快递员”评选活动。")
    assert ("南岭区邮政管理局", "organizes", "最美快递员评选活动") in facts
    # a body the subject only meets is no co-organiser
    facts = stated_facts("下一步，南岭区总工会将走访南岭区邮政管理局，开展“最美快递员”评选活动。")
    assert ("南岭区邮政管理局", "organizes", "最美快递员评选活动") not in facts
