"""Entities of union news, second pass of stop 34 (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from mentioned import names


# -- the industry union of the country or a city is a federation; a district's joint union is grassroots

@pytest.mark.parametrize(("text", "name"), [
    ("中国航空工会主席李明出席会议。", "中国航空工会"),
    ("常州市家政服务行业工会联合会成立。", "常州市家政服务行业工会联合会"),
    ("市外卖配送行业工会联合会主席王立新说。", "市外卖配送行业工会联合会"),
])
def test_city_or_national_industry_union_is_a_federation(text: str, name: str) -> None:
    assert name in names(text, "Federation")


@pytest.mark.parametrize(("text", "name"), [
    ("常州市武进区外卖行业工会联合会成立。", "常州市武进区外卖行业工会联合会"),
    ("区外卖配送行业工会联合会主席王立新说。", "区外卖配送行业工会联合会"),
    ("常州市高新区物流行业工会联合会成立。", "常州市高新区物流行业工会联合会"),
    ("中国南岭集团有限公司工会召开会议。", "中国南岭集团有限公司工会"),
])
def test_district_or_company_union_stays_grassroots(text: str, name: str) -> None:
    assert name in names(text, "TradeUnion")
