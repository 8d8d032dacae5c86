"""Phrases that name no body: jieba's dictionary words for a place's market or a kind of
organisation (``lexicons/not_body_words.txt``), and a tagger span that cuts into a post."""

from __future__ import annotations

from functools import partial

from mentioned import names
from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.extraction.voting import _no_one_body


_orgs = partial(names, type_="Organization", written=True)


def test_a_place_and_a_common_noun_is_no_body() -> None:
    orgs = _orgs("这家药厂的产品去年打进了美国市场，当地的民间组织和公共场所也用上了它。")
    assert not orgs & {"美国市场", "民间组织", "公共场所"}


def test_a_dictionary_body_still_stands() -> None:
    assert "世界贸易组织" in _orgs("专家们讨论了加入世界贸易组织以后的新变化。")


def _cut(text: str, span: str) -> bool:
    start = text.index(span)
    return _no_one_body(TokenIndex(text), start, start + len(span), load_lexicons())


def test_a_span_cut_into_a_post_is_no_body() -> None:
    assert _cut("外长会见了加拿大联邦参议员一行。", "加拿大联邦参")


def test_a_body_before_its_post_stands() -> None:
    assert not _cut("外长会见了加拿大国防部长一行。", "加拿大国防部")
