"""Places and venues of stop 39: a union's rest station named 某某驿家, a town after its county
whatever jieba tags it, a works site named by its areas alone. Invented sentences."""

from __future__ import annotations

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _places(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return {m.name for m in art.mentions if m.type == "Place"}


def _held(body: str) -> set[str]:
    return {t for h, r, t in facts(body) if r == "heldAt"}


# org_heads.tsv: 驿家, a station for outdoor workers, as 驿站 is


def test_a_rest_station_named_yijia_after_its_park_is_a_place():
    body = "青石物流园暖心驿家由青川市总工会建设，南湖服务区爱心驿家由青川交通集团运营。"
    assert {"青石物流园暖心驿家", "南湖服务区爱心驿家"} <= _places(body)


def test_a_count_of_stations_names_no_place():
    assert not any(p.endswith("驿家") for p in _places("全市今年建成职工驿家35个。"))


# places._after_its_county: a town after its county, tagged a person's name by jieba


def test_a_town_jieba_reads_as_a_name_after_its_district_is_a_town():
    body = "青川市第二届职工技能大赛在海淀区石桥镇举行。"
    assert {"海淀区", "石桥镇"} <= _places(body)
    assert "石桥镇" in _held(body)


def test_a_person_named_after_a_district_is_no_town():
    body = "海淀区李镇同志参加了青川市第二届职工技能大赛。"
    assert not any(p.endswith("镇") for p in _places(body))


# places._named_by_places_alone: 在某区某镇项目现场 is the town's project, the town the venue


def test_a_project_site_named_by_its_district_and_town_is_held_at_the_town():
    body = "青川快速路建设劳动竞赛推进会在东湖区石桥镇项目现场召开。"
    assert "石桥镇" in _held(body)
    assert not any(p.endswith("项目") for p in _places(body))


def test_a_berth_numbered_in_its_works_stays_a_site():
    body = "青川港务集团第二届技能比武在东湖区石桥镇5号泊位工程现场举行。"
    assert any(p.endswith("泊位工程") for p in _places(body))


def test_a_quoted_housing_project_stays_a_site():
    body = "青川市第二届职工技能大赛在东湖区“汉韵府”住宅项目工地举行。"
    assert any("汉韵府" in p for p in _places(body))


# road_state_words.txt: 天冷路滑，: what the road is like, no road named


def test_a_weather_phrase_names_no_road():
    body = "李明拉着环卫工人的手说：“天冷路滑，清扫时一定注意安全。”"
    assert not any(p.endswith("路") for p in _places(body))


def test_a_road_named_before_a_clause_mark_stays_a_road():
    body = "青川市第二届职工技能大赛在东湖区解放路举行。"
    assert any(p.endswith("解放路") for p in _places(body))


def test_a_road_before_a_word_opening_with_a_state_character_stays_a_road():
    body = "青川市第二届职工冰雪运动会在解放路滑雪场举行。"
    assert any(p.startswith("解放路") for p in _places(body))


# venues.held_at, goes-to-place-and-holds-event: each area of a list gone into, then the event


def test_an_activity_after_a_list_of_districts_gone_into_is_held_in_each():
    body = "青川市总工会慰问组深入东湖区、西湖区和南山区，开展“冬日送暖”慰问活动。"
    assert {"东湖区", "西湖区", "南山区"} <= _held(body)


def test_a_list_of_districts_without_a_verb_of_going_holds_nothing():
    body = "来自东湖区、西湖区的职工开展“冬日送暖”慰问活动。"
    assert not _held(body)


def test_a_list_of_districts_the_party_comes_from_holds_nothing():
    body = "东湖区、西湖区总工会慰问组开展“冬日送暖”慰问活动。"
    assert not ({"东湖区", "西湖区"} & _held(body))


# places.names_a_feature: a scenic site named by its mountain or lake, whatever jieba tags the name


def test_a_scenic_area_named_by_its_mountain_is_a_place():
    assert "琅琊山景区" in _places("持卡职工在琅琊山景区可免费游览。")


def test_a_counted_mountain_site_is_no_place():
    assert not any(p.endswith("景区") for p in _places("当地新建三座山景区。"))


def test_a_kind_of_mountain_site_is_no_place():
    assert not any(p.endswith("景区") for p in _places("这里有一座高山景区。"))


# generic_org_words.txt: 高级技工学校, a kind of school every city has, keeps its place in its name


def _canonical(body: str, name: str) -> str | None:
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return next((m.canonical or m.name for m in art.mentions if m.name == name), None)


def test_a_senior_technical_school_after_two_places_keeps_the_nearer_in_its_name():
    body = "大赛由青川市总工会主办，青川东湖高级技工学校承办。"
    assert _canonical(body, "青川东湖高级技工学校") in ("东湖高级技工学校", "青川东湖高级技工学校")


def test_a_bare_senior_technical_school_is_no_body():
    body = "大赛由青川市总工会主办，高级技工学校承办。"
    assert _canonical(body, "高级技工学校") is None


# organisations.bodies_set_up_at_a_place: 在某中心设立某工作室, the body is where it is set up


def _located(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in facts(body) if r == "locatedIn"}


def test_a_room_set_up_in_a_courts_service_centre_is_located_there():
    body = "青川市总工会在青川市中级人民法院诉讼服务中心设立工会劳动争议调解工作室。"
    assert any(h == "工会劳动争议调解工作室" and t.endswith("诉讼服务中心") for h, t in _located(body))


def test_a_station_set_up_in_a_district_is_located_there():
    body = "青川市总工会在东湖区设立青川市东湖区职工法律援助工作站。"
    assert ("青川市东湖区职工法律援助工作站", "东湖区") in _located(body)


def test_a_body_founded_at_a_venue_is_not_located_there():
    # (成立 at a hall says where the founding took place, not where the body sits)
    body = "李明在青川市工人文化宫成立青川市书法家协会。"
    assert not any(h == "青川市书法家协会" for h, t in _located(body))


def test_a_federation_set_up_in_a_district_is_not_placed_by_it():
    body = "青川市总工会在东湖区建立东湖区石桥镇总工会。"
    assert not any(h.endswith("总工会") for h, t in _located(body))


# venues._encloses_the_next_area: 在某县某镇的某园举行, the town is the nearest area, not the county


def test_an_event_in_a_town_written_after_its_county_is_held_in_the_town_not_the_county():
    body = "青川市第二届职工技能大赛在前郭尔罗斯蒙古族自治县长山镇的青石物流园举行。"
    held = _held(body)
    assert {"长山镇", "青石物流园"} <= held
    assert "前郭尔罗斯蒙古族自治县" not in held


def test_an_event_in_a_district_alone_is_held_in_the_district():
    assert "东湖区" in _held("青川市第二届职工技能大赛在东湖区举行。")


def test_a_county_before_a_venue_that_is_no_town_is_not_redirected():
    held = _held("青川市第二届职工技能大赛在东湖区青川市职工文化宫举行。")
    assert "青川市职工文化宫" in held


# company_short_places: a place by its head that is a company named in full, written short


def _typed(body: str) -> dict[str, str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return {m.name: m.type for m in art.mentions}


def test_a_dock_that_is_a_companys_short_form_is_the_company():
    body = "青川港通码头有限公司举行首届技能比武。港通码头现有职工600人。"
    assert _typed(body).get("港通码头") == "Company"


def test_a_dock_of_another_name_stays_a_place():
    body = "青川港通码头有限公司的职工来到新港码头参观。"
    assert _typed(body).get("新港码头") == "Place"


def test_a_dock_without_its_company_named_stays_a_place():
    assert _typed("青川市职工技能比武在港通码头举行。").get("港通码头") == "Place"


def test_a_word_for_a_kind_of_body_set_up_in_a_city_is_not_placed():
    body = "他们在青川市建立了指挥部，统一调度。"
    assert not any(h == "指挥部" for h, t in _located(body))
