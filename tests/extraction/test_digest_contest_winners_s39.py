"""A winner told in a sentence naming no event won in the contest named before it in its paragraph,
not in the digest's first item (the article's main event) (stop 39). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_DIGEST = ("【青山】3日，由青山县总工会主办的“匠心筑梦”职工书画展在县文化馆开幕。\n"
           "【白水】2日，白水县总工会开展“法律进企业”宣传活动。\n")


def test_team_and_person_win_in_the_contest_of_their_paragraph():
    got = facts(_DIGEST + "【柳河】1日，柳河县总工会主办的第二届职工羽毛球比赛在县体育馆落幕。"
                "海河纺织有限公司代表队获团体冠军，该公司职工钱立明获男子单打冠军。")
    assert ("海河纺织有限公司代表队", "participatesIn", "第二届职工羽毛球比赛") in got
    assert ("钱立明", "participatesIn", "第二届职工羽毛球比赛") in got
    assert not any(r == "participatesIn" and "书画展" in t for _, r, t in got)


def test_two_contests_in_the_paragraph_are_no_telling_which():
    got = facts(_DIGEST + "【柳河】1日，柳河县总工会主办的第二届职工羽毛球比赛和第三届职工象棋比赛在县体育馆落幕。"
                "海河纺织有限公司代表队获团体冠军。")
    assert not any(h == "海河纺织有限公司代表队" and r == "participatesIn" for h, r, _ in got)


def test_a_past_contest_in_the_paragraph_is_no_telling_which():
    got = facts(_DIGEST + "【柳河】去年，柳河县总工会举办了第一届职工羽毛球比赛。今年海河纺织有限公司代表队获团体冠军。")
    assert not any(h == "海河纺织有限公司代表队" and r == "participatesIn" for h, r, _ in got)


def test_no_contest_in_the_paragraph_keeps_the_main_event():
    got = facts("1日，柳河县第二届职工羽毛球比赛在县体育馆开幕。\n比赛为期三天。海河纺织有限公司代表队获团体冠军。")
    assert ("海河纺织有限公司代表队", "participatesIn", "柳河县第二届职工羽毛球比赛") in got
