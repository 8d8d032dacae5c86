"""在…结束的/由…主办的 EVENT 上，PERSON…: the opening phrase places the clause's subject in the
event whatever the verb that tells of the event (sentences written for these tests)."""

from __future__ import annotations

from stated import stated_facts


def test_a_meeting_just_over_places_its_speaker() -> None:
    facts = stated_facts("在刚刚结束的全省林业工作会议上，林业厅厅长赵立新宣布：明年起停止采伐。")
    assert ("赵立新", "participatesIn", "全省林业工作会议") in facts


def test_an_organised_event_places_its_winner() -> None:
    facts = stated_facts("在由海河市总工会主办的第三届职工技能大赛上，机床厂钳工王立强获得第一名。")
    assert ("王立强", "participatesIn", "第三届职工技能大赛") in facts


def test_no_opener_when_the_phrase_names_something_else() -> None:
    facts = stated_facts("在刚刚结束的全省林业工作会议上提出的方案，赵立新说很好。")
    assert ("赵立新", "participatesIn", "全省林业工作会议") not in facts
