"""Stop 39, real People's Daily text of 1998 (sentences invented in its style): state farms and
reclamation farms (农场, 垦殖场) with a proper name are enterprises: their staff work
there and the places written before them hold them; a farm named by its kind alone is none."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_text


@pytest.mark.parametrize("body, person, farm", [
    ("原江西万年县梓埠镇垦殖场职工刘海洋深有体会地说。", "刘海洋", "梓埠镇垦殖场"),
    ("红星农场场长赵立新说，今年粮食又增了产。", "赵立新", "红星农场"),
])
def test_staff_of_a_named_farm(body, person, farm):
    assert (person, "worksFor", farm) in facts(body)


def test_places_before_a_farm_hold_it():
    assert ("梓埠镇垦殖场", "locatedIn", "万年县") in facts("江西万年县梓埠镇垦殖场今年扭亏为盈。")
    assert ("青山镇农场", "locatedIn", "宁乡县") in facts("湖南宁乡县青山镇农场今年扭亏为盈。")


@pytest.mark.parametrize("body", [
    "他们下力气完善大农场，带动小农场。",
    "全县已有一万个家庭农场。",
    "他在国营农场干了二十年。",
    "英国农场主担心疯牛病。",
])
def test_farm_by_its_kind_is_no_company(body):
    assert not any(m.type == "Company" for m in extract_text(body).mentions)
