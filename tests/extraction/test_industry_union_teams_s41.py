"""A team named by the regional industry union that sends it (市某某工会代表队, 某省某某工会代表队): the
union nested in the team's name, the team subOrganizationOf it, as a federation's team (invented sentences)."""

from uniongraph.extraction.pipeline import extract_text


def facts(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    art = extract_text(text, region="南岭市")
    return ({(m.name, m.type) for m in art.mentions},
            {(_short(r.head), _short(r.tail)) for r in art.relations if r.relation == "subOrganizationOf"})


def _short(name: str) -> str:
    """The name as written in the sentence (the home city's short form, no canonical prefix)."""
    return name.split("（")[0].removeprefix("南岭")


def test_a_city_industry_unions_team():
    mentions, subs = facts("比赛中，市交通运输工会代表队、市金融工会代表队分获团体一、二等奖。")
    assert ("市交通运输工会", "Federation") in mentions
    assert ("市交通运输工会代表队", "市交通运输工会") in subs
    assert ("市金融工会代表队", "市金融工会") in subs


def test_a_provincial_industry_unions_team():
    assert ("云川省能源化学工会代表队", "云川省能源化学工会") in facts("云川省能源化学工会代表队获得冠军。")[1]


def test_no_industry_no_union_to_nest():
    mentions, subs = facts("市工会代表队获得冠军。")  # no trade: no industry union named
    assert subs == set()
    mentions, subs = facts("市教育工会组队参赛，取得佳绩。")  # no team
    assert subs == set()
