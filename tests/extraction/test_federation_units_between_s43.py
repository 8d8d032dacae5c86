"""A federation's unit (服务中心, 艺术团, 工作队: ``federation_unit_heads``) written under its name is
stated under it only when no other body, venue or place stands between them (stop 43, the review
of units-s43); a team posted somewhere (驻某村工作队) is still the federation's, and the federation
is no short form of it. Invented sentences.

>>> ("南岭市总工会职工服务中心", "subOrganizationOf", "南岭市总工会") in stated_facts(
...     "南岭市总工会召开会议。南岭市总工会职工服务中心主任李强作交流发言。")
True
"""

from __future__ import annotations

import pytest

from tests.stated import stated_facts


@pytest.mark.parametrize("unit", [
    "南岭市总工会疗休养院服务中心",
    "南岭市总工会工人文化宫职工艺术团",
    "南岭市总工会职工医院康复服务中心",
    "南岭市总工会大厦物业服务中心",
    "南岭市总工会青禾街道服务中心",
])
def test_a_body_between_the_federation_and_its_unit_keeps_the_unit_off_it(unit):
    got = stated_facts(f"南岭市总工会召开会议。{unit}负责人李强作交流发言。")
    assert (unit, "subOrganizationOf", "南岭市总工会") not in got


def test_a_team_posted_at_a_village_is_the_federations():
    got = stated_facts("南岭市总工会主席王华到青禾村调研。南岭市总工会驻青禾村工作队队长李强介绍了情况。")
    assert ("南岭市总工会驻青禾村工作队", "subOrganizationOf", "南岭市总工会") in got
    assert ("王华", "worksFor", "南岭市总工会") in got
    assert ("王华", "worksFor", "南岭市总工会驻青禾村工作队") not in got
