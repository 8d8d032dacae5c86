"""A team or crew with a quoted own name after its union, federation or company (invented sentences)."""

from uniongraph.extraction.pipeline import extract_text


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in extract_text(text).mentions]


def test_a_team_after_its_named_federation_is_named_whole():
    # (stop 37: the written name whole, as union-dev8 and union-dev9 annotate it; a short form's team
    # (市总工会“某某”志愿服务队) is still named from its quote on)
    art = extract_text("12月3日，东岭区总工会“寒冬暖心”志愿服务队来到城南街道。")
    found = [(m.name, m.type) for m in art.mentions]
    assert ("东岭区总工会", "Federation") in found
    team = next(m for m in art.mentions if m.type == "ServiceTeam")
    assert team.text == "东岭区总工会“寒冬暖心”志愿服务队"
    assert any(r.relation == "subOrganizationOf" for r in art.relations)


def test_a_team_after_a_word_referring_back_has_no_parent_named():
    art = extract_text("他带领该公司“春风送暖”志愿服务队来到城东区。")
    team = next(m for m in art.mentions if m.type == "ServiceTeam")
    assert team.text == "“春风送暖”志愿服务队"
    assert not any(r.relation == "subOrganizationOf" for r in art.relations)


def test_a_station_crew_stays_named_with_its_station():
    assert any(n.startswith("南岭东站") for n, _ in mentions("南岭东站“暖阳”客运服务班组班组长林晓发言。"))


def test_a_unions_service_group_is_a_service_team():
    assert ("市总工会职工法律服务团", "ServiceTeam") in mentions("律师、市总工会职工法律服务团成员赵立新现场解答。")
    assert not any(t == "ServiceTeam" for _, t in mentions("代表团一行抵达南岭。"))  # 团 alone: no team
