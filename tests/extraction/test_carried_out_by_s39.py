"""Bodies named after the first organisers' 由 clause that carry the activity out (由A发起，B、C组织
实施) organise it too, when 组织实施 closes their clause (stop 39; invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_EVENT = "工会同行灾后帮扶行动"


def test_bodies_that_carry_it_out():
    got = facts("此次“工会同行”灾后帮扶行动由南岭省总工会发起，南岭市总工会、北坪县总工会组织实施，省总工会共筹集资金600万元。")
    for body in ("南岭省总工会", "南岭市总工会", "北坪县总工会"):
        assert (body, "organizes", _EVENT) in got


def test_carrying_out_some_other_work():
    got = facts("此次“工会同行”灾后帮扶行动由南岭省总工会发起，南岭市总工会、北坪县总工会组织实施帮扶工作。")
    assert ("南岭省总工会", "organizes", _EVENT) in got
    assert ("南岭市总工会", "organizes", _EVENT) not in got
