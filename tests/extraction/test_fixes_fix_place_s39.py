"""Fixes of the place and venue rules a reviewer proved wrong (stop 39): the places gone into listed
with 以及, bodies set up at a place, roads said to be narrow, venues of care words, a feature's
common noun, a company's short form read as its site, a village before a venue. Sentences invented
for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def _facts(body: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in _article(body).relations}


def _places(body: str) -> set[str]:
    return {m.text for m in _article(body).mentions if m.type == "Place"}


def _typed(body: str) -> dict[str, str]:
    return {m.text: m.type for m in _article(body).mentions}


def _located(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in _facts(body) if r == "locatedIn"}


# the places gone into, listed with 以及 as with 、 and 和

def test_places_gone_into_listed_with_yiji_each_hold_the_event():
    facts = _facts("临江县总工会调研组走进北关镇、南湖镇以及白沙镇，开展“安全生产月”宣讲活动。")
    held = {t for h, r, t in facts if r == "heldAt"}
    assert {"北关镇", "南湖镇", "白沙镇"} <= held


def test_a_place_not_gone_into_holds_nothing():
    facts = _facts("临江县总工会调研组从北关镇出发，开展“安全生产月”宣讲活动。")
    assert not any(r == "heldAt" and t == "北关镇" for h, r, t in facts)


# bodies set up at a place: the whole object, done, and paired by 分别

def test_a_body_set_up_at_a_place_is_located_there():
    assert ("临江县职工服务中心", "北关镇") in _located("临江县总工会在北关镇设立了临江县职工服务中心，方便职工办事。")


def test_a_body_that_only_modifies_what_was_set_up_is_not_placed():
    assert not any(t == "南湖镇" for h, t in _located("临江农商银行在南湖镇设立了临江县职工服务中心的便民窗口。"))
    assert not any(t == "南湖镇" for h, t in _located("临江县总工会在南湖镇建立临江职业技术学院与园区企业的对接平台。"))
    assert ("临江县职工服务中心", "南湖镇") not in _located("临江县总工会在南湖镇设立了临江县职工服务中心白沙分中心。")


def test_a_set_up_denied_or_planned_places_nothing():
    assert not _located("临江纺织有限公司至今没有在北关镇开设临江纺织有限公司北关分公司。") & {
        ("临江纺织有限公司北关分公司", "北关镇")}
    assert not any(t == "北关镇" for h, t in _located("临江纺织有限公司拟于年内在北关镇设立临江纺织研发中心。"))


def test_bodies_set_up_respectively_pair_with_the_places():
    located = _located("临江纺织有限公司在北关镇和白沙镇分别设立了临江纺织北关分公司和临江纺织白沙分公司。")
    placed = {(h[-5:], t) for h, t in located if t in ("北关镇", "白沙镇")}
    assert placed == {("北关分公司", "北关镇"), ("白沙分公司", "白沙镇")}


# 路 and what the road is like: a weather phrase before it, or a named road

def test_a_named_road_said_to_be_narrow_stays_a_road():
    assert "解放路" in _places("由于管道改造，解放路窄，临江环卫所职工提前出工。")


def test_a_weather_phrase_with_an_adverb_before_the_state_is_no_road():
    places = _places("天冷路又滑，天黑路也远，临江环卫所职工坚持出工。")
    assert not places & {"天冷路", "天黑路"}


# venues of care words and of a building verb

def test_a_station_built_for_workers_is_no_named_venue():
    places = _places("临江县总工会为外卖骑手建设爱心驿家。")
    assert not any("驿家" in p for p in places)
    assert not any("驿家" in p for p in _places("临江县总工会为货车司机打造暖心驿家。"))


def test_a_station_named_with_its_park_stays_a_venue():
    assert "临江物流园暖心驿家" in _places("临江物流园暖心驿家正式投入使用。")


# a feature's own name, not a common noun for a kind of feature

def test_a_common_noun_for_a_lake_names_no_scenic_area():
    assert not any(p.endswith("景区") for p in _places("临江县总工会组织劳模到淡水湖景区疗休养。"))


def test_a_lakes_own_name_names_its_scenic_area():
    assert "金鸡湖景区" in _places("临江县总工会组织劳模到金鸡湖景区疗休养。")


# a company's short form: the body where its staff follow, the site elsewhere

def test_a_scenic_area_run_by_a_company_stays_a_place():
    body = "临江金鸡湖景区有限公司成立于2016年。游客在金鸡湖景区观光，“劳模疗休养”活动在金鸡湖景区举行。"
    assert _typed(body).get("金鸡湖景区") == "Place"
    assert not any(r == "heldAt" and t.endswith("有限公司") for h, r, t in _facts(body))


def test_a_short_form_with_its_staff_after_a_joint_stock_company_is_the_company():
    assert _typed("临江新渡码头股份公司成立于2010年。新渡码头现有职工300人。").get("新渡码头") == "Company"


def test_a_short_form_with_its_staff_after_a_group_in_brackets_is_the_company():
    assert _typed("临江北岸码头（集团）有限公司成立于2010年。北岸码头员工500人。").get("北岸码头") == "Company"


# a village before a venue is the nearest area

def test_a_village_before_a_venue_is_the_area_not_the_county():
    facts = _facts("首届农民工技能比武在海淀区柳湾村施工现场举行。")
    assert not any(r == "heldAt" and t == "海淀区" for h, r, t in facts)
    assert any(r == "heldAt" and t == "柳湾村" for h, r, t in facts)
