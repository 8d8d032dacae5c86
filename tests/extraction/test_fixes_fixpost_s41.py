"""Fixes to the people/posts rules of stop 41 (union posts given by 为, the company a bare 公司 stands
for, the head and the members of a studio, the new members of a union). Sentences and names invented.
"""

from __future__ import annotations

import pytest

from stated import stated_facts

UNION = "青河华晟机械有限公司工会"
OPENING = f"{UNION}召开第一次会员大会。"


def _works_for(facts, person):
    return [f for f in facts if f[0] == person and f[1] == "worksFor"]


# --- 选举某某为工会主席: the election verb governs the person, in the union the article names ---------

@pytest.mark.parametrize("clause, person", [
    ("大会采用差额选举办法，推选郭振宇为工会主席候选人，石慧兰为工会副主席候选人。", "郭振宇"),
    ("大会采用差额选举办法，推选郭振宇为工会主席候选人，石慧兰为工会副主席候选人。", "石慧兰"),
    ("会议推选郭振宇为工会主席人选。", "郭振宇"),
    ("选举结束后，新会员代表郭振宇为工会主席献上鲜花。", "郭振宇"),
    ("按照章程，下月将召开委员会会议，拟选举郭振宇为工会主席。", "郭振宇"),
    ("当天，公司下属的物流分公司也召开了第一次会员大会，选举郭振宇为工会主席。", "郭振宇"),
])
def test_no_election_to_the_named_unions_post(clause, person):
    facts = stated_facts(OPENING + clause)
    assert (person, "worksFor", UNION) not in facts, facts


@pytest.mark.parametrize("clause, person", [
    ("会议选举郭振宇同志为工会主席，石慧兰同志为工会副主席。", "郭振宇"),
    ("会议选举郭振宇同志为工会主席，石慧兰同志为工会副主席。", "石慧兰"),
    ("会议选举郭振宇为新一届工会主席，石慧兰为第一届工会副主席。", "郭振宇"),
    ("会议选举郭振宇为新一届工会主席，石慧兰为第一届工会副主席。", "石慧兰"),
])
def test_elected_with_a_form_of_address_or_a_term_holds_the_post(clause, person):
    facts = stated_facts(OPENING + clause)
    assert (person, "worksFor", UNION) in facts, facts


# --- 公司 stands for no company only visited -------------------------------------------------------

VISITED = "青河远航机械有限公司"
VISIT = f"12月5日，南岭华晟铝业集团组织30名青年技术骨干走进{VISITED}职工创新中心观摩学习。"


@pytest.mark.parametrize("follow, person", [
    ("公司党委书记、董事长郭振宇带队并作动员讲话。", "郭振宇"),
    ("焊工刘春梅在公司干了12年，她说这次学习很有收获。", "刘春梅"),
])
def test_a_bare_company_is_no_guess_between_the_visitor_and_the_visited(follow, person):
    facts = stated_facts(VISIT + follow)
    assert (person, "worksFor", VISITED) not in facts, facts


# --- a studio's head: the person leads the studio --------------------------------------------------

STUDIO = "郭振宇劳模创新工作室"
UNVEILED = f"12月5日，{STUDIO}在南岭华晟铝业有限公司揭牌。"
FOUNDED = f"全国劳动模范郭振宇是南岭华晟铝业有限公司的焊工。2015年，公司成立{STUDIO}"


@pytest.mark.parametrize("body", [
    UNVEILED + "郭振宇领衔完成的“铝液净化”项目曾获省科技进步奖。",
    UNVEILED + "石慧兰技能大师工作室同日揭牌，该工作室由郭振宇的师傅、全国劳动模范石慧兰领衔。",
    UNVEILED + "全国劳动模范郭振宇出席揭牌仪式。市总工会副主席石慧兰为工作室揭牌。她领衔的调研组还走访了公司职工书屋。",
])
def test_leading_something_else_is_no_head_of_the_studio(body):
    facts = stated_facts(body)
    assert ("郭振宇", "worksFor", STUDIO) not in facts, facts


@pytest.mark.parametrize("body", [
    FOUNDED + "。多年来，他领衔工作室攻克技术难题40余项。",
    FOUNDED + "，由郭振宇担任工作室带头人。",
    FOUNDED + "。工作室由郭振宇牵头，现有成员15人。",
    FOUNDED + "。作为全国劳动模范，他领衔的郭振宇劳模创新工作室去年被评为省级示范工作室。",
    UNVEILED + "工作室成立于2023年5月，依托公司焊接车间建设，领衔人是全国劳动模范、车间主任郭振宇。",
])
def test_plain_ways_of_saying_one_leads_the_studio(body):
    facts = stated_facts(body)
    assert ("郭振宇", "worksFor", STUDIO) in facts, facts


# --- a studio's members: those the count of its members goes on with (其中…) ------------------------

COUNTED = f"{STUDIO}在南岭华晟铝业有限公司揭牌。{STUDIO}现有成员12人，"


@pytest.mark.parametrize("rest, person", [
    ("其中5人是全国劳动模范石慧兰带出的徒弟。", "石慧兰"),
    ("其中由市总工会副主席石慧兰联系的技术骨干3人。", "石慧兰"),
    ("多年来为兄弟企业培养技术骨干200余名，其中青河远航机械有限公司焊工刘春梅获评全国技术能手。", "刘春梅"),
])
def test_no_member_but_those_the_count_names(rest, person):
    facts = stated_facts(COUNTED + rest)
    assert (person, "memberOf", STUDIO) not in facts, facts


def test_members_after_a_comma_after_among_them():
    facts = stated_facts(COUNTED + "其中，焊工石慧兰、检修班长赵立强都是公司技术能手。")
    assert ("石慧兰", "memberOf", STUDIO) in facts, facts
    assert ("赵立强", "memberOf", STUDIO) in facts, facts


@pytest.mark.parametrize("rest, people", [
    ("来自熔铸车间、物流分公司和青河分公司，其中物流分公司设备主管石慧兰、青河分公司电气工程师赵立强负责设备攻关。",
     ("石慧兰", "赵立强")),
    ("其中徒弟石慧兰、赵立强已成长为高级技师。", ("石慧兰", "赵立强")),
    ("来自熔铸车间和动力分公司，其中动力分公司电工石慧兰、熔铸车间班长赵立强都是技术能手。", ("石慧兰", "赵立强")),
])
def test_members_listed_with_their_units_and_titles(rest, people):
    facts = stated_facts(COUNTED + rest)
    for person in people:
        assert (person, "memberOf", STUDIO) in facts, facts


@pytest.mark.parametrize("body", [
    f"2019年，南岭华晟铝业有限公司成立了{STUDIO}，今年又牵头组建了南岭市铝加工职工创新联盟，刘春梅任领办人。",
    f"2021年，公司工会依托{STUDIO}成立了南岭市焊接技术服务队，刘春梅任领办人。",
])
def test_a_runner_is_of_the_body_named_last(body):
    facts = stated_facts(body)
    assert ("刘春梅", "memberOf", STUDIO) not in facts, facts


# --- the new members of a union: not the official who leads the oath ------------------------------

FEDERATION = "南岭县快递物流行业工会联合会"


@pytest.mark.parametrize("clause", [
    "县总工会主席王丽华领读入会誓词。",
    "县总工会副主席王丽华带领新会员重温入会誓词。",
])
def test_an_official_leading_the_oath_is_no_new_member(clause):
    facts = stated_facts(f"仪式上，86名快递员集体加入{FEDERATION}，" + clause)
    assert ("王丽华", "memberOf", FEDERATION) not in facts, facts


def test_those_taking_the_oath_in_the_next_sentence_are_new_members():
    facts = stated_facts(f"仪式上，86名快递员集体加入了{FEDERATION}。随后，快递员刘春梅、赵立强代表新会员宣誓。")
    assert ("刘春梅", "memberOf", FEDERATION) in facts, facts
    assert ("赵立强", "memberOf", FEDERATION) in facts, facts
