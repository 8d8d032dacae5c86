"""A unit named under a federation (青岛市|黄岛区总工会女职工委员会): the places its
name opens with are the federation's scope, as for the federation itself, so they do not place the unit;
a company written after the same places is still placed (stop 42; sentences and bodies invented, the places real)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body", [
    "青岛市黄岛区总工会女职工委员会举办了法律讲座。",
    "宁波市镇海区总工会经费审查委员会召开了会议。",
])
def test_federation_unit_not_placed_by_its_name(body):
    assert not any(r == "locatedIn" for _, r, _ in facts(body))


def test_company_after_the_same_places_still_placed():
    got = facts("宁波市镇海区鑫达纺织有限公司的职工参加了比赛。")
    assert any(r == "locatedIn" and t in ("宁波市", "镇海区") for _, r, t in got)
