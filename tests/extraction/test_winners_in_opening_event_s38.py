"""A person who wins in the event a sentence opens with, held or closed there (…比赛在某地落幕，…，
某某获得冠军), took part in it (stop 38; sentences and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts


def test_winner_of_the_event_the_sentence_opens_with():
    found = facts("12月1日，青石市总工会主办的2026年青石市职工象棋比赛在青石市全民健身中心落幕，"
                  "来自全市42家单位的96名选手参赛，青石有色金属冶炼有限公司职工吴海波获得冠军。")
    assert ("吴海波", "participatesIn", "2026年青石市职工象棋比赛") in found


def test_event_not_held_in_the_sentence():
    # the event is only planned: no held or closed verb after it
    found = facts("12月1日，青石市总工会宣布将举办2026年青石市职工象棋比赛，去年职工吴海波获得冠军。")
    assert ("吴海波", "participatesIn", "2026年青石市职工象棋比赛") not in found
