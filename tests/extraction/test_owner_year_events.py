"""Event names that open with their owner and year (南江市2026年…培训班), and a short reference
(比武由…主办, 培训班由…主办) to an event the article named in two forms: invented sentences."""

from __future__ import annotations

from stated import headlined_facts

from uniongraph.extraction.events import find_events
from uniongraph.extraction.tokens import TokenIndex


def events(text: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(text))}


def test_a_body_and_a_year_open_the_name() -> None:
    assert "青河县总工会2027年元旦春节送温暖活动启动仪式" in events(
        "12月2日，青河县总工会2027年元旦春节送温暖活动启动仪式在县职工服务中心举行。")


def test_a_scope_and_a_year_after_a_verb_of_holding_open_the_name() -> None:
    assert "全市工会2027年暖冬行动工作推进会" in events("市总工会在北岭召开全市工会2027年“暖冬行动”工作推进会。")
    assert "全市工会2027年暖冬行动工作推进会" in events("市总工会在北岭召开了全市工会2027年“暖冬行动”工作推进会。")


def test_who_takes_part_is_no_trade_of_a_contest() -> None:
    assert "北岭市职工技能大赛数控车工比赛" in events("北岭市职工技能大赛数控车工比赛昨天举行。")
    # 员工, 选手: who takes part in any contest, not a trade's contest within it
    assert not {e for e in events("北岭市职工技能大赛组织员工比赛。") if e.endswith("员工比赛")}
    assert not {e for e in events("北岭市职工技能大赛选手比赛十分激烈。") if e.endswith("选手比赛")}


def test_a_place_and_a_year_open_a_training_class() -> None:
    assert "北岭市2026年职工书屋管理员培训班" in events("北岭市2026年职工书屋管理员培训班在市工人文化宫开班。")


def test_without_a_year_the_body_is_the_organiser() -> None:
    # (a body right before a quoted brand opens the name, stop 37: test_event_identity_s37; with a
    # verb between them, or none of the quote's, the body is the organiser)
    names = events("青河县总工会今天启动“夏日清风”慰问活动。")
    assert names and not any(n.startswith("青河县总工会") for n in names)


def test_a_year_after_another_word_stays_out_of_a_body() -> None:
    # the year follows a verb that holds no event: a time, no owner of the name
    assert not any(n.startswith(("青河县", "2026")) for n in events("青河县今年计划2026年完成职工书屋建设。"))


def test_a_training_class_counted_is_no_name() -> None:
    assert events("今年举办各类培训班12期。") == set()


def test_a_short_reference_to_a_contest_named_in_two_forms() -> None:
    facts = headlined_facts("北岭市举办首届职工叉车技能比武\n"
                            "本报讯 12月3日，北岭市首届职工叉车技能比武在北岭技师学院举行。"
                            "比武由北岭市总工会主办，北岭市交通运输工会承办。")
    assert ("北岭市总工会", "organizes", "北岭市首届职工叉车技能比武") in facts
    assert ("北岭市交通运输工会", "organizes", "北岭市首届职工叉车技能比武") in facts


def test_two_contests_leave_the_reference_unresolved() -> None:
    facts = headlined_facts("北岭市举办两项技能比武\n"
                            "本报讯 北岭市首届职工叉车技能比武和北岭市第二届焊工技能比武先后举行。"
                            "比武由北岭市总工会主办。")
    assert not any(r == "organizes" for _, r, _ in facts)


def test_a_training_class_referred_back_to() -> None:
    facts = headlined_facts("北岭市2026年职工书屋管理员培训班开班\n"
                            "12月1日，北岭市2026年职工书屋管理员培训班在市工人文化宫开班。培训班由北岭市总工会主办。")
    assert ("北岭市总工会", "organizes", "北岭市2026年职工书屋管理员培训班") in facts


def test_the_contest_of_one_trade_within_a_contest() -> None:
    assert "北岭市第三届职工职业技能大赛电梯安装维修工项目比赛" in events(
        "他参加了北岭市第三届职工职业技能大赛电梯安装维修工项目比赛。")
    assert "2026年北岭市职工职业技能竞赛面点师比赛" in events(
        "2026年北岭市职工职业技能竞赛面点师比赛在北岭技师学院落幕。")


def test_a_contest_about_another_or_the_sports_own_is_no_trade() -> None:
    names = events("北岭市职工乒乓球大赛摄影比赛昨天评出一等奖。")
    assert "北岭市职工乒乓球大赛摄影比赛" not in names
    assert not any(n.endswith("比赛") and n != "比赛" for n in events("北岭市职工技能大赛期间组织比赛。"))


def test_a_training_class_opens_at_a_school_and_its_opening_is_attended() -> None:
    facts = headlined_facts("北岭市2026年职工书屋管理员培训班开班\n"
                            "12月1日，北岭市2026年职工书屋管理员培训班在北岭市工会干部学校开班。"
                            "市总工会主席丁远山出席开班式并讲话。")
    assert ("北岭市2026年职工书屋管理员培训班", "heldAt", "北岭市工会干部学校") in facts
    assert ("丁远山", "participatesIn", "北岭市2026年职工书屋管理员培训班") in facts


def test_an_opening_ceremony_without_a_class_named_refers_to_none() -> None:
    facts = headlined_facts("北岭市总工会召开全委会\n"
                            "12月1日，北岭市总工会十届三次全委会议在北岭召开。市总工会主席丁远山出席开班式。")
    assert not any(h == "丁远山" and r == "participatesIn" and t.endswith("班") for h, r, t in facts)


def test_a_year_after_a_verb_of_launching_names_the_edition() -> None:
    assert "2026年金秋助学活动" in events("市总工会日前启动2026年“金秋助学”活动。")
    # (a year after 于 is the time of the launch, no part of a name)
    assert not any(n.startswith("2026") for n in events("市总工会于2026年启动“金秋助学”活动。"))
