"""A place before an enterprise's trade name (字号) says where it is (guideline: 城南镇光明乳业公司
→ locatedIn 城南镇); a place before a trade and a form only (北京|啤酒厂) names a kind of body."""

from __future__ import annotations

import pytest

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.extraction.trade_names import trade_name

from test_aliases import _facts, article


@pytest.mark.parametrize("rest, name", [
    ("东岭化学工业公司", "东岭"),  # trade name + trade + form
    ("新泽建筑安装公司", "新泽"),
    ("国和集团公司", "国和"),  # trade name + form
    ("远丰经济开发总公司", "远丰"),
    ("新一程钟点工服务公司", "新一程"),
    ("金禾电机（集团）有限公司", "金禾"),
    ("兴旺集团", "兴旺"),  # a brand of common single characters
    ("新兴集团公司", "新兴"),
])
def test_the_trade_name_is_what_the_trade_words_leave(rest: str, name: str) -> None:
    assert trade_name(rest, load_lexicons()) == name


@pytest.mark.parametrize("rest", [
    "啤酒厂", "重型汽车厂", "电机集团有限公司",  # a trade and a form: no trade name
    "第二纺织厂", "一棉厂", "城建二公司",  # numbered units
    "锅炉厂", "眼镜商城",  # the trade alone, an ordinary noun
    "大小饭店", "保护材料厂", "建大型污水处理厂",  # words of the sentence
    "练市针织制衣厂", "西部企业集团",  # a town, a part of a place
    "石油集团通信公司",  # a unit of the parent the place names
])
def test_no_trade_name(rest: str) -> None:
    assert trade_name(rest, load_lexicons()) == ""


@pytest.mark.parametrize("body, company, place", [
    ("湖南东岭化学工业公司今年利润翻番。", "湖南东岭化学工业公司", "湖南"),
    ("职工们走进海州新泽建筑安装公司的车间。", "海州新泽建筑安装公司", "海州"),
])
def test_a_place_before_a_trade_name_locates_the_company(body: str, company: str, place: str) -> None:
    facts = _facts(article(body))
    assert any(r == "locatedIn" and h.endswith(company[len(place):]) and t.startswith(place[:2]) for h, r, t in facts), facts


@pytest.mark.parametrize("body", ["他在长沙啤酒厂干了二十年。", "长沙锅炉厂的职工来了。"])
def test_a_place_before_a_trade_alone_locates_nothing(body: str) -> None:
    assert not any(r == "locatedIn" for _, r, _ in _facts(article(body)))


def _org_names(text: str) -> list[str]:
    from uniongraph.extraction.orgs import find_organisations
    from uniongraph.extraction.overlaps import resolve_overlaps
    return [m.name for m in resolve_overlaps(find_organisations(TokenIndex(text)))]


@pytest.mark.parametrize(("text", "name"), [
    # jieba cut the trade name into a rare conjunction (即时 c): place + trade name + trade + form
    ("据了解，福州蓝鲸即时配送有限公司共有骑手二百人。", "福州蓝鲸即时配送有限公司"),
])
def test_a_registered_name_opens_at_its_place_over_the_words_jieba_cut(text: str, name: str) -> None:
    assert name in _org_names(text)


@pytest.mark.parametrize(("text", "kept"), [
    # an everyday verb or conjunction between the place and the trade is the sentence's, no trade name
    ("他在三亚走访度假酒店有限公司的职工。", "度假酒店有限公司"),
    ("福州以及配送有限公司", "配送有限公司"),
    ("福州今日成立即时配送有限公司。", "配送有限公司"),
])
def test_everyday_words_before_a_trade_open_no_registered_name(text: str, kept: str) -> None:
    assert _org_names(text) == [kept]
