"""Work crews and shifts named under their company or team (带电作业班, 管网维修班, 作业一队甲班,
机修车间电工班): the whole chain is the crew's name, a unit of the company; its leader works for it.
Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def facts(body: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in _article(body).relations}


def bodies(body: str) -> set[str]:
    return {m.canonical or m.name for m in _article(body).mentions if m.type in ("Organization", "Company")}


def test_a_crew_of_two_trade_words_after_its_company():
    text = "获奖者名单如下：\n彭立军　南岭恒通电力安装有限公司高压检修班班长\n"
    assert "南岭恒通电力安装有限公司高压检修班" in bodies(text)
    assert ("彭立军", "worksFor", "南岭恒通电力安装有限公司高压检修班") in facts(text)
    assert ("南岭恒通电力安装有限公司高压检修班", "subOrganizationOf", "恒通电力安装有限公司") in facts(text) \
        or ("南岭恒通电力安装有限公司高压检修班", "subOrganizationOf", "南岭恒通电力安装有限公司") in facts(text)


def test_a_crew_of_one_long_trade_word_after_its_company():
    text = "获奖者名单如下：\n魏长河　江华燃气有限公司带电作业班班长\n"
    assert "江华燃气有限公司带电作业班" in bodies(text)


def test_a_course_is_no_crew():
    text = "他担任江华燃气有限公司职工培训班班长。"
    assert not any(name.endswith("培训班") for name in bodies(text))


def test_a_crew_after_no_body_is_no_name():
    assert not any(name.endswith("维修班") for name in bodies("该公司管网维修班班长赵明远说，冬季抢修任务重。"))


def test_a_numbered_teams_shift_with_what_it_handles():
    text = "经过角逐，钢材仓储三队丙班夺得第一名，矿石运输三队丙班班长邹明说，大家很拼。"
    assert {"钢材仓储三队丙班", "矿石运输三队丙班"} <= bodies(text)
    assert ("邹明", "worksFor", "矿石运输三队丙班") in facts(text)
    text = "决赛中，原煤运输二队乙班获得一等奖。"
    assert "原煤运输二队乙班" in bodies(text)
    assert "运输二队" not in bodies(text)


def test_a_team_after_a_verb_keeps_its_trade_only():
    text = "工会主席来到公司，慰问了装卸四队的职工。"
    assert "公司装卸四队" not in bodies(text)


def test_a_crew_under_a_workshop_written_as_one_word():
    text = "比赛中，机修车间钳工班获得一等奖。"
    assert "机修车间钳工班" in bodies(text)
    assert "机修车间" not in bodies(text)
