"""Organisation and place names of union news (stop 33): trade names jieba splits, and more.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, company", [
    ("淄博鹭都重工集团有限公司召开职代会。", "淄博鹭都重工集团有限公司"),  # 鹭|都: 都 read as an adverb
    ("烟台雁都机械有限公司召开职代会。", "烟台雁都机械有限公司"),
])
def test_a_trade_name_split_into_single_characters_stays_in_the_name(text: str, company: str) -> None:
    assert (company, "Company") in _names(text)


@pytest.mark.parametrize("text, bad", [
    ("他说潍坊的重工集团有限公司召开职代会。", "潍坊的重工集团有限公司"),  # a particle, no trade name
    ("济南市又有重工集团有限公司召开职代会。", "济南市又有重工集团有限公司"),  # an adverb and a verb
])
def test_words_of_the_sentence_are_no_split_trade_name(text: str, bad: str) -> None:
    assert not any(name == bad for name, _ in _names(text))


def test_the_unions_of_two_countries_are_no_one_union() -> None:
    names = _names("会谈中，中老两国工会表示将加强交流。")
    assert not any(t == "TradeUnion" and name.endswith("两国工会") for name, t in names), names


def test_a_two_county_federation_is_still_no_one_body_and_a_named_place_stays() -> None:
    assert ("河口县总工会", "Federation") in _names("河口县总工会与两县工会签订协议。")


def test_an_autonomous_county_the_gazetteer_holds_whole_is_one_place() -> None:
    names = _names("来自务川仡佬族苗族自治县的茶农带来了新茶。")
    assert ("务川仡佬族苗族自治县", "Place") in names and ("务川", "Place") not in names, names


def test_a_compound_place_is_still_split_into_its_units() -> None:
    names = _names("会议在广东省肇庆市召开。")
    assert ("肇庆市", "Place") in names, names


@pytest.mark.parametrize("text, federation", [
    ("曹妃甸区总工会副主席齐秀云出席仪式。", "曹妃甸区总工会"),  # jieba reads 曹妃甸 as a person's name
])
def test_a_place_read_as_a_name_before_its_level_opens_the_federation(text: str, federation: str) -> None:
    assert (federation, "Federation") in _names(text)


def test_a_titled_person_before_a_level_still_ends_the_name_before_it() -> None:
    names = _names("会议由主席王建国区总工会副主席李明主持。")
    assert not any(name.startswith("王建国") and t != "Person" for name, t in names), names


def test_a_foreign_labour_federation_is_a_federation() -> None:
    names = _names("老挝万象市劳动联合会主席率团访问，老挝劳动总联合会代表同行。")
    assert ("老挝万象市劳动联合会", "Federation") in names and ("老挝劳动总联合会", "Federation") in names, names


def test_a_womens_federation_stays_an_organization() -> None:
    assert ("湖州市妇女联合会", "Organization") in _names("湖州市妇女联合会参加了活动。")


def test_branch_unions_of_units_written_bare_are_unions() -> None:
    names = _names("获奖名单：土木工程学院分工会、档案馆分工会、资产管理处分工会、铆焊车间分工会。")
    for union in ("土木工程学院分工会", "档案馆分工会", "资产管理处分工会", "铆焊车间分工会"):
        assert (union, "TradeUnion") in names, (union, names)


def test_branch_unions_counted_or_every_one_are_no_name() -> None:
    names = _names("全校18个分工会参加，各分工会要积极行动，有的分工会还没有。")
    assert not any(name.endswith("分工会") for name, _ in names), names


def test_a_crossing_named_by_its_place_is_a_place() -> None:
    names = _names("旅客经凭祥口岸出境。")
    assert ("凭祥口岸", "Place") in names, names


def test_a_kind_of_crossing_is_no_place() -> None:
    names = _names("该市被批准为国际航空口岸，边境口岸也很忙。")
    assert not any(name.endswith("口岸") for name, _ in names), names


def test_paying_the_union_dues_names_no_union() -> None:
    names = _names("公司将足额拨缴工会经费，职工按时缴纳工会会费。")
    assert not any(t == "TradeUnion" for _, t in names), names
