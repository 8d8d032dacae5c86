"""Entries of a list set in columns (a name, an ideographic space, what is said of it) stay lines of
their own, and the last of them does not run into the paragraph after it (invented lines)."""

from uniongraph.reading.blocks import Block
from uniongraph.reading.repair import repair_breaks


def texts(*lines: str) -> list[str]:
    return [b.text for b in repair_breaks([Block(t, k) for k, t in enumerate(lines)])]


def test_station_and_address_lines_stay_apart():
    lines = ("丰山县总工会职工法律援助工作站　位于丰城镇人民路县职工服务中心一楼",
             "青河县总工会职工法律援助工作站　位于青城镇县工人文化宫二楼",
             "市总工会副主席马玉梅介绍，各工作站均有律师值班。")
    assert texts(*lines) == list(lines)


def test_a_lone_spaced_line_still_joins_a_broken_sentence():
    # one line with an ideographic space is no list: a page break inside it still joins
    assert texts("会议现场气氛热烈　来自钱江电气设备有", "限公司的赵建国获得第一名。") == ["会议现场气氛热烈　来自钱江电气设备有限公司的赵建国获得第一名。"]
    assert texts("会上，主持人宣布：来自钱江电气设备有", "限公司的赵建国获得第一名。") == ["会上，主持人宣布：来自钱江电气设备有限公司的赵建国获得第一名。"]
