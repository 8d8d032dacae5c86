"""Relations stated by clauses of union news and notices (stop 31): a bare 出席 after a lead whose
event is named with its organisers, and the like. Sentences written for the tests, names invented;
each rule has a positive case and a look-alike where the relation is not stated."""

from __future__ import annotations

from stated import headlined_facts, stated_facts


# --- a bare 出席 attends the lead's event named with its organisers ----------------------------

def test_bare_attend_after_a_lead_with_its_organisers_attends_the_lead_event():
    body = ("12月3日，由南岭市总工会、南岭市交通局联合主办，海河港务集团工会承办的2026年南岭港口技能竞赛总结会在南岭召开。"
            "南岭市总工会主席赵立新出席并讲话，南岭市交通局副局长钱文华出席。")
    got = stated_facts(body)
    assert ("赵立新", "participatesIn", "2026年南岭港口技能竞赛总结会") in got
    assert ("钱文华", "participatesIn", "2026年南岭港口技能竞赛总结会") in got


def test_bare_attend_activity_after_organisers_without_you():
    body = ("12月1日，南岭市总工会主办、海河区总工会承办的“暖心入会”集中行动在海河物流园举行。"
            "南岭市总工会副主席孙海涛出席活动。")
    assert ("孙海涛", "participatesIn", "“暖心入会”集中行动") in stated_facts(body) \
        or ("孙海涛", "participatesIn", "暖心入会集中行动") in stated_facts(body)


def test_bare_attend_after_a_lead_that_opens_with_a_speech_is_not_the_lead_event():
    body = ("王建国说，由南岭市总工会主办的2026年南岭港口技能竞赛总结会在南岭召开。"
            "南岭市总工会主席赵立新出席并讲话。")
    assert ("赵立新", "participatesIn", "2026年南岭港口技能竞赛总结会") not in stated_facts(body)


# --- a chain of organising roles: A主办、B承办的 EVENT ------------------------------------------

def test_each_body_of_a_chain_of_organising_roles_organizes():
    got = stated_facts("南岭市总工会、南岭市人社局主办，海河区总工会承办的2026年南岭职工技能竞赛总决赛在南岭举行。")
    for body in ("南岭市总工会", "南岭市人社局", "海河区总工会"):
        assert (body, "organizes", "2026年南岭职工技能竞赛总决赛") in got


def test_a_guiding_body_in_the_chain_does_not_organize():
    got = stated_facts("南岭市总工会指导、海河区总工会承办的2026年南岭职工技能竞赛总决赛在南岭举行。")
    assert ("海河区总工会", "organizes", "2026年南岭职工技能竞赛总决赛") in got
    assert ("南岭市总工会", "organizes", "2026年南岭职工技能竞赛总决赛") not in got
