"""Stop 39, fixes of the People's Daily rules a reviewer proved wrong (sentences invented in the
style of 1998 text): a body starting production or set up at a place only when it is the subject
and the opening is reported, not planned or failed; each of the bodies founding a new one stays a
body of its own; 农场 a company's head only after a proper name; a farm's union by its short form;
a superlative's scope outside a division holds nothing."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.build import build_documents
from uniongraph.extraction.pipeline import extract_text
from uniongraph.reading import read_text


def _kg(body: str):
    return build_documents([read_text(f"# 标题\n\n{body}", "a.md")])


def _entities(body: str) -> dict[str, str]:
    return {e.name: e.type for e in _kg(body).entities.values()}


def _located(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in facts(body) if r == "locatedIn"}


# 1. a unit of the body (a line, a workshop) starts production: the body is not placed there
@pytest.mark.parametrize("body, org, place", [
    ("青峰钢铁集团新冷轧生产线在株洲投产。", "青峰钢铁集团", "株洲"),
    ("南岭化工公司二期工程日前在岳阳投产。", "南岭化工公司", "岳阳"),
    # a body that is not new starts production somewhere: a works of it does, the body stays where it is
    ("德国青峰汽车公司日前在长沙投产。", "青峰汽车公司", "长沙"),
    ("青峰汽车公司日前在长沙正式投产。", "青峰汽车公司", "长沙"),
])
def test_a_unit_opening_does_not_place_its_body(body, org, place):
    assert not any(h.endswith(org) and t.startswith(place) for h, t in _located(body)), _located(body)


# 2. a failed or planned opening places nothing
@pytest.mark.parametrize("body, org", [
    ("由于资金不到位，南岭化工公司未能在岳阳投产。", "南岭化工公司"),
    ("青峰汽车公司计划明年在株洲投产。", "青峰汽车公司"),
    ("青峰汽车公司准备在株洲成立。", "青峰汽车公司"),
    ("南岭化工公司没有在岳阳投产。", "南岭化工公司"),
    ("由两家企业组建的南岭物流有限公司，今天将正式在武汉成立。", "南岭物流有限公司"),
])
def test_no_opening_no_place(body, org):
    assert not any(h.endswith(org) for h, _ in _located(body)), _located(body)


@pytest.mark.parametrize("body, org, place", [
    ("由两家企业新组建的青峰汽车公司日前在长沙投产。", "青峰汽车公司", "长沙"),
    ("青峰化纤有限公司今天在苏州建成投产。", "青峰化纤有限公司", "苏州"),
    ("南岭物流有限公司已于今天在武汉正式成立。", "南岭物流有限公司", "武汉"),
    # the body's own new premises open there: the body is there
    ("南岭市职工服务中心新址在城东街道职工文化广场正式启用。", "南岭市职工服务中心", "职工文化广场"),
])
def test_reported_opening_still_places(body, org, place):
    assert any(h.endswith(org) and place in t for h, t in _located(body)), _located(body)


# 3. each founder of a joint body is a body of its own, wherever it stands in the list
@pytest.mark.parametrize("body, founders, founded", [
    ("青峰集团和南岭商场集团于去年５月联合组建了南岭青峰集团。", ("青峰集团", "南岭商场集团"), "南岭青峰集团"),
    ("南岭商场集团、青峰集团和湘江百货公司于去年联合组建了南岭青峰集团。",
     ("南岭商场集团", "青峰集团", "湘江百货公司"), "南岭青峰集团"),
    # the middle founder abbreviates the new name (湘江化工集团 of 湘江石化工业集团)
    ("青山石化公司、湘江化工集团和东方化工厂今天在长沙联合成立湘江石化工业集团。",
     ("青山石化公司", "湘江化工集团", "东方化工厂"), "湘江石化工业集团"),
])
def test_every_founder_stays_its_own_body(body, founders, founded):
    got = facts(body)
    names = _entities(body)
    for f in founders:
        assert f in names, (f, names)
        assert (f, "founded", founded) in got, (f, got)


# 4. the day's part after the day word, a year word or a date without 于 before the joint verb
@pytest.mark.parametrize("body, founders, founded", [
    ("省经贸委、省教委和省劳动厅今天上午在长沙联合成立南岭职业技能鉴定指导中心。",
     ("省经贸委", "省教委", "省劳动厅"), "南岭职业技能鉴定指导中心"),
    ("青峰集团、南岭机床厂和湘江化工厂去年联合组建了南岭精工集团。",
     ("青峰集团", "南岭机床厂", "湘江化工厂"), "南岭精工集团"),
    ("青峰集团和南岭机床厂３月５日共同组建了南岭精工集团。", ("青峰集团", "南岭机床厂"), "南岭精工集团"),
])
def test_joint_founding_after_more_time_words(body, founders, founded):
    got = facts(body)
    for f in founders:
        assert any(h.endswith(f) and r == "founded" and t == founded for h, r, t in got), (f, got)


# 5, 6, 9. 农场 makes a Company only after a proper name
@pytest.mark.parametrize("body, farm", [
    ("新疆军垦农场的第一代拓荒者大多已年过七旬。", "军垦农场"),
    ("昌平区生态农场成为市民周末休闲的好去处。", "生态农场"),
    ("他们重返黑龙江生产建设兵团农场，看望当年的老乡。", "兵团农场"),
    ("不少职工上班时间玩QQ农场偷菜。", "QQ农场"),
    ("湖南农业大学实验农场是学生实习的重要基地。", "实验农场"),
])
def test_kind_of_farm_is_no_company(body, farm):
    assert not any(m.type == "Company" and m.text.endswith(farm) for m in extract_text(body).mentions)


def test_places_before_a_kind_of_farm_stay_places():
    assert _entities("昌平区生态农场成为市民周末休闲的好去处。").get("昌平区") == "Place"
    assert _entities("他们重返黑龙江生产建设兵团农场，看望当年的老乡。").get("黑龙江") == "Place"


def test_institution_before_its_farm_stays_itself():
    names = _entities("湖南农业大学上庄实验农场是学生实习的重要基地。")
    assert names.get("湖南农业大学") == "Organization", names


@pytest.mark.parametrize("body, farm", [
    ("红星农场场长赵立新说，今年粮食又增了产。", "红星农场"),
    ("二道河农场今年扭亏为盈。", "二道河农场"),
])
def test_named_farm_stays_a_company(body, farm):
    assert any(m.type == "Company" and m.text == farm for m in extract_text(body).mentions)


# 7. 农场工会: the named farm's union by its short form
def test_farm_union_short_form():
    body = "青山河农场场长王刚、农场工会主席刘建国看望了困难职工。"
    kg = _kg(body)
    unions = [e for e in kg.entities.values() if e.type == "TradeUnion"]
    assert unions, {e.name: e.type for e in kg.entities.values()}
    got = facts(body)
    union = unions[0].name
    assert (union, "unionOf", "青山河农场") in got, got
    assert ("刘建国", "worksFor", union) in got, got
    assert "农场工会" in unions[0].aliases or union == "农场工会", unions[0]


def test_farm_union_without_a_named_farm_names_none():
    kg = _kg("农场工会主席刘建国说，今年职工收入增加了。")
    assert not any(e.type == "TradeUnion" for e in kg.entities.values())


# 8. a superlative's scope outside a division holds nothing
@pytest.mark.parametrize("body, org", [
    ("上海市以外最大的钢铁企业———南岭钢铁公司日前完成了公司制改造。", "南岭钢铁公司"),
    ("湖南省之外唯一的合资纺织企业———青峰纺织有限公司已投产三年。", "青峰纺织有限公司"),
])
def test_scope_outside_a_division_holds_nothing(body, org):
    assert not any(h == org for h, _ in _located(body)), _located(body)
