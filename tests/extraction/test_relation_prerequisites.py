"""Relation patterns run only on sentences that have what they declare they need
(relations.prerequisites): the check is made in one place, and skipping changes no fact."""

from __future__ import annotations

import pytest

from uniongraph.extraction import relations
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.relations import prerequisites
from uniongraph.extraction.relations.prerequisites import NOTHING, needs, needs_of

#: invented reports where many patterns fire: events held, organised, attended; posts, elections,
#: foundings; and sentences with none of it
REPORTS = [
    "南岭市总工会在劳动公园举办“职工健康”主题活动。南岭市总工会主席赵建国出席活动并讲话。",
    "１月５日，海河市第三届职工技能大赛在海河钢铁集团举行。大赛由海河市总工会主办，海河市职工服务中心承办。",
    "在今天召开的南岭县总工会第五次代表大会上，钱立新当选为南岭县总工会主席。钱立新在会上指出，要做好工会工作。",
    "青岛远帆机械有限公司于１９９５年成立，由青岛远帆集团组建。公司副总经理孙海平说，今年产量将翻一番。",
    "孙海平，５１岁，曾任青岛远帆集团副总经理、青岛远帆机械有限公司总经理。",
    "今年冬天来得早。许多老人在公园里晒太阳，孩子们在河边玩耍。",
    "海河市委书记周宏宣布大会开幕。周宏代表海河市委向大会表示祝贺。",
]


def _facts(text: str) -> list[tuple]:
    art = extract_text(text)
    return sorted((r.head, r.relation, r.tail, tuple(e.rule for e in r.evidence)) for r in art.relations)


@pytest.mark.parametrize("text", REPORTS)
def test_declared_needs_change_no_fact(text, monkeypatch):
    """The facts with every declaration honoured are the facts with every pattern run everywhere."""
    honoured = _facts(text)
    monkeypatch.setattr(relations, "needs_of", lambda rule: NOTHING)
    assert _facts(text) == honoured


def test_reports_state_facts():
    """(the reports above exercise the patterns: they do state facts)"""
    assert sum(len(_facts(t)) for t in REPORTS) >= 8
    assert _facts(REPORTS[5]) == []


def test_a_pattern_runs_only_where_its_needs_are_met():
    seen: list[str] = []

    @needs("Person", words="出席")
    def attends(c):
        seen.append(c.text[c.sentence.start : c.sentence.end])
        return []

    @needs(event=True)
    def eventful(c):
        seen.append("event:" + c.text[c.sentence.start : c.sentence.end])
        return []

    relations.register_rule(attends)
    relations.register_rule(eventful)
    try:
        extract_text("南岭市总工会主席赵建国出席会议。赵建国说，工作很好。南岭市总工会成立于１９５０年。")
        assert seen == ["南岭市总工会主席赵建国出席会议。"]  # no person in the third; no 出席 in the second; no event
        seen.clear()
        extract_text("南岭市总工会在劳动公园举办“职工健康”主题活动。赵建国说，工作很好。")
        assert [s for s in seen if s.startswith("event:")] == ["event:南岭市总工会在劳动公园举办“职工健康”主题活动。",
                                                              "event:赵建国说，工作很好。"]
    finally:
        relations.RULES.remove(attends)
        relations.RULES.remove(eventful)


def test_undeclared_patterns_run_everywhere_and_bad_kinds_are_refused():
    def plain(c):
        return []
    assert needs_of(plain) is NOTHING
    with pytest.raises(ValueError, match="unknown kind 'Persons'"):
        needs("Persons")(plain)
    assert prerequisites.needs("Place", words=("走进", "来到"))(plain).needs.words.pattern == "走进|来到"


def test_words_declared_as_words_or_as_a_pattern_skip_alike():
    """Words are looked for as strings (Needs.literals), a pattern by its scan: the same sentences run."""
    import re

    seen: dict[str, list[str]] = {"words": [], "pattern": []}

    @needs(words=("走访", "慰问"))
    def by_words(c):
        seen["words"].append(c.sentence.text)
        return []

    @needs(words=re.compile("走访|慰问"))
    def by_pattern(c):
        seen["pattern"].append(c.sentence.text)
        return []

    assert by_words.needs.literals == ("走访", "慰问") and by_pattern.needs.literals is None
    relations.register_rule(by_words)
    relations.register_rule(by_pattern)
    try:
        extract_text("南岭市总工会主席赵建国走访困难职工。赵建国说，工作很好。海河市总工会慰问一线职工。")
        assert seen["words"] == seen["pattern"] == ["南岭市总工会主席赵建国走访困难职工。", "海河市总工会慰问一线职工。"]
    finally:
        relations.RULES.remove(by_words)
        relations.RULES.remove(by_pattern)
