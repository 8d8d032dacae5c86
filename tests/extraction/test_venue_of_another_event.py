"""在X举行的Y: X is the venue of Y, not of the event the report is about (relations/venues.py,
this-event-held-at-place). Invented sentences."""

from __future__ import annotations

from stated import stated_facts as facts


def test_the_reported_event_is_not_held_where_another_named_event_is():
    body = "全省纺织工作会议今天开幕。会议主席赵立新在海河举行的新年招待会上说，要加快改革。"
    assert ("全省纺织工作会议", "heldAt", "海河") not in facts(body)


def test_the_reported_event_held_at_a_place_by_shi_de_is_still_placed():
    body = "全省纺织工作会议今天开幕。这次会议是省经贸委在海河召开的。"
    assert ("全省纺织工作会议", "heldAt", "海河") in facts(body)
