"""A当选为某委员会主任，B当选为副主任: B's post is in the body the clause before named (stop 35, rel3);
invented sentences."""

from __future__ import annotations

from stated import stated_facts


def works_for(body: str, who: str) -> set[str]:
    return {t for h, r, t in stated_facts(body) if r == "worksFor" and h == who}


def test_deputy_of_the_committee_named_before() -> None:
    body = ("南岭机场集团有限公司工会召开大会。在随后召开的女职工委员会第一次全体会议上，"
            "孙晓丽当选为集团公司工会女职工委员会主任，钱丽芳当选为副主任。")
    assert any(t.startswith("集团公司工会女职工委员会") for t in works_for(body, "钱丽芳"))


def test_deputies_listed_of_an_association() -> None:
    body = "南岭市作家协会召开会员大会，赵立新当选为南岭市作家协会主席，钱国华、孙丽当选为副主席。"
    assert "南岭市作家协会" in works_for(body, "钱国华")
    assert "南岭市作家协会" in works_for(body, "孙丽")


def test_another_clause_between() -> None:
    body = "南岭市作家协会召开会员大会，赵立新当选为南岭市作家协会主席，会议还表彰了钱国华，钱国华当选为副主席。"
    assert "南岭市作家协会" not in works_for(body, "钱国华")


def test_an_honour_is_no_post() -> None:
    body = "南岭市作家协会召开会员大会，赵立新当选为南岭市作家协会主席，钱国华当选为全国劳动模范。"
    assert "南岭市作家协会" not in works_for(body, "钱国华")
