"""The words patterns need (``@needs(words=(…))``) are looked for once per article
(relations._words_held): a pattern none of whose words the article holds is asked of no sentence,
and a sentence is asked only for the words the article holds. The facts are those of the check
made sentence by sentence with every word."""

from __future__ import annotations

import pytest

from uniongraph.extraction import relations
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.relations.prerequisites import needs

#: invented reports: with the words of patterns declared by words (设在, 宣布, 代表, 成立, 聘请, 领到,
#: 双方, 看望, 成员单位, 负责) and without them
REPORTS = [
    "东江市职工法律援助站设在东江市工人文化宫。该站由东江市总工会负责运营。",
    "东江市委书记吴长青宣布大会开幕。吴长青代表东江市委向大会表示祝贺。",
    "河源电机有限公司工会于１９９６年成立，由河源电机有限公司组建。",
    "东江市总工会聘请王立平担任职工法律顾问。困难职工李秀英领到了救助金。",
    "东江市总工会与河源市总工会签订协议，双方将共建职工疗养院。",
    "东江市总工会副主席刘文山看望了河源电机有限公司的困难职工。",
    "东江市职工服务中心的成员单位有东江市总工会、东江市人社局等。",
    "今年冬天来得早。许多老人在公园里晒太阳，孩子们在河边玩耍。",
]


def _facts(text: str) -> list[tuple]:
    art = extract_text(text)
    return sorted((r.head, r.relation, r.tail, tuple((e.rule, e.sentence_start) for e in r.evidence)) for r in art.relations)


def _every_word(text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The gate taken away: every pattern keeps all its words, each sentence is asked for each."""
    return {words: words for words in relations._needed_word_tuples()}


@pytest.mark.parametrize("text", REPORTS)
def test_words_held_by_the_article_change_no_fact(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _facts(text)
    monkeypatch.setattr(relations, "_words_held", _every_word)
    assert _facts(text) == gated


def test_the_reports_state_facts() -> None:
    """(the reports above exercise patterns declared by words: they do state facts)"""
    assert sum(len(_facts(t)) for t in REPORTS) >= 6
    assert _facts(REPORTS[-1]) == []


def test_a_pattern_is_asked_only_of_sentences_holding_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    @needs("org", words=("签约", "签字"))
    def signs(c):
        seen.append(c.text[c.sentence.start : c.sentence.end])
        return []

    relations.register_rule(signs)
    try:
        extract_text("东江市总工会举办职工运动会。河源市总工会组织职工参加。")  # neither word: never asked
        assert seen == []
        text = "东江市总工会与河源电机有限公司签约。河源市总工会组织职工参加。东江市总工会代表签字。"
        extract_text(text)
        gated, seen[:] = list(seen), []
        assert gated == ["东江市总工会与河源电机有限公司签约。", "东江市总工会代表签字。"]
        monkeypatch.setattr(relations, "_words_held", _every_word)
        extract_text(text)
        assert seen == gated
    finally:
        relations.RULES.remove(signs)


def test_words_held_keeps_their_order_and_only_those_in_the_text() -> None:
    held = relations._words_held("双方在东江市签约，由市总工会负责。")
    assert held[("双方",)] == ("双方",) and held[("由", "委托")] == ("由",) and held[("设在", "设于", "坐落在", "坐落于")] == ()


#: reports for the gates declared this stop: a contest's entrants (@needs(event=_CONTEST)), a class's
#: trainees (@needs("Person", event=CLASS_KINDS)), members of a body named by its kind
#: (@needs("Person", words=_MEMBER_KIND_WORDS)), units of an enterprise by its kind
#: (words=_ENTERPRISE_UNIT_WORDS), a team's post before its member (words=("队长", "领队")); each with
#: the trigger and a near miss without it
GATED_REPORTS = [
    # a contest reported: its team and an entrant take part; the same sentences in a meeting's report
    "东江市第三届职工技能大赛在东江市体育中心举行。东江机械有限公司代表队实力最强。参赛选手中，来自河源电机有限公司的何建平年龄最小。",
    "东江市职工代表座谈会在东江市体育中心举行。东江机械有限公司代表队实力最强。参赛选手中，来自河源电机有限公司的何建平年龄最小。",
    # a class reported: its trainee; the same in the report of a forum
    "东江市总工会举办“工会干部业务能力提升培训班”。学员何建平说，收获很大。",
    "东江市总工会举办“工会干部业务能力提升论坛”。学员何建平说，收获很大。",
    # members named by the body's kind (成员; a team's post 团长由); and a sentence with no member's word
    "东江市总工会成立徐建明劳模创新工作室。赵一帆是工作室成员。",
    "东江市总工会组建东江市职工志愿宣讲团。宣讲团团长由东江市总工会主席刘文山担任。",
    "东江市总工会成立徐建明劳模创新工作室。赵一帆是东江机械有限公司职工。",
    # a unit written with its enterprise's kind (集团公司客运部); a bare 公司 before it (no fact)
    "南岭铁路集团有限公司召开职代会。集团公司客运部、集团公司所属南岭车务段负责人参加会议。",
    "南岭铁路集团有限公司召开职代会。公司客运部负责人参加会议。",
    # a team's post opening the clause before the person; the same without the post
    "东江市职工志愿服务队的志愿者负责签到，队长王小明是东江机械有限公司的员工。",
    "东江市职工志愿服务队的志愿者负责签到，王小明是东江机械有限公司的员工。",
]


def _as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The three patterns with the needs they had before these gates (an event of any kind; a
    person), no table made before kept."""
    from uniongraph.extraction.relations import attendance, own_units, people
    from uniongraph.extraction.relations.prerequisites import Needs

    before = {attendance.contest_entrants: Needs(event=True), attendance.class_members: Needs(event=True),
              people.member_of_body_named_by_kind: Needs(frozenset({"Person"})),
              own_units.units_of_the_enterprise_by_kind: Needs(frozenset({"org"})),
              own_units.members_by_their_team_post: Needs(frozenset({"Person"}))}
    declared = relations.needs_of
    monkeypatch.setattr(relations, "needs_of", lambda rule: before.get(rule) or declared(rule))
    monkeypatch.setattr(relations, "_RULE_TABLES", {})
    monkeypatch.setattr(relations, "_ARTICLE_NEEDS", [(), ([], {})])


@pytest.mark.parametrize("text", GATED_REPORTS)
def test_gated_patterns_state_what_they_did_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _facts(text)
    _as_before(monkeypatch)
    assert _facts(text) == gated


def _rules(text: str) -> set[str]:
    return {rule for f in _facts(text) for rule, _ in f[3]}


def test_the_gated_reports_exercise_the_gated_patterns() -> None:
    assert {"team-of-the-contest", "entrant-of-the-contest"} <= _rules(GATED_REPORTS[0])
    assert not {"team-of-the-contest", "entrant-of-the-contest"} & _rules(GATED_REPORTS[1])
    assert "trainee-of-this-class" in _rules(GATED_REPORTS[2]) and "trainee-of-this-class" not in _rules(GATED_REPORTS[3])
    assert "member-of-body-named-by-kind" in _rules(GATED_REPORTS[4]) and "team-post-held-by" in _rules(GATED_REPORTS[5])
    assert not {"member-of-body-named-by-kind", "team-post-held-by"} & _rules(GATED_REPORTS[6])
    assert "unit-of-enterprise-by-kind" in _rules(GATED_REPORTS[7]) and not _rules(GATED_REPORTS[8])
    assert "team-post-opens-clause" in _rules(GATED_REPORTS[9]) and "team-post-opens-clause" not in _rules(GATED_REPORTS[10])


def test_a_pattern_needing_an_event_of_a_kind_is_asked_only_in_reports_naming_one() -> None:
    seen: list[str] = []

    @needs("Person", event=("大赛", "比赛"))
    def entrants(c):
        seen.append(c.text[c.sentence.start : c.sentence.end])
        return []

    relations.register_rule(entrants)
    try:
        extract_text("东江市职工代表座谈会在东江市举行。何建平发言。")  # an event, of another kind
        assert seen == []
        extract_text("东江市职工技能大赛在东江市举行。何建平获得第一名。")
        assert seen == ["何建平获得第一名。"]
    finally:
        relations.RULES.remove(entrants)
