"""A news agency's correspondent (新华社通讯员某) is no staff of the agency, as its reporters are
(stop 38; bylines and names invented, in the style of People's Daily of 1998)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, reporter, correspondents", [
    ("新华社记者张立新新华社通讯员刘海洋本报记者崔晓东", "张立新", ("刘海洋",)),
    ("新华社通讯员刘海洋新华社记者张立新", "张立新", ("刘海洋",)),
    ("新华社记者孙立新新华社通讯员钱海荣郭晓凯", "孙立新", ("钱海荣", "郭晓凯")),
])
def test_correspondent_not_staff(body, reporter, correspondents):
    got = facts(body)
    assert (reporter, "worksFor", "新华社") in got
    for name in correspondents:
        assert not any(h == name and r == "worksFor" for h, r, _ in got)


def test_a_units_own_correspondent_works_there():
    assert ("王海洋", "worksFor", "南岭机床厂") in facts("南岭机床厂通讯员王海洋说，厂里订单增加了。")
