"""Which event, stop 43 (sentences invented): a stage written right after the name of an event of
any kind is that event's stage, named whole (…职工合唱展演决赛); those honoured in a sentence placed
at a meeting that sums up a campaign (会上，A公司等被评为…) took part in the meeting, while those a
sentence ties to the campaign itself (会议对竞赛中涌现的…进行了表彰) stay with the campaign; a lecture
counted by its sessions (组织…讲座8场) and a contest's items (增设竞赛项目) name no event."""

from __future__ import annotations

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- a stage after an event of another kind ---------------------------------------------------------

_SHOW = "南岭区第三届职工合唱展演"


def test_a_final_right_after_a_show_is_named_whole() -> None:
    got = facts(f"11月8日晚，{_SHOW}决赛在南岭区工人文化宫剧场举行。展演由南岭区总工会主办。")
    assert ("南岭区总工会", "organizes", _SHOW + "决赛") in got
    assert ("南岭区总工会", "organizes", _SHOW) not in got


def test_a_final_after_a_verb_names_no_stage() -> None:
    found = events(f"11月8日，{_SHOW}在南岭区工人文化宫剧场举行，12个节目进入决赛。")
    assert not any(e.endswith("决赛") for e in found)


# --- honours at a meeting summing up a campaign -------------------------------------------------------

_MEETING = "2026年南岭市纺织行业“比技能”劳动竞赛总结表彰会"
_CONTEST = "2026年南岭市纺织行业比技能劳动竞赛"


def test_bodies_honoured_at_the_meeting_take_part_in_the_meeting() -> None:
    got = facts(f"11月20日，{_MEETING}在南岭市职工服务中心召开。表彰会由南岭市总工会主办。"
                "本次劳动竞赛自今年4月开展。会上，南岭华纺织造有限公司、南岭锦川印染有限公司等5家单位被评为“竞赛先进单位”。")
    name = _MEETING.replace("“", "").replace("”", "")
    assert ("南岭华纺织造有限公司", "participatesIn", name) in got
    assert ("南岭华纺织造有限公司", "participatesIn", _CONTEST) not in got


def test_teams_the_meeting_honours_for_the_campaign_stay_with_the_campaign() -> None:
    got = facts(f"11月20日，{_MEETING}在南岭市职工服务中心召开。"
                "会议对竞赛中涌现的先进集体进行了表彰，南岭华纺织造有限公司织布一班、南岭锦川印染有限公司印花二班等获评“示范班组”。")
    name = _MEETING.replace("“", "").replace("”", "")
    assert ("南岭华纺织造有限公司织布一班", "participatesIn", name) not in got


# --- generic references ---------------------------------------------------------------------------------

def test_lectures_counted_by_their_sessions_name_no_event() -> None:
    assert "职工减压讲座" not in {e[-6:] for e in events("南岭区总工会今年已组织职工减压讲座8场，覆盖职工2000人次。")}
    assert not any(e.endswith("讲座") for e in events("南岭区总工会今年已组织职工减压讲座8场，覆盖职工2000人次。"))


def test_a_lecture_organised_once_is_still_an_event() -> None:
    assert any(e.endswith("职工减压讲座") for e in events("11月3日，南岭区总工会举办职工减压讲座，60名职工参加。"))


def test_the_items_of_a_contest_name_no_contest() -> None:
    found = events("他表示，明年将在新材料、智能制造等领域增设竞赛项目。")
    assert not any(e.endswith("竞赛") for e in found)
