"""Names as written (stop 37): a body's name opens where the place it opens with does, even where
jieba cuts the place's first character off. Sentences invented for these tests (the places are the
gazetteer's)."""

from __future__ import annotations

from uniongraph.extraction.pipeline import _names_open_at_their_place, extract_text
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.model import Mention


def _bodies(text: str) -> set[str]:
    return {m.canonical or m.name for m in extract_text(text).mentions if m.type != "Place" and m.type != "Person"}


def test_a_department_opens_at_a_district_whose_first_character_jieba_does_not_know() -> None:
    # 浉|河区: jieba knows no word 浉河区 and cuts its first character off alone
    bodies = _bodies("3月2日，浉河区人力资源和社会保障局劳动保障监察大队约谈了两家建筑企业。")
    assert any(b.startswith("浉河区人力资源和社会保障局") for b in bodies), bodies
    assert not any(b.startswith("河区") for b in bodies), bodies


def _place(start: int, end: int, text: str) -> Mention:
    return Mention(start, end, text[start:end], "Place", text[start:end], "gazetteer")


def _org(start: int, end: int, text: str) -> Mention:
    return Mention(start, end, text[start:end], "Company", text[start:end], "org-grammar")


def test_a_name_cut_after_a_lone_character_of_a_place_opens_at_the_place() -> None:
    text = "在浉河区建工有限公司工作。"
    idx = TokenIndex(text)
    assert idx.tokens[idx.index_at(1)].word == "浉"  # (the premise: one character alone)
    out = _names_open_at_their_place([_place(1, 4, text), _org(2, 10, text)], idx)
    assert [m.name for m in out if m.type == "Company"] == ["浉河区建工有限公司"]


def test_a_name_that_opens_after_a_whole_word_keeps_its_start() -> None:
    # 江西|湖…: the place's first word is a word of two, so a name opening at its second character
    # was read apart on purpose (no single character cut off)
    text = "在江西湖建工有限公司工作。"
    idx = TokenIndex(text)
    assert idx.tokens[idx.index_at(1)].word == "江西"
    out = _names_open_at_their_place([_place(1, 3, text), _org(2, 10, text)], idx)
    assert [m.name for m in out if m.type == "Company"] == ["西湖建工有限公司"]


def test_a_name_that_holds_its_place_whole_is_left_alone() -> None:
    text = "在浉河区建工有限公司工作。"
    idx = TokenIndex(text)
    out = _names_open_at_their_place([_place(1, 4, text), _org(1, 10, text)], idx)
    assert [m.name for m in out if m.type == "Company"] == ["浉河区建工有限公司"]


def test_a_college_named_by_two_fields_joined_with_yu_is_named_whole() -> None:
    bodies = _bodies("评审结果揭晓，外国语学院教师周某、数学与信息科学学院教师吴某获得二等奖。")
    assert "数学与信息科学学院" in bodies, bodies
    assert "信息科学学院" not in bodies, bodies


def test_he_closing_a_list_joins_no_fields_of_a_college() -> None:
    # 和 closes a list as often as it joins fields: the college is the last item only
    bodies = _bodies("会议促进了一些民主党派、人民团体和社会主义学院的恢复和发展。")
    assert "人民团体和社会主义学院" not in bodies, bodies


def test_people_joined_with_a_college_are_no_field_of_it() -> None:
    bodies = _bodies("座谈会上，青年教师与信息工程学院的学生代表交流。")
    assert not any(b.startswith("青年教师") or b.startswith("教师与") for b in bodies), bodies


def _company(text: str) -> tuple[str, str | None]:
    m = next(m for m in extract_text(text).mentions if m.type == "Company")
    return m.canonical or m.name, m.located_at.name if m.located_at else None


def test_a_bare_county_name_the_city_before_does_not_hold_is_the_companys_own_word() -> None:
    # 龙江 names a county in Heilongjiang, not in 绵阳: here it is the company's trade name
    name, at = _company("3月5日，绵阳龙江城市建设投资有限公司承办了职工运动会。")
    assert name.startswith("龙江") or name.startswith("绵阳龙江"), name
    assert at == "绵阳", at


def test_a_bare_county_the_city_holds_is_where_the_company_is() -> None:
    name, at = _company("3月5日，绵阳涪城城市建设投资有限公司承办了职工运动会。")
    assert at == "涪城", at


def test_a_district_written_with_its_level_stays_a_place_whatever_the_map() -> None:
    # (南宁's 新城区 of older texts is no district on today's map; written with 区 it is one)
    m = next(m for m in extract_text("3月5日，南宁市新城区武装部承办了职工运动会。").mentions if m.type == "Organization")
    assert (m.canonical or m.name) == "新城区武装部", m


def _places(text: str) -> set[str]:
    return {m.canonical or m.name for m in extract_text(text).mentions if m.type == "Place"}


def test_a_facility_named_by_its_county_is_one_place_as_written() -> None:
    places = _places("全县职工运动会在浠水县清泉会议中心开幕。")
    assert "浠水县清泉会议中心" in places, places
    assert "清泉会议中心" not in places, places


def test_a_facility_named_by_its_city_is_one_place_as_written() -> None:
    places = _places("全市职工运动会在宜昌市清江体育运动中心闭幕。")
    assert "宜昌市清江体育运动中心" in places, places


def test_a_building_on_its_own_name_after_its_county_is_two_places() -> None:
    places = _places("全县职工运动会在浠水县清泉大厦开幕。")
    assert {"浠水县", "清泉大厦"} <= places, places


def test_a_venue_after_a_capital_or_a_town_is_two_places() -> None:
    assert {"北京", "清泉会议中心"} <= _places("全市职工运动会在北京清泉会议中心开幕。")
    assert {"巴河镇", "清泉会议中心"} <= _places("全镇职工运动会在巴河镇清泉会议中心开幕。")


def test_a_wind_farm_named_by_its_place_is_a_place() -> None:
    places = _places("技能比武在承德风电场举行。")
    assert "承德风电场" in places, places


def test_wind_farms_of_a_province_are_no_place() -> None:
    places = _places("全省风电场装机容量稳步增长。")
    assert not any(p.endswith("风电场") for p in places), places


def test_a_facility_named_with_the_city_that_holds_its_district_is_apart_from_the_district() -> None:
    # 铁岭 holds 银州区: the venue is named with a larger place of its own, the district says where it is
    places = _places("全市职工运动会在银州区金铁岭职工文体中心落幕。")
    assert {"银州区", "金铁岭职工文体中心"} <= places, places
