"""Which event, stop 43, review fixes (sentences invented): a time dates an honour only in the
honour's own clause or a clause setting it, not in a modifier of those honoured (多年来扎根一线的李明)
nor in a clause of its own (与以往不同的是，); an honour is recalled only in a recall's words (回顾说，),
not after 回顾了…工作，; a word for a commending meeting means any of them (表彰大会 = 总结表彰会); 这次的
会议上 places a speaker; 十几场 and 几十场 count many lectures; 应届, 班次 are no edition; 复赛 is the
verb only before 后/以来/之后/时; a stage joins an activity held as a show or a contest."""

from __future__ import annotations

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


_SUMMING = "全市职工创新竞赛总结表彰会"
_LEAD = f"2026年3月6日，江陵市总工会召开{_SUMMING}，江陵市总工会主席周立华出席。"
_BODIES = "华泰电机有限公司、永兴纺织有限公司等5家单位"
_PEOPLE = "赵云峰、钱小梅等12名职工"


def _honoured(body: str, meeting: str = _SUMMING) -> bool:
    got = facts(body)
    return any(("华泰电机有限公司", "participatesIn", meeting) == f or ("赵云峰", "participatesIn", meeting) == f
               for f in got)


# --- 1: a recall or an earlier time in a clause of its own ----------------------------------------------

def test_a_recall_of_work_in_a_clause_of_its_own_leaves_the_honour_of_the_day() -> None:
    assert _honoured(_LEAD + f"会上，周立华回顾了一年来的竞赛工作，{_BODIES}被评为“技术革新先进单位”。")


def test_an_earlier_time_in_a_clause_of_its_own_leaves_the_honour_of_the_day() -> None:
    for said in ("会上，与以往不同的是，", "会上，按照以往惯例，"):
        assert _honoured(_LEAD + f"{said}{_BODIES}被评为“技术革新先进单位”。"), said


def test_an_honour_in_a_recall_or_dated_in_its_clause_gives_no_fact() -> None:
    for said in (f"会上，周立华回顾说，{_BODIES}曾多次被评为“技术革新先进单位”。",
                 f"会上，周立华指出，以往{_BODIES}被评为“技术革新先进单位”。",
                 f"会上，周立华介绍，在上届竞赛中，{_BODIES}被评为“技术革新先进单位”。",
                 f"会上，周立华说，此前{_BODIES}已被评为“技术革新先进单位”。",
                 f"会上，周立华说，去年，{_BODIES}被评为“技术革新先进单位”。",
                 f"会上，周立华说，2025年，{_BODIES}被评为“技术革新先进单位”。"):
        assert not _honoured(_LEAD + said), said


# --- 2: a time in a modifier of those honoured ------------------------------------------------------------

def test_a_time_describing_those_honoured_leaves_the_honour_of_the_day() -> None:
    for said in (f"会上，多年来扎根生产一线的{_PEOPLE}被授予“创新能手”称号。",
                 f"会上，曾获得全省技术能手称号的{_PEOPLE}被授予“创新能手”称号。",
                 f"会上，此前已在市赛中获奖的{_PEOPLE}被授予“创新能手”称号。",
                 f"会上，近年来在技术革新中成绩突出的{_BODIES}被评为“技术革新先进单位”。",
                 f"会上，荣获2025年江陵市五一劳动奖状的{_BODIES}被评为“技术革新先进单位”。",
                 f"会上，上届竞赛冠军所在的{_BODIES}被评为“技术革新先进单位”。"):
        assert _honoured(_LEAD + said), said


# --- 3: a word for a commending meeting ------------------------------------------------------------------

def test_a_word_for_a_commending_meeting_means_the_one_reported() -> None:
    for opener in ("在总结会上，", "在表彰大会上，", "在表彰会议上，"):
        assert _honoured(_LEAD + f"{opener}{_BODIES}被评为“技术革新先进单位”。"), opener
        assert _honoured(_LEAD + f"{opener}{_PEOPLE}被授予“创新能手”称号。"), opener
    meeting = "全市工会工作表彰大会"
    lead = f"2026年3月6日，江陵市总工会召开{meeting}，江陵市总工会主席周立华出席。"
    assert _honoured(lead + f"在表彰会上，{_BODIES}被评为“工会工作先进单位”。", meeting)


def test_a_word_for_another_kind_of_meeting_still_means_none() -> None:
    assert not _honoured(_LEAD + f"在座谈会上，{_BODIES}被评为“技术革新先进单位”。")


# --- 4: 这次的会议上 ---------------------------------------------------------------------------------------

def test_a_speaker_at_this_meeting_written_with_de() -> None:
    lead = f"2026年3月6日，江陵市总工会召开{_SUMMING}。"
    for opener in ("在这次的会议上，", "在本次的大会上，", "在此次的总结表彰会上，"):
        got = facts(lead + f"{opener}江陵市总工会主席周立华强调，要持续深化创新竞赛。")
        assert ("周立华", "participatesIn", _SUMMING) in got, opener


# --- 5: counts with 几 -------------------------------------------------------------------------------------

def test_lectures_counted_with_ji_or_about_a_round_number_name_no_event() -> None:
    for count in ("十几场", "几十场", "二十几场", "几百场", "数十场", "上百场", "近20场"):
        found = events(f"江陵区总工会今年已组织职工安全生产讲座{count}，华泰电机有限公司等5家企业参加。")
        assert not any(e.endswith("讲座") for e in found), count


# --- 6: 应届, 班次 are no edition ---------------------------------------------------------------------------

def test_a_bare_jie_or_ci_of_a_word_is_no_edition_before_items() -> None:
    for name in ("应届毕业生职业技能竞赛", "班次调整劳动竞赛"):
        found = events(f"5月8日，江陵市总工会主办的{name}项目正式启动，华泰电机有限公司等12家企业参加。")
        assert name not in found, name


def test_a_numbered_edition_before_items_still_names_the_contest() -> None:
    found = events("5月8日，江陵市总工会主办的第二届职工职业技能竞赛项目正式启动，华泰电机有限公司等12家企业参加。")
    assert any(e.endswith("第二届职工职业技能竞赛") for e in found)


# --- 7: 复赛 a noun after a halt ----------------------------------------------------------------------------

def test_a_second_round_after_a_halt_is_the_round() -> None:
    body = ("受疫情影响暂停两年的江陵市第四届职工文艺汇演复赛于5月20日在江陵市工人文化宫举行，"
            "华泰电机有限公司等8家单位参加。")
    assert ("江陵市第四届职工文艺汇演复赛", "heldAt", "江陵市工人文化宫") in facts(body)


def test_resumed_after_a_halt_is_still_the_verb() -> None:
    for after in ("后", "以来"):
        found = events(f"因暴雨影响暂停的江陵市第二届职工合唱展演复赛{after}，华泰电机有限公司等6家单位参加了演出。")
        assert not any(e.endswith("复赛") for e in found), after


# --- 8: a stage after an activity held as a show or a contest ----------------------------------------------

def test_a_stage_after_a_speech_activity_joins_it() -> None:
    got = facts("5月8日，江陵市总工会主办的“最美职工”主题演讲活动决赛在江陵市工人文化宫举行，华泰电机有限公司等8家单位参加。")
    assert ("江陵市总工会", "organizes", "最美职工主题演讲活动决赛") in got
    assert ("最美职工主题演讲活动决赛", "heldAt", "江陵市工人文化宫") in got


def test_a_stage_after_an_activity_of_another_kind_names_no_stage() -> None:
    found = events("江陵市总工会主办的“最美职工”主题宣传活动决赛阶段将于10月举行。")
    assert not any(e.endswith("决赛") for e in found)
