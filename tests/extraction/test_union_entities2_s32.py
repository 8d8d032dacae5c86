"""Entities of union news that stop 32's second round fixed (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from mentioned import names
from uniongraph.extraction.pipeline import extract_text


_names = names


# -- a work crew named with the unit of the enterprise it belongs to (某分公司抢修班, 某车间磨工班)

@pytest.mark.parametrize(("text", "name"), [
    ("输气分公司抢修班班长钱立军说，寒潮天最忙。", "输气分公司抢修班"),
    ("会上表彰了先进集体，轴承车间车工班等4个班组获评先进班组。", "轴承车间车工班"),
    ("焊装事业部总装二班被授予“工人先锋号”称号。", "焊装事业部总装二班"),
])
def test_crew_after_its_unit_is_one_name(text: str, name: str) -> None:
    assert name in _names(text, "Organization")


@pytest.mark.parametrize("text", [
    "厂长深入车间检修班了解生产情况。",  # a verb of the sentence before the unit's head
    "公司举办车间主任培训班。",  # a course, an event
    "二分公司车间早班开工了。",  # a shift, no crew
    "他来到车间上夜班。",
])
def test_no_crew_without_a_unit_word_and_a_trade(text: str) -> None:
    assert not any(n.endswith("班") for n in _names(text, "Organization"))


# -- the surname 和 at the start of a clause (，和丽萍当选…): a conjunction there joins nothing

def test_surname_he_opening_a_clause_is_the_persons() -> None:
    names = _names("会上，钱晓东当选为主任，和美玲当选为副主任。", "Person")
    assert "和美玲" in names and "美玲" not in names


@pytest.mark.parametrize("text", [
    "会后，和美玲一起走访了困难职工。",  # 和 the preposition "with": 美玲 is the person
    "厂长钱晓东和美玲当选为先进个人。",  # 和 joins two persons
])
def test_he_as_a_word_stays_out_of_the_name(text: str) -> None:
    assert "和美玲" not in _names(text, "Person")


# -- a trade name jieba cut into common words before the trade and a place (迅捷|通|快递|芜湖|分拨中心)

def test_trade_name_before_the_trade_opens_the_name() -> None:
    assert "飞捷通快递合肥分拨中心" in _names("刚下班的飞捷通快递合肥分拨中心快递员说，体检车开到了门口。", "Company")


@pytest.mark.parametrize("text", [
    "他们经常加班，快递合肥分拨中心每天处理十万件。",  # a clause before it: no trade name
    "工会走访了快递合肥分拨中心。",  # a visit verb governs the name
])
def test_no_trade_name_across_a_clause_or_a_verb(text: str) -> None:
    assert not any(n.endswith("快递合肥分拨中心") and n != "快递合肥分拨中心" for n in _names(text))


# -- the area a post covers (某公司华南区域经理): a word of the post, no place

def test_area_of_a_post_is_no_place() -> None:
    assert "华东" not in _names("南岭配送服务有限公司华东区域经理钱志远出席了签约仪式。", "Place")


def test_a_region_elsewhere_stays_a_place() -> None:
    assert "华东" in _names("南岭配送服务有限公司在华东新建了三个仓库。", "Place")


# -- places counted at their level (三市总工会, 两省): each one's body, no one body or place;
#    their joint meeting is named by them all (…三市总工会跨区域协作联席会议)

def test_joint_meeting_of_counted_unions_is_named_by_them() -> None:
    names = _names("12月3日，泰安临沂日照三市总工会跨区域协作联席会议在临沂市召开。", "Event")
    assert "泰安临沂日照三市总工会跨区域协作联席会议" in names


@pytest.mark.parametrize("text", [
    "会上，三市总工会签署了协议，由三市总工会轮流承办。",
    "鲁苏皖三省工会加强维权协作。",
])
def test_counted_unions_are_no_one_body(text: str) -> None:
    assert not any(n.endswith("工会") for n in _names(text)) and "由三市" not in _names(text)


def test_a_named_body_with_a_numeral_stays() -> None:
    assert "九州大学" in _names("东北大学和九州大学将负责研制控制系统。")


def test_one_organiser_before_a_meeting_stays_out_of_its_name() -> None:
    names = _names("市总工会举办跨区域劳务协作洽谈会。")
    assert "跨区域劳务协作洽谈会" in names and "市总工会" in names


# -- a subdistrict or community the gazetteer lacks opens a facility's name (某街道…服务站)

def test_local_place_opens_a_facility_name() -> None:
    assert "桃溪街道户外劳动者服务站" in _names("12月1日，桃溪街道户外劳动者服务站在城东路揭牌启用。", "Place")


def test_a_verb_before_the_subdistrict_opens_no_facility_name() -> None:
    assert not any(n.endswith("服务站") for n in _names("各地要加强街道社区服务站建设。"))


# -- a station the article gives staff or has act is a body, no place visited

def _typed(text: str) -> dict[str, str]:
    return {m.name: m.type for m in extract_text(text).mentions}


def test_station_with_staff_is_an_organization() -> None:
    text = ("12月2日，在桃溪区职工法律援助工作站，农民工老钱领到了工资。"
            "工作站负责人孙立新介绍，今年以来工作站已受理劳动争议咨询200余件。")
    assert _typed(text).get("桃溪区职工法律援助工作站") == "Organization"


def test_station_with_a_head_is_an_organization() -> None:
    text = "12月3日，在桃溪区职工法律援助工作站，站长孙立新接待了前来咨询的农民工。"
    assert _typed(text).get("桃溪区职工法律援助工作站") == "Organization"


def test_stations_of_two_places_keep_their_type() -> None:
    text = ("12月3日，在桃溪区职工法律援助工作站，农民工领到了工资。"
            "次日，在梅岭区户外劳动者服务站，站长孙立新为环卫工人送上姜茶。")
    assert _typed(text).get("桃溪区职工法律援助工作站") == "Place"


def test_station_only_visited_stays_a_place() -> None:
    text = "12月2日，在桃溪区职工法律援助工作站，农民工老钱领到了工资。他说：“没想到这么快。”"
    assert _typed(text).get("桃溪区职工法律援助工作站") == "Place"


# -- a union's account, site or app named by its place (射阳工会　微信公众号), and two places' unions
#    paired (京藏工会): no one union, and the place names no place of the story

@pytest.mark.parametrize("text", [
    "桃源工会　微信公众号　2026-12-05 18:30",
    "桃源工会　2026年3月12日 20:05",
    "会员可通过“烟台工会”APP一键投保。",
    "在随后召开的京藏工会对口支援座谈会上，双方签订了协议。",
])
def test_media_or_paired_unions_are_no_union(text: str) -> None:
    assert not any(n.endswith("工会") for n in _names(text, "TradeUnion") | _names(text, "Federation"))


def test_media_place_is_no_place() -> None:
    assert "甘肃" not in _names("甘肃工会　首页 > 市州动态", "Place")


def test_union_of_a_place_with_its_chair_stays() -> None:
    assert "射阳工会" in _names("射阳工会主席王立新出席。")


# -- a union's committee named with the union's kind (集团公司工会女职工委员会): a body of its own

@pytest.mark.parametrize(("text", "name"), [
    ("钱丽当选为集团公司工会女职工委员会主任。", "集团公司工会女职工委员会"),
    ("培训班由集团公司工会女职工委员会主办。", "集团公司工会女职工委员会"),
    ("孙立新当选集团工会经费审查委员会主任。", "集团工会经费审查委员会"),
])
def test_union_committee_named_by_the_unions_kind(text: str, name: str) -> None:
    assert name in _names(text, "Organization")


def test_a_committee_of_no_union_named_by_kind_is_none() -> None:
    assert not any(n.endswith("委员会") for n in _names("各级工会要重视女职工委员会建设。"))


# -- a crew's trade jieba could not join (桥|吊|一班) after a registered company

def test_unjoined_trade_after_a_company_names_the_crew() -> None:
    assert "临海集装箱码头有限公司桥吊一班" in _names("临海集装箱码头有限公司桥吊一班获得团体第一名。", "Organization")


def test_unjoined_characters_after_no_company_name_no_crew() -> None:
    assert not any(n.endswith("一班") for n in _names("他在桥吊一班待了三年。"))
