"""Bodies that took part in an event through the unnamed people who stood for them: listed after
出席…的有 and closed by 负责人/负责同志, or closed so in the sentence that tells the gathering
(同…负责人欢聚一堂) of the report. Invented sentences."""

from __future__ import annotations

from tests.stated import stated_facts

_GATHERING = "南岭市委今天举行２０２６年新春茶话会。"


def test_bodies_listed_after_the_attending_clause():
    facts = stated_facts(_GATHERING + "出席茶话会的还有南岭市政协、南岭市工商联在京副主席、秘书长及机关部门负责人。")
    assert ("南岭市政协", "participatesIn", "２０２６年新春茶话会") in facts
    assert ("南岭市工商联", "participatesIn", "２０２６年新春茶话会") in facts


def test_a_body_whose_staff_noun_is_followed_by_a_name_is_left_to_the_person():
    facts = stated_facts(_GATHERING + "出席茶话会的还有南岭市政协负责人赵立新。")
    assert ("赵立新", "participatesIn", "２０２６年新春茶话会") in facts
    assert ("南岭市政协", "participatesIn", "２０２６年新春茶话会") not in facts


def test_bodies_gathered_with_past_a_generic_group():
    facts = stated_facts(_GATHERING + "赵立新、钱国华等领导同志，同南岭市政协、各民主党派和南岭市工商联负责人、"
                                      "无党派人士欢聚一堂，共迎新春。")
    assert ("南岭市政协", "participatesIn", "２０２６年新春茶话会") in facts
    assert ("南岭市工商联", "participatesIn", "２０２６年新春茶话会") in facts


def test_no_gathering_without_the_staff_noun_or_of_another_kind():
    facts = stated_facts(_GATHERING + "赵立新同南岭市政协、各界群众欢聚一堂。")
    assert ("南岭市政协", "participatesIn", "２０２６年新春茶话会") not in facts
    facts = stated_facts("南岭市今天举行第三届职工技能大赛。赵立新同南岭市工商联负责人欢聚一堂。")
    assert not any(f[0] == "南岭市工商联" and f[1] == "participatesIn" for f in facts)
