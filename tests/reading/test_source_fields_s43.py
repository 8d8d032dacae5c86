"""A page's source and credit fields (reading.source_fields, stop 43): every shape, judged by the
field's own span; the line of credits alone the byline reader asks for; invented lines."""

from __future__ import annotations

import pytest

from uniongraph.reading.source_fields import credited_names, in_a_source_field, is_credit_line, source_fields

UNIT = "海川市总工会宣传部"


@pytest.mark.parametrize("line", [
    f"（{UNIT}供稿　编辑：李华）", f"（{UNIT}供稿）", f"（{UNIT} 李华 供稿）", f"作者：李华　来源：{UNIT}",
    f"责任编辑：李华　来源：{UNIT}", f"本文来源：{UNIT}", f"稿件来源：{UNIT}", f"供稿单位：{UNIT}",
    f"作者单位：{UNIT}", f"图文：{UNIT}", f"来源 | {UNIT}", f"通讯员：{UNIT} 李华", f"（通讯员　{UNIT}　李华）",
    f"来源：{UNIT}", f"（供稿：{UNIT}　李华）", f"编辑：{UNIT}　李华", f"文/图 {UNIT} 李华", f"信息来源：{UNIT}",
    f"2026-12-04 09:30　来源：{UNIT}",
])
def test_the_unit_of_a_field_lies_in_it(line):
    assert in_a_source_field(f"标题\n{line}\n正文", len("标题\n") + line.index(UNIT))


def test_a_closing_source_bracket_is_a_field_and_the_sentence_is_not():
    text = f"海川市总工会组织部部长李建民授课。（来源：{UNIT}）"
    assert in_a_source_field(text, text.index(UNIT))
    assert not in_a_source_field(text, 0)


def test_a_sentence_after_a_field_is_no_field():
    text = "来源：海川日报　12月3日，海川市总工会组织部部长李建民为职工授课。"
    assert [text[s:e] for s, e in source_fields(text, 0, len(text))] == ["来源：海川日报"]
    assert not in_a_source_field(text, text.index("海川市总工会"))


@pytest.mark.parametrize("text", [
    "记者从海川市总工会组织部了解到，活动将持续一周。",
    "海川市总工会（宣传部）负责此次活动。",
    "资金来源：海川市总工会拨付",
])
def test_running_text_is_no_field(text):
    assert not in_a_source_field(text, text.index("海川市总工会"))


def test_a_line_of_credits_alone():
    assert is_credit_line("文字：王小明　图片：李四　编辑：赵五")
    assert is_credit_line(f"（供稿：{UNIT}　李华）")
    assert not is_credit_line("图片：")
    assert not is_credit_line(f"来源：{UNIT}")  # (a line of facts, not of credits)
    assert not is_credit_line("编辑：李华　12月3日，海川市总工会召开会议。")


def test_credited_names():
    text = "（金牛镇总工会供稿　编辑：字春燕）\n张宇航编辑：刘畅"
    assert [text[s:e] for s, e in credited_names(text)] == ["字春燕", "刘畅"]
