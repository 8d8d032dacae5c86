"""Organisation and person relations read from more of how news states them (sentences written for
the tests, names invented): A 是 B 的下属企业, PERSON 所创办的 ORG, ORG 于…在 PLACE 落成, PLACE 的…企业——
ORG. Each construction has a look-alike that states no such relation."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def found(body: str) -> tuple[set[str], dict[tuple[str, str, str], str]]:
    """The mention keys and the facts (with the rule that found each) of one invented article."""
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.key for m in art.mentions}, {(r.head, r.relation, r.tail): r.evidence[0].rule for r in art.relations}


# --------------------------------------------------------------------------- A 是 B 的下属企业


@pytest.mark.parametrize("body, fact", [
    ("海河机床厂是南岭机械集团公司的下属企业。", ("海河机床厂", "subOrganizationOf", "南岭机械集团公司")),
    ("海河第二发电厂是南岭电力集团公司骨干发电企业，承担供电任务。",
     ("海河第二发电厂", "subOrganizationOf", "南岭电力集团公司")),
    ("海河宏达机械有限公司系南岭重工集团公司的全资子公司。",
     ("海河宏达机械有限公司", "subOrganizationOf", "南岭重工集团公司")),
])
def test_a_body_said_to_be_a_unit_of_another(body, fact):
    names, facts = found(body)
    assert facts.get(fact) == "org-is-unit-of-org"


@pytest.mark.parametrize("body, child, parent", [
    ("海河机床厂是南岭机械集团公司的合作企业。", "海河机床厂", "南岭机械集团公司"),  # a partner, not a unit
    ("海河机床厂是南岭机械集团公司的最大客户。", "海河机床厂", "南岭机械集团公司"),
    ("海河机床厂是南岭市经委的骨干企业。", "海河机床厂", "南岭市经委"),              # a government's leading firm
])
def test_no_unit_without_a_word_of_belonging(body, child, parent):
    names, facts = found(body)
    assert {child, parent} <= names
    assert (child, "subOrganizationOf", parent) not in facts


# --------------------------------------------------------------------------- PERSON 所创办的 ORG


def test_the_founder_named_in_a_relative_clause():
    names, facts = found("赵立新所创办的北丰家政服务社吸收了４６名下岗职工。")
    assert facts.get(("赵立新", "founded", "北丰家政服务社")) == "agent-founded-org"


@pytest.mark.parametrize("body, agent", [
    ("赵立新所在的北丰家政服务社吸收了４６名下岗职工。", "赵立新"),  # belongs to, did not found
    ("赵立新参观了钱国华建成的北丰复合肥厂。", "钱国华"),            # 建成 also says who built a building
])
def test_no_founder_from_other_relative_clauses(body, agent):
    names, facts = found(body)
    assert agent in names
    assert not {f for f in facts if f[0] == agent and f[1] == "founded"}


# --------------------------------------------------------------------------- ORG 在 PLACE 落成


@pytest.mark.parametrize("body, fact", [
    ("海河宏达机械有限公司于去年在南岭市高新区落户。", ("海河宏达机械有限公司", "locatedIn", "南岭市高新区")),
    ("南岭市职工服务中心今天在海河区正式揭牌。", ("南岭市职工服务中心", "locatedIn", "海河区")),
])
def test_a_body_opened_at_a_place(body, fact):
    names, facts = found(body)
    assert facts.get(fact) == "org-opened-in-place"


@pytest.mark.parametrize("body, org, place", [
    ("海河宏达机械有限公司在南岭市成立了办事处。", "海河宏达机械有限公司", "南岭市"),  # the office is placed, not the company
    ("海河宏达机械有限公司在南岭市召开会议。", "海河宏达机械有限公司", "南岭市"),      # a meeting, no opening
    ("海河宏达机械有限公司的职工在南岭市落户。", "海河宏达机械有限公司", "南岭市"),    # its workers settled
])
def test_no_place_when_something_else_opens_there(body, org, place):
    names, facts = found(body)
    assert {org, place} <= names
    assert (org, "locatedIn", place) not in facts


# --------------------------------------------------------------------------- PLACE …企业——ORG


def test_a_place_and_a_kind_of_body_set_before_its_name_with_a_dash():
    names, facts = found("３１名党员到海河国有特困企业———南岭纺织集团公司过组织生活。")
    assert facts.get(("南岭纺织集团公司", "locatedIn", "海河")) == "place-kind-dash-org"


def test_no_place_for_the_scope_of_a_superlative():
    # (a continent or the country is the superlative's scope; a division of the country holds its
    # largest since stop 39: 天津最大的毛毯生产企业———X is in 天津, test_superlative_scope_places_pfr_s39)
    names, facts = found("亚洲最大的毛毯生产企业———南岭纺织集团公司是重点企业。")
    assert {"亚洲", "南岭纺织集团公司"} <= names
    assert not any(h == "南岭纺织集团公司" and r == "locatedIn" for h, r, _ in facts)


def test_a_body_headed_by_a_person_holds_the_post():
    names, facts = found("海河机床厂成立了以副厂长赵立新为组长的南岭市技术攻关办公室。")
    assert facts.get(("赵立新", "worksFor", "南岭市技术攻关办公室")) == "headed-by-person"  # an office, no team


def test_no_place_without_the_dash_apposition():
    names, facts = found("３１名党员从天津来到南岭纺织集团公司过组织生活。")
    assert {"天津", "南岭纺织集团公司"} <= names
    assert not any(h == "南岭纺织集团公司" and r == "locatedIn" for h, r, _ in facts)


# --------------------------------------------------------------------------- （ORG NAME NAME）


@pytest.mark.parametrize("body, people, org", [
    ("此事值得深思。（海河机床厂赵立新钱国华孙建军）", ["赵立新", "钱国华", "孙建军"], "海河机床厂"),
    ("此事值得深思。（南岭市海河机床厂　赵立新　钱国华）", ["赵立新", "钱国华"], "南岭市海河机床厂"),
])
def test_the_writers_of_a_signature_work_for_its_body(body, people, org):
    names, facts = found(body)
    for person in people:
        assert facts.get((person, "worksFor", org)) == "signature-org-persons"


@pytest.mark.parametrize("body, person, org", [
    ("此事值得深思。（南岭市海河机床厂　赵立新说）", "赵立新", "南岭市海河机床厂"),  # a quote, no signature
    ("南岭市海河机床厂　赵立新　钱国华都来了。", "钱国华", "南岭市海河机床厂"),     # no bracket
])
def test_no_signature_without_the_closed_bracket(body, person, org):
    names, facts = found(body)
    assert {person, org} <= names
    assert (person, "worksFor", org) not in facts


# --------------------------------------------------------------------------- posts, teams, delegations


@pytest.mark.parametrize("body", [
    "赵立新现在是海河市农机学会名誉理事长、海河市女科技工作者协会副理事长。",
    "赵立新是海河市农机学会理事长，还是海河市女科技工作者协会副理事长。",
])
def test_each_post_of_a_run_after_is(body):
    names, facts = found(body)
    assert ("赵立新", "worksFor", "海河市农机学会") in facts
    assert facts.get(("赵立新", "worksFor", "海河市女科技工作者协会")) == "person-is-titles-of-orgs"


def test_no_post_in_a_run_when_the_second_body_has_no_title():
    names, facts = found("赵立新是海河市农机学会理事长、海河市女科技工作者协会的老朋友。")
    assert "海河市女科技工作者协会" in names
    assert ("赵立新", "worksFor", "海河市女科技工作者协会") not in facts


@pytest.mark.parametrize("body, fact, rule", [
    ("赵立新还参加了海河市女劳模合唱团。", ("赵立新", "memberOf", "海河市女劳模合唱团"), "person-takes-part-in-body"),
    ("赵立新率南岭市职工代表团访问海河。", ("赵立新", "memberOf", "南岭市职工代表团"), "person-leads-delegation"),
])
def test_a_team_or_a_delegation_one_joins_or_leads(body, fact, rule):
    assert found(body)[1].get(fact) == rule


@pytest.mark.parametrize("body, person, org", [
    ("赵立新参加了海河市女劳模合唱团的演出。", "赵立新", "海河市女劳模合唱团"),  # a performance of the choir
    ("赵立新参加了南岭市总工会。", "赵立新", "南岭市总工会"),                    # not a body one joins so
    ("赵立新带着南岭市职工代表团的礼物。", "赵立新", "南岭市职工代表团"),        # the delegation's gift
])
def test_no_membership_from_these(body, person, org):
    names, facts = found(body)
    assert {person, org} <= names
    assert (person, "memberOf", org) not in facts


# --------------------------------------------------------------------------- 位于 PLACE 西部的 ORG


@pytest.mark.parametrize("body, fact", [
    ("记者来到位于南岭市西郊的海河机床厂。", ("海河机床厂", "locatedIn", "南岭市")),
    ("记者来到位于杭州市萧山区东部的海河机床厂。", ("海河机床厂", "locatedIn", "萧山区")),
])
def test_a_body_placed_at_a_part_of_a_place(body, fact):
    names, facts = found(body)
    assert fact in facts


@pytest.mark.parametrize("body, org, place", [
    ("记者来到位于南岭市东南７０公里处的海河机床厂。", "海河机床厂", "南岭市"),  # a distance from it
    ("位于南岭市西部的海河区，有一家海河机床厂。", "海河机床厂", "南岭市"),       # the district is placed
])
def test_no_place_from_a_distance_or_another_placed_name(body, org, place):
    names, facts = found(body)
    assert {org, place} <= names
    assert (org, "locatedIn", place) not in facts


# --------------------------------------------------------------------------- PERSON（ORG title）; 选举 PERSON 为 ORG title


def test_a_post_given_in_brackets_after_the_name():
    names, facts = found("赵立新（海河电器有限公司公关经理）：我们支持职工体育。")
    assert facts.get(("赵立新", "worksFor", "海河电器有限公司")) == "person-paren-org-title"


@pytest.mark.parametrize("body, person, org", [
    ("赵立新（海河机床厂）说，日子好了。", "赵立新", "海河机床厂"),                    # no post in the bracket
    ("赵立新（海河机床厂总经理钱国华之子）说。", "赵立新", "海河机床厂"),          # someone else's post
])
def test_no_post_from_a_bracket_without_one_of_the_person(body, person, org):
    names, facts = found(body)
    assert {person, org} <= names
    assert (person, "worksFor", org) not in facts


def test_elected_as_a_post_of_a_body_with_the_list_that_goes_on():
    names, facts = found("全会选举赵立新为南岭市总工会主席，钱国华、孙建军为南岭市总工会副主席。")
    for person in ("赵立新", "钱国华", "孙建军"):
        assert facts.get((person, "worksFor", "南岭市总工会")) == "elected-as-org-title"


@pytest.mark.parametrize("body", [
    "赵立新为南岭市总工会主席送来了鲜花。",          # 为 "for", no election
    "大会选举了委员，赵立新为南岭市总工会送来贺信。",  # an election, but 为 "for" and no post
])
def test_no_post_from_wei_without_an_election(body):
    names, facts = found(body)
    assert {"赵立新", "南岭市总工会"} <= names
    assert ("赵立新", "worksFor", "南岭市总工会") not in facts


# --------------------------------------------------------------------------- 成立了以 PERSON 为首的 ORG


def test_a_body_set_up_around_its_head():
    names, facts = found("南岭市总工会组建了以副主席赵立新为团长的南岭市职工代表团。")
    assert facts.get(("赵立新", "memberOf", "南岭市职工代表团")) == "headed-by-person"  # as 率…代表团
    assert facts.get(("南岭市总工会", "founded", "南岭市职工代表团")) == "org-founds-org-headed-by"


@pytest.mark.parametrize("body, person, org", [
    ("赵立新为南岭市职工代表团送行。", "赵立新", "南岭市职工代表团"),      # 为 "for", no 以…为
    ("以赵立新为代表的海河机床厂职工。", "赵立新", "海河机床厂"),          # 为代表: an example, no post
])
def test_no_head_without_yi_wei_and_a_post(body, person, org):
    names, facts = found(body)
    assert {person, org} <= names
    assert not {f for f in facts if f[0] == person and f[2] == org}


def test_headed_by_a_name_after_a_country_and_a_former_post():
    # 以美国前国防部长某为团长的: more than six characters between 以 and the name
    names, facts = found("李鹏会见了以美国前国防部长赵立新为团长的美国高级代表团。")
    assert facts.get(("赵立新", "memberOf", "美国高级代表团")) == "headed-by-person"


def test_no_head_without_the_yi_before_the_name():
    names, facts = found("赵立新率领的代表团会见了为团长的美国高级代表团成员。")
    assert ("赵立新", "memberOf", "美国高级代表团") not in facts


def test_no_founding_when_the_body_is_only_visited():
    names, facts = found("南岭市总工会看望了以赵立新为团长的南岭市职工代表团。")
    assert "南岭市职工代表团" in names
    assert ("南岭市总工会", "founded", "南岭市职工代表团") not in facts


# --------------------------------------------------------------------------- 其下属的 ORG


@pytest.mark.parametrize("body, fact", [
    ("去年，海河重工集团发现其下属的投资机构———南岭信托投资公司亏损严重。",
     ("南岭信托投资公司", "subOrganizationOf", "海河重工集团")),
    ("海河市红十字会昨天上午紧急从其所属的南岭市备灾救灾中心调出棉被。",
     ("南岭市备灾救灾中心", "subOrganizationOf", "海河市红十字会")),
])
def test_a_unit_of_the_subject_named_after_qi_xiashu(body, fact):
    names, facts = found(body)
    assert facts.get(fact) == "unit-of-the-subject"


@pytest.mark.parametrize("body, child, parent", [
    ("海河重工集团与南岭机械厂签约，其下属的海河铸造厂也参加。", "海河铸造厂", "海河重工集团"),  # 其 may be 南岭机械厂
    ("记者昨天在海河重工集团的大会上听说，南岭市经委直属的海河铸造厂扭亏了。", "海河铸造厂", "海河重工集团"),
])
def test_no_unit_when_qi_has_another_antecedent(body, child, parent):
    names, facts = found(body)
    assert {child, parent} <= names
    assert (child, "subOrganizationOf", parent) not in facts


@pytest.mark.parametrize("body", [
    "由南岭市总工会主席赵立新率领的南岭市职工代表团今天离开这里。",
    "南岭市总工会主席赵立新１０日率南岭市职工代表团访问海河。",
])
def test_the_leader_of_a_delegation_led_by_or_leading_it(body):
    assert found(body)[1].get(("赵立新", "memberOf", "南岭市职工代表团")) == "person-leads-delegation"


def test_no_leader_when_a_visitor_meets_the_delegation():
    names, facts = found("赵立新会见了由钱国华率领的南岭市职工代表团。")
    assert ("钱国华", "memberOf", "南岭市职工代表团") in facts
    assert ("赵立新", "memberOf", "南岭市职工代表团") not in facts


# --------------------------------------------------------------------------- 她叫 PERSON，是 ORG 的 title


@pytest.mark.parametrize("body", ["她叫赵丽华，是海河市棉纺厂的挡车工。", "赵丽华，是海河市棉纺厂的挡车工。"])
def test_a_name_a_comma_then_what_the_named_one_is(body):
    assert ("赵丽华", "worksFor", "海河市棉纺厂") in found(body)[1]


def test_no_post_when_the_name_is_the_object_of_another_verb():
    names, facts = found("我们感谢赵丽华，是海河市棉纺厂的工人救了他。")
    assert {"赵丽华", "海河市棉纺厂"} <= names
    assert ("赵丽华", "worksFor", "海河市棉纺厂") not in facts


# --------------------------------------------------------------------------- 总部设在 PLACE 的 ORG; a run of places


@pytest.mark.parametrize("body, fact", [
    ("总部设在杭州的海河证券有限公司今年扭亏。", ("海河证券有限公司", "locatedIn", "杭州")),
    ("地处浙江省嘉兴市海盐县的海河酒厂是一家老厂。", ("海河酒厂", "locatedIn", "海盐县")),
])
def test_a_body_placed_by_more_verbs_and_runs_of_places(body, fact):
    assert fact in found(body)[1]


@pytest.mark.parametrize("body, org, place", [
    ("同时与设在杭州的海河研究院６１５所合作。", "海河研究院", "杭州"),      # the name goes on: another body
    ("记者指责当天抵达杭州的海河证券有限公司代表。", "海河证券有限公司", "杭州"),  # arrived, not placed
])
def test_no_place_for_a_name_that_goes_on_or_a_body_that_arrived(body, org, place):
    names, facts = found(body)
    assert {org, place} <= names
    assert (org, "locatedIn", place) not in facts


# --------------------------------------------------------------------------- ORG 厂长 A 和副厂长 B


@pytest.mark.parametrize("body", ["海河机床厂厂长赵立新和副厂长钱国华出席。", "海河机床厂厂长赵立新、党委书记钱国华出席。"])
def test_further_posts_of_the_same_body_in_a_list(body):
    names, facts = found(body)
    assert ("赵立新", "worksFor", "海河机床厂") in facts
    assert facts.get(("钱国华", "worksFor", "海河机床厂")) == "org-role-persons"


@pytest.mark.parametrize("body", ["海河机床厂厂长赵立新、市长钱国华出席。", "海河机床厂厂长赵立新说，副厂长钱国华也来了。"])
def test_no_post_of_the_body_for_another_body_s_title_or_a_new_clause(body):
    names, facts = found(body)
    assert {"钱国华", "海河机床厂"} <= names
    # (in a one-unit story 副厂长钱国华 works for the unit reported on: staff-of-the-unit-reported,
    # or the 厂 its post heads, staff-named-by-kind; not this list pattern)
    assert facts.get(("钱国华", "worksFor", "海河机床厂")) in (None, "staff-of-the-unit-reported", "staff-named-by-kind")


# --------------------------------------------------------------------------- a founder carried across clauses


@pytest.mark.parametrize("body", [
    "赵立新原是海河一家工厂的车间主任，１９９５年辞去公职，带领５名下岗姐妹办起了海河被服厂。",
    "赵立新是一名下岗工人，他创办了海河被服厂。",
])
def test_the_person_who_opens_the_sentence_founds_in_a_later_clause(body):
    _, facts = found(body)
    assert ("赵立新", "founded", "海河被服厂") in facts


@pytest.mark.parametrize("body", [
    "赵立新说，工厂去年办起了海河被服厂。",                 # the clause has a subject of its own
    "赵立新介绍，钱国华１９９５年办起了海河被服厂。",         # another person in between
])
def test_no_founder_carried_over_another_subject(body):
    _, facts = found(body)
    assert ("赵立新", "founded", "海河被服厂") not in facts


# --------------------------------------------------------------------------- numbered units, ministries' departments


@pytest.mark.parametrize("body, unit, parent", [
    ("海河钢铁总公司第二炼钢厂工人赵立新获奖。", "第二炼钢厂", "海河钢铁总公司"),
    ("南岭铁道部第三工程局局长赵立新说。", "第三工程局", "南岭铁道部"),
    ("国家海河委计划建设司司长赵立新说。", "计划建设司", "国家海河委"),
    ("由南岭电视台和国家海河委规划司最近拍摄完成。", "规划司", "国家海河委"),
    ("国家海河委南岭训练中心主任赵立新说。", "南岭训练中心", "国家海河委"),  # a national organ's centre
    ("国家体委南岭训练中心主任赵立新说。", "南岭训练中心", "国家体委"),
])
def test_a_numbered_unit_or_a_department_is_a_unit_of_the_body_before_it(body, unit, parent):
    names, facts = found(body)
    assert {unit, parent} <= names
    assert (unit, "subOrganizationOf", parent) in facts


@pytest.mark.parametrize("body, name", [
    ("上海第十七棉纺厂工人赵立新说。", "上海第十七棉纺厂"),    # a place, not a body, before the number
    ("南岭交通部公司改制。", None),                           # 公司 is no department
    ("海河机械部司机赵立新说。", None),                       # 司机 is a job
    ("南岭市委冬训中心主任赵立新说。", "南岭市委冬训中心"),     # a region's body: one name
])
def test_no_unit_split_without_a_body_and_a_number_or_a_department(body, name):
    names, facts = found(body)
    assert not {f for f in facts if f[1] == "subOrganizationOf"}
    if name:
        assert name in names


# --------------------------------------------------------------------------- numbered work teams


@pytest.mark.parametrize("body, team, body_name", [
    ("海河港务公司装卸四队队长逄建国说，今晚要创新纪录。", "装卸四队", "海河港务公司"),
    ("南岭煤矿综采二队被评为先进集体。", "综采二队", "南岭煤矿"),
])
def test_a_work_team_named_by_its_trade_and_number_is_a_unit_of_the_body_before(body, team, body_name):
    names, facts = found(body)
    assert team in names
    assert facts.get((team, "subOrganizationOf", body_name)) is not None


def test_the_leader_of_a_numbered_team_works_for_it():
    names, facts = found("海河港务公司装卸四队队长逄建国说，今晚要创新纪录。")
    assert ("逄建国", "worksFor", "装卸四队") in facts


@pytest.mark.parametrize("body", [
    "领导带领一队人马进村。",           # a count of people
    "海河队主场扳倒八一队。",           # a club named by its number, after a verb
    "全厂职工分成三队参加比赛。",       # a verb that divides
])
def test_no_work_team_where_a_number_and_队_name_none(body):
    # (八一队 may stay a flat NER name the tagger reads, marked modifier: no entity of the graph)
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    assert not {m.key for m in art.mentions if not m.modifier and m.key.endswith(("一队", "三队"))}


@pytest.mark.parametrize("body, unit, parent", [
    ("王建国生前所在的南岭油田１３０８钻井队，建队四十年。", "１３０８钻井队", "南岭油田"),
    ("李秀英在海河化工集团公司七○二厂工作了二十年。", "七○二厂", None),
])
def test_a_unit_named_by_a_number_alone_is_named(body, unit, parent):
    names, facts = found(body)
    assert unit in names
    if parent:
        assert (unit, "subOrganizationOf", parent) in facts


@pytest.mark.parametrize("body", [
    "全市共有中小学３８１３所，在校学生十万人。",   # 所 counts schools
    "全市３００多家厂参加了评比。",                 # a count of works
    "１９９８厂庆时职工们欢聚一堂。",               # a year before 厂庆
])
def test_no_unit_where_a_number_counts_or_dates(body):
    names, _ = found(body)
    assert not {n for n in names if n[:1] in "0123456789０１２３４５６７８９"}


@pytest.mark.parametrize("body, unit, parent", [
    ("海河工业集团松林实业总公司对下岗女工进行培训。", "松林实业总公司", "海河工业集团"),
    ("南岭区工商局北桥工商所的管理人员经常深入市场。", "北桥工商所", "南岭区工商局"),
])
def test_a_named_body_written_right_after_a_group_or_bureau_is_its_unit(body, unit, parent):
    _, facts = found(body)
    assert (unit, "subOrganizationOf", parent) in facts


@pytest.mark.parametrize("body", [
    "获奖单位有南岭市文化局海河市卫生局等。",   # a list printed without commas: each names its own place
    "江苏省委省政府作出决定。",                 # bodies of one level of government
])
def test_bodies_written_together_that_are_not_unit_and_parent(body):
    _, facts = found(body)
    assert not {f for f in facts if f[1] == "subOrganizationOf"}


@pytest.mark.parametrize("body, founder, founded", [
    ("海河有线电视有限公司是由南岭广电中心牵头参股组建的。", "南岭广电中心", "海河有线电视有限公司"),
    ("自１９９３年后，王建国先后创办了５家企业，并组成了海河集团有限公司。", "王建国", "海河集团有限公司"),
    ("１９９５年，海河农药厂实行股份制改造，成立了南岭农药股份有限公司。", "海河农药厂", "南岭农药股份有限公司"),
])
def test_a_founder_named_by_是由_组建的_or_carried_to_a_later_clause(body, founder, founded):
    _, facts = found(body)
    assert (founder, "founded", founded) in facts


def test_no_founder_when_another_body_is_named_between():
    _, facts = found("海河机床厂与南岭公司签订了协议，成立了海岭机械有限公司。")
    assert ("海河机床厂", "founded", "海岭机械有限公司") not in facts


# --------------------------------------------------------------------------- 由A和B共同组建的C, A建立了C


def test_each_body_listed_after_由_founded_what_they_set_up_together():
    _, facts = found("由海河机床厂和南岭钢铁公司共同组建的海岭重工有限公司今天揭牌。")
    assert facts.get(("海河机床厂", "founded", "海岭重工有限公司")) == "founded-by-org"
    assert ("南岭钢铁公司", "founded", "海岭重工有限公司") in facts
    # organising an event together is no founding of the next body named
    _, other = found("由海河机床厂和南岭钢铁公司共同承办的技能大赛在海岭重工有限公司举行。")
    assert not {f for f in other if f[1] == "founded"}


def test_a_body_that_建立了_another():
    _, facts = found("去年，南京市劳动局建立了南京市职工技能培训中心。")
    assert ("南京市劳动局", "founded", "南京市职工技能培训中心") in facts
    _, other = found("南京市劳动局建立了与南岭钢铁公司的联系。")
    assert not {f for f in other if f[1] == "founded"}


# --------------------------------------------------------------------------- 隶属于, 控股, units of a railway or road


@pytest.mark.parametrize("body, fact", [
    ("海河机床厂隶属于南岭机械集团公司。", ("海河机床厂", "subOrganizationOf", "南岭机械集团公司")),
    ("由南岭重工集团公司控股的海河宏达机械有限公司日前成立。", ("海河宏达机械有限公司", "subOrganizationOf", "南岭重工集团公司")),
    ("县公路站高桥工区头坝道班１４名养路工人正在施工。", ("头坝道班", "subOrganizationOf", "高桥工区")),
])
def test_a_unit_by_belonging_holding_or_naming(body, fact):
    names, facts = found(body)
    assert fact in facts


@pytest.mark.parametrize("body", [
    "海河机床厂与南岭机械集团公司签订了供货合同。",   # partners, not parent and unit
    "海河机床厂属于国有大型企业。",                   # a kind, not a body
])
def test_no_unit_where_none_belongs(body):
    names, facts = found(body)
    assert not {f for f in facts if f[1] == "subOrganizationOf"}


@pytest.mark.parametrize("province, city", [("浙江", "杭州"), ("广东", "广州")])  # (jieba cuts them differently)
def test_a_seat_on_a_committee_is_a_title_not_a_body(province, city):
    names, facts = found(f"{province}省委常委、{city}市委书记赵立新出席。")
    assert f"{province}省委常委" not in names
    assert ("赵立新", "worksFor", f"{province}省委") in facts
    assert ("赵立新", "worksFor", f"{city}市委") in facts


def test_a_body_founded_by_the_bodies_after_you():
    names, facts = found("南岭机械有限公司由海河重工集团和长林投资公司合资组建。")
    assert ("海河重工集团", "founded", "南岭机械有限公司") in facts
    assert ("长林投资公司", "founded", "南岭机械有限公司") in facts
    names, facts = found("南岭机械有限公司由海河重工集团等九家公司共同发起，是股份公司。")
    assert ("海河重工集团", "founded", "南岭机械有限公司") in facts
    # 由B组建的 X: the relative clause names another body (the agent), not the one before 由
    names, facts = found("南岭机械有限公司由海河重工集团组建的销售公司代理销售。")
    assert ("海河重工集团", "founded", "南岭机械有限公司") not in facts


# --------------------------------------------------------------------------- PLACE 的 enterprise


@pytest.mark.parametrize("body, fact", [
    ("天津武清县史各庄镇的飞达集团公司承包了一家医院。", ("飞达集团公司", "locatedIn", "史各庄镇")),
    ("湖州市的瑞丰达空调设备厂很有名。", ("瑞丰达空调设备厂", "locatedIn", "湖州市")),
])
def test_an_enterprise_of_the_place_named_before_的(body, fact):
    names, facts = found(body)
    assert facts.get(fact) == "place-de-org"


@pytest.mark.parametrize("body, org", [
    ("他从湖州市的瑞丰达空调设备厂调来。", "瑞丰达空调设备厂"),   # where he came from, said with 从
    ("湖州市的劳动局很重视这件事。", "劳动局"),                   # a body of the place's government
])
def test_no_place_of_an_enterprise_after_从_or_for_a_government_body(body, org):
    names, facts = found(body)
    assert not any(f[0] == org and f[1] == "locatedIn" and rule == "place-de-org" for f, rule in facts.items())


# --------------------------------------------------------------------------- founders said of a bare head


@pytest.mark.parametrize("body, fact", [
    ("南岭镇快递员联合工会日前成立。联合工会由南岭镇总工会牵头组建。",
     ("南岭镇总工会", "founded", "南岭镇快递员联合工会")),
    ("南岭镇快递员联合工会日前成立。该联合工会由南岭镇总工会牵头组建。",
     ("南岭镇总工会", "founded", "南岭镇快递员联合工会")),
    ("徐海峰劳模创新工作室挂牌。工作室由海河钢铁公司于2016年成立。",
     ("海河钢铁公司", "founded", "徐海峰劳模创新工作室")),
])
def test_a_bare_or_该_head_opening_a_clause_is_the_body_just_named(body, fact):
    assert fact in found(body)[1]


def test_a_bare_head_not_followed_by_its_founder_refers_to_nothing():
    names, facts = found("南岭镇快递员联合工会日前成立。联合工会的会员有二百人。")
    assert not any(f[1] == "founded" for f in facts)


def test_what_a_body_is_named_as_is_an_honour_not_a_body():
    names, facts = found("徐海峰劳模创新工作室日前被市总工会命名为南岭市示范性劳模创新工作室。")
    assert "徐海峰劳模创新工作室" in names
    assert "南岭市示范性劳模创新工作室" not in names


# --------------------------------------------------------------------------- 联合组建成立, 承包


def test_each_body_of_a_list_founds_with_a_compound_founding_verb():
    _, facts = found("会议决定由南岭钢铁公司、海河市人民政府和交通部联合组建成立海河港务集团公司，并以此为核心。")
    for founder in ("南岭钢铁公司", "海河市人民政府", "交通部"):
        assert (founder, "founded", "海河港务集团公司") in facts


def test_no_founding_when_the_listed_bodies_only_convene():
    _, facts = found("南岭钢铁公司和海河机械厂联合召开了海河港务集团公司职工大会。")
    assert not any(rel == "founded" for _, rel, _ in facts)


def test_a_body_that_takes_another_under_contract_manages_it():
    _, facts = found("去年，海河钢铁集团公司承包了南岭第二人民医院，医院面貌一新。")
    assert facts.get(("海河钢铁集团公司", "manages", "南岭第二人民医院")) == "org-manages-org"


def test_no_management_from_a_contract_for_work():
    _, facts = found("海河钢铁集团公司承包的工程项目由南岭第二人民医院验收。")
    assert not any(rel == "manages" for _, rel, _ in facts)


# --------------------------------------------------------------------------- 下设, 的子公司, 成立于…，由…发起成立


def test_the_units_a_body_has_listed_after_xiashe():
    _, facts = found("海河钢铁集团有限公司下设海河物流有限公司、海河矿业有限公司和海河焦化厂。")
    for unit in ("海河物流有限公司", "海河矿业有限公司", "海河焦化厂"):
        assert facts.get((unit, "subOrganizationOf", "海河钢铁集团有限公司")) == "org-has-units"


def test_no_unit_from_a_verb_of_dealing_with_another_body():
    _, facts = found("海河钢铁集团有限公司收购了海河物流有限公司和海河焦化厂。")
    assert not any(rel == "subOrganizationOf" for _, rel, _ in facts)


def test_units_named_by_their_kind_after_de():
    _, facts = found("海河钢铁集团有限公司的子公司海河物流有限公司和海河矿业有限公司今年扩产。")
    for unit in ("海河物流有限公司", "海河矿业有限公司"):
        assert facts.get((unit, "subOrganizationOf", "海河钢铁集团有限公司")) == "org-unit-noun-org"


def test_no_unit_from_a_partner_named_after_de():
    _, facts = found("海河钢铁集团有限公司的合作伙伴海河物流有限公司今年扩产。")
    assert not any(rel == "subOrganizationOf" for _, rel, _ in facts)


def test_founders_after_a_clause_of_when_the_body_was_founded():
    _, facts = found("南岭市慈善基金会成立于1998年，由南岭市总工会发起成立。")
    assert facts.get(("南岭市总工会", "founded", "南岭市慈善基金会")) == "org-founded-by-orgs"


def test_no_founder_after_a_clause_of_when_it_was_founded_without_a_founding_verb():
    _, facts = found("南岭市慈善基金会成立于1998年，由南岭市总工会主管。")
    assert ("南岭市总工会", "founded", "南岭市慈善基金会") not in facts


def test_one_of_the_units_a_body_has_under_it():
    _, facts = found("天河镇总工会则是南岭县总工会所辖的15个乡镇（街道）总工会之一。")
    assert facts.get(("天河镇总工会", "subOrganizationOf", "南岭县总工会")) == "org-is-unit-of-org"


def test_not_a_unit_when_one_of_those_a_body_honoured():
    _, facts = found("天河镇总工会则是南岭县总工会表彰的15个先进集体之一。")
    assert ("天河镇总工会", "subOrganizationOf", "南岭县总工会") not in facts


def test_a_founded_body_described_then_named_after_a_dash():
    _, facts = found("１９９４年１１月，南岭钢铁集团成立了全市第一家民办职工培训公司———南岭职业培训有限责任公司。")
    assert facts.get(("南岭钢铁集团", "founded", "南岭职业培训有限责任公司")) == "founds-described-then-named"


def test_no_founding_of_a_body_described_after_another_verb():
    _, facts = found("１９９４年１１月，南岭钢铁集团收购了全市第一家民办职工培训公司———南岭职业培训有限责任公司。")
    assert ("南岭钢铁集团", "founded", "南岭职业培训有限责任公司") not in facts


def test_a_carried_subject_founds_one_school_in_quotes():
    _, facts = found("南岭市房屋土地管理局为提高居民住宅管理水平，成立了一所“南岭物业学校”。")
    assert facts.get(("南岭市房屋土地管理局", "founded", "南岭物业学校")) == "carried-subject-founds-org"
    _, facts = found("南岭市房屋土地管理局为提高居民住宅管理水平，参观了一所“南岭物业学校”。")
    assert ("南岭市房屋土地管理局", "founded", "南岭物业学校") not in facts


def test_units_listed_after_a_sub_marker_with_dun_hao_are_all_units():
    _, facts = found("南岭市总工会所属的南岭市快递行业联合工会、南岭市家政行业联合工会今天成立。")
    for unit in ("南岭市快递行业联合工会", "南岭市家政行业联合工会"):
        assert (unit, "subOrganizationOf", "南岭市总工会") in facts


def test_a_body_joined_by_yu_after_a_unit_is_not_the_parents_unit():
    _, facts = found("两大股东是海河核电集团公司下属的海河核电投资公司与南岭电力公司。")
    assert ("海河核电投资公司", "subOrganizationOf", "海河核电集团公司") in facts
    assert ("南岭电力公司", "subOrganizationOf", "海河核电集团公司") not in facts


def test_a_body_admitted_as_a_member_of_another():
    _, facts = found("会议通过了吸收南岭市武术协会为南岭市体育总会成员等事项。")
    assert facts.get(("南岭市武术协会", "memberOf", "南岭市体育总会")) == "org-admitted-as-member"


def test_no_membership_for_a_body_made_something_else():
    _, facts = found("会议通过了批准南岭市武术协会为南岭市体育总会的主办单位。")
    assert not any(rel == "memberOf" for _, rel, _ in facts)


def test_no_management_of_a_body_when_what_is_managed_is_something_of_it():
    _, facts = found("去年，海河钢铁集团公司接管了南岭第二人民医院的后勤业务。")
    assert ("海河钢铁集团公司", "manages", "南岭第二人民医院") not in facts
    _, facts = found("去年，海河钢铁集团公司接管了南岭第二人民医院，医院面貌一新。")
    assert ("海河钢铁集团公司", "manages", "南岭第二人民医院") in facts


def test_the_unit_written_right_after_a_founder_founded_it():
    _, facts = found("海河公司是由广电部南岭卫星传播中心牵头组建的。")
    assert ("南岭卫星传播中心", "founded", "海河公司") in facts
    assert ("广电部", "founded", "海河公司") not in facts
    _, facts = found("海河公司是由广电部南岭卫星传播中心的职工组成的。")
    assert not {f for f in facts if f[1] == "founded"}


def test_a_person_whose_spirit_is_meant_is_no_doer_between_the_subject_and_its_founding():
    _, facts = found("南岭市房屋土地管理局为广泛推广赵立新精神，提高住宅管理水平，成立了一所“海河学校”。")
    assert ("南岭市房屋土地管理局", "founded", "海河学校") in facts
    _, facts = found("南岭市房屋土地管理局邀请赵立新讲课，提高住宅管理水平，成立了一所“海河学校”。")
    assert ("南岭市房屋土地管理局", "founded", "海河学校") not in facts


# --------------------------------------------------------------------------- 中国队 PERSON(和PERSON): the team's players

def test_players_named_right_after_their_team():
    names, facts = found("女子双人决赛中，南岭队赵立新和钱国华获亚军。")
    assert facts.get(("赵立新", "memberOf", "南岭队")) == "team-person"
    assert facts.get(("钱国华", "memberOf", "南岭队")) == "team-person"


def test_no_player_of_the_team_beaten():
    names, facts = found("海河队战胜南岭队赵立新，获得冠军。")
    assert ("赵立新", "memberOf", "南岭队") not in facts


@pytest.mark.parametrize("body, fact", [
    ("海河钢铁集团有限公司举行仪式。海河钢铁集团有限公司炼铁厂厂长王立新讲话。",
     ("海河钢铁集团有限公司炼铁厂", "subOrganizationOf", "海河钢铁集团有限公司")),
    ("南岭海洋大学举办讲座。南岭海洋大学船舶与海运学院副教授王立新主讲。",
     ("南岭海洋大学船舶与海运学院", "subOrganizationOf", "南岭海洋大学")),
])
def test_a_unit_written_under_the_name_of_a_body_named_on_its_own(body, fact):
    # (since stop 36 the parent written inside the unit's name is nested in it, named on its own or
    # not: extraction/unit_parents.py, the fact read as unit-of-org)
    assert found(body)[1].get(fact) in ("unit-of-org", "unit-written-under-its-body")


@pytest.mark.parametrize("body, unit", [
    ("南岭市总工会召开会议。南岭市总工会组织部部长王立新主持。", "南岭市总工会组织部"),  # a union's department
    ("海河钢铁集团有限公司炼铁厂厂长王立新讲话。", "海河钢铁集团有限公司炼铁厂"),  # the body not named on its own
])
def test_no_unit_of_a_union_or_of_a_body_named_only_inside(body, unit):
    assert not any(h == unit and r == "subOrganizationOf" and rule == "unit-written-under-its-body"
                   for (h, r, _), rule in found(body)[1].items())


def test_the_topic_set_up_by_bodies_that_launched_it():
    # 工作室成立于…，由公司工会发起成立: 发起成立 founds (the guideline's founded)
    body = ("走进南岭重型机械股份有限公司装配车间，“刘建国劳模创新工作室”的牌子格外醒目。"
            "工作室成立于2023年5月，由公司工会发起成立，依托装配车间建设。")
    assert found(body)[1].get(("南岭重型机械股份有限公司工会", "founded", "刘建国劳模创新工作室")) == "topic-built-by-orgs"
    # 由…发起 alone says who proposed it, not who set it up
    body = ("走进南岭重型机械股份有限公司装配车间，“刘建国劳模创新工作室”的牌子格外醒目。"
            "工作室成立于2023年5月，由公司工会发起，依托装配车间建设。")
    assert not any(r == "founded" for _, r, _ in found(body)[1])
