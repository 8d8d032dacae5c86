"""Who takes part in the event reported (stop 44): one who reads out or explains something to the
ceremony (宣读了名单, 解读了政策, ``presenting_verbs.txt``); one who hands out the awards of any contest named by its 赛 (接力赛, 篮球赛). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_SIGNING = "8日，南岭县2025年技能传承师徒结对签约仪式在南岭机床有限公司举行。"
_RACE = "9日，由南岭市总工会主办的2025年南岭市职工迎春接力赛在滨江公园举行。"


def _part(got, who, ev):
    return (who, "participatesIn", ev) in got


# --- presenting to the gathering ---

def test_who_reads_out_the_list_takes_part():
    got = facts(_SIGNING + "县总工会副主席钱立群宣读了结对名单，县人社局股长孙海波解读了技能补贴政策。")
    assert _part(got, "钱立群", "南岭县2025年技能传承师徒结对签约仪式")
    assert _part(got, "孙海波", "南岭县2025年技能传承师徒结对签约仪式")


def test_reading_out_with_no_object_is_not_read():
    # (宣读 with nothing after it: no presenting told)
    got = facts(_SIGNING + "县总工会副主席钱立群宣读。")
    assert not _part(got, "钱立群", "南岭县2025年技能传承师徒结对签约仪式")


def test_one_read_to_is_no_reader():
    # (向某某宣读: the one told is not the one who presents)
    got = facts(_SIGNING + "随后，县总工会工作人员向师傅代表孙海波宣读了协议条款。")
    assert not _part(got, "孙海波", "南岭县2025年技能传承师徒结对签约仪式")


def test_reading_out_in_the_report_of_no_gathering():
    # (the report of a campaign, no meeting or ceremony: who reads out is not placed at it)
    got = facts("6日，南岭市总工会启动2025年金秋助学活动。县总工会副主席钱立群宣读了资助名单。")
    assert not _part(got, "钱立群", "2025年金秋助学活动")


# --- awards of any contest by its 赛 ---

def test_who_hands_out_the_awards_of_a_relay_race():
    got = facts(_RACE + "比赛设男子组和女子组。市总工会副主席陈海涛为获奖代表队颁奖。")
    assert _part(got, "陈海涛", "2025年南岭市职工迎春接力赛")


def test_award_giver_of_an_activity_that_awards_nothing():
    got = facts("9日，南岭市总工会在滨江公园举办2025年南岭市职工健步走活动。市总工会副主席陈海涛为获奖代表队颁奖。")
    assert not _part(got, "陈海涛", "2025年南岭市职工健步走活动")
