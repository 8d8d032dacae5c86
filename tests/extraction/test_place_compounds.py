"""Places named with their town (昆明动物园, 嘉陵江大桥) and where an enclosing place ends (invented sentences)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _places(text: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == "Place"}


@pytest.mark.parametrize(("text", "place"), [
    ("游客们来到南宁动物园看熊猫。", "南宁动物园"),
    ("他陪我去桂林植物园看花。", "桂林植物园"),
    ("渔船进入了墨西哥海湾避风。", "墨西哥海湾"),
])
def test_a_zoo_a_garden_or_a_bay_named_after_a_place_is_one_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize("text", ["他们在动物园里看熊猫。", "他家附近新建了一个动物园。", "海湾的水很清。"])
def test_a_zoo_or_a_bay_without_a_name_is_no_place(text: str) -> None:
    assert not _places(text)


@pytest.mark.parametrize(("text", "place"), [
    ("工人们在洪泽湖大堤上巡查。", "洪泽湖大堤"),  # (洪泽 is a district; 洪泽湖 one word, the lake)
    ("这里是黔西南地区。", "黔西南地区"),  # (黔西 is a county; 黔西南 one word)
    ("宾馆将建在巴西利亚动物园附近。", "巴西利亚动物园"),  # (巴西 the country; 巴西利亚 one word)
])
def test_a_place_cut_out_of_a_word_that_names_another_place_encloses_nothing(text: str, place: str) -> None:
    places = _places(text)
    assert place in places
    assert not any(p != place and place.startswith(p) for p in places)


@pytest.mark.parametrize(("text", "place"), [
    ("熊猫从南岭市桃源国际机场运抵。", "南岭市桃源国际机场"),  # (a town the place grammar names)
    ("熊猫从成都市桃源国际机场运抵。", "成都市桃源国际机场"),  # (a town of the gazetteer)
    ("游客来到南岭市野生动物园。", "南岭市野生动物园"),
])
def test_a_built_thing_named_by_its_town_and_common_words_is_one_place(text: str, place: str) -> None:
    places = _places(text)
    assert place in places
    assert "国际机场" not in places and "野生动物园" not in places  # (never a part named by its kind alone)


@pytest.mark.parametrize("text", ["南岭市修好机场后游客增多。", "南岭市两座机场停航。"])
def test_a_town_before_a_verb_or_a_count_and_a_facility_head_names_no_facility(text: str) -> None:
    assert _places(text) == {"南岭市"}


def test_a_venue_with_a_proper_name_after_its_town_keeps_its_parts() -> None:
    places = _places("民航成都双流机场对他处以拘留。")
    assert {"成都", "双流机场"} <= places


def test_the_level_after_a_short_form_stays_with_the_place() -> None:
    places = _places("他来自山西离石市前瓦村。")
    assert {"离石市", "前瓦村"} <= places
    assert "市前瓦村" not in places


@pytest.mark.parametrize(("text", "town", "village"), [
    ("他们深入长林乡石桥村走访。", "长林乡", "石桥村"),
    ("他们深入柳河镇石门村演出。", "柳河镇", "石门村"),  # (柳河 a county too: the level is the town's)
])
def test_a_town_and_its_village_the_tagger_reads_apart_are_two_places(text: str, town: str, village: str) -> None:
    places = _places(text)
    assert {town, village} <= places
    assert town + village not in places


def test_a_village_alone_stays_whole() -> None:
    assert "石桥村" in _places("他们深入石桥村走访。")


@pytest.mark.parametrize(("text", "place", "not_places"), [
    ("巴西低地区雨水充沛。", "巴西", {"巴西低", "巴西低地区", "低地区"}),
    ("墨西哥高地区气候凉爽。", "墨西哥", {"墨西哥高", "墨西哥高地区", "高地区"}),
])
def test_an_adjective_before_a_place_head_is_no_character_of_the_name(text: str, place: str, not_places: set) -> None:
    places = _places(text)
    assert place in places and not places & not_places


@pytest.mark.parametrize(("text", "place"), [
    ("这里是金州湾街道。", "金州湾街道"),
    ("他们修好了洪泽湖大堤。", "洪泽湖大堤"),
])
def test_a_name_character_before_a_place_head_still_joins_the_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(("text", "town", "not_place"), [
    ("广州、长沙两地机场停航一天。", "长沙", "长沙两地机场"),
    ("他在甘肃依法管理流域水资源。", "甘肃", "甘肃依法管理流域"),
])
def test_a_count_or_a_verb_phrase_after_a_town_names_no_facility(text: str, town: str, not_place: str) -> None:
    places = _places(text)
    assert town in places and not_place not in places


def test_nominal_words_after_a_town_still_name_its_facility() -> None:
    assert "长沙野生动物园" in _places("游客来到长沙野生动物园。")
