"""A place, a name of its own (two characters, no common word) and the kind of a school or a
hospital: the place says where the institution is (贵州|黔山|科技学院 → locatedIn 贵州), as a trade name
places a company; an institution named by its place and its field (上海|音乐|学院, 南京|师范|大学,
遵义|人民|医院) is not placed (stop 38; names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    ("贵州黔山科技学院、铜仁梵净职业技术学院的教师参赛。", ("贵州黔山科技学院", "locatedIn", "贵州")),
    ("贵州黔山科技学院、铜仁梵净职业技术学院的教师参赛。", ("铜仁梵净职业技术学院", "locatedIn", "铜仁")),
    ("长沙华康医学院的教师参赛。", ("长沙华康医学院", "locatedIn", "长沙")),
])
def test_institution_placed(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body", [
    "上海音乐学院和南京师范大学的教师参赛。",  # a field (common word; a field of the list)
    "遵义人民医院的医生参加义诊。",  # a patron word
    "宁波技师学院的学生参赛。",  # a rank
    "兰州大学的教师参赛。",  # named by its city alone
])
def test_institution_named_by_its_field_not_placed(body):
    assert not any(r == "locatedIn" for _, r, _ in facts(body))
