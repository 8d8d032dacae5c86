"""A venue written after its town (invented lines): a division of the town's own chain opens the venue's
name under any reading of either name, even glued into one word by the word cutter; another division only
written with its level (as the gazetteer writes it, or a county's short form with 县, 市 or 区 as a word); a registered company's facility is written apart from
the town before it, a bare public body's facility is not."""

from tests.stated import stated_facts
from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.pipeline import _venue_after_its_town


def _held_at(body: str) -> set[str]:
    return {t for _, r, t in stated_facts(body) if r == "heldAt"}


def test_a_place_of_the_towns_chain_glued_to_the_venue_still_opens_it():
    # 天河体育中心, 北京会议中心: one word each to jieba
    assert _held_at("第五届全市职工运动会开幕式在广州市天河体育中心举行。") == {"天河体育中心"}
    assert _held_at("全国劳动模范表彰大会在朝阳区北京会议中心召开。") == {"北京会议中心", "朝阳区"}
    # (not a longer word opening with a far county's short form: 乌苏 of 乌苏里江)
    assert _venue_after_its_town("饶河县乌苏里江职工疗休养基地", load_lexicons()) is None


def test_every_reading_of_a_homonym_or_a_short_form_is_tried():
    lex = load_lexicons()
    assert _venue_after_its_town("长安区西安体育中心", lex, "西安市") == (3, 3)  # 西安's 长安区, the region's
    assert _venue_after_its_town("南山区深圳体育中心", lex, "深圳市") == (3, 3)  # 深圳's 南山区, not 鹤岗's
    # (深圳湾 is a longer proper word 深圳 opens: the venue's own name, whole: test_venue_review_s43)
    assert _venue_after_its_town("昆明市五华体育中心", lex) == (3, 3)  # 昆明's 五华区, not 梅州's 五华县
    assert _venue_after_its_town("济宁市泗水会议中心", lex) == (3, 3)  # 泗水县, not the city abroad
    # a short form none of whose readings is of the town's chain is the venue's own name
    assert _venue_after_its_town("岳阳市五华体育中心", lex) is None


def test_readings_of_a_place_name():
    lex = load_lexicons()
    assert sorted(r.parent for r in lex.readings("南山区")) == ["深圳市", "鹤岗市"]
    assert sorted(r.name for r in lex.readings("泗水")) == ["泗水", "泗水县"]
    assert lex.readings("盐都市") == []


def test_another_division_cuts_only_as_the_gazetteer_writes_it_with_its_level():
    lex = load_lexicons()
    assert _venue_after_its_town("东湖区青川县职工文化宫", lex) == (3, 3)  # 青川县, as the gazetteer has it
    assert _venue_after_its_town("东湖区青川市职工文化宫", lex) == (3, 3)  # a county's 市, a word of its own
    for whole in ("自流井区盐都市民服务中心",  # 市 of 市民: no level written after 盐都
                  "江宁区淳化镇职工服务中心",  # 镇 no level of 淳化县: no town 淳化镇 in the gazetteer
                  "桃源县泰州职工服务中心",  # 州 is part of 泰州's short form, no level
                  "浔阳区江州职工文体中心"):  # nor 江州 (崇左's 江州区) one of 九江's
        assert _venue_after_its_town(whole, lex) is None, whole
    assert _held_at("2026年全区职工安全生产座谈会在自流井区盐都市民服务中心召开。") == {"自流井区盐都市民服务中心"}


def test_a_registered_companys_facility_is_written_apart_from_its_town():
    for town in ("江岸区", "浠水县", "麻城市"):
        for facility in ("职工活动中心", "职工文化活动中心"):  # (职工之家, 职工文化中心: test_venue_review_s43)
            held = _held_at(f"2026年全区职工读书分享会在{town}华星机械有限公司{facility}举行。")
            assert f"华星机械有限公司{facility}" in held, (town, facility, held)


def test_a_bare_public_body_of_the_district_keeps_its_facility_whole():
    for body in ("人民银行", "新华书店", "人民法院"):
        for facility in ("职工活动中心", "职工之家"):
            name = f"江岸区{body}{facility}"
            assert _held_at(f"2026年全区职工读书分享会在{name}举行。") == {name}
    # a company's name a bare short form of its city opens: the registered name, whole
    assert _venue_after_its_town("麻城华星机械有限公司职工培训中心", load_lexicons()) is None
