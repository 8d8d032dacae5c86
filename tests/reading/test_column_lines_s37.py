"""Lines of a table set in columns stay lines of their own however long the name in the first cell
(invented lines)."""

from uniongraph.reading.blocks import Block
from uniongraph.reading.repair import repair_breaks


def texts(*lines: str) -> list[str]:
    return [b.text for b in repair_breaks([Block(t, k) for k, t in enumerate(lines)])]


def test_rows_of_bodies_and_their_addresses_are_lines_of_their_own():
    rows = ("南岭县总工会职工法律援助工作站　位于东关镇人民路县职工服务中心一楼",
            "北岭县总工会职工法律援助工作站　位于西城镇县工人文化宫二楼")
    assert texts(*rows) == list(rows)


def test_a_short_name_column_still_stands_alone():
    rows = ("赵强　海河钢铁集团有限公司焊工", "钱明　海河钢铁集团有限公司电工")
    assert texts(*rows) == list(rows)


def test_a_broken_sentence_without_a_column_still_joins():
    assert texts("目前，南岭县总工会职工法律援助工作站已受理案件", "三十余起。") == ["目前，南岭县总工会职工法律援助工作站已受理案件三十余起。"]
