"""Fixes of the staff review (stop 42): bodies take part through their unnamed staff only when
the bodies and staff are the subject of the attending verb (after the comma only people and their
total), under no instruction, plan or other time, and the event attended is the report's (sentences
and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_LEAD = "12月5日，南湖市总工会在南湖市工人文化宫举行2026年困难职工子女助学金发放仪式。"


def _takes_part(found, head):
    return any(h == head and r == "participatesIn" for h, r, _ in found)


def test_an_instruction_or_a_plan():
    found = facts(_LEAD + "会议要求城东区总工会、滨江县总工会全体干部参加下周的培训。")
    assert not _takes_part(found, "城东区总工会")
    found = facts(_LEAD + "原定城东区总工会全体干部参加仪式，后因故改为线上。")
    assert not _takes_part(found, "城东区总工会")


def test_the_total_of_another_clause():
    found = facts(_LEAD + "南湖市总工会看望慰问了滨江县总工会全体干部，并组织职工共120人参加了义务植树。")
    assert not _takes_part(found, "滨江县总工会")
    found = facts(_LEAD + "城东区总工会有关负责人，今年以来已帮扶困难职工共260余人参加技能培训。")
    assert not _takes_part(found, "城东区总工会")


def test_staff_at_another_or_an_earlier_event():
    found = facts(_LEAD + "城东区总工会、滨江县总工会有关负责人，受助学生及家长代表共120余人参加了去年的仪式。")
    assert not _takes_part(found, "城东区总工会")
    found = facts(_LEAD + "去年，城东区总工会全体干部参加了仪式。")
    assert not _takes_part(found, "城东区总工会")


def test_staff_with_others_and_a_total_still_take_part():
    found = facts(_LEAD + "城东区总工会、滨江县总工会有关负责人，受助学生及家长代表共120余人参加了仪式。")
    assert ("城东区总工会", "participatesIn", "2026年困难职工子女助学金发放仪式") in found
    assert ("滨江县总工会", "participatesIn", "2026年困难职工子女助学金发放仪式") in found


def test_an_unnamed_body_opens_the_list_of_the_subject():
    found = facts(_LEAD + "南湖市总工会副主席丁小华主持仪式，机关各部室、城东区总工会全体干部参加仪式。")
    assert ("城东区总工会", "participatesIn", "2026年困难职工子女助学金发放仪式") in found
    found = facts(_LEAD + "南湖市总工会看望慰问了机关各部室、城东区总工会全体干部。")
    assert not _takes_part(found, "城东区总工会")


def test_the_event_word_after_a_modifier_is_the_report_s():
    found = facts(_LEAD + "城东区总工会和滨江县总工会的有关负责人出席了由南湖市总工会主办的仪式。")
    assert ("滨江县总工会", "participatesIn", "2026年困难职工子女助学金发放仪式") in found
