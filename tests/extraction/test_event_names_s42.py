"""Event names of stop 42 (sentences invented): a body written right before an event's name that is
the subject of its opening (…在某地召开/举办/开班) opens the name; a body before a verb of holding,
or after a list mark, is the organiser and stays out; a place the tagger misreads as a verb still
opens an owner's year-dated name."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- a body opening the name of an event that opens in its sentence ------------------------------

def test_body_opens_a_meeting_held_at_a_venue() -> None:
    found = events("3月4日上午，南岭市总工会九届二次全体委员（扩大）会议在南岭市工人文化宫礼堂召开。")
    assert "南岭市总工会九届二次全体委员（扩大）会议" in found
    assert "九届二次全体委员（扩大）会议" not in found


def test_body_opens_an_audit_meeting_held_at_another_body() -> None:
    found = events("5日上午，临江市总工会财务收支专项审计进点会在临江市总工会召开。")
    assert "临江市总工会财务收支专项审计进点会" in found
    assert "财务收支专项审计进点会" not in found


def test_body_opens_a_name_held_on_a_day() -> None:
    found = events("据悉，海河钢铁集团有限公司职工书画交流会今天在集团礼堂举行。")
    assert "海河钢铁集团有限公司职工书画交流会" in found


def test_body_before_a_verb_of_holding_is_the_organiser() -> None:
    found = events("5日上午，临江市总工会召开财务收支专项审计进点会。")
    assert "财务收支专项审计进点会" in found
    assert not any(name.startswith("临江市总工会") for name in found)


def test_body_before_a_name_not_opened_stays_out() -> None:
    # no 在…召开 after the name: the body's activity, reported without its opening, keeps the cut
    found = events("临江市总工会财务收支专项审计进点会上，审计组说明了纪律要求。")
    assert not any(name.startswith("临江市总工会") for name in found)


def test_second_body_of_a_list_stays_out() -> None:
    # 、 before the body: one of the owners listed, the name holds none of them
    found = events("5日，南岭市人社局、临江市总工会财务收支专项审计进点会在临江市总工会召开。")
    assert not any("总工会财务" in name for name in found)


# --- a place the tagger reads as a verb before a body and a year ----------------------------------

def test_place_read_as_a_verb_opens_the_owner_of_a_year_dated_class() -> None:
    found = events("3月9日至10日，介休市总工会2027年度工会宣传员培训班在市职工培训中心举办。")
    assert "介休市总工会2027年度工会宣传员培训班" in found


def test_place_read_as_a_verb_before_a_verb_of_holding_stays_out() -> None:
    found = events("3月9日，介休市总工会举办2027年度工会宣传员培训班。")
    assert "2027年度工会宣传员培训班" in found
    assert not any(name.startswith("介休市") for name in found)
