"""Kinds of body written as one dictionary word are no entities; named bodies of the same head
stay (sentences written for these tests)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> dict[str, str]:
    return {m.name: m.type for m in extract_text(text).mentions}


@pytest.mark.parametrize(("text", "kind"), [
    ("有关方面要求商业银行加强风险管理。", "商业银行"),
    ("这个月，几个国家的中央银行纷纷提高利率。", "中央银行"),
    ("去年国家银行的贷款增加了一成。", "国家银行"),
    ("国有商业银行和非银行金融机构都要整顿。", "非银行"),
    ("各家外资银行也在这里设了办事处。", "外资银行"),
    ("要深化金融改革，加强中央银行的监管。", "中央银行"),   # the tagger's span, set aside too
])
def test_a_kind_of_bank_is_no_company(text: str, kind: str) -> None:
    assert kind not in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("泰国中央银行昨天宣布降低利率。", "泰国中央银行"),   # named by its country
    ("他在世界银行工作了十年。", "世界银行"),
    ("中国工商银行和招商银行签订了协议。", "招商银行"),
    ("中国工商银行和招商银行签订了协议。", "中国工商银行"),
])
def test_a_named_bank_stays_a_company(text: str, name: str) -> None:
    assert _names(text).get(name) == "Company"
