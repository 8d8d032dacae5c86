"""Event names of union news (stop 35). Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_text


def _events(text: str) -> set[str]:
    return {m.canonical or m.name for m in extract_text(text).mentions if m.type == "Event"}


def test_a_quoted_sharing_session_is_an_event() -> None:
    events = _events("12月9日，南岭区总工会在职工书屋举办“墨香迎春”读书分享会，职工代表分享了心得。")
    assert any(e.endswith("读书分享会") and "墨香迎春" in e for e in events), events


def test_a_sharing_session_of_a_kind_listed_with_other_activities_is_no_event() -> None:
    assert not _events("活动期间开展了读书分享会、经典诵读等8项活动。")


def test_a_year_and_the_short_forms_of_two_regions_open_a_meeting_name() -> None:
    # jieba glues 年 to the short forms (年苏皖): the year and the regions are the name's own words
    assert "2026年苏皖工会协作推进会" in _events("12月23日，2026年苏皖工会协作推进会在滁州市召开。")


def test_a_year_of_a_time_phrase_opens_no_event_name() -> None:
    events = _events("2026年以来工会技能大赛已举办三次。")
    assert not any(e.startswith("2026") for e in events), events


def test_an_activity_for_two_kinds_of_people_joined_by_he_keeps_its_year() -> None:
    events = _events("市总工会决定组织2027年第二批劳模和一线职工疗休养活动。")
    assert "2027年第二批劳模和一线职工疗休养活动" in events, events


def test_a_year_before_people_who_do_something_names_no_activity() -> None:
    assert not _events("2026年全市劳模和职工共开展送清凉活动。")
