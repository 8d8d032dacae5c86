"""The contest a winners' sentence won in is found by reading a bounded reach (stop 39): the offsets
inside a mention by a sorted table, the nearest contests first; the same answers as reading all."""

from __future__ import annotations

import random
from types import SimpleNamespace

from stated import stated_facts as facts

from uniongraph.extraction.relations.attendance import _inside_a_mention


def test_inside_a_mention_agrees_with_reading_every_mention():
    rnd = random.Random(39)
    for _ in range(200):
        spans = [(s, s + rnd.randint(1, 12)) for s in (rnd.randint(0, 80) for _ in range(rnd.randint(0, 9)))]
        mentions = [SimpleNamespace(start=s, end=e) for s, e in spans]
        inside = _inside_a_mention(mentions)
        for at in range(0, 100):
            assert inside(at) == any(s <= at < e for s, e in spans)


def test_winners_after_a_contest_named_again_and_again():
    text = ("12月3日，南岭市第三届职工技能大赛在市体育馆落幕。" + "南岭市第三届职工技能大赛吸引了众多职工。" * 12
            + "南岭集团代表队获得团体一等奖。")
    got = facts(text)
    assert ("南岭集团代表队", "participatesIn", "南岭市第三届职工技能大赛") in got


def test_a_past_contest_near_the_winners_is_still_no_telling_which():
    text = ("12月3日，南岭市第三届职工技能大赛在市体育馆落幕。" + "南岭市第三届职工技能大赛吸引了众多职工。" * 12
            + "去年的南岭市第二届职工技能大赛也很精彩。南岭集团代表队获得团体一等奖。")
    got = facts(text)
    assert not any(h == "南岭集团代表队" and t == "南岭市第二届职工技能大赛" for h, _, t in got)
