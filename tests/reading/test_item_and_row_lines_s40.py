"""Lines that start a thing of their own though the line above ends with no stop: the next numbered item
of a notice, a Markdown table row with its outer bars, an account's header with its posting time
(invented lines)."""

from __future__ import annotations

from uniongraph.reading.blocks import Block
from uniongraph.reading.repair import repair_breaks


def texts(*lines: str) -> list[str]:
    return [b.text for b in repair_breaks([Block(t, k) for k, t in enumerate(lines)])]


def test_the_next_numbered_item_starts_a_paragraph() -> None:
    lines = ("一、主办单位：青禾市总工会；协办单位：青禾山水旅游有限公司",
             "二、参加对象：市级以上劳动模范，在生产一线连续工作十年以上的职工，优先安排新就业形态劳动者",
             "三、时间地点：2027年3月，青禾市职工疗休养院。")
    assert texts(*lines) == list(lines)
    assert texts("（五）报名方式：请于12月25日前将报名表发送至协会邮箱，联系人为市总工会组织部罗晓岚",
                 "（六）其他事项：另行通知。") == ["（五）报名方式：请于12月25日前将报名表发送至协会邮箱，联系人为市总工会组织部罗晓岚",
                                                  "（六）其他事项：另行通知。"]


def test_a_number_out_of_sequence_still_joins() -> None:
    # 二、三等奖 after a paragraph that opened with no item number: a broken sentence, joined
    tail = "二、三等奖和优秀奖若干名，其中青禾市金穗面业有限公司的三名选手包揽了焊工项目的全部二等奖。"
    assert texts("近日，职工技能大赛在青禾市落幕，来自各企业的选手分获", tail) == \
        ["近日，职工技能大赛在青禾市落幕，来自各企业的选手分获" + tail]
    # 三、 under an item 一、: no next item, a sentence broken before a list of ranks
    head = "一、本届大赛共设焊工、电工、钳工、车工四个工种，来自全市各企业的一百二十名选手参赛，选手分获"
    tail = "三、四等奖和优秀奖若干名，其中青禾市金穗面业有限公司的三名选手包揽了焊工项目的全部三等奖。"
    assert texts(head, tail) == [head + tail]


def test_markdown_table_rows_stay_apart_and_end_before_the_text() -> None:
    lines = ("| 序号 | 单位名称 | 所属县区 |", "|---|---|---|", "| 1 | 青禾市金穗面业有限公司工会 | 青禾区 |",
             "| 2 | 丰源县人民医院工会 | 丰源县 |", "希望受命名单位发挥示范引领作用。")
    assert texts(*lines) == list(lines)


def test_an_account_header_with_its_time_stands_alone() -> None:
    assert texts("青禾金穗面业　2026年3月13日 18:30", "3月12日，青禾金穗面业有限公司召开职代会。") == \
        ["青禾金穗面业　2026年3月13日 18:30", "3月12日，青禾金穗面业有限公司召开职代会。"]
    # a sentence broken after a date with no time is still one sentence
    assert texts("会议定于 2026年3月13日", "在市职工服务中心召开。") == ["会议定于 2026年3月13日在市职工服务中心召开。"]
