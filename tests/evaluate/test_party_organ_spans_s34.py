"""A body's party or league organ written right after it (某厂|党委, 某部|书记处) is one flat span
with it, as PFR and MSRA tag it; the graph keeps the body. Invented sentences and mentions."""

from uniongraph.evaluate.predictors import flat_mentions
from uniongraph.model import Mention


def _m(text: str, form: str, type_: str) -> Mention:
    s = text.index(form)
    return Mention(s, s + len(form), form, type_, form, "org-grammar" if type_ != "Person" else "person-context")


def _flat(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in flat_mentions(mentions, text)]


def test_a_body_and_its_party_committee_are_one_span() -> None:
    text = "青禾机械厂党委书记韩立川在会上讲话。"
    got = _flat(text, [_m(text, "青禾机械厂", "Company"), _m(text, "韩立川", "Person")])
    assert ("青禾机械厂党委", "Company") in got
    assert ("韩立川", "Person") in got


def test_a_secretariat_after_its_body_is_one_span() -> None:
    text = "南岭青年联合会书记处第一书记出席了会议。"
    assert ("南岭青年联合会书记处", "Organization") in _flat(text, [_m(text, "南岭青年联合会", "Organization")])


def test_no_organ_no_join() -> None:
    text = "青禾机械厂党员韩立川在会上讲话。"
    assert ("青禾机械厂", "Company") in _flat(text, [_m(text, "青禾机械厂", "Company")])


def test_a_place_before_an_organ_word_is_not_joined() -> None:
    text = "他到青禾县党委机关报到。"
    assert ("青禾县", "Place") in _flat(text, [_m(text, "青禾县", "Place")])


def test_without_the_text_the_spans_are_the_mentions() -> None:
    text = "青禾机械厂党委书记韩立川在会上讲话。"
    assert ("青禾机械厂", "Company") in [(m.text, m.type) for m in flat_mentions([_m(text, "青禾机械厂", "Company")])]
