"""A kind of body that jieba's dictionary holds as one word (电话公司, 证券公司, 航空公司) is no
short form of the one full name of the article that its characters abbreviate; an unknown
short form still is (sentences written for these tests)."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_text


def _canonicals(text: str) -> dict[str, str | None]:
    return {m.text: m.canonical for m in extract_text(text).mentions}


def test_a_kind_of_company_is_no_short_form() -> None:
    found = _canonicals("美国青川电话电报公司宣布降价。各地的电话公司纷纷跟进，证券公司也看好电话股。")
    assert "电话公司" not in found


def test_a_kind_of_airline_is_no_short_form() -> None:
    found = _canonicals("南岭航空油料公司为国内外三十家航空公司供油。")
    assert "航空公司" not in found


def test_an_unknown_short_form_still_resolves() -> None:
    found = _canonicals("江西奋进经济开发总公司去年利税过亿。奋进公司的产品销往十多个国家。")
    assert found.get("奋进公司") == "江西奋进经济开发总公司"
