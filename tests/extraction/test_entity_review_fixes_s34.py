"""Entity rules of stop 34 a reviewer proved wrong, fixed (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from mentioned import names
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import tokenize


# -- 1. a weak head inside the quotes gives way to the activity after them

@pytest.mark.parametrize(("text", "name"), [
    ("团区委组织开展“青春志愿服务”活动。", "“青春志愿服务”活动"),
    ("街道开展“文明交通志愿服务”进社区活动。", "“文明交通志愿服务”进社区活动"),
    ("各级工会开展“集体协商要约行动月”活动。", "“集体协商要约行动月”活动"),
])
def test_quoted_weak_head_runs_on_into_its_activity(text: str, name: str) -> None:
    assert name in names(text, "Event", written=True)


def test_quoted_weak_head_alone_still_names_the_event() -> None:
    assert "“百万农村青年科技传播活动”" in names("集中开展“百万农村青年科技传播活动”。", "Event", written=True)


# -- 2. 和县: the conjunction only after an item a list may hold

@pytest.mark.parametrize(("text", "word"), [
    ("本报讯（通讯员 王芳）和县总工会日前召开全委会。", "和县"),
    ("马鞍山市和县直属机关工会召开会议。", "和县"),
    ("市总工会走访了和县直属机关。", "和县"),
])
def test_he_county_stays_a_county(text: str, word: str) -> None:
    assert word in [t.word for t in tokenize(text)]


@pytest.mark.parametrize("text", ["乡镇（街道）和县直单位工会主席参加。", "各乡镇和县直单位参加。"])
def test_he_between_list_items_is_the_conjunction(text: str) -> None:
    words = [t.word for t in tokenize(text)]
    assert "和" in words and "县直" in words


# -- 3, 4. a kind of village, or every village, names no village's body

@pytest.mark.parametrize("text", [
    "贫困村党支部书记要带头。", "后进村党支部要整顿。", "示范村党支部书记说。", "度假村党支部召开会议。",
    "贫困村村委会要公开账目。", "每个村委会主任都要签订责任书。", "要求村党支部书记带头。",
    "行政村党支部书记和村委会主任一肩挑。",
])
def test_no_one_village_no_village_body(text: str) -> None:
    assert not names(text, "Organization")


@pytest.mark.parametrize(("text", "name"), [
    ("东湖村村委会主任刘强说。", "东湖村村委会"),
    ("单岗村党支部书记李大海在帮助大娘贴对联。", "单岗村党支部"),
    ("柳塘村召开大会。村委会主任说，今年要修路。", "村委会"),  # one village named: its committee
    ("会议选举村党支部书记、村委会主任王大山为联合工会主席。", "村党支部"),  # the post's holder named
])
def test_one_village_body(text: str, name: str) -> None:
    assert name in names(text, "Organization")


def test_two_villages_no_bare_village_body() -> None:
    assert not names("东湖村和西湖村都发展很快。村党支部书记们说。", "Organization")


# -- 5. a short form in one sentence with the full name is another body

def test_short_court_beside_a_full_one_is_not_merged() -> None:
    r = extract_text("区法院与莱山区人民法院签订跨区域协作协议。区法院院长王刚出席。")
    assert not any(m.text == "区法院" and m.canonical == "莱山区人民法院" for m in r.mentions)


def test_short_court_after_the_full_one_is_merged() -> None:
    r = extract_text("由南岭区总工会与南岭区人民法院共建的工作室揭牌。区法院院长王大明出席。")
    assert any(m.text == "区法院" and m.canonical == "南岭区人民法院" for m in r.mentions)


# -- 6, 7. the country's industry unions are a closed list; 社区, 景区 are no districts

@pytest.mark.parametrize("name", ["中国石化工会", "中国建筑工会", "中国一汽工会", "中国人寿工会"])
def test_enterprise_union_of_a_china_brand_is_grassroots(name: str) -> None:
    assert name in names(f"{name}主席李明出席会议。", "TradeUnion")


@pytest.mark.parametrize("name", ["中国金融工会", "中国海员建设工会", "中国能源化学地质工会"])
def test_national_industry_union_is_a_federation(name: str) -> None:
    assert name in names(f"{name}主席李明出席会议。", "Federation")


@pytest.mark.parametrize("name", ["杭州市社区工作者行业工会联合会", "杭州市景区服务行业工会联合会"])
def test_community_or_scenic_area_is_no_district(name: str) -> None:
    assert name in names(f"{name}成立。", "Federation")


# -- 8. a year alone makes no name of an activity a verb governs

@pytest.mark.parametrize("text", [
    "2024年全省工会系统共开展送清凉活动1.2万场。",
    "2025年工会开展的帮扶活动覆盖全市。",
    "2025年公司组织职工参加各类培训活动。",
])
def test_year_of_a_verb_names_no_activity(text: str) -> None:
    assert not names(text, "Event")


@pytest.mark.parametrize(("text", "name"), [
    ("2026年劳模工匠疗休养活动启动。", "2026年劳模工匠疗休养活动"),
    ("市总工会启动2026年职工疗休养活动。", "2026年职工疗休养活动"),
])
def test_year_opening_the_name_keeps_the_activity(text: str, name: str) -> None:
    assert name in names(text, "Event", written=True)


# -- 9. 城市, 都市 end in 市 but name no town before a committee

@pytest.mark.parametrize("text", ["城市党委书记、市长要带头落实。", "城市党支部书记培训班开班。", "都市党委书记说。"])
def test_city_in_general_is_no_town(text: str) -> None:
    assert not names(text, "Organization")


def test_town_before_its_committee_still_names_it() -> None:
    assert "永顺镇党委" in names("永顺镇党委书记王明说。", "Organization")


# -- 10. a party branch's secretary is the branch's

def test_branch_secretary_works_for_the_branch() -> None:
    r = extract_text("机关党支部书记王明主持会议，机关全体党员参加。")
    assert "机关党支部" in {m.name for m in r.mentions if m.type == "Organization"}
    assert ("王明", "worksFor", "机关党支部") in {(x.head, x.relation, x.tail) for x in r.relations}


def test_secretariat_secretary_still_works_for_the_body() -> None:
    r = extract_text("团中央书记处第一书记王明出席。")
    assert ("王明", "worksFor", "团中央") in {(x.head, x.relation, x.tail) for x in r.relations}
