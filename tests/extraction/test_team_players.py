"""memberOf of the players a report names after their team and 的 (辽宁队的赵立新、南岭队的钱国华;
平安队的孙建军和周海峰), as sports reports list them (sentences written for the tests, names invented)."""

from __future__ import annotations

from stated import stated_facts as facts


def test_players_named_after_their_team():
    got = facts("本赛季，辽宁队的赵立新、南岭队的钱国华和孙建军，三人之间的较量从上个赛季开始。")
    assert {("赵立新", "memberOf", "辽宁队"), ("钱国华", "memberOf", "南岭队"), ("孙建军", "memberOf", "南岭队")} <= got


def test_no_membership_of_the_other_team():
    got = facts("本赛季，辽宁队的赵立新、南岭队的钱国华和孙建军，三人之间的较量从上个赛季开始。")
    assert ("赵立新", "memberOf", "南岭队") not in got and ("钱国华", "memberOf", "辽宁队") not in got
