"""A person's name that opens with a place's short form, alone in a table cell (| 黄石生 |, | 吉林生 |):
a place's short form and one free character name no place, so the cell gives no Place; a place alone
in a cell, a place with its level or a feature's last character stay places (stop 42; names invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _places(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.key for m in art.mentions if m.type == "Place" and not m.modifier}


_TABLE = "| 职工姓名 | 工作单位 |\n|---|---|\n| {} | 海河机床厂 |\n| 李建国 | 海河机床厂 |"


@pytest.mark.parametrize("cell, place", [
    ("黄石生", "黄石"),
    ("吉林生", "吉林"),
])
def test_name_opening_with_a_place_is_no_place(cell, place):
    assert place not in _places(_TABLE.format(cell))


@pytest.mark.parametrize("cell, place", [
    ("吉林", "吉林"),  # a place alone in its cell
    ("黄石市", "黄石市"),  # with its level
    ("黄石港", "黄石港"),  # a feature's last character: another reading's
])
def test_place_in_a_cell_stays(cell, place):
    assert place in _places(_TABLE.format(cell))


def test_name_in_running_text_is_no_cell():
    # not a cell: the sentence's own readers decide (吉林 after 在 is the province)
    assert "吉林" in _places("今年他在吉林生活了三年。")
