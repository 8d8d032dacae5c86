"""organizes of the bodies that hold an event for someone (海河市委、市政府为赵立新举行庆功大会): the
one honoured stands between the bodies and the verb and is no doer (sentences written for the
tests, names invented)."""

from __future__ import annotations

from stated import stated_facts as facts


def test_bodies_hold_an_event_for_a_person():
    got = facts("今天，海河市总工会为赵立新举行劳模庆功大会。")
    assert ("海河市总工会", "organizes", "劳模庆功大会") in got


def test_a_person_who_holds_it_is_still_the_doer():
    # 李鹏总理…主持召开了: the nearer doer is the person, not the body before him
    got = facts("海河核电站投产后，赵立新总理在深圳主持召开了总理办公会议。")
    assert ("海河核电站", "organizes", "总理办公会议") not in got
