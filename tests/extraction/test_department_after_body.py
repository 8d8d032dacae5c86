"""An office or department written right after a body's full name is one unit's name with it
(lexicons/department_units.txt: 调研室, 处, 分局); posts, verbs and words like 体系 end no such name
(sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> set[str]:
    return {m.name for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, name", [
    ("最近南岭市体改委调研室发布了一份报告。", "南岭市体改委调研室"),
    ("据海河市体委场馆处的负责人介绍，场馆将免费开放。", "海河市体委场馆处"),
    ("南岭市国税局稽查分局依法查处了一批偷税案件。", "南岭市国税局稽查分局"),
    ("他毕业于海河师范大学中文系。", "海河师范大学中文系"),
])
def test_a_department_runs_on_the_body(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("南岭县公安局处长王海说，案件已告破。", "南岭县公安局"),   # 处长: a post, no department
    ("海河大学体系完备，学科齐全。", "海河大学"),               # 体系: no office
    ("南岭县派出所地处闹市，人手紧张。", "南岭县派出所"),       # 地处: a verb
])
def test_no_department_after_the_body(text, name):
    assert name in _names(text)


def test_the_place_stays_with_a_department_of_a_kind_of_body():
    # 湖南省|岳阳市工商局直属分局: the city names the bureau whose department it is (real places: the
    # gazetteer must know them)
    got = {(m.name, m.canonical) for m in extract_text("本报讯湖南省岳阳市工商局直属分局帮助下岗职工再就业。").mentions}
    assert ("湖南省岳阳市工商局直属分局", "岳阳市工商局直属分局") in got


def test_a_banks_head_office_runs_on_but_not_a_companys_office():
    assert "南岭银行总行" in _names("由南岭银行总行统一调度资金。")
    assert "海河建筑公司调度室" not in _names("负责施工的海河建筑公司调度室胡主任介绍。")
