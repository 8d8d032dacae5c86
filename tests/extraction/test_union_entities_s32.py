"""Entities of union news that stop 32 fixed (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from mentioned import names
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import TokenIndex


_names = names


# -- a county named by one character: jieba glues 县 to the head after it (献|县总工会)

@pytest.mark.parametrize(("text", "name"), [
    ("日前，沙县总工会召开全委会议。", "沙县总工会"),
    ("昨天，雄县总工会启动送温暖活动。", "雄县总工会"),
    ("和县总工会举办职工篮球赛。", "和县总工会"),
])
def test_one_character_county_opens_the_body(text: str, name: str) -> None:
    assert name in _names(text, "Federation")


@pytest.mark.parametrize(("text", "word"), [
    ("省总工会、市总工会和县总工会负责人出席。", "和县"),  # 和 joins two bodies
    ("全县１０户县级企业完成改制。", "户县"),  # 户 counts enterprises
])
def test_joining_or_measure_word_is_no_county(text: str, word: str) -> None:
    assert word not in [t.word for t in TokenIndex(text).tokens]


# -- the party committee of the body the story is about, named by its kind (公司党委, 街道党工委)

def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail.split("（")[0]) for r in extract_text(text).relations}


@pytest.mark.parametrize(("text", "name"), [
    ("南岭重工有限公司召开职代会。公司党委书记赵立新出席。", "公司党委"),
    ("南岭重工集团有限公司召开职代会。集团公司党委副书记钱国华出席。", "集团公司党委"),
    ("城东街道举行座谈会。街道党工委副书记孙明出席。", "街道党工委"),
])
def test_own_party_committee_in_a_title_is_a_body(text: str, name: str) -> None:
    assert any(m.text == name and m.type == "Organization" for m in extract_text(text).mentions)


@pytest.mark.parametrize("text", [
    "该公司党委书记赵立新说，今年要抓好安全。",  # anaphora
    "南岭重工集团有限公司整顿作风，集团公司党委还推出三条措施。",  # named in passing, no title
    "各级党委要关心职工生活。",
])
def test_committee_without_a_title_or_after_a_demonstrative_is_none(text: str) -> None:
    assert not any(m.type == "Organization" and m.text.endswith("党委") for m in extract_text(text).mentions)


def test_committee_post_then_company_post_works_for_both() -> None:
    rels = _relations("南岭重工有限公司召开职代会。公司党委书记、董事长赵立新出席。")
    assert ("赵立新", "worksFor", "南岭重工有限公司党委") in rels
    assert ("赵立新", "worksFor", "南岭重工有限公司") in rels
    # two committee posts and no post of the company: this rule adds nothing
    a = extract_text("南岭重工有限公司召开职代会。公司党委书记、纪委书记赵立新出席。")
    assert not [r for r in a.relations if any(ev.rule == "committee-then-body-post" for ev in r.evidence)]


def test_group_company_union_is_the_union_of_the_group_named_before() -> None:
    a = extract_text("南岭重工集团有限公司召开职代会。集团公司工会主席钱国华作报告。")
    unions = {m.canonical or m.name for m in a.mentions if m.type == "TradeUnion"}
    assert unions == {"南岭重工集团有限公司工会"}


# -- a company's trade name holding words jieba reads as a verb or a locative

def _org_names(text: str) -> set[str]:
    from uniongraph.extraction.orgs import find_organisations
    return {m.name for m in find_organisations(TokenIndex(text))}


@pytest.mark.parametrize(("text", "name"), [
    ("会上，省总工会、霖翔优选电子有限公司工会作交流发言。", "霖翔优选电子有限公司工会"),  # a rare verb after a rare word
    ("会上，乌兰代表北方锶源化工公司工会作报告。", "北方锶源化工公司工会"),  # 北方 before a rare word
])
def test_trade_name_keeps_its_verb_or_direction(text: str, name: str) -> None:
    assert name in _org_names(text)


def test_rare_verb_needs_a_rare_word_before_it() -> None:
    # 积极 is an everyday word: the verb after it is no part of a brand
    assert not any(n.startswith(("积极", "优选")) for n in _org_names("他们积极优选科技有限公司的产品。"))


def test_direction_after_a_place_keeps_the_place() -> None:
    assert "内蒙古北方锶源化工股份有限公司" in _org_names("内蒙古北方锶源化工股份有限公司召开职代会。")


# -- false places: an area of a room for doing something, a kind of site in the district

@pytest.mark.parametrize("text", [
    "书屋设有阅览区、电子借阅区和儿童阅读角。",
    "医院在候诊区摆放了宣传册。",
    "区总工会将在辖区加油站设立休息点。",
    "工作组走访了周边企业和沿线车站。",
])
def test_areas_and_sites_of_a_kind_are_no_places(text: str) -> None:
    assert not {m.name for m in extract_text(text).mentions if m.type in ("Place", "Organization", "Company")}


@pytest.mark.parametrize(("text", "name"), [
    ("大会在临港开发区举行。", "临港开发区"),
    ("活动在南湖加油站举行。", "南湖加油站"),
])
def test_named_zones_and_sites_stay(text: str, name: str) -> None:
    assert name in _names(text)


# -- a park's (园区) own bodies named by the level word 园区, a bureau of labour and social security

@pytest.mark.parametrize(("text", "name", "type_"), [
    ("园区总工会联合园区劳动和社会保障局开展行动。", "园区劳动和社会保障局", "Organization"),
    ("园区总工会联合园区劳动和社会保障局开展行动。", "园区总工会", "Federation"),
    ("县总工会与县劳动和社会保障局签订协议。", "县劳动和社会保障局", "Organization"),
])
def test_zone_level_and_labour_bureau(text: str, name: str, type_: str) -> None:
    assert name in _names(text, type_)


def test_zone_level_needs_a_body_head() -> None:
    assert not _names("园区企业职工达到两万人。", "Federation") | _names("园区企业职工达到两万人。", "Organization")


# -- a work crew named after the unit written before it (某分公司检修一班班长, 某车间磨工班班长)

def test_crew_is_named_with_its_unit_and_its_leader_works_in_both() -> None:
    a = extract_text("南岭能源集团有限公司召开会议。南岭能源西山分公司检修二班班长赵立新出席。")
    assert "南岭能源西山分公司检修二班" in {m.name for m in a.mentions if m.type == "Organization"}
    assert any(m.name == "南岭能源西山分公司" and m.type == "Company" for m in a.mentions)
    rels = {(r.head, r.relation, r.tail) for r in a.relations}
    assert ("赵立新", "worksFor", "南岭能源西山分公司检修二班") in rels
    assert ("赵立新", "worksFor", "南岭能源西山分公司") in rels
    assert ("南岭能源西山分公司检修二班", "subOrganizationOf", "南岭能源西山分公司") in rels


@pytest.mark.parametrize("text", [
    "他是该公司总装三班班长。",  # after an anaphor: no unit named
    "学员分成三班轮流上课。",  # a count of classes
])
def test_crew_without_its_unit_is_no_entity(text: str) -> None:
    assert not [m for m in extract_text(text).mentions if m.name.endswith("班")]


def test_courier_hub_is_a_company() -> None:
    assert "顺达快递济南转运中心" in _names("顺达快递济南转运中心的快递员参加培训。", "Company")
    assert not _names("他在转运中心工作。", "Company")  # a hub by its kind alone: no name


# -- a union's funds review committee (经费审查委员会, 经审会), named with its union

@pytest.mark.parametrize(("text", "name"), [
    ("湖滨省总工会经审会办公室主任李明出席。", "湖滨省总工会经审会办公室"),
    ("城南县总工会召开大会。县总工会经费审查委员会主任刘芳当选。", "县总工会经费审查委员会"),
])
def test_funds_review_committee_named_with_its_union(text: str, name: str) -> None:
    assert any(m.text == name and m.type == "Organization" for m in extract_text(text).mentions)


def test_short_committee_head_resolves_to_the_full_name_written() -> None:
    a = extract_text("西岭区总工会经费审查委员会召开会议。区总工会经审会今年开展审计。")
    committees = {m.canonical or m.name for m in a.mentions if m.type == "Organization"}
    assert committees == {"西岭区总工会经费审查委员会"}


def test_committee_without_its_union_is_no_name() -> None:
    assert not _names("会议选举产生了工会委员会和经费审查委员会。", "Organization")


# -- a work group (班组) named by a quoted name after its unit

@pytest.mark.parametrize(("text", "name"), [
    ("工会为机场安检站“春燕”女子安检班组等3个集体授予称号。", "机场安检站“春燕”女子安检班组"),
    ("南岭西站“湘江情”客运服务班组班组长李红说。", "南岭西站“湘江情”客运服务班组"),
])
def test_quoted_work_group_after_its_unit(text: str, name: str) -> None:
    assert any(m.text == name and m.type == "Organization" for m in extract_text(text).mentions)


@pytest.mark.parametrize("text", ["各班组要加强安全管理。", "他把清凉的东西带回班组。"])
def test_work_group_without_a_name_is_none(text: str) -> None:
    assert not [m for m in extract_text(text).mentions if m.text.endswith("班组")]


def test_entrusting_verb_ends_a_name_on_its_left() -> None:
    names = _org_names("街道总工会委托城东社区工作服务中心负责日常运营。")
    assert "城东社区工作服务中心" in names and not any("委托" in n for n in names)


def test_quoted_title_after_a_verb_of_rating_is_an_honour() -> None:
    assert not [m for m in extract_text("竞赛每月评比一次“先锋班组”。").mentions if m.type != "Event"]
    assert not [m for m in extract_text("年底评选“模范职工之家”。").mentions if m.type in ("Place", "Organization")]


def test_preposition_glued_to_a_level_opens_no_name() -> None:
    names = _org_names("请将名单报送至市教育工会宣教部。")
    assert not any(n.startswith("至") for n in names) and any(n.startswith("市教育工会") for n in names)


def test_crew_after_a_bare_unit_word_is_not_joined() -> None:
    assert not [m for m in extract_text("装配事业部总装一班班长黄明说。").mentions if m.name == "事业部总装一班"]
