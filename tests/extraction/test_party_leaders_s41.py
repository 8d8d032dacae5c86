"""Membership of a visiting party or a team named before by its kind alone: the leader who 率/带领 the
party 一行 goes with it (memberOf), and a team's head whose other post names no body is one of the
team. Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def facts(body: str) -> set[tuple[str, str, str]]:
    article = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(r.head, r.relation, r.tail) for r in article.relations}


_HEADLINE = "——南岭工会联合会代表团来海河交流\n"


def test_leader_of_a_delegation_named_in_the_headline_is_its_member():
    got = facts(_HEADLINE + "本报讯 12月16日，南岭工会联合会副会长何立雄率代表团一行12人来海河交流。")
    assert ("何立雄", "memberOf", "南岭工会联合会代表团") in got
    assert ("何立雄", "worksFor", "南岭工会联合会") in got


def test_leader_of_a_working_team_named_before_is_its_member():
    got = facts("南岭市总工会职工慰问团来到青山县。12月3日，南岭市总工会副主席赵立新带领慰问团一行来到小河村。")
    assert ("赵立新", "memberOf", "南岭市总工会职工慰问团") in got


def test_leading_a_part_of_a_team_without_its_party_is_no_membership():
    # 带领第一路宣讲团来到: no 一行, a route of the team the official sends off
    got = facts("南岭市劳模宣讲团成立。12月3日，南岭市总工会副主席赵立新带领第一路宣讲团来到第三中学。")
    assert not any(h == "赵立新" and r == "memberOf" for h, r, _ in got)


def test_leading_a_party_of_a_kind_the_article_never_names_gives_nothing():
    got = facts("12月3日，南岭市总工会副主席赵立新带领工作组一行来到小河村，看望困难职工。")
    assert not any(h == "赵立新" and r == "memberOf" for h, r, _ in got)


def test_two_parties_of_the_kind_leave_the_leader_unread():
    got = facts("南岭工会联合会代表团和青山工会联合会代表团来海河交流。南岭工会联合会副会长何立雄率代表团一行参观。")
    assert not any(h == "何立雄" and r == "memberOf" for h, r, _ in got)


def test_team_head_whose_other_post_names_no_body_is_a_member():
    got = facts("南岭电力志愿服务队进驻小河村。服务队队长、驻村第一书记赵立新是南岭供电公司职工。")
    assert ("赵立新", "memberOf", "南岭电力志愿服务队") in got


def test_team_head_holding_a_bodys_leading_post_stays_no_member():
    got = facts("南岭区总工会组建了“孙海平劳模宣讲团”。宣讲团团长、区总工会主席周立平带队走进企业。")
    assert not any(h == "周立平" and r == "memberOf" for h, r, _ in got)
