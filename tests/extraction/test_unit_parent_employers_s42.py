"""worksFor inferred through a unit's parent (inference.employers_through_parents), on hand-made graphs
of invented names: the staff of a department work for the institution its name is written under, one
step up, but not through a federation, a union, a service team or a delegation, not for a generic
body, not from a parent a sentence says the unit belongs to, and never again for a body a sentence
already names."""

from __future__ import annotations

from uniongraph.extraction.inference import UNIT_NAME_RULES, UNIT_PARENT_RULE, infer_relations
from uniongraph.model import Article, Entity, EntityMention, Evidence, KnowledgeGraph, Relation, Sentence

TEXT = "海河市第一人民医院外科主任张明远说，外科隶属海河市第一人民医院。"


def _graph(entities: dict[str, str], facts: list[tuple[str, str, str]], parent_rule: str = "unit-of-org") -> KnowledgeGraph:
    """A one-article graph of ``entities`` (name -> type) and stated ``facts`` (head, relation, tail);
    a subOrganizationOf fact read by ``parent_rule`` (by default: from the unit's written name).
    The post and the unit's parent are read from one written mention of the unit (the same span);
    each parent is written apart (a span of its own fact), so no parent's parent is on it."""
    art = Article("article/t-0", "t.txt", 0, "题", TEXT, sentences=[Sentence(0, len(TEXT), TEXT)])
    kg = KnowledgeGraph(articles=[art])
    for i, (name, type_) in enumerate(entities.items()):
        kg.entities[f"e/{i}"] = Entity(f"e/{i}", name, type_, mentions=[EntityMention(art.id, 0, 2, name)])
    for n, (head, relation, tail) in enumerate(facts):
        unit = (100 + 10 * list(entities).index(tail if relation == "worksFor" else head),) * 2
        apart = (1000 + 10 * sorted(facts).index((head, relation, tail)),) * 2  # (the same in any order of facts)
        spans = (*apart, *unit) if relation == "worksFor" else (*unit, *apart)
        ev = Evidence(art.id, TEXT, 0, len(TEXT), parent_rule if relation == "subOrganizationOf" else f"rule-{n}",
                      *spans)
        kg.relations.append(Relation(head, entities[head], relation, tail, entities[tail], [ev]))
    return kg


def _inferred_employers(kg: KnowledgeGraph) -> set[tuple[str, str]]:
    return {(r.head, r.tail) for r in infer_relations(kg) if r.relation == "worksFor"}


def test_the_staff_of_a_department_work_for_its_institution() -> None:
    kg = _graph({"张明远": "Person", "海河市第一人民医院外科": "Organization", "海河市第一人民医院": "Organization"},
                [("张明远", "worksFor", "海河市第一人民医院外科"),
                 ("海河市第一人民医院外科", "subOrganizationOf", "海河市第一人民医院")])
    [rel] = [r for r in infer_relations(kg) if r.relation == "worksFor"]
    assert (rel.head, rel.tail, rel.inferred) == ("张明远", "海河市第一人民医院", True)
    # the evidence of both facts, under the rule's name
    assert [e.rule for e in rel.evidence] == [UNIT_PARENT_RULE] * 2
    assert all(e.sentence == TEXT for e in rel.evidence)


def test_one_step_up_and_no_further() -> None:
    names = {"李强": "Person", "东河道班": "Organization", "北岭工区": "Organization", "县养路站": "Organization",
             "县交通局": "Organization"}
    kg = _graph(names, [("李强", "worksFor", "东河道班"), ("东河道班", "subOrganizationOf", "北岭工区"),
                        ("北岭工区", "subOrganizationOf", "县养路站")])
    assert _inferred_employers(kg) == {("李强", "北岭工区")}
    # a parent's parent is walked, a sibling unit of the same parent is not
    kg = _graph({**names, "南河道班": "Organization"},
                [("李强", "worksFor", "东河道班"), ("东河道班", "subOrganizationOf", "北岭工区"),
                 ("南河道班", "subOrganizationOf", "北岭工区")])
    assert _inferred_employers(kg) == {("李强", "北岭工区")}


def test_a_cycle_of_parents_ends() -> None:
    kg = _graph({"李强": "Person", "甲科": "Organization", "乙处": "Organization"},
                [("李强", "worksFor", "甲科"), ("甲科", "subOrganizationOf", "乙处"), ("乙处", "subOrganizationOf", "甲科")])
    assert _inferred_employers(kg) == {("李强", "乙处")}


def test_not_through_a_federation_a_union_a_team_or_a_delegation() -> None:
    kg = _graph({"王立新": "Person", "朝阳区总工会办公室": "Organization", "朝阳区总工会": "Federation"},
                [("王立新", "worksFor", "朝阳区总工会办公室"), ("朝阳区总工会办公室", "subOrganizationOf", "朝阳区总工会")])
    assert _inferred_employers(kg) == {("王立新", "朝阳区总工会")}  # a federation's office: its staff
    for unit, type_ in (("望京街道总工会", "Federation"), ("海钢集团工会", "TradeUnion"),
                        ("李明电工技术服务队", "ServiceTeam"), ("南岭县代表队", "Organization"),
                        ("南岭县考察团", "Organization")):
        kg = _graph({"王立新": "Person", unit: type_, "朝阳区总工会": "Federation"},
                    [("王立新", "worksFor", unit), (unit, "subOrganizationOf", "朝阳区总工会")])
        assert _inferred_employers(kg) == set(), unit


def test_not_for_a_generic_body_or_a_team() -> None:
    for parent, type_ in (("事业单位", "Organization"), ("城东热力公司", "Company"), ("市劳模技术服务总队", "ServiceTeam")):
        kg = _graph({"王立新": "Person", "财务科": "Organization", parent: type_},
                    [("王立新", "worksFor", "财务科"), ("财务科", "subOrganizationOf", parent)])
        assert _inferred_employers(kg) == ({("王立新", parent)} if parent == "城东热力公司" else set()), parent


def test_a_stated_employer_is_not_inferred_again_and_inference_is_idempotent() -> None:
    names = {"张明远": "Person", "城东医院外科": "Organization", "城东医院": "Organization"}
    facts = [("张明远", "worksFor", "城东医院外科"), ("城东医院外科", "subOrganizationOf", "城东医院")]
    kg = _graph(names, [*facts, ("张明远", "worksFor", "城东医院")])
    assert _inferred_employers(kg) == set()
    kg = _graph(names, facts)
    first = infer_relations(kg)
    assert _inferred_employers(kg) == {("张明远", "城东医院")}
    kg.inferred_relations = first
    assert infer_relations(kg) == first  # the rule reads stated facts only: running it again adds nothing


def test_the_same_facts_in_any_order() -> None:
    names = {"张明远": "Person", "内科": "Organization", "外科": "Organization", "城东医院": "Organization",
             "城东医疗集团": "Company"}
    facts = [("张明远", "worksFor", "内科"), ("张明远", "worksFor", "外科"), ("内科", "subOrganizationOf", "城东医院"),
             ("外科", "subOrganizationOf", "城东医院"), ("城东医院", "subOrganizationOf", "城东医疗集团")]
    one, other = _graph(names, facts), _graph(names, facts[::-1])
    assert infer_relations(one) == infer_relations(other)
    assert _inferred_employers(one) == {("张明远", "城东医院")}


def test_only_a_parent_read_from_the_units_name() -> None:
    names = {"张明远": "Person", "城东医院外科": "Organization", "城东医院": "Organization"}
    facts = [("张明远", "worksFor", "城东医院外科"), ("城东医院外科", "subOrganizationOf", "城东医院")]
    for rule in UNIT_NAME_RULES:
        assert _inferred_employers(_graph(names, facts, rule)) == {("张明远", "城东医院")}, rule
    for rule in ("org-belongs-to-org", "org-sub-marker-org", "unit-of-referred-parent"):  # 隶属, 下属, 该局下属
        assert _inferred_employers(_graph(names, facts, rule)) == set(), rule
