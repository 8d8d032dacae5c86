"""Which event, stop 43, second pass (sentences invented): 项目 after a contest hides it only when
nothing names the contest (增设竞赛项目; not …第六届职工职业技能大赛项目); a lecture counted is a
generic reference only when the count says more than one (讲座8场, not 讲座1场); a stage joins the
name of an event of another kind only for the kinds that hold stages (a show, not a festival or a
games), and not when another stage or contest follows it (决赛资格赛, 初赛、复赛和决赛) nor when it is
the verb 复赛 (resumed); honours in a sentence opened at a meeting (会上，) go to the meeting the
resolver finds (the one held in between wins), none when another time is told (去年, 回顾)."""

from __future__ import annotations

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- 1: 项目 after a contest ------------------------------------------------------------------------

def test_a_named_contest_before_its_items_stays_an_event() -> None:
    got = facts("4月2日，南岭市总工会、南岭市人社局主办的2026年南岭市职工职业技能竞赛项目正式启动，"
                "恒远机械有限公司等15家企业参加。")
    assert ("南岭市总工会", "organizes", "2026年南岭市职工职业技能竞赛") in got
    assert ("南岭市人社局", "organizes", "2026年南岭市职工职业技能竞赛") in got
    assert ("恒远机械有限公司", "participatesIn", "2026年南岭市职工职业技能竞赛") in got


def test_a_contest_named_by_its_edition_before_its_items_stays_an_event() -> None:
    assert any(e.endswith("第四届职工创新大赛")
               for e in events("南岭市总工会举办的第四届职工创新大赛项目路演在南岭高新区举行。"))


def test_items_of_an_unnamed_contest_still_name_none() -> None:
    assert not any(e.endswith(("竞赛", "比赛")) for e in events("她说，下一步将在物流、电商等行业增设比赛项目。"))


# --- 2: a lecture counted ---------------------------------------------------------------------------

def test_a_lecture_held_once_stays_an_event() -> None:
    for count in ("1场", "一场"):
        got = facts(f"10月9日，南岭区总工会举办职工情绪管理讲座{count}，恒远机械有限公司50名职工参加。")
        assert ("南岭区总工会", "organizes", "职工情绪管理讲座") in got, count


def test_lectures_counted_many_name_no_event_in_every_count_shape() -> None:
    for count in ("6场", "20多场", "十余场", "共6场", "多场", "两场"):
        found = events(f"南岭区总工会今年已组织职工情绪管理讲座{count}，覆盖职工1500人次。")
        assert not any(e.endswith("讲座") for e in found), count


# --- 3: a stage after an event of a kind that holds none --------------------------------------------

def test_a_stage_after_a_festival_leaves_the_festival_whole() -> None:
    got = facts("6月1日，南岭市第三届职工文化节在南岭市工人文化宫开幕，文化节由南岭市总工会主办，设朗诵、书画等6项活动。"
                "南岭市第三届职工文化节决赛阶段将于10月在市大剧院举行。")
    assert ("南岭市总工会", "organizes", "南岭市第三届职工文化节") in got
    assert ("南岭市第三届职工文化节", "heldAt", "南岭市工人文化宫") in got
    assert not any(t.endswith("决赛") for _, _, t in got)


def test_a_stage_after_a_games_leaves_the_games_whole() -> None:
    body = ("南岭市第六届职工运动会在南岭市体育中心开幕，恒远机械有限公司等28家单位参加。"
            "南岭市第六届职工运动会预赛在各县区分别进行。")
    assert not any(e.endswith("预赛") for e in events(body))
    assert ("恒远机械有限公司", "participatesIn", "南岭市第六届职工运动会") in facts(body)


def test_a_stage_after_a_programme_or_a_lecture_names_no_stage() -> None:
    assert not any(e.endswith("初赛") for e in events("南岭市总工会主办的“南岭工匠”培育工程初赛即日起报名。"))
    assert not any(e.endswith("决赛") for e in events("南岭区总工会举办的职工情绪管理讲座决赛在区职工服务中心举行。"))


def test_a_stage_after_a_show_still_joins_it() -> None:
    got = facts("9月6日晚，南岭区第二届职工合唱展演决赛在南岭区工人文化宫剧场举行。展演由南岭区总工会主办。")
    assert ("南岭区总工会", "organizes", "南岭区第二届职工合唱展演决赛") in got


# --- 4: a stage followed by another, or a verb --------------------------------------------------------

def test_a_final_before_a_qualifier_is_no_stage_of_the_show() -> None:
    found = events("南岭市总工会举办的第二届职工合唱展演决赛资格赛日前结束，恒远机械有限公司等6家单位参加。")
    assert not any(e.endswith("展演决赛") for e in found)


def test_stages_listed_name_no_one_stage() -> None:
    found = events("南岭市总工会主办的“唱响南岭”职工合唱展演初赛、复赛和决赛分别在三个街道举行。")
    assert not any(e.endswith(("展演初赛", "展演复赛")) for e in found)


def test_resumed_after_a_halt_is_no_second_round() -> None:
    found = events("因暴雨影响暂停的南岭市第二届职工合唱展演复赛后，恒远机械有限公司等6家单位参加了演出。")
    assert not any(e.endswith("复赛") for e in found)


# --- 5: 会上，honours and which meeting -----------------------------------------------------------------

_MEETING = "2026年南岭市建材行业“比技能”劳动竞赛总结表彰会"
_MEETING_NAME = _MEETING.replace("“", "").replace("”", "")
_CAMPAIGN = "2026年南岭市建材行业比技能劳动竞赛"
_LEAD = (f"11月18日，{_MEETING}在南岭市职工服务中心召开。表彰会由南岭市总工会主办。"
         f"本次劳动竞赛自今年4月开展，{_CAMPAIGN}由南岭市总工会主办。")
_BODIES = "恒远机械有限公司、鼎盛建材有限公司等4家单位"


def test_honours_at_a_meeting_held_in_between_go_to_no_reported_meeting() -> None:
    got = facts(_LEAD + f"当天下午，南岭市总工会还召开了建材行业工会工作座谈会。会上，{_BODIES}被评为“模范职工之家”。")
    assert ("恒远机械有限公司", "participatesIn", _MEETING_NAME) not in got


def test_honours_after_a_meeting_of_another_month_go_to_no_reported_meeting() -> None:
    got = facts(_LEAD + f"今年7月，南岭市总工会召开了竞赛中期推进会。会上，{_BODIES}被评为“阶段性先进单位”。")
    assert ("恒远机械有限公司", "participatesIn", _MEETING_NAME) not in got


def test_honours_told_of_another_time_give_no_fact() -> None:
    for said in (f"会上，张卫东指出，去年{_BODIES}被评为“全国模范职工之家”。",
                 f"会上，南岭市总工会主席张卫东回顾说，在去年的竞赛中，{_BODIES}被评为“竞赛先进单位”。"):
        got = facts(_LEAD + said)
        assert ("恒远机械有限公司", "participatesIn", _MEETING_NAME) not in got, said
        assert ("恒远机械有限公司", "participatesIn", _CAMPAIGN) not in got, said


def test_honours_at_the_meeting_by_a_longer_or_dated_kind_go_to_the_meeting() -> None:
    for opener in ("在总结表彰会上，", "在昨天的表彰会上，", "大会上，", "会议上，"):
        got = facts(_LEAD + f"{opener}{_BODIES}被评为“竞赛先进单位”。")
        assert ("恒远机械有限公司", "participatesIn", _MEETING_NAME) in got, opener
        assert ("恒远机械有限公司", "participatesIn", _CAMPAIGN) not in got, opener
