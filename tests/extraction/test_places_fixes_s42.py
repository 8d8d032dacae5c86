"""Fixes to stop 42's place readings (review rplaces): a word the tokenizer reads across a place's end
stops the run of places only where the rest of the name does not read as a word of its own
(天长|江南电缆: 长江 a tokenizer's artefact; 东辽|河电力: the river the name is after); a place of the
gazetteer across the cut (台湾, 东湖) is no feature; the trade-name reading of a second place holds
for companies only and only where the gazetteer does not put that place inside the first
(云南|永昌 yes, 江苏|苏州 no); a table cell keeps a station's place (| 吉林站 |, | 杭州东 |, | 科尔沁旗 |)
(stop 42; names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


_JOINED = "{}的职工参加了比赛。"


@pytest.mark.parametrize("name, wanted", [
    ("滁州市天长江南电缆有限公司", ("江南电缆有限公司", "locatedIn", "天长")),  # 长江 across 天长|江南
    ("北京市丰台湾区建设有限公司", ("湾区建设有限公司", "locatedIn", "丰台")),  # 台湾: a place
    ("乌鲁木齐市米东湖光化工有限公司", ("湖光化工有限公司", "locatedIn", "米东")),  # 东湖: a place
    ("北京市大兴岛城物流有限公司", ("岛城物流有限公司", "locatedIn", "大兴")),  # 岛城|物流 reads on its own
])
def test_word_across_the_cut_with_a_name_after_keeps_the_place(name, wanted):
    assert wanted in facts(_JOINED.format(name))


@pytest.mark.parametrize("name, wrong_head", [
    ("辽源市东辽河电力工程有限公司", "河电力工程有限公司"),  # the river's last character alone: 辽河
    ("辽源市东辽河水务有限公司", "河水务有限公司"),
])
def test_feature_across_the_cut_still_stops(name, wrong_head):
    assert not any(h == wrong_head for h, _, _ in facts(_JOINED.format(name)))


@pytest.mark.parametrize("body, wanted, wrong", [
    ("吉林东丰袜业协会召开会员大会。", ("袜业协会", "locatedIn", "东丰"), "吉林"),
    ("浙江湖州丝业商会召开会员大会。", ("丝业商会", "locatedIn", "湖州"), "浙江"),
    ("江苏苏州丝业研究所召开学术年会。", ("丝业研究所", "locatedIn", "苏州"), "江苏"),
])
def test_trade_name_reading_is_for_companies_only(body, wanted, wrong):
    got = facts(body)
    assert wanted in got
    assert not any(r == "locatedIn" and t == wrong for _, r, t in got)


@pytest.mark.parametrize("name, near, outer", [
    ("江苏苏州丝业有限公司", "苏州", "江苏"),
    ("河北唐山钢业有限公司", "唐山", "河北"),
    ("吉林东丰袜业有限公司", "东丰", "吉林"),
])
def test_place_inside_the_first_is_where_the_company_is(name, near, outer):
    got = facts(_JOINED.format(name))
    assert any(r == "locatedIn" and t == near for _, r, t in got)
    assert not any(r == "locatedIn" and t == outer for _, r, t in got)


def test_place_outside_the_first_is_the_trade_name():
    # 永昌县 is in 甘肃, not in 云南: 永昌 is the trade name and 云南 where the company is
    assert ("云南永昌铝业有限公司", "locatedIn", "云南") in facts(_JOINED.format("云南永昌铝业有限公司"))


def _places(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.key for m in art.mentions if m.type == "Place" and not m.modifier}


_TRIP = "行程安排如下：\n| 日期 | 出发 | 到达 |\n|---|---|---|\n| 7月1日 | {} | {} |"


@pytest.mark.parametrize("start, end, place", [
    ("吉林站", "延吉西", "延吉"),
    ("杭州东", "黄山北", "杭州"),
    ("杭州东", "黄山北", "黄山"),
    ("郑州东", "广州南", "郑州"),
])
def test_station_in_a_cell_keeps_its_place(start, end, place):
    assert place in _places(_TRIP.format(start, end))


def test_banner_in_a_cell_stays_a_place():
    assert "科尔沁" in {p[:3] for p in _places(_TRIP.format("科尔沁旗", "通辽市"))}


def test_name_in_a_cell_is_still_no_place():
    # a place's short form and a free character (a given name) in a column of names: no place
    assert "黄石" not in _places("| 职工姓名 | 工作单位 |\n|---|---|\n| 黄石生 | 海河机床厂 |\n| 李建国 | 海河机床厂 |")


@pytest.mark.parametrize("body, wanted", [
    # a body's word across the place's end (市委) is no feature: the run of places goes on
    ("湖北省武汉市委召开动员会。", ("武汉市委", "locatedIn", "湖北省")),
])
def test_body_word_across_the_cut_is_no_feature(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body, name", [
    # the trade name inside the province stays in the name; the company is in that place
    ("河南平顶山煤业（集团）公司的职工参加了比赛。", "平顶山煤业（集团）公司"),
    ("新疆独山子石化总厂的职工参加了比赛。", "独山子石化总厂"),
])
def test_trade_name_inside_the_province_stays_in_the_name(body, name):
    got = facts(body)
    assert any(h == name for h, _, _ in got)
    assert not any(h in ("煤业（集团）公司", "石化总厂") for h, _, _ in got)
