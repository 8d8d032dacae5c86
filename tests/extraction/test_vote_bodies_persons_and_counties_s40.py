"""The vote on a county the tagger reads as a person before a body named from it, and on a place
the gazetteer knows inside a word jieba glued over its edge (stop 40). (The vote on a person
introduced by their body's 的 was reverted: products, apps and posts of a body stand there too.)

Invented sentences; the grammar's candidates and the tagger's spans are given, so the vote alone
is tested."""

from __future__ import annotations

import pytest

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.extraction.voting import reconcile
from uniongraph.model import Mention


def _mention(text: str, form: str, type_: str, source: str) -> Mention:
    s = text.index(form)
    return Mention(s, s + len(form), form, type_, form, source)


def _span(text: str, form: str, label: str) -> tuple[int, int, str]:
    s = text.index(form)
    return (s, s + len(form), label)


def _vote(text: str, grammar: list[Mention], spans=()) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in reconcile(grammar, list(spans), TokenIndex(text), load_lexicons())}


# --- a county the tagger reads as a person, then the body from its level on -------------------

def test_a_county_read_as_a_person_opens_the_bodys_name() -> None:
    text = "领办人周红、呼图壁县金穗棉业有限公司的李秀兰当选副理事长。"
    company = "呼图壁县金穗棉业有限公司"
    grammar = [_mention(text, company, "Company", "org-grammar"), _mention(text, "呼图壁县", "Place", "gazetteer")]
    spans = [_span(text, "周红", "PER"), _span(text, "呼图壁", "PER"), _span(text, "县金穗棉业有限公司", "ORG")]
    kept = _vote(text, grammar, spans)
    assert (company, "Company") in kept


def test_a_person_the_gazetteer_does_not_know_before_a_body_still_cuts_it() -> None:
    # a list of people and their bodies: the tagger's person is no place, the body starts after it
    text = "获奖的有王廷帅徐州华润电力公司，还有别人。"
    company = "王廷帅徐州华润电力公司"
    grammar = [_mention(text, company, "Company", "org-grammar")]
    spans = [_span(text, "王廷帅", "PER"), _span(text, "徐州华润电力公司", "ORG")]
    assert (company, "Company") not in _vote(text, grammar, spans)



# --- a place the gazetteer knows, inside a word jieba glued over its edge ----------------------

def _tagged_places(text: str, forms: list[str]) -> set[tuple[str, str]]:
    return _vote(text, [], [_span(text, f, "LOC") for f in forms])


@pytest.mark.parametrize(("text", "forms"), [
    ("二战时纳粹德国占领了这座城市。", ["德国"]),          # a word glued before the place
    ("她毕业后分配到山西太原工作。", ["山西", "太原"]),     # two places jieba does not split
    ("周末我们在梁子湖畔搭起了帐篷。", ["梁子湖"]),          # the place and a localiser
])
def test_a_known_place_jieba_glued_over_its_edge_stands(text: str, forms: list[str]) -> None:
    kept = _tagged_places(text, forms)
    for f in forms:
        assert (f, "Place") in kept


@pytest.mark.parametrize(("text", "form"), [
    ("他说一口地道的四川话。", "四川"),                      # a common word made of the place
    ("草原上的蒙古包一座连着一座。", "蒙古"),
    ("货轮缓缓驶进青岛港卸货。", "青岛"),                    # the place's name with a head of its own
    ("拉萨尔派的主张遭到批评。", "拉萨"),                    # a person's name that opens with a place
    ("他在上海工作了十年。", "上海"),                        # a whole word the gazetteer read itself
])
def test_a_known_place_inside_another_word_needs_the_grammar(text: str, form: str) -> None:
    assert (form, "Place") not in _tagged_places(text, [form])
