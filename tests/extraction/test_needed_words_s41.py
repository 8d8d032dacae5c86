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
