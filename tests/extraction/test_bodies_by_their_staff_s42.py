"""Bodies whose unnamed staff attend (A、B有关负责人，…共200余人参加了仪式; A全体干部参加会议) take part
in the event through them; not when the sentence tells a plan, nor a body whose named person is the
one listed (stop 42; sentences and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_LEAD = "12月3日，青石市总工会在青石市职工之家举行2026年金秋助学集中发放仪式。青石市总工会副主席丁小华主持仪式。"
_EVENT = "2026年金秋助学集中发放仪式"


def _takes_part(found, head):
    return any(h == head and r == "participatesIn" for h, r, _ in found)


def test_bodies_by_their_staff_with_others_and_a_total():
    found = facts(_LEAD + "江岸区总工会、河口县总工会有关负责人，受助学生及家长代表共150余人参加了仪式。")
    assert ("江岸区总工会", "participatesIn", _EVENT) in found
    assert ("河口县总工会", "participatesIn", _EVENT) in found


def test_bodies_by_all_of_their_staff():
    found = facts(_LEAD + "江岸区总工会、河口县总工会全体干部参加了仪式。")
    assert ("江岸区总工会", "participatesIn", _EVENT) in found
    assert ("河口县总工会", "participatesIn", _EVENT) in found


def test_a_plan_is_no_attendance():
    found = facts(_LEAD + "江岸区总工会、河口县总工会有关负责人，受助学生及家长代表共150余人将参加明年的仪式。")
    assert not _takes_part(found, "江岸区总工会")
    assert not _takes_part(found, "河口县总工会")


def test_a_clause_of_its_own_before_the_verb_is_not_the_list():
    # the comma closes a clause with its own verb: those who attend are others
    found = facts(_LEAD + "江岸区总工会有关负责人介绍了助学情况，受助学生共150余人参加了仪式。")
    assert not _takes_part(found, "江岸区总工会")


def test_a_named_person_of_the_body_is_the_one_listed():
    found = facts(_LEAD + "江岸区总工会负责人王小军参加了仪式。")
    assert ("王小军", "participatesIn", _EVENT) in found
    assert not _takes_part(found, "江岸区总工会")
