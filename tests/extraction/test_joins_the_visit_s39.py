"""People who join the reported activity by its own verb (某某陪同督导, 某某参加慰问) take part in it,
with the people listed in the clauses right before them (stop 39; invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_LEAD = "11月25日，自治区总工会副主席额尔敦带领督导组，督导检查2026年全区服务站冬季保障专项督导行动落实情况。"
_EVENT = "2026年全区服务站冬季保障专项督导行动"


def test_people_listed_then_joining_the_inspection():
    got = facts(_LEAD + "南岭市人大常委会副主任、市总工会主席高文斌，市总工会副主席苏日娜陪同督导。")
    assert ("高文斌", "participatesIn", _EVENT) in got
    assert ("苏日娜", "participatesIn", _EVENT) in got


def test_joining_another_kind_of_visit_is_not_this_activity():
    got = facts(_LEAD + "市总工会副主席苏日娜陪同慰问。")
    assert ("苏日娜", "participatesIn", _EVENT) not in got


def test_a_clause_before_that_does_more_than_name_a_person():
    got = facts(_LEAD + "南岭市总工会主席高文斌介绍了情况，市总工会副主席苏日娜陪同督导。")
    assert ("苏日娜", "participatesIn", _EVENT) in got  # (高文斌's own clause is read by other rules)
