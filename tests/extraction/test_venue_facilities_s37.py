"""Venues that are a body's grounds or buildings (实训基地, 实训楼, 疗休养基地) and the district
written before them (heldAt the venue and the district): stop 37. Invented sentences."""

from __future__ import annotations

from stated import stated_facts as facts


def _held(body: str) -> set[str]:
    return {t for h, r, t in facts(body) if r == "heldAt"}


def test_a_final_at_a_colleges_training_base_is_held_at_the_base():
    body = "青川市第四届职工职业技能大赛焊工决赛在青川技师学院实训基地落幕。"
    assert "青川技师学院实训基地" in _held(body)


def test_a_training_base_founded_in_quotes_is_no_place():
    # (a base named in quotes as what bodies build is a body, not a venue: no Place without 在…举行)
    body = "青川市总工会与青川重工有限公司共建“职工技能实训基地”。"
    assert not any(t.endswith("实训基地") for t in _held(body))


def test_a_district_before_a_named_colleges_building_is_an_area_of_its_own():
    body = "青川市第二届职工技能大赛在东湖区青川职业技术学院实训楼落幕。"
    held = _held(body)
    assert {"青川职业技术学院实训楼", "东湖区"} <= held


def test_a_district_before_a_unions_station_names_it_whole():
    # (a union's station named by its district is one name as written: no area apart)
    body = "青川市第二届职工读书会在东湖区青石物流园工会驿站举行。"
    assert "东湖区" not in _held(body)


def test_a_county_before_a_colleges_building_stays_in_its_name():
    # (a facility named with its county is one name: 某县某学院实训楼, no county apart)
    body = "青川市第二届职工读书会在桐乡县青石职业技术学院实训楼举行。"
    assert "桐乡县" not in _held(body)


def test_a_rest_base_after_a_district_is_the_venue_and_the_district_the_area():
    body = "2026年青川省劳模疗休养活动开营仪式在武陵源区青川省职工张家界疗休养基地举行。"
    held = _held(body)
    assert any(t.endswith("疗休养基地") and not t.startswith("武陵源区") for t in held)


def test_a_union_in_a_district_is_the_organiser_not_the_venue():
    body = "东湖区总工会在青川市职工文化宫举办第三届职工书画展。"
    held = _held(body)
    assert "东湖区" not in held and "青川市职工文化宫" in held


def test_a_players_county_of_origin_is_no_venue():
    body = "青川市第三届职工技能大赛在青川技师学院实训基地举行，来自桐乡县的选手李明获得一等奖。"
    assert "桐乡县" not in _held(body)


# enterprise_units.company_facilities: a company's facility named right after it is one Place

def _places(body: str) -> set[str]:
    from uniongraph.extraction.pipeline import extract_article
    from uniongraph.model import Article
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.name for m in art.mentions if m.type == "Place"}


def test_a_final_in_a_companys_activity_centre_after_a_district_is_held_at_both():
    body = "11月25日，2026年青川市安全生产知识竞赛决赛在东湖区青川宏达机械有限公司职工活动中心举行。"
    held = _held(body)
    assert {"青川宏达机械有限公司职工活动中心", "东湖区"} <= held


def test_a_party_goes_into_a_companys_base_named_after_it():
    body = "5月20日，东湖镇总工会开展“工会进茶园”服务活动，走进青川绿源茶业有限公司万亩茶园基地，为采茶工人送去防暑药品。"
    assert "青川绿源茶业有限公司万亩茶园基地" in _held(body)


def test_a_companys_work_site_after_it_is_one_place():
    assert "青川城投环境服务有限公司城西作业点" in _places("市总工会一行来到青川城投环境服务有限公司城西作业点，慰问环卫工人。")


def test_a_head_that_runs_on_into_a_longer_word_is_no_facility():
    assert not any(p.endswith("基地") for p in _places("青川宏达机械有限公司基地建设进展顺利。"))


def test_a_count_between_company_and_head_is_no_facility():
    assert not any(p.endswith("基地") for p in _places("青川宏达机械有限公司所属各基地今年均已投产。"))


def test_a_company_as_the_organiser_of_an_event_elsewhere_is_no_venue():
    body = "青川宏达机械有限公司在青川市职工文化宫举办第三届职工技能比武。"
    held = _held(body)
    assert "青川市职工文化宫" in held and not any("宏达" in t for t in held)


# venues.held_for_its_kind: the activity done by its kind's word where its party goes or is

def test_a_rest_trip_done_at_a_sanatorium_after_its_party_arrives_in_a_district():
    body = ("12月5日至9日，集团工会组织的2026年度一线职工疗休养活动首批42名职工来到青川市东湖区，"
            "在青川省总工会东湖职工疗养院开展为期5天的疗休养。")
    held = _held(body)
    assert {"东湖区", "青川省总工会东湖职工疗养院"} <= held
    assert "青川市" not in held  # (the city only by inference)


def test_a_rest_trip_going_to_an_unread_scenic_area_is_held_in_its_city():
    body = ("7月18日，青川市总工会组织的“劳模工匠·一线职工”疗休养活动启动，首批疗休养团从青川市职工服务中心出发，"
            "前往固原市六盘山红军长征景区开展为期5天的疗休养。")
    held = _held(body)
    assert "固原市" in held and "青川市职工服务中心" not in held  # (where it sets out from is no venue)


def test_a_visit_of_another_kind_after_a_meeting_is_not_its_venue():
    body = "7月18日，青川市职工代表座谈会召开，会后，与会人员前往桐乡市青石镇开展调研。"
    held = _held(body)
    assert "青石镇" not in held and "桐乡市" not in held


def test_a_union_of_a_district_doing_the_activity_is_no_venue():
    body = "2026年度职工疗休养活动启动后，东湖区总工会在全区开展疗休养。"
    assert "东湖区" not in _held(body)
