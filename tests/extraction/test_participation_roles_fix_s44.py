"""Who takes part in the event reported, the limits of presenting (宣读, 解读) and of awards at a
contest (stop 44, after review): no other time, no media scene, no reader inside a modifier, no
other event named since, no course under a ceremony; a contest only by a name ending in 赛, not one
only said to be ahead (开赛前). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_MEETING = "8日，南岭县职工代表大会在县会议中心召开。"
_EV = "南岭县职工代表大会"


def _part(got, who, ev):
    return (who, "participatesIn", ev) in got


def test_presenting_still_at_the_meeting():
    got = facts(_MEETING + "县人社局股长孙海波解读了工伤保险政策。")
    assert _part(got, "孙海波", _EV)


# --- 1. another time ---

def test_presenting_the_next_day_is_not_at_the_meeting():
    # (a one-day meeting: 次日 of a congress, which runs for days, is the congress: fix2)
    got = facts("8日，南岭县总工会十届三次全委会议在县会议中心召开。次日，县人社局股长孙海波解读了会议精神。")
    assert not _part(got, "孙海波", "南岭县总工会十届三次全委会议")


def test_presenting_in_another_year_is_not_at_the_meeting():
    got = facts(_MEETING + "2023年，县人社局股长孙海波解读了工伤保险政策。")
    assert not _part(got, "孙海波", _EV)


# --- 2. media ---

def test_presenting_in_a_column_is_not_at_the_meeting():
    got = facts(_MEETING + "另据《南岭日报》专栏，县人社局股长孙海波解读了新出台的工伤保险政策。")
    assert not _part(got, "孙海波", _EV)


def test_presenting_in_a_studio_is_not_at_the_meeting():
    got = facts(_MEETING + "当晚，在南岭电台直播间，县人社局股长孙海波解读了大会精神。")
    assert not _part(got, "孙海波", _EV)


def test_presenting_in_an_account_article_is_not_at_the_meeting():
    got = facts(_MEETING + "大会结束后，“南岭工会”微信公众号刊发文章，县人社局股长孙海波解读了技能补贴政策。")
    assert not _part(got, "孙海波", _EV)


# --- 3. inside a modifier ---

def test_presenter_inside_a_modifier_is_not_at_the_meeting():
    got = facts(_MEETING + "代表们观看了县人社局股长孙海波解读政策的专题片。")
    assert not _part(got, "孙海波", _EV)
    got = facts(_MEETING + "代表们认真学习了县人社局股长孙海波解读新政的文章。")
    assert not _part(got, "孙海波", _EV)


# --- 4. another event named since ---

def test_presenting_after_another_event_named_is_not_at_the_main_one():
    got = facts("8日上午，南岭县职工代表大会在县会议中心召开。8日下午，南岭县总工会十届三次全委会议召开。"
                "县人社局股长孙海波解读了技能补贴政策。")
    assert not _part(got, "孙海波", _EV)
    got = facts(_MEETING + "9日，南岭县总工会举办职工法律知识讲座。县人社局股长孙海波解读了劳动合同法。")
    assert not _part(got, "孙海波", _EV)


# --- 5. a course under its opening ceremony ---

def test_presenting_during_the_course_is_not_at_its_opening_ceremony():
    got = facts("8日，南岭县工会干部培训班开班仪式在县党校举行。县总工会主席李明出席并讲话。"
                "培训期间，县人社局股长孙海波解读了劳动合同法。")
    assert not _part(got, "孙海波", "南岭县工会干部培训班开班仪式")


# --- 6-8. awards at a contest: names ending in 赛 ---

_GIVER = "市总工会副主席陈海涛为获奖代表队颁奖。"


def test_no_contest_in_a_new_track_walk():
    got = facts("9日，南岭市总工会在滨江公园举办2025年南岭市职工“健步新赛道”健步走活动。" + _GIVER)
    assert not any(f[0] == "陈海涛" and f[1] == "participatesIn" for f in got)


def test_no_contest_in_a_forum_or_a_dragon_boat_activity():
    got = facts("9日，南岭市总工会举办“奋进新赛道”职工创新论坛。" + _GIVER)
    assert not any(f[0] == "陈海涛" and f[1] == "participatesIn" for f in got)
    got = facts("9日，南岭市总工会组织开展2025年职工赛龙舟民俗体验活动。" + _GIVER)
    assert not any(f[0] == "陈海涛" and f[1] == "participatesIn" for f in got)


def test_awards_before_the_contest_starts_are_not_the_contest():
    got = facts("9日，南岭市职工篮球联赛开赛前，市总工会召开赛前动员会。" + _GIVER)
    assert not _part(got, "陈海涛", "南岭市职工篮球联赛")


def test_awards_at_a_league_still_at_it():
    got = facts("9日，南岭市职工篮球联赛在市体育馆落幕。" + _GIVER)
    assert _part(got, "陈海涛", "南岭市职工篮球联赛")


# --- 9. the honours list ---

_LIST = "名单如下：\n陈海涛　南岭机床有限公司\n王立华　南岭纺织集团"


def test_list_of_a_forum_is_no_honours_list():
    got = facts("9日，南岭市总工会举办“奋进新赛道”职工创新论坛。会上发布了2025年度职工创新工作室认定名单。" + _LIST)
    assert not any(f[0] in ("陈海涛", "王立华") and f[1] == "participatesIn" for f in got)


def test_list_of_a_contest_is_an_honours_list():
    # (kept: a contest ending in 赛, 乒乓球赛, beyond 大赛/竞赛/比赛)
    got = facts("9日，第三届南岭市职工乒乓球赛在市体育馆举行。\n\n获奖名单如下：\n陈海涛　南岭机床有限公司焊工\n"
                "王立华　南岭纺织集团钳工\n")
    assert _part(got, "陈海涛", "第三届南岭市职工乒乓球赛")
    assert _part(got, "王立华", "第三届南岭市职工乒乓球赛")
