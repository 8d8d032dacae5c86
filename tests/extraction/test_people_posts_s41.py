"""People and their posts (stop 41). Sentences and names invented.

- 选举/补选 … 某某为工会主席: one elected to a union post with 为 holds it in the union the article
  names (as 某某当选工会主席 already did).
"""

from __future__ import annotations

import pytest

from stated import stated_facts

UNION = "青河华晟机械有限公司工会"
OPENING = f"青河华晟机械有限公司工会召开第一次会员大会。会议选举产生了{UNION}第一届委员会。"


# --- 选举 … 某某为工会主席 ---------------------------------------------------------------------------

@pytest.mark.parametrize("clause, person", [
    ("随后召开的第一届委员会第一次全体会议选举装配车间主任郭振宇为工会主席。", "郭振宇"),
    ("委员会全体会议补选财务部经理石慧兰为工会副主席。", "石慧兰"),
    ("全体会议选举郭振宇为工会主席，质量部部长石慧兰为工会副主席。", "石慧兰"),
])
def test_one_elected_as_union_post_holds_it_in_the_union(clause, person):
    facts = stated_facts(OPENING + clause)
    assert (person, "worksFor", UNION) in facts, facts


def test_as_a_union_post_with_no_election_gives_no_post():
    # 为 with no election verb before it: 某某为工会主席 says nothing of an election here
    facts = stated_facts(OPENING + "会上，大家推举的代表把建议交给了郭振宇，请他转达。郭振宇为工会主席送上一束花。")
    assert ("郭振宇", "worksFor", UNION) not in facts, facts


def test_two_unions_named_leave_the_post_unplaced():
    facts = stated_facts(f"{UNION}与青河南岭纺织有限公司工会举行联谊会。会上选举郭振宇为工会主席。")
    assert not any(f[0] == "郭振宇" and f[1] == "worksFor" for f in facts), facts


# --- 公司党委书记、董事长某: a company written only at the front of a unit's name ------------------------

COMPANY = "南岭华晟铝业有限公司"


def test_company_named_inside_a_units_name_owns_the_bare_committee():
    facts = stated_facts(f"11月28日，职工创新成果发布会在{COMPANY}职工创新中心举行。"
                         "公司党委书记、董事长郭振宇出席并讲话。")
    assert ("郭振宇", "worksFor", COMPANY) in facts, facts


def test_two_companies_named_leave_the_bare_committee_unowned():
    facts = stated_facts(f"11月28日，{COMPANY}职工创新中心与青河远航机械有限公司技术中心签订协议。"
                         "公司党委书记、董事长郭振宇出席并讲话。")
    assert ("郭振宇", "worksFor", COMPANY) not in facts, facts
    assert ("郭振宇", "worksFor", "青河远航机械有限公司") not in facts, facts


# --- a studio named after a person: worksFor only where the text says the person leads it ------------

STUDIO = "郭振宇劳模创新工作室"


@pytest.mark.parametrize("body", [
    f"11月5日，{STUDIO}在南岭华晟铝业有限公司揭牌。工作室领衔人、全国劳动模范郭振宇今年48岁。",
    f"11月5日，{STUDIO}在南岭华晟铝业有限公司揭牌。工作室由全国劳动模范郭振宇领衔，现有成员15人。",
    f"郭振宇是南岭华晟铝业有限公司的焊工，师傅石慧兰带他入行。2020年，公司成立了{STUDIO}。"
    "他领衔工作室，带领成员完成技术革新30项。",
])
def test_a_studio_head_stated_as_leading_works_there(body):
    facts = stated_facts(body)
    assert ("郭振宇", "worksFor", STUDIO) in facts, facts


@pytest.mark.parametrize("body", [
    f"11月5日，{STUDIO}在南岭华晟铝业有限公司揭牌。全国劳动模范郭振宇出席揭牌仪式。",
    f"联盟选举{STUDIO}领办人郭振宇为副理事长。",
])
def test_a_studio_named_after_a_person_states_no_post(body):
    facts = stated_facts(body)
    assert ("郭振宇", "worksFor", STUDIO) not in facts, facts


# --- the members of a studio: its 领办人, and those named after 其中 where its members are counted -----

def test_a_studio_runner_is_a_member():
    facts = stated_facts(f"联盟推选“{STUDIO}”领办人郭振宇为副理事长。")
    assert ("郭振宇", "memberOf", STUDIO) in facts, facts


def test_one_who_takes_the_runners_post_is_a_member():
    facts = stated_facts(f"2021年，公司工会依托她成立了{STUDIO}，刘春梅任领办人。")
    assert ("刘春梅", "memberOf", STUDIO) in facts, facts


def test_those_named_after_the_count_of_members_are_members():
    facts = stated_facts(f"{STUDIO}在南岭华晟铝业有限公司揭牌。"
                         "工作室现有成员12人，其中焊工石慧兰、检修班长赵立强都是公司技术能手。")
    assert ("石慧兰", "memberOf", STUDIO) in facts, facts
    assert ("赵立强", "memberOf", STUDIO) in facts, facts


def test_a_person_after_the_members_clause_is_no_member():
    facts = stated_facts(f"{STUDIO}在南岭华晟铝业有限公司揭牌。"
                         "工作室现有成员12人，其中高级技师5人，副市长石慧兰为工作室揭牌。")
    assert ("石慧兰", "memberOf", STUDIO) not in facts, facts


def test_a_runner_of_no_studio_is_no_member():
    facts = stated_facts("南岭县助农合作社成立，刘春梅任领办人。")
    assert not any(f[0] == "刘春梅" and f[1] == "memberOf" for f in facts), facts


# --- those who take the oath for a group that joins a union together are new members of it ----------

FEDERATION = "南岭县快递物流行业工会联合会"


@pytest.mark.parametrize("body, people", [
    (f"仪式上，86名快递员集体加入{FEDERATION}，快递员王丽华、刘春梅代表新会员宣誓。", ("王丽华", "刘春梅")),
    (f"仪式上，86名快递员集体加入{FEDERATION}，骑手代表王丽华领读入会誓词。", ("王丽华",)),
])
def test_those_taking_the_oath_for_the_new_members_are_members(body, people):
    facts = stated_facts(body)
    for person in people:
        assert (person, "memberOf", FEDERATION) in facts, facts


def test_one_who_speaks_after_the_joining_without_the_oath_is_no_member():
    facts = stated_facts(f"仪式上，86名快递员集体加入{FEDERATION}，县总工会主席王丽华为新会员颁发会员证。")
    assert ("王丽华", "memberOf", FEDERATION) not in facts, facts


def test_worked_at_the_kind_finds_a_company_written_inside_a_units_name():
    facts = stated_facts(f"11月5日，职工技能培训在{COMPANY}职工创新中心举行。焊工刘春梅在公司干了12年，她说培训很实用。")
    assert ("刘春梅", "worksFor", COMPANY) in facts, facts


def test_worked_at_the_kind_takes_no_guess_between_two_companies():
    facts = stated_facts(f"11月5日，{COMPANY}职工创新中心与青河远航机械有限公司技术中心签约。"
                         "焊工刘春梅在公司干了12年，她说培训很实用。")
    assert not any(f[0] == "刘春梅" and f[1] == "worksFor" for f in facts), facts
