"""Two entries of a results list in a row stay two lines (invented lines)."""

from uniongraph.reading.blocks import Block
from uniongraph.reading.repair import repair_breaks


def texts(*lines: str) -> list[str]:
    return [b.text for b in repair_breaks([Block(t, k) for k, t in enumerate(lines)])]


def test_result_entries_are_lines_of_their_own():
    assert texts("男子跳远：土木工程学院 郑小东", "女子铅球：保卫处 何丽") == ["男子跳远：土木工程学院 郑小东", "女子铅球：保卫处 何丽"]
    assert texts("一等奖：甲学院分工会、乙处分工会", "二等奖：丙馆分工会") == ["一等奖：甲学院分工会、乙处分工会", "二等奖：丙馆分工会"]


def test_a_broken_sentence_still_joins():
    assert texts("会上，主持人宣布：来自钱江电气设备有", "限公司的赵建国获得第一名。") == ["会上，主持人宣布：来自钱江电气设备有限公司的赵建国获得第一名。"]
    assert texts("他说：我们来自钱江电气设备有", "限公司的团队。") == ["他说：我们来自钱江电气设备有限公司的团队。"]
