"""The vote on a person introduced by their body's 的 and on a county the tagger reads as a
person before a body named from it (stop 40).

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


# --- a person introduced by the body they work for --------------------------------------------

@pytest.mark.parametrize("text", [
    "河西精工机械有限公司的满玉清、东岭宏达纸业有限公司的满春晓分别获得钳工和电工项目第一名。",
    "东岭宏达纸业有限公司的满春晓分别获得钳工和电工项目第一名。",
    "北岭纺织有限公司的满丽霞说，比赛让大家开了眼界。",
    "获奖的还有北岭纺织有限公司的满丽霞。",
])
def test_an_unknown_word_after_a_bodys_de_is_a_person(text: str) -> None:
    body = next(b for b in ("东岭宏达纸业有限公司", "北岭纺织有限公司") if b in text)
    name = next(n for n in ("满春晓", "满丽霞") if n in text)
    grammar = [_mention(text, body, "Company", "org-grammar"), _mention(text, name, "Person", "person-unknown-word")]
    assert (name, "Person") in _vote(text, grammar, [_span(text, body, "ORG")])


@pytest.mark.parametrize(("text", "name"), [
    # no body before the 的: nothing introduces the word as someone's name
    ("大家都说这里的满春晓、秋色最好看。", "满春晓"),
    # a body and its 的, but the word runs on into a noun, no list's mark or verb after it
    ("北岭纺织有限公司的满丽霞工作室开张了。", "满丽霞"),
    # a body, but no 的 between it and the word
    ("北岭纺织有限公司满丽霞、东岭纸业有限公司都来了。", "满丽霞"),
])
def test_an_unknown_word_not_introduced_by_a_body_needs_the_tagger(text: str, name: str) -> None:
    grammar = [_mention(text, name, "Person", "person-unknown-word")]
    body = next((b for b in ("北岭纺织有限公司",) if b in text), None)
    spans = []
    if body:
        grammar.append(_mention(text, body, "Company", "org-grammar"))
        spans.append(_span(text, body, "ORG"))
    assert (name, "Person") not in _vote(text, grammar, spans)


def test_a_dictionary_word_after_a_bodys_de_stays_out() -> None:
    text = "北岭纺织有限公司的满意度、认可度都很高。"
    body = "北岭纺织有限公司"
    grammar = [_mention(text, body, "Company", "org-grammar"), _mention(text, "满意度", "Person", "person-dictionary")]
    assert ("满意度", "Person") not in _vote(text, grammar, [_span(text, body, "ORG")])


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
