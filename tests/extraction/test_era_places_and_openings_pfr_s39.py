"""Stop 39, real People's Daily text of 1998 (sentences invented in its style):
- 中国 inside 新中国 / 旧中国 names a period of the state, no area: no Place of the graph;
- a body described before a comma and then said to open or start production at a place (…组建的
  某公司，日前在某市正式投入生产), or named after its kind and a dash (…公司———某某有限公司近日在
  北京正式成立), is located there."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.build import build_documents
from uniongraph.reading import read_text


def _places(text: str) -> set[str]:
    kg = build_documents([read_text(f"# 标题\n\n{text}", "a.md")])
    return {e.name for e in kg.entities.values() if e.type == "Place"}


@pytest.mark.parametrize("text", [
    "她是新中国第一位女火车司机，至今仍在南岭机务段工作。",
    "新中国成立以来，这家老厂为国家上缴利税十多亿元。",
    "老工人们讲起旧中国的苦日子，青年职工听得很认真。",
])
def test_china_inside_an_era_name_is_no_place(text):
    assert "中国" not in _places(text)


@pytest.mark.parametrize("text", [
    "这家工厂的产品已销往中国各地。",
    "这批机车将更新中国的铁路运输装备。",  # 更新|中国: 新 ends another word
    "他说，中国的纺织工业正在走出困境。",
])
def test_china_as_the_area_stays_a_place(text):
    assert "中国" in _places(text)


@pytest.mark.parametrize("body, org, place", [
    ("由两家纺织企业共同投资组建的青峰针织有限公司，日前在杭州正式投入生产。", "青峰针织有限公司", "杭州"),
    ("由省纺织厅和南岭集团联合创办的南岭纺织技术培训中心，近日在湖南长沙市成立。", "南岭纺织技术培训中心", "长沙市"),
    ("全省第一家中外合资的物流公司———远达物流有限公司近日在武汉正式成立。", "远达物流有限公司", "武汉"),
    ("青峰化纤有限公司今天在苏州建成投产。", "青峰化纤有限公司", "苏州"),
])
def test_body_opens_at_place(body, org, place):
    assert (org, "locatedIn", place) in facts(body)


@pytest.mark.parametrize("body, org", [
    # the body is the object of another verb before the comma: not the topic
    ("记者参观了青峰针织有限公司，日前在杭州举行的订货会上它签下大单。", "青峰针织有限公司"),
    # no time word opens the clause after the comma: the place is not said of the body
    ("青峰针织有限公司的产品很受欢迎，在杭州正式投入生产的新线也已运转。", "青峰针织有限公司"),
    # the verb does not end the clause: something else is built there
    ("由两家企业组建的青峰针织有限公司，日前在杭州建成一条新生产线。", "青峰针织有限公司"),
])
def test_body_not_placed_without_the_construction(body, org):
    assert not any(h == org and r == "locatedIn" and t in ("杭州", "杭州市") for h, r, t in facts(body))
