"""A bank's short form after a place is its branch there (extraction/bank_short_forms.py)."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _mentions(body: str) -> dict[str, tuple[str, str]]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.text: (m.key, m.type) for m in art.mentions}


def test_a_place_and_a_banks_short_form_is_the_branch_named_in_full() -> None:
    found = _mentions("中国工商银行青海省分行积极筹措资金。青海工行近几年来发放贷款三亿元。")
    assert found["青海工行"] == ("中国工商银行青海省分行", "Company")


def test_the_branch_is_the_one_at_the_last_place_of_its_name() -> None:
    """湖南省|岳阳市|分行 is at 岳阳市: 岳阳市农发行 is it, 湖南农发行 (the province's) is not."""
    body = "中国农业发展银行湖南省岳阳市分行来信。岳阳市农发行、湖南农发行都派人参加。"
    found = _mentions(body)
    assert found["岳阳市农发行"] == ("中国农业发展银行湖南省岳阳市分行", "Company")
    assert found["湖南农发行"] == ("湖南农发行", "Company")


def test_a_level_word_and_a_short_form_after_a_date_is_a_bank_of_its_own() -> None:
    found = _mentions("１９９７年省农发行来县里调研。")
    assert found["省农发行"] == ("省农发行", "Company")


def test_every_branch_of_a_province_is_no_one_body() -> None:
    """全省农行系统: 省农行 after 全 is every branch of the province, no body of its own."""
    assert "省农行" not in _mentions("全省农行系统撤销了网点。")


def test_a_banks_short_form_alone_is_no_branch() -> None:
    found = _mentions("我们到农行办理贷款。")
    assert all(key != "农行" or type_ != "Company" for key, type_ in found.values())
