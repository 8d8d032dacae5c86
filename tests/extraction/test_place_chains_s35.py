"""Places written one after another before a body's name (stop 35): where the run of places ends,
and every place of it a place of the text. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from uniongraph.extraction.aliases import leading_places
from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.canonical or m.name, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("name, run", [
    # a larger place after a smaller one opens the name that follows
    ("临朐县柳山镇潍坊恒岳机械有限公司", ["临朐县", "柳山镇"]),
    ("长清区青岛恒岳机械有限公司", ["长清区"]),
    # a town or street named like another place is the town's own name
    ("平谷区河北镇恒达纸业有限公司", ["平谷区", "河北镇"]),
    # places from larger to smaller stay one run
    ("山东省临沂市蒙岭造纸厂", ["山东省", "临沂市"]),
    # a country after a place opens a name by its own rule, unchanged
    ("武汉中国地质大学", ["武汉"]),
])
def test_where_a_run_of_places_before_a_name_ends(name: str, run: list[str]) -> None:
    assert leading_places(name, load_lexicons()) == run


def test_every_place_of_a_run_before_a_company_is_a_place() -> None:
    names = _names("学员们走进临朐县柳山镇潍坊恒岳机械有限公司现场观摩。")
    assert {("临朐县", "Place"), ("柳山镇", "Place")} <= names, names
    assert not any(t == "Company" and n.startswith(("临朐县", "柳山镇")) for n, t in names), names


def test_the_province_before_a_city_and_its_factory_is_a_place_too() -> None:
    names = _names("这是山东省临沂市蒙岭造纸厂在安置富余人员时的做法。")
    assert {("山东省", "Place"), ("临沂市", "Place")} <= names, names


def test_a_name_that_opens_with_a_larger_place_is_not_placed_in_the_smaller() -> None:
    # two entries of a list run together: the college is no body of the county-level city
    article = extract_text("参加活动的有吉林省梅河口市长春工业学院等单位。")
    located = {(r.head, r.tail) for r in article.relations if r.relation == "locatedIn"}
    assert not any(tail.startswith("梅河口") for _, tail in located), located


def test_a_town_and_its_named_venue_after_the_county_are_two_places() -> None:
    names = _names("启动仪式在临朐县龙岗镇凤栖广场举行。")
    assert {("临朐县", "Place"), ("龙岗镇", "Place"), ("凤栖广场", "Place")} <= names, names


def test_a_town_and_a_venue_named_by_it_stay_one_place_after_the_county() -> None:
    # (no name of the venue's own after the town: the town names it)
    names = _names("启动仪式在临朐县龙岗镇文化广场举行。")
    assert ("文化广场", "Place") not in names, names


def test_a_city_jieba_reads_as_a_noun_is_a_place_after_its_province() -> None:
    assert ("商丘", "Place") in _names("来自河南商丘的钢筋工王小川说。")


def test_the_same_word_after_another_province_stays_unread() -> None:
    # (商丘 is no city of 山东: no parent, no place from this rule)
    assert ("商丘", "Place") not in _names("来自山东商丘的钢筋工王小川说。")


@pytest.mark.parametrize("text, town", [
    ("技能比武在钧台街道某某陶瓷有限公司举行。", "钧台街道"),   # 钧|台|街道: jieba's measure words
    ("服务队一行来到怀远县榴城镇，送去慰问金。", "榴城镇"),      # 榴|城镇
])
def test_a_town_jieba_cuts_apart_after_going_there_or_its_county(text: str, town: str) -> None:
    assert (town, "Place") in _names(text)


@pytest.mark.parametrize("text, bad", [
    ("他在全镇推广经验。", "全镇"),
    ("嘉定县的古镇一日游很受欢迎。", "的古镇"),
])
def test_a_kind_or_a_particle_before_a_town_head_is_no_town(text: str, bad: str) -> None:
    assert (bad, "Place") not in _names(text)


def test_part_of_a_nationality_is_no_place() -> None:
    names = _names("今年40岁的阿依别克是哈萨克族，毕业后进入公司。")
    assert not any(n.startswith("哈萨") and t == "Place" for n, t in names), names


def test_an_autonomous_county_named_with_a_nationality_stays_a_place() -> None:
    assert ("大厂回族自治县", "Place") in _names("他来自大厂回族自治县。")


@pytest.mark.parametrize("text, site", [
    ("启动仪式在南岭港西港区3号泊位工程现场举行。", "南岭港西港区3号泊位工程"),
    ("在某某置业有限公司“锦绣苑”住宅项目工地上，钢筋工向律师求助。", "锦绣苑住宅项目"),
])
def test_a_works_written_as_where_something_is_done_is_a_place(text: str, site: str) -> None:
    names = _names(text)
    assert (site, "Place") in names, names
    assert not any(t == "Event" and n.endswith("项目") for n, t in names), names


def test_a_works_named_without_being_there_is_no_site_and_a_programme_stays_an_event() -> None:
    assert not any(n.endswith("堤防工程") for n, _ in _names("寒风凛冽，但青河堤防工程现场却热火朝天。"))
    assert ("职工普惠保障项目", "Event") in _names("公司开展“职工普惠保障”项目，惠及职工。")


def test_a_name_kept_whole_after_smaller_places_is_placed_by_its_own_place() -> None:
    # (the hospital of the list entry is in the city its name opens with, not in the county before it)
    article = extract_text("参加活动的有吉林省梅河口市长春市中心医院等单位。")
    located = {(r.head, r.tail) for r in article.relations if r.relation == "locatedIn"}
    assert any(tail.startswith("长春") for _, tail in located), located
