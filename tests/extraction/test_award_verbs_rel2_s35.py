"""A prize won said with 拿到/捧得 (stop 35, rel2): the winner takes part in the contest reported;
invented sentences."""

from __future__ import annotations

from stated import stated_facts

CONTEST = "南岭市第五届职工职业技能大赛"
LEAD = f"今年9月，{CONTEST}在白沙县举行。"


def takers(body: str) -> set[str]:
    return {h for h, r, t in stated_facts(body) if r == "participatesIn" and t == CONTEST}


def test_a_prize_got_with_na_dao() -> None:
    assert "赵强" in takers(LEAD + "徒弟赵强今年也拿到了技能大赛个人三等奖。")


def test_got_with_na_dao_but_no_prize() -> None:
    assert "赵强" not in takers(LEAD + "徒弟赵强今年拿到了高级工证书。")
