"""A place, then only words of size, rank or ownership before a head (lexicons/kind_modifiers.txt)
says what kind of body the place has, not which one (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _orgs(text: str) -> set[str]:
    return {m.name for m in extract_text(text).mentions if m.type in ("Company", "Organization")}


@pytest.mark.parametrize("text, kind", [
    ("冷冷清清只是北京大型商场的缩影。", "北京大型商场"),
    ("政府允许外资在印尼国营银行中参股。", "印尼国营银行"),
    ("他们打算在非洲成立非洲专门银行。", "非洲专门银行"),
])
def test_a_kind_of_body_in_a_place_is_no_name(text, kind):
    assert kind not in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("上海国营第一棉纺厂的工人说，今年任务很重。", "上海国营第一棉纺厂"),   # 第一: a word of its own
    ("演出在市工人俱乐部举行。", "市工人俱乐部"),                           # a bare level, no named place
])
def test_a_name_with_a_word_of_its_own_stays(text, name):
    assert name in {m.name for m in extract_text(text).mentions}
