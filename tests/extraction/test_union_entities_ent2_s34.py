"""Entities of union news, second pass of stop 34 (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from mentioned import names
from uniongraph.extraction.pipeline import extract_text


# -- the industry union of the country or a city is a federation; a district's joint union is grassroots

@pytest.mark.parametrize(("text", "name"), [
    ("中国航空工会主席李明出席会议。", "中国航空工会"),
    ("常州市家政服务行业工会联合会成立。", "常州市家政服务行业工会联合会"),
    ("市外卖配送行业工会联合会主席王立新说。", "市外卖配送行业工会联合会"),
])
def test_city_or_national_industry_union_is_a_federation(text: str, name: str) -> None:
    assert name in names(text, "Federation")


@pytest.mark.parametrize(("text", "name"), [
    ("常州市武进区外卖行业工会联合会成立。", "常州市武进区外卖行业工会联合会"),
    ("区外卖配送行业工会联合会主席王立新说。", "区外卖配送行业工会联合会"),
    ("常州市高新区物流行业工会联合会成立。", "常州市高新区物流行业工会联合会"),
    ("中国南岭集团有限公司工会召开会议。", "中国南岭集团有限公司工会"),
])
def test_district_or_company_union_stays_grassroots(text: str, name: str) -> None:
    assert name in names(text, "TradeUnion")


# -- an appraisal (评比, 展评) with its edition is an event; one without an edition or a quote is not

@pytest.mark.parametrize(("text", "name"), [
    ("在今年举办的湖北省第十届职工技术创新成果展评中获一等奖。", "湖北省第十届职工技术创新成果展评"),  # 成果|展评: jieba's word
    ("其中12个项目在常州市第二十届职工“五小”创新成果评比中获奖。", "常州市第二十届职工“五小”创新成果评比"),
    ("区总工会联合区邮政管理局开展“最美骑手”评比活动。", "“最美骑手”评比活动"),  # the weak head's activity
])
def test_editioned_or_quoted_appraisal_is_an_event(text: str, name: str) -> None:
    assert name in names(text, "Event", written=True)


@pytest.mark.parametrize("text", [
    "年终评比中，他被评为先进个人。",
    "市总工会开展先进班组评比。",
])
def test_bare_appraisal_is_no_event(text: str) -> None:
    assert not any("评比" in n for n in names(text, "Event"))


# -- a village's bodies named by the level alone (村党支部, 村委会主任) or by the village's name

@pytest.mark.parametrize(("text", "name", "type_"), [
    ("会议选举村党支部书记、村委会主任王大山为联合工会主席。", "村党支部", "Organization"),
    ("会议选举村党支部书记、村委会主任王大山为联合工会主席。", "村委会", "Organization"),
    ("成立大会在村党群服务中心召开。", "村党群服务中心", "Place"),
    ("原村党支部副书记、老党员赵水田说。", "村党支部", "Organization"),  # 原 (former) glued to 村
    ("图①：灾区单岗村党支部书记李大海在帮助大娘贴对联。", "单岗村党支部", "Organization"),
    ("柳塘村村委会组织村民清理河道。", "柳塘村村委会", "Organization"),
])
def test_village_body(text: str, name: str, type_: str) -> None:
    assert name in names(text, type_, written=True)


@pytest.mark.parametrize(("text", "word"), [
    ("各村委会要做好防火工作。", "村委会"),  # every village's
    ("村委会换届选举工作顺利完成。", "村委会"),  # the institution, no post held
    ("在村办公室里，他和党员们促膝谈心。", "村办公室"),  # a room
    ("要把扶贫开发作为农村中心任务来抓。", "村中心"),
])
def test_no_village_body(text: str, word: str) -> None:
    assert word not in names(text, written=True)


# -- a place's numbered body of a kind that jieba holds as one word (第二|高级中学)

@pytest.mark.parametrize(("text", "name"), [
    ("退休教师赵思远来自商城县第二高级中学。", "商城县第二高级中学"),
    ("他在商城县第三高级中学任教。", "商城县第三高级中学"),
])
def test_place_ordinal_whole_word_body(text: str, name: str) -> None:
    assert name in names(text, "Organization", written=True)


def test_ordinal_without_place_opens_no_name() -> None:
    assert not any(n.startswith("第二") for n in names("他考了第二，进入高级中学。", written=True))


# -- a council's numbered session (三届一次理事会) is a meeting; the council itself is a body

@pytest.mark.parametrize(("text", "name"), [
    ("在随后召开的三届一次理事会上，赵思远当选为会长。", "三届一次理事会"),
    ("协会召开二届三次理事会，审议工作报告。", "二届三次理事会"),
])
def test_council_session_is_an_event(text: str, name: str) -> None:
    assert name in names(text, "Event", written=True)


@pytest.mark.parametrize("text", ["会议选举产生了第三届理事会。", "公司董事会一致通过。"])
def test_council_is_no_event(text: str) -> None:
    assert not names(text, "Event")


# -- 和 before 县直 (the county's own units) is the conjunction, not the county 和县

def test_conjunction_before_county_units_is_no_county() -> None:
    assert "和县" not in names("来自各乡镇（街道）和县直单位的代表参加会议。", "Place")


def test_one_character_county_still_opens_its_federation() -> None:
    assert "和县总工会" in names("日前，和县总工会举办职工篮球赛。", "Federation")


# -- a zone with a name of its own (新港|工业园区) is a place apart from the street or district before it

@pytest.mark.parametrize(("text", "parts"), [
    ("公司位于盐仓街道新港工业园区。", {"盐仓街道", "新港工业园区"}),
    ("公司位于长宁区虹桥经济开发区。", {"长宁区", "虹桥经济开发区"}),
])
def test_named_zone_apart_from_its_district(text: str, parts: set[str]) -> None:
    assert parts <= names(text, "Place", written=True)


@pytest.mark.parametrize(("text", "name"), [
    ("公司位于临洮县经济开发区。", "临洮县经济开发区"),  # a zone named by its kind: one place with its county
])
def test_zone_named_by_its_kind_stays_with_its_place(text: str, name: str) -> None:
    assert name in names(text, "Place", written=True)


def test_counted_park_is_no_place() -> None:
    assert not any("物流园区" in n for n in names("工人们在郑州一物流园区装卸货物。", "Place", written=True))


# -- a quoted campaign month or volunteer service held by a verb is an event

@pytest.mark.parametrize(("text", "name"), [
    ("区人社局开展“工资协商要约行动月”，在各行业推进。", "“工资协商要约行动月”"),
    ("组织会员开展“夕阳帮扶”志愿服务，结对帮扶困难职工。", "“夕阳帮扶”志愿服务"),
])
def test_quoted_campaign_month_or_service(text: str, name: str) -> None:
    assert name in names(text, "Event", written=True)


@pytest.mark.parametrize("text", ["他积极参加志愿服务。", "今年开展了安全宣传月。"])
def test_bare_service_or_month_is_no_event(text: str) -> None:
    assert not names(text, "Event")


# -- 区法院 is the people's court the article names in full

def test_short_court_is_the_peoples_court_named() -> None:
    r = extract_text("由南岭区总工会与南岭区人民法院共建的工作室揭牌。区法院院长王大明出席。")
    court = [m for m in r.mentions if m.text == "区法院"]
    assert court and court[0].canonical == "南岭区人民法院"


def test_short_court_without_full_name_stays_its_own() -> None:
    r = extract_text("区法院院长王大明出席揭牌仪式。")
    assert all("人民法院" not in (m.canonical or m.name) for m in r.mentions)


# -- the unions of several places or of a province's industries are no one union

@pytest.mark.parametrize(("text", "word"), [
    ("经基层推荐、县区总工会初审、市总工会实地复核。", "县区总工会"),
    ("各设区市总工会、省产业工会主要负责同志出席会议。", "省产业工会"),
    ("来自全省各市和省直产业工会的选手进入决赛。", "省直产业工会"),
    ("江西省产业工会负责人出席。", "江西省产业工会"),
])
def test_group_of_unions_is_no_entity(text: str, word: str) -> None:
    assert not any(word in n for n in names(text, written=True))


@pytest.mark.parametrize(("text", "name"), [
    ("省教育工会主席李明出席。", "省教育工会"),
    ("中国能源化学产业工会召开会议。", "中国能源化学产业工会"),
])
def test_industry_named_union_stays(text: str, name: str) -> None:
    assert name in names(text, "Federation", written=True)


# -- an activity's year is its edition when a name word follows the year

@pytest.mark.parametrize(("text", "name"), [
    ("集团组织劳动模范赴海南开展2026年劳模工匠疗休养活动。", "2026年劳模工匠疗休养活动"),
    ("集团工会组织的2026年度一线职工疗休养活动首批职工来到海边。", "2026年度一线职工疗休养活动"),
    ("市总工会开展2025年职工读书活动。", "2025年职工读书活动"),
])
def test_activity_with_its_year(text: str, name: str) -> None:
    assert name in names(text, "Event", written=True)


@pytest.mark.parametrize("text", ["他于1994年参加活动。", "2025年活动经费全部到位。"])
def test_year_before_a_verb_or_bare_activity_names_none(text: str) -> None:
    assert not names(text, "Event")


# -- a town's committee before its post, jieba gluing the level to the head (永顺|镇党委|副书记)

@pytest.mark.parametrize(("text", "name"), [
    ("区总工会主席邢建国，永顺镇党委副书记、镇总工会主席汪蕾出席会议。", "永顺镇党委"),
])
def test_town_committee_before_its_post(text: str, name: str) -> None:
    assert name in names(text, "Organization", written=True)


def test_party_group_post_alone_names_no_body() -> None:
    assert not names("党组书记王强说。", "Organization")
