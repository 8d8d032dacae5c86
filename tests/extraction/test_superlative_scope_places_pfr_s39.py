"""Stop 39, real People's Daily text of 1998 (sentences invented in its style): a division of the
country before a superlative, a kind and a dash (某区首家股份制医院———某医院, 某市最大的民营企业———某公司)
holds the body named after the dash; a continent or the country there is the superlative's scope only."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, org, place", [
    ("记者走进余杭区首家股份制医院———青峰医院，院长王立新介绍了情况。", "青峰医院", "余杭区"),
    ("株洲市最大的民营企业———青峰集团公司今年产值过亿。", "青峰集团公司", "株洲市"),
    ("湖南省唯一的合资纺织企业———南岭纺织有限公司已投产三年。", "南岭纺织有限公司", "湖南省"),
])
def test_division_holds_its_first_or_largest(body, org, place):
    assert (org, "locatedIn", place) in facts(body)


@pytest.mark.parametrize("body, org", [
    ("亚洲最大的毛毯生产企业———青峰毛毯集团股份有限公司是国家重点企业。", "青峰毛毯集团股份有限公司"),
    ("中国第一家民办的体育产业公司———青峰体育产业有限责任公司今天成立。", "青峰体育产业有限责任公司"),
    ("我国最大的铜材生产企业———南岭铜加工厂注重产品结构调整。", "南岭铜加工厂"),
])
def test_continent_or_country_is_only_the_scope(body, org):
    assert not any(h == org and r == "locatedIn" for h, r, _ in facts(body))
