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
