"""A body whose name opens with two parties joined by a dash (某国—中国友好协会) is one name written
in full, where the tagger reads it whole: not its first place and a body named after the second.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def typed(body: str) -> set[tuple[str, str]]:
    article = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(m.text, m.type) for m in article.mentions}


@pytest.mark.parametrize(("body", "name", "not_names"), [
    ("致电的团体有：苏丹—中国友好协会。", "苏丹—中国友好协会", {"苏丹", "中国友好协会"}),
    ("双方通过中国—东盟联合合作委员会开展交流。", "中国—东盟联合合作委员会", {"中国"}),
])
def test_a_body_of_two_parties_is_one_name(body, name, not_names):
    found = typed(body)
    assert (name, "Organization") in found
    assert not {text for text, _ in found} & not_names


@pytest.mark.parametrize(("body", "place"), [
    # a dash between two places that open no body's name: the places stand
    ("列车沿北京—上海一线运行。", "北京"),
    ("他从苏丹—埃及边境返回。", "苏丹"),
])
def test_places_joined_by_a_dash_stay_places(body, place):
    assert (place, "Place") in typed(body)
