"""Kinds of body written as one dictionary word are no entities; named bodies of the same head
stay (sentences written for these tests)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from uniongraph.extraction.aliases import _follow_chains
from uniongraph.extraction.pipeline import extract_text
from uniongraph.model import Mention


def _names(text: str) -> dict[str, str]:
    return {m.name: m.type for m in extract_text(text).mentions}


@pytest.mark.parametrize(("text", "kind"), [
    ("有关方面要求商业银行加强风险管理。", "商业银行"),
    ("这个月，几个国家的中央银行纷纷提高利率。", "中央银行"),
    ("去年国家银行的贷款增加了一成。", "国家银行"),
    ("国有商业银行和非银行金融机构都要整顿。", "非银行"),
    ("各家外资银行也在这里设了办事处。", "外资银行"),
    ("要深化金融改革，加强中央银行的监管。", "中央银行"),   # the tagger's span, set aside too
])
def test_a_kind_of_bank_is_no_company(text: str, kind: str) -> None:
    assert kind not in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("泰国中央银行昨天宣布降低利率。", "泰国中央银行"),   # named by its country
    ("他在世界银行工作了十年。", "世界银行"),
    ("中国工商银行和招商银行签订了协议。", "招商银行"),
    ("中国工商银行和招商银行签订了协议。", "中国工商银行"),
])
def test_a_named_bank_stays_a_company(text: str, name: str) -> None:
    assert _names(text).get(name) == "Company"


def _places(text: str) -> set[str]:
    return {m.name for m in extract_text(text).mentions if m.type == "Place"}


@pytest.mark.parametrize(("text", "place", "wrong"), [
    ("他强调，马方致力于促进地中海地区的和平与稳定。", "地中海地区", "促进地中海地区"),
    ("委员会负责制定治理北爱地区的具体政策。", "北爱地区", "治理北爱地区"),
    ("欧盟不希望美国过多干预欧洲地区的合作事务。", "欧洲地区", "过多干预欧洲地区"),
])
def test_a_verb_before_a_place_opens_no_name(text: str, place: str, wrong: str) -> None:
    found = _places(text)
    assert place in found and wrong not in found


@pytest.mark.parametrize(("text", "place"), [
    ("游行队伍走上解放路。", "解放路"),        # a verb right before the head is the street's own word
    ("王庆坨镇的农民今年增收了。", "王庆坨镇"),  # one character jieba calls a verb stays in the name
    ("工人们正在修建建设路。", "建设路"),
])
def test_a_verb_inside_a_place_name_stays(text: str, place: str) -> None:
    assert place in _places(text)


def _events(text: str) -> set[str]:
    return {m.name for m in extract_text(text).mentions if m.type == "Event"}


@pytest.mark.parametrize("text", [
    "根据“九五”计划，今年要新建三座电厂。",
    "今年是完成『九五』计划的关键一年。",
    "这条铁路是“九五”国家重点建设项目。",
    "两项工程都列入了全市“十五”规划。",
])
def test_a_five_year_plan_is_no_event(text: str) -> None:
    assert not _events(text)


def test_an_activity_named_after_the_plan_stays_an_event() -> None:
    assert any("立功竞赛" in name for name in _events("全厂开展“九五”立功竞赛。"))


def _place_entities(text: str) -> set[str]:
    return {m.canonical or m.name for m in extract_text(text).mentions if m.type == "Place" and not m.modifier}


@pytest.mark.parametrize(("text", "one", "short"), [
    # a place the tagger found (jieba files 合肥 as a common noun) and its full form: one place
    ("本报合肥１月１７日电刚结束的会议通报了情况。合肥市实行了社会统筹。", "合肥市", "合肥"),
    # a unit split off a compound place, in its short form, and the full form: one place
    ("天津塘沽区成为投资热点。天津市塘沽区的做法是搞好服务。", "天津市", "天津"),
])
def test_a_short_form_and_the_full_form_of_a_place_are_one_entity(text: str, one: str, short: str) -> None:
    found = _place_entities(text)
    assert one in found and short not in found


def test_a_short_form_never_expanded_stays_as_written() -> None:
    found = _place_entities("天津塘沽区成为投资热点，塘沽区的做法是搞好服务。")
    assert "天津" in found and "天津市" not in found


@pytest.mark.parametrize(("text", "one", "short"), [
    # 襄樊市 is the former name of 襄阳市, whose short forms the gazetteer lists (襄阳, 襄樊)
    ("湖北省襄樊市青年干部李晓航说，一位初到襄樊的客商想去七里河。", "襄樊市", "襄樊"),
])
def test_a_short_form_is_the_former_division_the_article_writes(text: str, one: str, short: str) -> None:
    found = _place_entities(text)
    assert one in found and short not in found and "襄阳市" not in found


def test_a_short_form_without_its_full_form_keeps_the_gazetteer_reading() -> None:
    assert "襄樊市" not in _place_entities("一位初到襄樊的客商想去七里河。")


def _persons(text: str) -> set[str]:
    return {m.canonical or m.name for m in extract_text(text).mentions if m.type == "Person"}


def test_a_transliterated_surname_alone_is_the_full_name_of_the_article() -> None:
    found = _persons("明尼苏达州州长阿内·卡尔森今天到达北京。卡尔森说，他很高兴再次来访。")
    assert "阿内·卡尔森" in found and "卡尔森" not in found


def test_a_surname_shared_by_two_full_names_stays_as_written() -> None:
    mentions = extract_text("罗伯特·史密斯和玛丽·史密斯今天到达北京。史密斯说，他很高兴。").mentions
    alone = [m for m in mentions if m.type == "Person" and m.name == "史密斯"]
    assert alone and all(m.canonical is None for m in alone)  # which of the two is not said


@pytest.mark.parametrize(("text", "one", "short"), [
    ("浙江湖州练市镇的农民富了。记者来到练市采访。", "练市镇", "练市"),      # a town the gazetteer lacks
    ("山西高都镇的农民富了。高都的今天可能就是明天的样子。", "高都镇", "高都"),
    ("斗门县的农民富了。记者来到斗门采访。", "斗门县", "斗门"),          # a county's older full name
])
def test_a_place_written_with_and_without_its_level_is_one_place(text: str, one: str, short: str) -> None:
    found = _place_entities(text)
    assert one in found and short not in found


@pytest.mark.parametrize(("text", "short", "other"), [
    ("桐柏山乡的农民富了。桐柏山腹地交通不便。", "桐柏山", "桐柏山乡"),   # a mountain and the township named after it
    ("科威特市的街道很干净。科威特的气候也发生了变化。", "科威特", "科威特市"),  # a country and its capital
])
def test_a_feature_or_a_country_is_no_division_of_its_name(text: str, short: str, other: str) -> None:
    found = _place_entities(text)
    assert short in found and other in found


def test_a_name_resolved_to_a_resolved_short_form_reaches_the_full_name() -> None:
    # 深圳科菱公司 → 科菱公司 (place prefix) → 科菱通讯有限公司 (abbreviation): one company
    found = {(m.name, m.canonical) for m in extract_text(
        "深圳科菱通讯有限公司成立三年。科菱公司今年增产一倍。深圳科菱公司的职工说，他们很满意。").mentions
        if m.type == "Company"}
    assert ("深圳科菱公司", "科菱通讯有限公司") in found


def _resolved(name: str, canonical: str | None, resolution: str | None) -> Mention:
    m = Mention(0, len(name), name, "Organization", name, "test")
    m.canonical, m.resolution = canonical, resolution
    return m


def test_a_chain_does_not_follow_a_name_a_longer_one_ends_in() -> None:
    # 伦敦…联谊会 → …联谊会 (place prefix); …联谊会 → 全英…联谊会 only because the longer name ends in
    # it (partial-name): the London body is not the all-UK one
    london = _resolved("伦敦华人学者联谊会", "华人学者联谊会", "place-prefix")
    bare = _resolved("华人学者联谊会", "全英华人学者联谊会", "partial-name")
    _follow_chains(SimpleNamespace(mentions=[london, bare]))
    assert london.canonical == "华人学者联谊会"


def test_a_cycle_of_short_forms_is_left_as_resolved() -> None:
    a = _resolved("美国科菱公司", "科菱公司", "place-prefix")
    b = _resolved("科菱公司", "美国科菱公司", "abbreviation")
    _follow_chains(SimpleNamespace(mentions=[a, b]))
    assert (a.canonical, b.canonical) == ("科菱公司", "美国科菱公司")
