"""A works or a company named by its trade and a one-digit number (公交三公司, 棉纺二厂), as work teams
are (装卸四队); not a count of companies, nor 厂长 (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _companies(text: str) -> set[str]:
    return {m.name for m in extract_text(text).mentions if m.type == "Company"}


@pytest.mark.parametrize("text, name", [
    ("在公交三公司的支持下，车辆问题得以解决。", "公交三公司"),
    ("她是棉纺二厂的挡车工。", "棉纺二厂"),
])
def test_a_works_named_by_trade_and_number(text, name):
    assert name in _companies(text)


@pytest.mark.parametrize("text", [
    "两公司签署了合作协议。",
    "这三公司联合起来开拓市场。",
])
def test_no_count_of_companies(text):
    assert not _companies(text)

