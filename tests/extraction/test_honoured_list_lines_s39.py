"""A list of those an activity named or honoured, opened by a line with a verb of naming that ends
with 名单如下：, one person a line before a column of their body and post (stop 39; invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_EVENT = "2026年度青川工匠选树活动"


def _page(intro: str, lines: str) -> set[tuple[str, str, str]]:
    return facts(f"{intro}\n\n{lines}\n\n市总工会给予每名工匠奖励。")


_NAMED = "在市总工会组织开展的2026年度“青川工匠”选树活动中，市总工会决定，命名赵大林等3名同志为2026年度“青川工匠”。名单如下："
_LINES = "赵大林　青川重工有限公司炼钢厂炉长\n钱二木　青川机械有限公司数控车工\n孙小森（女）　青川食品有限公司质检员"


def test_each_person_of_an_honoured_list_takes_part():
    got = _page(_NAMED, _LINES)
    for name in ("赵大林", "钱二木", "孙小森"):
        assert (name, "participatesIn", _EVENT) in got


def test_an_election_list_is_no_honoured_list():
    intro = "在2026年度“青川工匠”选树活动总结会上，选举产生了新一届理事会。名单如下："  # (选树 names the activity)
    got = _page(intro, _LINES)
    assert not any(r == "participatesIn" and h in ("赵大林", "钱二木") for h, r, _ in got)


def test_a_person_inside_a_line_is_not_listed():
    got = _page(_NAMED, "青川重工有限公司炼钢厂炉长周正阳　一等奖\n钱二木　青川机械有限公司数控车工")
    assert ("钱二木", "participatesIn", _EVENT) in got
    assert ("周正阳", "participatesIn", _EVENT) not in got
