"""subOrganizationOf of a unit written right after a company, a bank or a university (海河汽车工业公司
北海公司, 南岭银行新加坡期货公司, 第三军医大学大坪医院), as the units of groups and bureaus already are
(sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, fact", [
    ("去年，海河汽车工业公司北海公司生产的轿车销往各地。", ("北海公司", "subOrganizationOf", "海河汽车工业公司")),
    ("本报讯南岭悦达公司盐城汽车厂年产１５万辆轻型客车。", ("盐城汽车厂", "subOrganizationOf", "南岭悦达公司")),
])
def test_a_unit_right_after_its_company(body, fact):
    assert fact in facts(body)


def test_no_unit_in_a_list_printed_without_commas():
    # an awards list: each body opens with the country's name, none is the other's unit
    got = facts("获奖单位：中国电影公司中国农学会科普部。")
    assert not any(r == "subOrganizationOf" for _, r, _ in got)
